"""Per-shape XML readers and writers.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
"""

from __future__ import annotations

from typing import Any, Callable
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (EMPTY_TIMESTAMP, ROOT_ATTRS, attr, b64, boolean, dt,
                                from_b64, from_bool, from_datetime, from_float, from_int,
                                from_text_int, number, text, unknown_text)

from . import models as m

# What an absent element of a py:absent="empty" structure is read from.
NO_CHILDREN = Element("absent")


def to_xml(write: Callable[[Any, list[str]], None], obj: Any, root: str,
           ns: str = "http://schemas.microsoft.com/windowsazure",
           attrs: Callable[[Any], str] | None = None) -> str:
    """Serialise `obj` with `write` as a document whose root element is `root`."""
    out: list[str] = []
    write(obj, out)
    head = ROOT_ATTRS if ns == "http://schemas.microsoft.com/windowsazure" else \
        (f' xmlns="{ns}"' if ns else "")
    if attrs is not None:
        head += attrs(obj)
    return f"<{root}{head}>" + "".join(out) + f"</{root}>"


def read_AdditionalUnattendContent(el: Element) -> m.AdditionalUnattendContent:
    f_passes: Any = m.UnattendPasses()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Passes':
            f_passes = m.UnattendPasses([read_UnattendPass(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AdditionalUnattendContent)
    obj.__dict__ = {
        'passes': f_passes,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AdditionalUnattendContent(obj: m.AdditionalUnattendContent, out: list[str]) -> None:
    v = obj.passes
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Passes>')
        for item in v:
            out.append('<UnattendPass>')
            write_UnattendPass(item, out)
            out.append('</UnattendPass>')
        out.append('</Passes>')


def read_AddressPrefixes(el: Element) -> m.AddressPrefixes:
    return m.AddressPrefixes([(c.text or '') for c in el])


def write_AddressPrefixes(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<AddressPrefix>' + text(item) + '</AddressPrefix>')


def read_AddressSpace(el: Element) -> m.AddressSpace:
    f_address_prefixes: Any = m.AddressPrefixes()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}AddressPrefixes':
            f_address_prefixes = m.AddressPrefixes([(c.text or '') for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AddressSpace)
    obj.__dict__ = {
        'address_prefixes': f_address_prefixes,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AddressSpace(obj: m.AddressSpace, out: list[str]) -> None:
    v = obj.address_prefixes
    if v is not None:
        out.append('<AddressPrefixes>')
        for item in v:
            out.append('<AddressPrefix>' + text(item) + '</AddressPrefix>')
        out.append('</AddressPrefixes>')


def read_AdministratorLoginPassword(el: Element) -> m.AdministratorLoginPassword:
    f_admin_password: Any = (el.text or '')
    unknown: list[Element] | None = None
    unknown = list(el) or None
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AdministratorLoginPassword)
    obj.__dict__ = {
        'admin_password': f_admin_password,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AdministratorLoginPassword(obj: m.AdministratorLoginPassword, out: list[str]) -> None:
    v = obj.admin_password
    if v is not None:
        out.append(text(v))


_TAGS_AffinityGroup = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Label': 1,
    '{http://schemas.microsoft.com/windowsazure}Description': 2,
    '{http://schemas.microsoft.com/windowsazure}Location': 3,
    '{http://schemas.microsoft.com/windowsazure}HostedServices': 4,
    '{http://schemas.microsoft.com/windowsazure}StorageServices': 5,
    '{http://schemas.microsoft.com/windowsazure}Capabilities': 6,
    '{http://schemas.microsoft.com/windowsazure}CreatedTime': 7,
    '{http://schemas.microsoft.com/windowsazure}ComputeCapabilities': 8,
}


def read_AffinityGroup(el: Element) -> m.AffinityGroup:
    f_name: Any = ''
    f_label: Any = ''
    f_description: Any = ''
    f_location: Any = ''
    f_hosted_services: Any = m.HostedServices()
    f_storage_services: Any = m.StorageServices()
    f_capabilities: Any = m.CapabilityNames()
    f_created_time: Any = None
    f_compute_capabilities: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_AffinityGroup.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_name = (child.text or '')
                    else:
                        f_label = from_b64(child.text)
                else:
                    if i < 3:
                        f_description = (child.text or '')
                    else:
                        f_location = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_hosted_services = m.HostedServices([read_HostedService(c) for c in child])
                    else:
                        f_storage_services = m.StorageServices([read_StorageService(c) for c in child])
                else:
                    if i < 7:
                        f_capabilities = m.CapabilityNames([(c.text or '') for c in child])
                    else:
                        if i < 8:
                            f_created_time = from_datetime(child.text)
                        else:
                            f_compute_capabilities = read_ComputeCapabilities(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AffinityGroup)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'description': f_description,
        'location': f_location,
        'hosted_services': f_hosted_services,
        'storage_services': f_storage_services,
        'capabilities': f_capabilities,
        'created_time': f_created_time,
        'compute_capabilities': f_compute_capabilities,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AffinityGroup(obj: m.AffinityGroup, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.hosted_services
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<HostedServices>')
        for item in v:
            out.append('<HostedService>')
            write_HostedService(item, out)
            out.append('</HostedService>')
        out.append('</HostedServices>')
    v = obj.storage_services
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<StorageServices>')
        for item in v:
            out.append('<StorageService>')
            write_StorageService(item, out)
            out.append('</StorageService>')
        out.append('</StorageServices>')
    v = obj.capabilities
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Capabilities>')
        for item in v:
            out.append('<Capability>' + text(item) + '</Capability>')
        out.append('</Capabilities>')
    v = obj.created_time
    if v is not None:
        out.append('<CreatedTime>' + dt(v) + '</CreatedTime>')
    v = obj.compute_capabilities
    if v is not None:
        out.append('<ComputeCapabilities>')
        write_ComputeCapabilities(v, out)
        out.append('</ComputeCapabilities>')


def read_AffinityGroups(el: Element) -> m.AffinityGroups:
    return m.AffinityGroups([read_AffinityGroup(c) for c in el])


def write_AffinityGroups(v: list[m.AffinityGroup], out: list[str]) -> None:
    for item in v:
        out.append('<AffinityGroup>')
        write_AffinityGroup(item, out)
        out.append('</AffinityGroup>')


def read_AttachedTo(el: Element) -> m.AttachedTo:
    f_hosted_service_name: Any = ''
    f_deployment_name: Any = ''
    f_role_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}HostedServiceName':
            f_hosted_service_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}DeploymentName':
            f_deployment_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}RoleName':
            f_role_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AttachedTo)
    obj.__dict__ = {
        'hosted_service_name': f_hosted_service_name,
        'deployment_name': f_deployment_name,
        'role_name': f_role_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AttachedTo(obj: m.AttachedTo, out: list[str]) -> None:
    v = obj.hosted_service_name
    if v is not None:
        out.append('<HostedServiceName>' + text(v) + '</HostedServiceName>')
    v = obj.deployment_name
    if v is not None:
        out.append('<DeploymentName>' + text(v) + '</DeploymentName>')
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')


def read_AuthorizationRule(el: Element) -> m.AuthorizationRule:
    f_claim_type: Any = ''
    f_claim_value: Any = ''
    f_rights: Any = m.AuthorizationRuleRights()
    f_created_time: Any = EMPTY_TIMESTAMP
    f_modified_time: Any = EMPTY_TIMESTAMP
    f_key_name: Any = ''
    f_primary_key: Any = ''
    f_secondary_key: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ClaimType':
            f_claim_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ClaimValue':
            f_claim_value = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Rights':
            f_rights = m.AuthorizationRuleRights([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedTime':
            f_created_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ModifiedTime':
            f_modified_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}KeyName':
            f_key_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}PrimaryKey':
            f_primary_key = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SecondaryKey':
            f_secondary_key = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AuthorizationRule)
    obj.__dict__ = {
        'claim_type': f_claim_type,
        'claim_value': f_claim_value,
        'rights': f_rights,
        'created_time': f_created_time,
        'modified_time': f_modified_time,
        'key_name': f_key_name,
        'primary_key': f_primary_key,
        'secondary_key': f_secondary_key,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AuthorizationRule(obj: m.AuthorizationRule, out: list[str]) -> None:
    v = obj.claim_type
    if v is not None:
        out.append('<ClaimType>' + text(v) + '</ClaimType>')
    v = obj.claim_value
    if v is not None:
        out.append('<ClaimValue>' + text(v) + '</ClaimValue>')
    v = obj.rights
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Rights>')
        for item in v:
            out.append('<AccessRights>' + text(item) + '</AccessRights>')
        out.append('</Rights>')
    v = obj.created_time
    if v:
        out.append('<CreatedTime>' + dt(v) + '</CreatedTime>')
    v = obj.modified_time
    if v:
        out.append('<ModifiedTime>' + dt(v) + '</ModifiedTime>')
    v = obj.key_name
    if v is not None:
        out.append('<KeyName>' + text(v) + '</KeyName>')
    v = obj.primary_key
    if v is not None:
        out.append('<PrimaryKey>' + text(v) + '</PrimaryKey>')
    v = obj.secondary_key
    if v is not None:
        out.append('<SecondaryKey>' + text(v) + '</SecondaryKey>')


def read_AuthorizationRuleRights(el: Element) -> m.AuthorizationRuleRights:
    return m.AuthorizationRuleRights([(c.text or '') for c in el])


def write_AuthorizationRuleRights(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<AccessRights>' + text(item) + '</AccessRights>')


def read_AuthorizationRules(el: Element) -> m.AuthorizationRules:
    return m.AuthorizationRules([read_AuthorizationRule(c) for c in el])


def write_AuthorizationRules(v: list[m.AuthorizationRule], out: list[str]) -> None:
    for item in v:
        out.append('<AuthorizationRule>')
        write_AuthorizationRule(item, out)
        out.append('</AuthorizationRule>')


def read_AvailabilityResponse(el: Element) -> m.AvailabilityResponse:
    f_result: Any = False
    f_reason: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Result':
            f_result = from_bool(child.text, False)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Reason':
            f_reason = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AvailabilityResponse)
    obj.__dict__ = {
        'result': f_result,
        'reason': f_reason,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AvailabilityResponse(obj: m.AvailabilityResponse, out: list[str]) -> None:
    v = obj.result
    if v is not None:
        out.append('<Result>' + boolean(v) + '</Result>')
    v = obj.reason
    if v is not None:
        out.append('<Reason>' + text(v) + '</Reason>')


def read_AvailableServices(el: Element) -> m.AvailableServices:
    return m.AvailableServices([(c.text or '') for c in el])


def write_AvailableServices(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<AvailableService>' + text(item) + '</AvailableService>')


def read_CapabilityNames(el: Element) -> m.CapabilityNames:
    return m.CapabilityNames([(c.text or '') for c in el])


def write_CapabilityNames(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Capability>' + text(item) + '</Capability>')


def read_CaptureAsVMImageOperation(el: Element) -> m.CaptureAsVMImageOperation:
    f_operation_type: Any = ''
    f_os_state: Any = ''
    f_vm_image_name: Any = ''
    f_vm_image_label: Any = ''
    f_description: Any = ''
    f_language: Any = ''
    f_image_family: Any = ''
    f_recommended_vm_size: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}OperationType':
            f_operation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}OSState':
            f_os_state = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}VMImageName':
            f_vm_image_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}VMImageLabel':
            f_vm_image_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Language':
            f_language = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ImageFamily':
            f_image_family = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}RecommendedVMSize':
            f_recommended_vm_size = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CaptureAsVMImageOperation)
    obj.__dict__ = {
        'operation_type': f_operation_type,
        'os_state': f_os_state,
        'vm_image_name': f_vm_image_name,
        'vm_image_label': f_vm_image_label,
        'description': f_description,
        'language': f_language,
        'image_family': f_image_family,
        'recommended_vm_size': f_recommended_vm_size,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CaptureAsVMImageOperation(obj: m.CaptureAsVMImageOperation, out: list[str]) -> None:
    v = obj.operation_type
    if v is not None:
        out.append('<OperationType>' + text(v) + '</OperationType>')
    v = obj.os_state
    if v is not None:
        out.append('<OSState>' + text(v) + '</OSState>')
    v = obj.vm_image_name
    if v is not None:
        out.append('<VMImageName>' + text(v) + '</VMImageName>')
    v = obj.vm_image_label
    if v is not None:
        out.append('<VMImageLabel>' + text(v) + '</VMImageLabel>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')
    v = obj.image_family
    if v is not None:
        out.append('<ImageFamily>' + text(v) + '</ImageFamily>')
    v = obj.recommended_vm_size
    if v is not None:
        out.append('<RecommendedVMSize>' + text(v) + '</RecommendedVMSize>')


def read_CaptureRoleOperation(el: Element) -> m.CaptureRoleOperation:
    f_operation_type: Any = ''
    f_post_capture_action: Any = ''
    f_provisioning_configuration: Any = None
    f_target_image_label: Any = ''
    f_target_image_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}OperationType':
            f_operation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PostCaptureAction':
            f_post_capture_action = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ProvisioningConfiguration':
            f_provisioning_configuration = read_ConfigurationSet(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}TargetImageLabel':
            f_target_image_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}TargetImageName':
            f_target_image_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CaptureRoleOperation)
    obj.__dict__ = {
        'operation_type': f_operation_type,
        'post_capture_action': f_post_capture_action,
        'provisioning_configuration': f_provisioning_configuration,
        'target_image_label': f_target_image_label,
        'target_image_name': f_target_image_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CaptureRoleOperation(obj: m.CaptureRoleOperation, out: list[str]) -> None:
    v = obj.operation_type
    if v is not None:
        out.append('<OperationType>' + text(v) + '</OperationType>')
    v = obj.post_capture_action
    if v is not None:
        out.append('<PostCaptureAction>' + text(v) + '</PostCaptureAction>')
    v = obj.provisioning_configuration
    if v is not None:
        out.append('<ProvisioningConfiguration>')
        write_ConfigurationSet(v, out)
        out.append('</ProvisioningConfiguration>')
    v = obj.target_image_label
    if v is not None:
        out.append('<TargetImageLabel>' + text(v) + '</TargetImageLabel>')
    v = obj.target_image_name
    if v is not None:
        out.append('<TargetImageName>' + text(v) + '</TargetImageName>')


def read_Certificate(el: Element) -> m.Certificate:
    f_certificate_url: Any = ''
    f_thumbprint: Any = ''
    f_thumbprint_algorithm: Any = ''
    f_data: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}CertificateUrl':
            f_certificate_url = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Thumbprint':
            f_thumbprint = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ThumbprintAlgorithm':
            f_thumbprint_algorithm = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Data':
            f_data = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Certificate)
    obj.__dict__ = {
        'certificate_url': f_certificate_url,
        'thumbprint': f_thumbprint,
        'thumbprint_algorithm': f_thumbprint_algorithm,
        'data': f_data,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Certificate(obj: m.Certificate, out: list[str]) -> None:
    v = obj.certificate_url
    if v is not None:
        out.append('<CertificateUrl>' + text(v) + '</CertificateUrl>')
    v = obj.thumbprint
    if v is not None:
        out.append('<Thumbprint>' + text(v) + '</Thumbprint>')
    v = obj.thumbprint_algorithm
    if v is not None:
        out.append('<ThumbprintAlgorithm>' + text(v) + '</ThumbprintAlgorithm>')
    v = obj.data
    if v is not None:
        out.append('<Data>' + text(v) + '</Data>')


def read_CertificateFile(el: Element) -> m.CertificateFile:
    f_data: Any = ''
    f_certificate_format: Any = ''
    f_password: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Data':
            f_data = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}CertificateFormat':
            f_certificate_format = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Password':
            f_password = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CertificateFile)
    obj.__dict__ = {
        'data': f_data,
        'certificate_format': f_certificate_format,
        'password': f_password,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CertificateFile(obj: m.CertificateFile, out: list[str]) -> None:
    v = obj.data
    if v is not None:
        out.append('<Data>' + text(v) + '</Data>')
    v = obj.certificate_format
    if v is not None:
        out.append('<CertificateFormat>' + text(v) + '</CertificateFormat>')
    v = obj.password
    if v is not None:
        out.append('<Password>' + text(v) + '</Password>')


def read_CertificateSetting(el: Element) -> m.CertificateSetting:
    f_store_location: Any = ''
    f_store_name: Any = ''
    f_thumbprint: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}StoreLocation':
            f_store_location = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StoreName':
            f_store_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Thumbprint':
            f_thumbprint = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CertificateSetting)
    obj.__dict__ = {
        'store_location': f_store_location,
        'store_name': f_store_name,
        'thumbprint': f_thumbprint,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CertificateSetting(obj: m.CertificateSetting, out: list[str]) -> None:
    v = obj.store_location
    if v is not None:
        out.append('<StoreLocation>' + text(v) + '</StoreLocation>')
    v = obj.store_name
    if v is not None:
        out.append('<StoreName>' + text(v) + '</StoreName>')
    v = obj.thumbprint
    if v is not None:
        out.append('<Thumbprint>' + text(v) + '</Thumbprint>')


def read_Certificates(el: Element) -> m.Certificates:
    return m.Certificates([read_Certificate(c) for c in el])


def write_Certificates(v: list[m.Certificate], out: list[str]) -> None:
    for item in v:
        out.append('<Certificate>')
        write_Certificate(item, out)
        out.append('</Certificate>')


def read_ChangeConfiguration(el: Element) -> m.ChangeConfiguration:
    f_configuration: Any = ''
    f_treat_warnings_as_error: Any = None
    f_mode: Any = ''
    f_extended_properties: Any = {}
    f_extension_configuration: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Configuration':
            f_configuration = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}TreatWarningsAsError':
            f_treat_warnings_as_error = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Mode':
            f_mode = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtensionConfiguration':
            f_extension_configuration = read_ExtensionConfiguration(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ChangeConfiguration)
    obj.__dict__ = {
        'configuration': f_configuration,
        'treat_warnings_as_error': f_treat_warnings_as_error,
        'mode': f_mode,
        'extended_properties': f_extended_properties,
        'extension_configuration': f_extension_configuration,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ChangeConfiguration(obj: m.ChangeConfiguration, out: list[str]) -> None:
    v = obj.configuration
    if v is not None:
        out.append('<Configuration>' + text(v) + '</Configuration>')
    v = obj.treat_warnings_as_error
    if v is not None:
        out.append('<TreatWarningsAsError>' + boolean(v) + '</TreatWarningsAsError>')
    v = obj.mode
    if v is not None:
        out.append('<Mode>' + text(v) + '</Mode>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.extension_configuration
    if v is not None:
        out.append('<ExtensionConfiguration>')
        write_ExtensionConfiguration(v, out)
        out.append('</ExtensionConfiguration>')


def read_CloudService(el: Element) -> m.CloudService:
    f_name: Any = ''
    f_label: Any = ''
    f_description: Any = ''
    f_geo_region: Any = ''
    f_resources: Any = m.CloudServiceResources()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}GeoRegion':
            f_geo_region = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Resources':
            f_resources = m.CloudServiceResources([read_CloudServiceResource(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CloudService)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'description': f_description,
        'geo_region': f_geo_region,
        'resources': f_resources,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CloudService(obj: m.CloudService, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')
    v = obj.resources
    if v is not None:
        out.append('<Resources>')
        for item in v:
            out.append('<Resource>')
            write_CloudServiceResource(item, out)
            out.append('</Resource>')
        out.append('</Resources>')


_TAGS_CloudServiceResource = {
    '{http://schemas.microsoft.com/windowsazure}ResourceProviderNamespace': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}Name': 2,
    '{http://schemas.microsoft.com/windowsazure}SchemaVersion': 3,
    '{http://schemas.microsoft.com/windowsazure}ETag': 4,
    '{http://schemas.microsoft.com/windowsazure}State': 5,
    '{http://schemas.microsoft.com/windowsazure}IntrinsicSettings': 6,
    '{http://schemas.microsoft.com/windowsazure}OperationStatus': 7,
    '{http://schemas.microsoft.com/windowsazure}Label': 8,
}


def read_CloudServiceResource(el: Element) -> m.CloudServiceResource:
    f_resource_provider_namespace: Any = ''
    f_type: Any = ''
    f_name: Any = ''
    f_schema_version: Any = ''
    f_e_tag: Any = ''
    f_state: Any = ''
    f_intrinsic_settings: Any = None
    f_operation_status: Any = None
    f_label: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_CloudServiceResource.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_resource_provider_namespace = (child.text or '')
                    else:
                        f_type = (child.text or '')
                else:
                    if i < 3:
                        f_name = (child.text or '')
                    else:
                        f_schema_version = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_e_tag = (child.text or '')
                    else:
                        f_state = (child.text or '')
                else:
                    if i < 7:
                        f_intrinsic_settings = read_JobCollectionIntrinsicSettings(child)
                    else:
                        if i < 8:
                            f_operation_status = read_ResourceOperationStatus(child)
                        else:
                            f_label = (child.text or '')
    if f_intrinsic_settings is None:  # absent: an empty instance, as the predecessor's fresh one
        f_intrinsic_settings = read_JobCollectionIntrinsicSettings(NO_CHILDREN)
    if f_operation_status is None:  # absent: an empty instance, as the predecessor's fresh one
        f_operation_status = read_ResourceOperationStatus(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CloudServiceResource)
    obj.__dict__ = {
        'resource_provider_namespace': f_resource_provider_namespace,
        'type': f_type,
        'name': f_name,
        'schema_version': f_schema_version,
        'e_tag': f_e_tag,
        'state': f_state,
        'intrinsic_settings': f_intrinsic_settings,
        'operation_status': f_operation_status,
        'label': f_label,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CloudServiceResource(obj: m.CloudServiceResource, out: list[str]) -> None:
    v = obj.resource_provider_namespace
    if v is not None:
        out.append('<ResourceProviderNamespace>' + text(v) + '</ResourceProviderNamespace>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.schema_version
    if v is not None:
        out.append('<SchemaVersion>' + text(v) + '</SchemaVersion>')
    v = obj.e_tag
    if v is not None:
        out.append('<ETag>' + text(v) + '</ETag>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.intrinsic_settings
    if v is not None and not empty_JobCollectionIntrinsicSettings(v):
        out.append('<IntrinsicSettings>')
        write_JobCollectionIntrinsicSettings(v, out)
        out.append('</IntrinsicSettings>')
    v = obj.operation_status
    if v is not None and not empty_ResourceOperationStatus(v):
        out.append('<OperationStatus>')
        write_ResourceOperationStatus(v, out)
        out.append('</OperationStatus>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')


def read_CloudServiceResources(el: Element) -> m.CloudServiceResources:
    return m.CloudServiceResources([read_CloudServiceResource(c) for c in el])


def write_CloudServiceResources(v: list[m.CloudServiceResource], out: list[str]) -> None:
    for item in v:
        out.append('<Resource>')
        write_CloudServiceResource(item, out)
        out.append('</Resource>')


def read_CloudServices(el: Element) -> m.CloudServices:
    return m.CloudServices([read_CloudService(c) for c in el])


def write_CloudServices(v: list[m.CloudService], out: list[str]) -> None:
    for item in v:
        out.append('<CloudService>')
        write_CloudService(item, out)
        out.append('</CloudService>')


def read_ComponentSetting(el: Element) -> m.ComponentSetting:
    f_setting_name: Any = ''
    f_content: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}SettingName':
            f_setting_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Content':
            f_content = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ComponentSetting)
    obj.__dict__ = {
        'setting_name': f_setting_name,
        'content': f_content,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ComponentSetting(obj: m.ComponentSetting, out: list[str]) -> None:
    v = obj.setting_name
    if v is not None:
        out.append('<SettingName>' + text(v) + '</SettingName>')
    v = obj.content
    if v is not None:
        out.append('<Content>' + text(v) + '</Content>')


def read_ComponentSettings(el: Element) -> m.ComponentSettings:
    return m.ComponentSettings([read_ComponentSetting(c) for c in el])


def write_ComponentSettings(v: list[m.ComponentSetting], out: list[str]) -> None:
    for item in v:
        out.append('<ComponentSetting>')
        write_ComponentSetting(item, out)
        out.append('</ComponentSetting>')


def read_ComputeCapabilities(el: Element) -> m.ComputeCapabilities:
    f_web_worker_role_sizes: Any = m.RoleSizeNames()
    f_virtual_machines_role_sizes: Any = m.RoleSizeNames()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}WebWorkerRoleSizes':
            f_web_worker_role_sizes = m.RoleSizeNames([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}VirtualMachinesRoleSizes':
            f_virtual_machines_role_sizes = m.RoleSizeNames([(c.text or '') for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ComputeCapabilities)
    obj.__dict__ = {
        'web_worker_role_sizes': f_web_worker_role_sizes,
        'virtual_machines_role_sizes': f_virtual_machines_role_sizes,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ComputeCapabilities(obj: m.ComputeCapabilities, out: list[str]) -> None:
    v = obj.web_worker_role_sizes
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<WebWorkerRoleSizes>')
        for item in v:
            out.append('<RoleSize>' + text(item) + '</RoleSize>')
        out.append('</WebWorkerRoleSizes>')
    v = obj.virtual_machines_role_sizes
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<VirtualMachinesRoleSizes>')
        for item in v:
            out.append('<RoleSize>' + text(item) + '</RoleSize>')
        out.append('</VirtualMachinesRoleSizes>')


def read_ComputeImageAttributes(el: Element) -> m.ComputeImageAttributes:
    f_offer: Any = ''
    f_sku: Any = ''
    f_version: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Offer':
            f_offer = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Sku':
            f_sku = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Version':
            f_version = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ComputeImageAttributes)
    obj.__dict__ = {
        'offer': f_offer,
        'sku': f_sku,
        'version': f_version,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ComputeImageAttributes(obj: m.ComputeImageAttributes, out: list[str]) -> None:
    v = obj.offer
    if v is not None:
        out.append('<Offer>' + text(v) + '</Offer>')
    v = obj.sku
    if v is not None:
        out.append('<Sku>' + text(v) + '</Sku>')
    v = obj.version
    if v is not None:
        out.append('<Version>' + text(v) + '</Version>')


_TAGS_ConfigurationSet = {
    '{http://schemas.microsoft.com/windowsazure}ConfigurationSetType': 0,
    '{http://schemas.microsoft.com/windowsazure}ComputerName': 1,
    '{http://schemas.microsoft.com/windowsazure}AdminPassword': 2,
    '{http://schemas.microsoft.com/windowsazure}ResetPasswordOnFirstLogon': 3,
    '{http://schemas.microsoft.com/windowsazure}EnableAutomaticUpdates': 4,
    '{http://schemas.microsoft.com/windowsazure}TimeZone': 5,
    '{http://schemas.microsoft.com/windowsazure}DomainJoin': 6,
    '{http://schemas.microsoft.com/windowsazure}StoredCertificateSettings': 7,
    '{http://schemas.microsoft.com/windowsazure}WinRM': 8,
    '{http://schemas.microsoft.com/windowsazure}AdminUsername': 9,
    '{http://schemas.microsoft.com/windowsazure}HostName': 10,
    '{http://schemas.microsoft.com/windowsazure}UserName': 11,
    '{http://schemas.microsoft.com/windowsazure}UserPassword': 12,
    '{http://schemas.microsoft.com/windowsazure}DisableSshPasswordAuthentication': 13,
    '{http://schemas.microsoft.com/windowsazure}SSH': 14,
    '{http://schemas.microsoft.com/windowsazure}CustomData': 15,
    '{http://schemas.microsoft.com/windowsazure}AdditionalUnattendContent': 16,
    '{http://schemas.microsoft.com/windowsazure}InputEndpoints': 17,
    '{http://schemas.microsoft.com/windowsazure}SubnetNames': 18,
    '{http://schemas.microsoft.com/windowsazure}StaticVirtualNetworkIPAddress': 19,
    '{http://schemas.microsoft.com/windowsazure}PublicIPs': 20,
    '{http://schemas.microsoft.com/windowsazure}NetworkInterfaces': 21,
    '{http://schemas.microsoft.com/windowsazure}NetworkSecurityGroup': 22,
}


def read_ConfigurationSet(el: Element) -> m.ConfigurationSet:
    f_configuration_set_type: Any = 'NetworkConfiguration'
    f_computer_name: Any = ''
    f_admin_password: Any = ''
    f_reset_password_on_first_logon: Any = None
    f_enable_automatic_updates: Any = None
    f_time_zone: Any = ''
    f_domain_join: Any = None
    f_stored_certificate_settings: Any = m.StoredCertificateSettings()
    f_win_rm: Any = None
    f_admin_username: Any = ''
    f_host_name: Any = ''
    f_user_name: Any = ''
    f_user_password: Any = ''
    f_disable_ssh_password_authentication: Any = None
    f_ssh: Any = None
    f_custom_data: Any = ''
    f_additional_unattend_content: Any = None
    f_input_endpoints: Any = m.ConfigurationSetInputEndpoints()
    f_subnet_names: Any = m.ConfigurationSetSubnetNames()
    f_static_virtual_network_ip_address: Any = None
    f_public_ips: Any = m.PublicIPs()
    f_network_interfaces: Any = m.ConfigurationSetNetworkInterfaces()
    f_network_security_group: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_ConfigurationSet.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 11:
                if i < 5:
                    if i < 2:
                        if i < 1:
                            f_configuration_set_type = (child.text or 'NetworkConfiguration')
                        else:
                            f_computer_name = (child.text or '')
                    else:
                        if i < 3:
                            f_admin_password = (child.text or '')
                        else:
                            if i < 4:
                                f_reset_password_on_first_logon = from_bool(child.text)
                            else:
                                f_enable_automatic_updates = from_bool(child.text)
                else:
                    if i < 8:
                        if i < 6:
                            f_time_zone = (child.text or '')
                        else:
                            if i < 7:
                                f_domain_join = read_DomainJoin(child)
                            else:
                                f_stored_certificate_settings = m.StoredCertificateSettings([read_CertificateSetting(c) for c in child])
                    else:
                        if i < 9:
                            f_win_rm = read_WinRM(child)
                        else:
                            if i < 10:
                                f_admin_username = (child.text or '')
                            else:
                                f_host_name = (child.text or '')
            else:
                if i < 17:
                    if i < 14:
                        if i < 12:
                            f_user_name = (child.text or '')
                        else:
                            if i < 13:
                                f_user_password = (child.text or '')
                            else:
                                f_disable_ssh_password_authentication = from_bool(child.text)
                    else:
                        if i < 15:
                            f_ssh = read_SSH(child)
                        else:
                            if i < 16:
                                f_custom_data = from_b64(child.text)
                            else:
                                f_additional_unattend_content = read_AdditionalUnattendContent(child)
                else:
                    if i < 20:
                        if i < 18:
                            f_input_endpoints = m.ConfigurationSetInputEndpoints([read_ConfigurationSetInputEndpoint(c) for c in child])
                        else:
                            if i < 19:
                                f_subnet_names = m.ConfigurationSetSubnetNames([(c.text or '') for c in child])
                            else:
                                f_static_virtual_network_ip_address = child.text
                    else:
                        if i < 21:
                            f_public_ips = m.PublicIPs([read_PublicIP(c) for c in child])
                        else:
                            if i < 22:
                                f_network_interfaces = m.ConfigurationSetNetworkInterfaces([read_ConfigurationSetNetworkInterface(c) for c in child])
                            else:
                                f_network_security_group = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ConfigurationSet)
    obj.__dict__ = {
        'configuration_set_type': f_configuration_set_type,
        'computer_name': f_computer_name,
        'admin_password': f_admin_password,
        'reset_password_on_first_logon': f_reset_password_on_first_logon,
        'enable_automatic_updates': f_enable_automatic_updates,
        'time_zone': f_time_zone,
        'domain_join': f_domain_join,
        'stored_certificate_settings': f_stored_certificate_settings,
        'win_rm': f_win_rm,
        'admin_username': f_admin_username,
        'host_name': f_host_name,
        'user_name': f_user_name,
        'user_password': f_user_password,
        'disable_ssh_password_authentication': f_disable_ssh_password_authentication,
        'ssh': f_ssh,
        'custom_data': f_custom_data,
        'additional_unattend_content': f_additional_unattend_content,
        'input_endpoints': f_input_endpoints,
        'subnet_names': f_subnet_names,
        'static_virtual_network_ip_address': f_static_virtual_network_ip_address,
        'public_ips': f_public_ips,
        'network_interfaces': f_network_interfaces,
        'network_security_group': f_network_security_group,
        'role_type': None,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ConfigurationSet(obj: m.ConfigurationSet, out: list[str]) -> None:
    v = obj.configuration_set_type
    if v is not None:
        out.append('<ConfigurationSetType>' + text(v) + '</ConfigurationSetType>')
    v = obj.computer_name
    if v is not None:
        out.append('<ComputerName>' + text(v) + '</ComputerName>')
    v = obj.admin_password
    if v is not None:
        out.append('<AdminPassword>' + text(v) + '</AdminPassword>')
    v = obj.reset_password_on_first_logon
    if v is not None:
        out.append('<ResetPasswordOnFirstLogon>' + boolean(v) + '</ResetPasswordOnFirstLogon>')
    v = obj.enable_automatic_updates
    if v is not None:
        out.append('<EnableAutomaticUpdates>' + boolean(v) + '</EnableAutomaticUpdates>')
    v = obj.time_zone
    if v is not None:
        out.append('<TimeZone>' + text(v) + '</TimeZone>')
    v = obj.domain_join
    if v is not None and not empty_DomainJoin(v):
        out.append('<DomainJoin>')
        write_DomainJoin(v, out)
        out.append('</DomainJoin>')
    v = obj.stored_certificate_settings
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<StoredCertificateSettings>')
        for item in v:
            out.append('<CertificateSetting>')
            write_CertificateSetting(item, out)
            out.append('</CertificateSetting>')
        out.append('</StoredCertificateSettings>')
    v = obj.win_rm
    if v is not None and not empty_WinRM(v):
        out.append('<WinRM>')
        write_WinRM(v, out)
        out.append('</WinRM>')
    v = obj.admin_username
    if v is not None:
        out.append('<AdminUsername>' + text(v) + '</AdminUsername>')
    v = obj.host_name
    if v is not None:
        out.append('<HostName>' + text(v) + '</HostName>')
    v = obj.user_name
    if v is not None:
        out.append('<UserName>' + text(v) + '</UserName>')
    v = obj.user_password
    if v is not None:
        out.append('<UserPassword>' + text(v) + '</UserPassword>')
    v = obj.disable_ssh_password_authentication
    if v is not None:
        out.append('<DisableSshPasswordAuthentication>' + boolean(v) + '</DisableSshPasswordAuthentication>')
    v = obj.ssh
    if v is not None:
        out.append('<SSH>')
        write_SSH(v, out)
        out.append('</SSH>')
    v = obj.custom_data
    if v is not None:
        out.append('<CustomData>' + b64(v) + '</CustomData>')
    v = obj.additional_unattend_content
    if v is not None and not empty_AdditionalUnattendContent(v):
        out.append('<AdditionalUnattendContent>')
        write_AdditionalUnattendContent(v, out)
        out.append('</AdditionalUnattendContent>')
    v = obj.input_endpoints
    if v is not None:
        out.append('<InputEndpoints>')
        for item in v:
            out.append('<InputEndpoint>')
            write_ConfigurationSetInputEndpoint(item, out)
            out.append('</InputEndpoint>')
        out.append('</InputEndpoints>')
    v = obj.subnet_names
    if v is not None:
        out.append('<SubnetNames>')
        for item in v:
            out.append('<SubnetName>' + text(item) + '</SubnetName>')
        out.append('</SubnetNames>')
    v = obj.static_virtual_network_ip_address
    if v is not None:
        out.append('<StaticVirtualNetworkIPAddress>' + text(v) + '</StaticVirtualNetworkIPAddress>')
    v = obj.public_ips
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<PublicIPs>')
        for item in v:
            out.append('<PublicIP>')
            write_PublicIP(item, out)
            out.append('</PublicIP>')
        out.append('</PublicIPs>')
    v = obj.network_interfaces
    if v is not None:
        out.append('<NetworkInterfaces>')
        for item in v:
            out.append('<NetworkInterface>')
            write_ConfigurationSetNetworkInterface(item, out)
            out.append('</NetworkInterface>')
        out.append('</NetworkInterfaces>')
    v = obj.network_security_group
    if v is not None:
        out.append('<NetworkSecurityGroup>' + text(v) + '</NetworkSecurityGroup>')


def read_ConfigurationSetIPConfiguration(el: Element) -> m.ConfigurationSetIPConfiguration:
    f_subnet_name: Any = ''
    f_static_virtual_network_ip_address: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}SubnetName':
            f_subnet_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StaticVirtualNetworkIPAddress':
            f_static_virtual_network_ip_address = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ConfigurationSetIPConfiguration)
    obj.__dict__ = {
        'subnet_name': f_subnet_name,
        'static_virtual_network_ip_address': f_static_virtual_network_ip_address,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ConfigurationSetIPConfiguration(obj: m.ConfigurationSetIPConfiguration, out: list[str]) -> None:
    v = obj.subnet_name
    if v is not None:
        out.append('<SubnetName>' + text(v) + '</SubnetName>')
    v = obj.static_virtual_network_ip_address
    if v is not None:
        out.append('<StaticVirtualNetworkIPAddress>' + text(v) + '</StaticVirtualNetworkIPAddress>')


def read_ConfigurationSetIPConfigurations(el: Element) -> m.ConfigurationSetIPConfigurations:
    return m.ConfigurationSetIPConfigurations([read_ConfigurationSetIPConfiguration(c) for c in el])


def write_ConfigurationSetIPConfigurations(v: list[m.ConfigurationSetIPConfiguration], out: list[str]) -> None:
    for item in v:
        out.append('<IPConfiguration>')
        write_ConfigurationSetIPConfiguration(item, out)
        out.append('</IPConfiguration>')


_TAGS_ConfigurationSetInputEndpoint = {
    '{http://schemas.microsoft.com/windowsazure}LoadBalancedEndpointSetName': 0,
    '{http://schemas.microsoft.com/windowsazure}LocalPort': 1,
    '{http://schemas.microsoft.com/windowsazure}Name': 2,
    '{http://schemas.microsoft.com/windowsazure}Port': 3,
    '{http://schemas.microsoft.com/windowsazure}LoadBalancerProbe': 4,
    '{http://schemas.microsoft.com/windowsazure}LoadBalancerName': 5,
    '{http://schemas.microsoft.com/windowsazure}Protocol': 6,
    '{http://schemas.microsoft.com/windowsazure}Vip': 7,
    '{http://schemas.microsoft.com/windowsazure}EnableDirectServerReturn': 8,
    '{http://schemas.microsoft.com/windowsazure}EndpointAcl': 9,
    '{http://schemas.microsoft.com/windowsazure}IdleTimeoutInMinutes': 10,
    '{http://schemas.microsoft.com/windowsazure}LoadDistribution': 11,
    '{http://schemas.microsoft.com/windowsazure}VirtualIPName': 12,
}


def read_ConfigurationSetInputEndpoint(el: Element) -> m.ConfigurationSetInputEndpoint:
    f_load_balanced_endpoint_set_name: Any = ''
    f_local_port: Any = None
    f_name: Any = ''
    f_port: Any = None
    f_load_balancer_probe: Any = None
    f_load_balancer_name: Any = ''
    f_protocol: Any = ''
    f_vip: Any = ''
    f_enable_direct_server_return: Any = False
    f_endpoint_acl: Any = None
    f_idle_timeout_in_minutes: Any = 4
    f_load_distribution: Any = ''
    f_virtual_ip_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_ConfigurationSetInputEndpoint.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 6:
                if i < 3:
                    if i < 1:
                        f_load_balanced_endpoint_set_name = (child.text or '')
                    else:
                        if i < 2:
                            f_local_port = from_text_int(child.text)
                        else:
                            f_name = (child.text or '')
                else:
                    if i < 4:
                        f_port = from_text_int(child.text)
                    else:
                        if i < 5:
                            f_load_balancer_probe = read_LoadBalancerProbe(child)
                        else:
                            f_load_balancer_name = (child.text or '')
            else:
                if i < 9:
                    if i < 7:
                        f_protocol = (child.text or '')
                    else:
                        if i < 8:
                            f_vip = (child.text or '')
                        else:
                            f_enable_direct_server_return = from_bool(child.text, False)
                else:
                    if i < 11:
                        if i < 10:
                            f_endpoint_acl = read_EndpointAcl(child)
                        else:
                            f_idle_timeout_in_minutes = from_int(child.text, 4)
                    else:
                        if i < 12:
                            f_load_distribution = (child.text or '')
                        else:
                            f_virtual_ip_name = (child.text or '')
    if f_load_balancer_probe is None:  # absent: an empty instance, as the predecessor's fresh one
        f_load_balancer_probe = read_LoadBalancerProbe(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ConfigurationSetInputEndpoint)
    obj.__dict__ = {
        'load_balanced_endpoint_set_name': f_load_balanced_endpoint_set_name,
        'local_port': f_local_port,
        'name': f_name,
        'port': f_port,
        'load_balancer_probe': f_load_balancer_probe,
        'load_balancer_name': f_load_balancer_name,
        'protocol': f_protocol,
        'vip': f_vip,
        'enable_direct_server_return': f_enable_direct_server_return,
        'endpoint_acl': f_endpoint_acl,
        'idle_timeout_in_minutes': f_idle_timeout_in_minutes,
        'load_distribution': f_load_distribution,
        'virtual_ip_name': f_virtual_ip_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ConfigurationSetInputEndpoint(obj: m.ConfigurationSetInputEndpoint, out: list[str]) -> None:
    v = obj.load_balanced_endpoint_set_name
    if v is not None:
        out.append('<LoadBalancedEndpointSetName>' + text(v) + '</LoadBalancedEndpointSetName>')
    v = obj.local_port
    if v is not None:
        out.append('<LocalPort>' + number(v) + '</LocalPort>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.port
    if v is not None:
        out.append('<Port>' + number(v) + '</Port>')
    v = obj.load_balancer_probe
    if v is not None and not empty_LoadBalancerProbe(v):
        out.append('<LoadBalancerProbe>')
        write_LoadBalancerProbe(v, out)
        out.append('</LoadBalancerProbe>')
    v = obj.load_balancer_name
    if v is not None:
        out.append('<LoadBalancerName>' + text(v) + '</LoadBalancerName>')
    v = obj.protocol
    if v is not None:
        out.append('<Protocol>' + text(v) + '</Protocol>')
    v = obj.vip
    if v is not None:
        out.append('<Vip>' + text(v) + '</Vip>')
    v = obj.enable_direct_server_return
    if v is not None:
        out.append('<EnableDirectServerReturn>' + boolean(v) + '</EnableDirectServerReturn>')
    v = obj.endpoint_acl
    if v is not None:
        out.append('<EndpointAcl>')
        write_EndpointAcl(v, out)
        out.append('</EndpointAcl>')
    v = obj.idle_timeout_in_minutes
    if v is not None:
        out.append('<IdleTimeoutInMinutes>' + number(v) + '</IdleTimeoutInMinutes>')
    v = obj.load_distribution
    if v is not None:
        out.append('<LoadDistribution>' + text(v) + '</LoadDistribution>')
    v = obj.virtual_ip_name
    if v is not None:
        out.append('<VirtualIPName>' + text(v) + '</VirtualIPName>')


def read_ConfigurationSetInputEndpoints(el: Element) -> m.ConfigurationSetInputEndpoints:
    return m.ConfigurationSetInputEndpoints([read_ConfigurationSetInputEndpoint(c) for c in el])


def write_ConfigurationSetInputEndpoints(v: list[m.ConfigurationSetInputEndpoint], out: list[str]) -> None:
    for item in v:
        out.append('<InputEndpoint>')
        write_ConfigurationSetInputEndpoint(item, out)
        out.append('</InputEndpoint>')


def read_ConfigurationSetNetworkInterface(el: Element) -> m.ConfigurationSetNetworkInterface:
    f_name: Any = ''
    f_ip_configurations: Any = m.ConfigurationSetIPConfigurations()
    f_network_security_group: Any = ''
    f_ip_forwarding: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}IPConfigurations':
            f_ip_configurations = m.ConfigurationSetIPConfigurations([read_ConfigurationSetIPConfiguration(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}NetworkSecurityGroup':
            f_network_security_group = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}IPForwarding':
            f_ip_forwarding = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ConfigurationSetNetworkInterface)
    obj.__dict__ = {
        'name': f_name,
        'ip_configurations': f_ip_configurations,
        'network_security_group': f_network_security_group,
        'ip_forwarding': f_ip_forwarding,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ConfigurationSetNetworkInterface(obj: m.ConfigurationSetNetworkInterface, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.ip_configurations
    if v is not None:
        out.append('<IPConfigurations>')
        for item in v:
            out.append('<IPConfiguration>')
            write_ConfigurationSetIPConfiguration(item, out)
            out.append('</IPConfiguration>')
        out.append('</IPConfigurations>')
    v = obj.network_security_group
    if v is not None:
        out.append('<NetworkSecurityGroup>' + text(v) + '</NetworkSecurityGroup>')
    v = obj.ip_forwarding
    if v is not None:
        out.append('<IPForwarding>' + text(v) + '</IPForwarding>')


def read_ConfigurationSetNetworkInterfaces(el: Element) -> m.ConfigurationSetNetworkInterfaces:
    return m.ConfigurationSetNetworkInterfaces([read_ConfigurationSetNetworkInterface(c) for c in el])


def write_ConfigurationSetNetworkInterfaces(v: list[m.ConfigurationSetNetworkInterface], out: list[str]) -> None:
    for item in v:
        out.append('<NetworkInterface>')
        write_ConfigurationSetNetworkInterface(item, out)
        out.append('</NetworkInterface>')


def read_ConfigurationSetSubnetNames(el: Element) -> m.ConfigurationSetSubnetNames:
    return m.ConfigurationSetSubnetNames([(c.text or '') for c in el])


def write_ConfigurationSetSubnetNames(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<SubnetName>' + text(item) + '</SubnetName>')


def read_ConfigurationSets(el: Element) -> m.ConfigurationSets:
    return m.ConfigurationSets([read_ConfigurationSet(c) for c in el])


def write_ConfigurationSets(v: list[m.ConfigurationSet], out: list[str]) -> None:
    for item in v:
        out.append('<ConfigurationSet>')
        write_ConfigurationSet(item, out)
        out.append('</ConfigurationSet>')


def read_CountDetails(el: Element) -> m.CountDetails:
    f_active_message_count: Any = 0
    f_dead_letter_message_count: Any = 0
    f_scheduled_message_count: Any = 0
    f_transfer_message_count: Any = 0
    f_transfer_dead_letter_message_count: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}ActiveMessageCount':
            f_active_message_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}DeadLetterMessageCount':
            f_dead_letter_message_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}ScheduledMessageCount':
            f_scheduled_message_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}TransferMessageCount':
            f_transfer_message_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}TransferDeadLetterMessageCount':
            f_transfer_dead_letter_message_count = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CountDetails)
    obj.__dict__ = {
        'active_message_count': f_active_message_count,
        'dead_letter_message_count': f_dead_letter_message_count,
        'scheduled_message_count': f_scheduled_message_count,
        'transfer_message_count': f_transfer_message_count,
        'transfer_dead_letter_message_count': f_transfer_dead_letter_message_count,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CountDetails(obj: m.CountDetails, out: list[str]) -> None:
    v = obj.active_message_count
    if v is not None:
        out.append('<ActiveMessageCount>' + number(v) + '</ActiveMessageCount>')
    v = obj.dead_letter_message_count
    if v is not None:
        out.append('<DeadLetterMessageCount>' + number(v) + '</DeadLetterMessageCount>')
    v = obj.scheduled_message_count
    if v is not None:
        out.append('<ScheduledMessageCount>' + number(v) + '</ScheduledMessageCount>')
    v = obj.transfer_message_count
    if v is not None:
        out.append('<TransferMessageCount>' + number(v) + '</TransferMessageCount>')
    v = obj.transfer_dead_letter_message_count
    if v is not None:
        out.append('<TransferDeadLetterMessageCount>' + number(v) + '</TransferDeadLetterMessageCount>')


def read_CreateAffinityGroup(el: Element) -> m.CreateAffinityGroup:
    f_name: Any = ''
    f_label: Any = ''
    f_description: Any = ''
    f_location: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Location':
            f_location = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateAffinityGroup)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'description': f_description,
        'location': f_location,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateAffinityGroup(obj: m.CreateAffinityGroup, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')


def read_CreateCloudService(el: Element) -> m.CreateCloudService:
    f_label: Any = ''
    f_description: Any = ''
    f_geo_region: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}GeoRegion':
            f_geo_region = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateCloudService)
    obj.__dict__ = {
        'label': f_label,
        'description': f_description,
        'geo_region': f_geo_region,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateCloudService(obj: m.CreateCloudService, out: list[str]) -> None:
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')


def read_CreateDeployment(el: Element) -> m.CreateDeployment:
    f_name: Any = ''
    f_package_url: Any = ''
    f_label: Any = ''
    f_configuration: Any = ''
    f_start_deployment: Any = None
    f_treat_warnings_as_error: Any = None
    f_extended_properties: Any = {}
    f_extension_configuration: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PackageUrl':
            f_package_url = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Configuration':
            f_configuration = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StartDeployment':
            f_start_deployment = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}TreatWarningsAsError':
            f_treat_warnings_as_error = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtensionConfiguration':
            f_extension_configuration = read_ExtensionConfiguration(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateDeployment)
    obj.__dict__ = {
        'name': f_name,
        'package_url': f_package_url,
        'label': f_label,
        'configuration': f_configuration,
        'start_deployment': f_start_deployment,
        'treat_warnings_as_error': f_treat_warnings_as_error,
        'extended_properties': f_extended_properties,
        'extension_configuration': f_extension_configuration,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateDeployment(obj: m.CreateDeployment, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.package_url
    if v is not None:
        out.append('<PackageUrl>' + text(v) + '</PackageUrl>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.configuration
    if v is not None:
        out.append('<Configuration>' + text(v) + '</Configuration>')
    v = obj.start_deployment
    if v is not None:
        out.append('<StartDeployment>' + boolean(v) + '</StartDeployment>')
    v = obj.treat_warnings_as_error
    if v is not None:
        out.append('<TreatWarningsAsError>' + boolean(v) + '</TreatWarningsAsError>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.extension_configuration
    if v is not None:
        out.append('<ExtensionConfiguration>')
        write_ExtensionConfiguration(v, out)
        out.append('</ExtensionConfiguration>')


def read_CreateHostedService(el: Element) -> m.CreateHostedService:
    f_service_name: Any = ''
    f_label: Any = ''
    f_description: Any = ''
    f_location: Any = ''
    f_affinity_group: Any = ''
    f_extended_properties: Any = {}
    f_reverse_dns_fqdn: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ServiceName':
            f_service_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Location':
            f_location = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}AffinityGroup':
            f_affinity_group = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}ReverseDnsFqdn':
            f_reverse_dns_fqdn = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateHostedService)
    obj.__dict__ = {
        'service_name': f_service_name,
        'label': f_label,
        'description': f_description,
        'location': f_location,
        'affinity_group': f_affinity_group,
        'extended_properties': f_extended_properties,
        'reverse_dns_fqdn': f_reverse_dns_fqdn,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateHostedService(obj: m.CreateHostedService, out: list[str]) -> None:
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.reverse_dns_fqdn
    if v is not None:
        out.append('<ReverseDnsFqdn>' + text(v) + '</ReverseDnsFqdn>')


def read_CreateJobCollection(el: Element) -> m.CreateJobCollection:
    f_intrinsic_settings: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}IntrinsicSettings':
            f_intrinsic_settings = read_CreateJobCollectionSettings(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateJobCollection)
    obj.__dict__ = {
        'intrinsic_settings': f_intrinsic_settings,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateJobCollection(obj: m.CreateJobCollection, out: list[str]) -> None:
    v = obj.intrinsic_settings
    if v is not None:
        out.append('<IntrinsicSettings>')
        write_CreateJobCollectionSettings(v, out)
        out.append('</IntrinsicSettings>')


def read_CreateJobCollectionSettings(el: Element) -> m.CreateJobCollectionSettings:
    f_plan: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}plan':
            f_plan = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateJobCollectionSettings)
    obj.__dict__ = {
        'plan': f_plan,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateJobCollectionSettings(obj: m.CreateJobCollectionSettings, out: list[str]) -> None:
    v = obj.plan
    if v is not None:
        out.append('<plan>' + text(v) + '</plan>')


def read_CreateServerInput(el: Element) -> m.CreateServerInput:
    f_administrator_login: Any = ''
    f_administrator_login_password: Any = ''
    f_location: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}AdministratorLogin':
            f_administrator_login = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}AdministratorLoginPassword':
            f_administrator_login_password = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}Location':
            f_location = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateServerInput)
    obj.__dict__ = {
        'administrator_login': f_administrator_login,
        'administrator_login_password': f_administrator_login_password,
        'location': f_location,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateServerInput(obj: m.CreateServerInput, out: list[str]) -> None:
    v = obj.administrator_login
    if v is not None:
        out.append('<AdministratorLogin>' + text(v) + '</AdministratorLogin>')
    v = obj.administrator_login_password
    if v is not None:
        out.append('<AdministratorLoginPassword>' + text(v) + '</AdministratorLoginPassword>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')


def read_CreateServerResponse(el: Element) -> m.CreateServerResponse:
    f_fully_qualified_domain_name: Any = (el.get('FullyQualifiedDomainName') or '')
    f_server_name: Any = (el.text or '')
    unknown: list[Element] | None = None
    unknown = list(el) or None
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateServerResponse)
    obj.__dict__ = {
        'server_name': f_server_name,
        'fully_qualified_domain_name': f_fully_qualified_domain_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def attrs_CreateServerResponse(obj: m.CreateServerResponse) -> str:
    out = []
    v = obj.fully_qualified_domain_name
    if v is not None:
        out.append(' FullyQualifiedDomainName="' + attr(v) + '"')
    return "".join(out)


def write_CreateServerResponse(obj: m.CreateServerResponse, out: list[str]) -> None:
    v = obj.server_name
    if v is not None:
        out.append(text(v))


def read_CreateSiteInput(el: Element) -> m.CreateSiteInput:
    f_host_names: Any = m.HostNameList()
    f_name: Any = ''
    f_compute_mode: Any = ''
    f_server_farm: Any = ''
    f_site_mode: Any = ''
    f_web_space_to_create: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}HostNames':
            f_host_names = m.HostNameList([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ComputeMode':
            f_compute_mode = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ServerFarm':
            f_server_farm = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SiteMode':
            f_site_mode = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}WebSpaceToCreate':
            f_web_space_to_create = read_WebSpaceToCreate(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateSiteInput)
    obj.__dict__ = {
        'host_names': f_host_names,
        'name': f_name,
        'compute_mode': f_compute_mode,
        'server_farm': f_server_farm,
        'site_mode': f_site_mode,
        'web_space_to_create': f_web_space_to_create,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateSiteInput(obj: m.CreateSiteInput, out: list[str]) -> None:
    v = obj.host_names
    if v is not None:
        out.append('<HostNames xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">')
        for item in v:
            out.append('<a:string>' + text(item) + '</a:string>')
        out.append('</HostNames>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.compute_mode
    if v is not None:
        out.append('<ComputeMode>' + text(v) + '</ComputeMode>')
    v = obj.server_farm
    if v is not None:
        out.append('<ServerFarm>' + text(v) + '</ServerFarm>')
    v = obj.site_mode
    if v is not None:
        out.append('<SiteMode>' + text(v) + '</SiteMode>')
    v = obj.web_space_to_create
    if v is not None:
        out.append('<WebSpaceToCreate>')
        write_WebSpaceToCreate(v, out)
        out.append('</WebSpaceToCreate>')


_TAGS_CreateStorageServiceInput = {
    '{http://schemas.microsoft.com/windowsazure}ServiceName': 0,
    '{http://schemas.microsoft.com/windowsazure}Description': 1,
    '{http://schemas.microsoft.com/windowsazure}Label': 2,
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 3,
    '{http://schemas.microsoft.com/windowsazure}Location': 4,
    '{http://schemas.microsoft.com/windowsazure}GeoReplicationEnabled': 5,
    '{http://schemas.microsoft.com/windowsazure}ExtendedProperties': 6,
    '{http://schemas.microsoft.com/windowsazure}SecondaryReadEnabled': 7,
    '{http://schemas.microsoft.com/windowsazure}AccountType': 8,
}


def read_CreateStorageServiceInput(el: Element) -> m.CreateStorageServiceInput:
    f_service_name: Any = ''
    f_description: Any = ''
    f_label: Any = ''
    f_affinity_group: Any = ''
    f_location: Any = ''
    f_geo_replication_enabled: Any = None
    f_extended_properties: Any = {}
    f_secondary_read_enabled: Any = None
    f_account_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_CreateStorageServiceInput.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_service_name = (child.text or '')
                    else:
                        f_description = (child.text or '')
                else:
                    if i < 3:
                        f_label = from_b64(child.text)
                    else:
                        f_affinity_group = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_location = (child.text or '')
                    else:
                        f_geo_replication_enabled = from_bool(child.text)
                else:
                    if i < 7:
                        f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
                    else:
                        if i < 8:
                            f_secondary_read_enabled = from_bool(child.text)
                        else:
                            f_account_type = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateStorageServiceInput)
    obj.__dict__ = {
        'service_name': f_service_name,
        'description': f_description,
        'label': f_label,
        'affinity_group': f_affinity_group,
        'location': f_location,
        'geo_replication_enabled': f_geo_replication_enabled,
        'extended_properties': f_extended_properties,
        'secondary_read_enabled': f_secondary_read_enabled,
        'account_type': f_account_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateStorageServiceInput(obj: m.CreateStorageServiceInput, out: list[str]) -> None:
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.geo_replication_enabled
    if v is not None:
        out.append('<GeoReplicationEnabled>' + boolean(v) + '</GeoReplicationEnabled>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.secondary_read_enabled
    if v is not None:
        out.append('<SecondaryReadEnabled>' + boolean(v) + '</SecondaryReadEnabled>')
    v = obj.account_type
    if v is not None:
        out.append('<AccountType>' + text(v) + '</AccountType>')


def read_CustomDomain(el: Element) -> m.CustomDomain:
    f_name: Any = ''
    f_use_sub_domain_name: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}UseSubDomainName':
            f_use_sub_domain_name = from_bool(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CustomDomain)
    obj.__dict__ = {
        'name': f_name,
        'use_sub_domain_name': f_use_sub_domain_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CustomDomain(obj: m.CustomDomain, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.use_sub_domain_name
    if v is not None:
        out.append('<UseSubDomainName>' + boolean(v) + '</UseSubDomainName>')


def read_CustomDomains(el: Element) -> m.CustomDomains:
    return m.CustomDomains([read_CustomDomain(c) for c in el])


def write_CustomDomains(v: list[m.CustomDomain], out: list[str]) -> None:
    for item in v:
        out.append('<CustomDomain>')
        write_CustomDomain(item, out)
        out.append('</CustomDomain>')


def read_DataDiskConfiguration(el: Element) -> m.DataDiskConfiguration:
    f_name: Any = None
    f_host_caching: Any = None
    f_lun: Any = -1
    f_media_link: Any = None
    f_logical_disk_size_in_gb: Any = -1
    f_io_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}HostCaching':
            f_host_caching = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}Lun':
            f_lun = from_int(child.text, -1)
        elif tag == '{http://schemas.microsoft.com/windowsazure}MediaLink':
            f_media_link = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}LogicalDiskSizeInGB':
            f_logical_disk_size_in_gb = from_int(child.text, -1)
        elif tag == '{http://schemas.microsoft.com/windowsazure}IOType':
            f_io_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DataDiskConfiguration)
    obj.__dict__ = {
        'name': f_name,
        'host_caching': f_host_caching,
        'lun': f_lun,
        'media_link': f_media_link,
        'logical_disk_size_in_gb': f_logical_disk_size_in_gb,
        'io_type': f_io_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DataDiskConfiguration(obj: m.DataDiskConfiguration, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.lun
    if v is not None and v != -1:
        out.append('<Lun>' + number(v) + '</Lun>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.logical_disk_size_in_gb
    if v is not None and v != -1:
        out.append('<LogicalDiskSizeInGB>' + number(v) + '</LogicalDiskSizeInGB>')
    v = obj.io_type
    if v is not None:
        out.append('<IOType>' + text(v) + '</IOType>')


def read_DataDiskConfigurations(el: Element) -> m.DataDiskConfigurations:
    return m.DataDiskConfigurations([read_DataDiskConfiguration(c) for c in el])


def write_DataDiskConfigurations(v: list[m.DataDiskConfiguration], out: list[str]) -> None:
    for item in v:
        out.append('<DataDiskConfiguration>')
        write_DataDiskConfiguration(item, out)
        out.append('</DataDiskConfiguration>')


def read_DataVirtualHardDisk(el: Element) -> m.DataVirtualHardDisk:
    f_host_caching: Any = None
    f_disk_label: Any = ''
    f_disk_name: Any = ''
    f_lun: Any = 0
    f_logical_disk_size_in_gb: Any = 0
    f_media_link: Any = ''
    f_source_media_link: Any = None
    f_io_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}HostCaching':
            f_host_caching = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}DiskLabel':
            f_disk_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}DiskName':
            f_disk_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Lun':
            f_lun = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/windowsazure}LogicalDiskSizeInGB':
            f_logical_disk_size_in_gb = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/windowsazure}MediaLink':
            f_media_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SourceMediaLink':
            f_source_media_link = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}IOType':
            f_io_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DataVirtualHardDisk)
    obj.__dict__ = {
        'host_caching': f_host_caching,
        'disk_label': f_disk_label,
        'disk_name': f_disk_name,
        'lun': f_lun,
        'logical_disk_size_in_gb': f_logical_disk_size_in_gb,
        'media_link': f_media_link,
        'source_media_link': f_source_media_link,
        'io_type': f_io_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DataVirtualHardDisk(obj: m.DataVirtualHardDisk, out: list[str]) -> None:
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.disk_label
    if v is not None:
        out.append('<DiskLabel>' + text(v) + '</DiskLabel>')
    v = obj.disk_name
    if v is not None:
        out.append('<DiskName>' + text(v) + '</DiskName>')
    v = obj.lun
    if v is not None:
        out.append('<Lun>' + number(v) + '</Lun>')
    v = obj.logical_disk_size_in_gb
    if v is not None:
        out.append('<LogicalDiskSizeInGB>' + number(v) + '</LogicalDiskSizeInGB>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.source_media_link
    if v is not None:
        out.append('<SourceMediaLink>' + text(v) + '</SourceMediaLink>')
    v = obj.io_type
    if v is not None:
        out.append('<IOType>' + text(v) + '</IOType>')


def read_DataVirtualHardDisks(el: Element) -> m.DataVirtualHardDisks:
    return m.DataVirtualHardDisks([read_DataVirtualHardDisk(c) for c in el])


def write_DataVirtualHardDisks(v: list[m.DataVirtualHardDisk], out: list[str]) -> None:
    for item in v:
        out.append('<DataVirtualHardDisk>')
        write_DataVirtualHardDisk(item, out)
        out.append('</DataVirtualHardDisk>')


_TAGS_Database = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}Id': 5,
    '{http://schemas.microsoft.com/windowsazure}Edition': 6,
    '{http://schemas.microsoft.com/windowsazure}MaxSizeGB': 7,
    '{http://schemas.microsoft.com/windowsazure}CollationName': 8,
    '{http://schemas.microsoft.com/windowsazure}CreationDate': 9,
    '{http://schemas.microsoft.com/windowsazure}IsFederationRoot': 10,
    '{http://schemas.microsoft.com/windowsazure}IsSystemObject': 11,
    '{http://schemas.microsoft.com/windowsazure}SizeMB': 12,
    '{http://schemas.microsoft.com/windowsazure}MaxSizeBytes': 13,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveId': 14,
    '{http://schemas.microsoft.com/windowsazure}AssignedServiceObjectiveId': 15,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentState': 16,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentStateDescription': 17,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentErrorCode': 18,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentErrorDescription': 19,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentSuccessDate': 20,
    '{http://schemas.microsoft.com/windowsazure}RecoveryPeriodStartDate': 21,
    '{http://schemas.microsoft.com/windowsazure}IsSuspended': 22,
}


def read_Database(el: Element) -> m.Database:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_id: Any = 0
    f_edition: Any = ''
    f_max_size_gb: Any = None
    f_collation_name: Any = ''
    f_creation_date: Any = EMPTY_TIMESTAMP
    f_is_federation_root: Any = False
    f_is_system_object: Any = False
    f_size_mb: Any = None
    f_max_size_bytes: Any = 0
    f_service_objective_id: Any = ''
    f_assigned_service_objective_id: Any = ''
    f_service_objective_assignment_state: Any = None
    f_service_objective_assignment_state_description: Any = ''
    f_service_objective_assignment_error_code: Any = None
    f_service_objective_assignment_error_description: Any = ''
    f_service_objective_assignment_success_date: Any = None
    f_recovery_period_start_date: Any = None
    f_is_suspended: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_Database.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 11:
                if i < 5:
                    if i < 2:
                        if i < 1:
                            f_name = (child.text or '')
                        else:
                            f_type = (child.text or '')
                    else:
                        if i < 3:
                            f_state = (child.text or '')
                        else:
                            if i < 4:
                                f_self_link = (child.text or '')
                            else:
                                f_parent_link = (child.text or '')
                else:
                    if i < 8:
                        if i < 6:
                            f_id = from_int(child.text, 0)
                        else:
                            if i < 7:
                                f_edition = (child.text or '')
                            else:
                                f_max_size_gb = from_int(child.text)
                    else:
                        if i < 9:
                            f_collation_name = (child.text or '')
                        else:
                            if i < 10:
                                f_creation_date = from_datetime(child.text, EMPTY_TIMESTAMP)
                            else:
                                f_is_federation_root = from_bool(child.text, False)
            else:
                if i < 17:
                    if i < 14:
                        if i < 12:
                            f_is_system_object = from_bool(child.text, False)
                        else:
                            if i < 13:
                                f_size_mb = from_float(child.text)
                            else:
                                f_max_size_bytes = from_int(child.text, 0)
                    else:
                        if i < 15:
                            f_service_objective_id = (child.text or '')
                        else:
                            if i < 16:
                                f_assigned_service_objective_id = (child.text or '')
                            else:
                                f_service_objective_assignment_state = from_int(child.text)
                else:
                    if i < 20:
                        if i < 18:
                            f_service_objective_assignment_state_description = (child.text or '')
                        else:
                            if i < 19:
                                f_service_objective_assignment_error_code = from_int(child.text)
                            else:
                                f_service_objective_assignment_error_description = (child.text or '')
                    else:
                        if i < 21:
                            f_service_objective_assignment_success_date = from_datetime(child.text)
                        else:
                            if i < 22:
                                f_recovery_period_start_date = from_datetime(child.text)
                            else:
                                f_is_suspended = from_bool(child.text)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Database)
    obj.__dict__ = {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'id': f_id,
        'edition': f_edition,
        'max_size_gb': f_max_size_gb,
        'collation_name': f_collation_name,
        'creation_date': f_creation_date,
        'is_federation_root': f_is_federation_root,
        'is_system_object': f_is_system_object,
        'size_mb': f_size_mb,
        'max_size_bytes': f_max_size_bytes,
        'service_objective_id': f_service_objective_id,
        'assigned_service_objective_id': f_assigned_service_objective_id,
        'service_objective_assignment_state': f_service_objective_assignment_state,
        'service_objective_assignment_state_description': f_service_objective_assignment_state_description,
        'service_objective_assignment_error_code': f_service_objective_assignment_error_code,
        'service_objective_assignment_error_description': f_service_objective_assignment_error_description,
        'service_objective_assignment_success_date': f_service_objective_assignment_success_date,
        'recovery_period_start_date': f_recovery_period_start_date,
        'is_suspended': f_is_suspended,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Database(obj: m.Database, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + number(v) + '</Id>')
    v = obj.edition
    if v is not None:
        out.append('<Edition>' + text(v) + '</Edition>')
    v = obj.max_size_gb
    if v is not None:
        out.append('<MaxSizeGB>' + number(v) + '</MaxSizeGB>')
    v = obj.collation_name
    if v is not None:
        out.append('<CollationName>' + text(v) + '</CollationName>')
    v = obj.creation_date
    if v:
        out.append('<CreationDate>' + dt(v) + '</CreationDate>')
    v = obj.is_federation_root
    if v is not None:
        out.append('<IsFederationRoot>' + boolean(v) + '</IsFederationRoot>')
    v = obj.is_system_object
    if v is not None:
        out.append('<IsSystemObject>' + boolean(v) + '</IsSystemObject>')
    v = obj.size_mb
    if v is not None:
        out.append('<SizeMB>' + number(v) + '</SizeMB>')
    v = obj.max_size_bytes
    if v is not None:
        out.append('<MaxSizeBytes>' + number(v) + '</MaxSizeBytes>')
    v = obj.service_objective_id
    if v is not None:
        out.append('<ServiceObjectiveId>' + text(v) + '</ServiceObjectiveId>')
    v = obj.assigned_service_objective_id
    if v is not None:
        out.append('<AssignedServiceObjectiveId>' + text(v) + '</AssignedServiceObjectiveId>')
    v = obj.service_objective_assignment_state
    if v is not None:
        out.append('<ServiceObjectiveAssignmentState>' + number(v) + '</ServiceObjectiveAssignmentState>')
    v = obj.service_objective_assignment_state_description
    if v is not None:
        out.append('<ServiceObjectiveAssignmentStateDescription>' + text(v) + '</ServiceObjectiveAssignmentStateDescription>')
    v = obj.service_objective_assignment_error_code
    if v is not None:
        out.append('<ServiceObjectiveAssignmentErrorCode>' + number(v) + '</ServiceObjectiveAssignmentErrorCode>')
    v = obj.service_objective_assignment_error_description
    if v is not None:
        out.append('<ServiceObjectiveAssignmentErrorDescription>' + text(v) + '</ServiceObjectiveAssignmentErrorDescription>')
    v = obj.service_objective_assignment_success_date
    if v is not None:
        out.append('<ServiceObjectiveAssignmentSuccessDate>' + dt(v) + '</ServiceObjectiveAssignmentSuccessDate>')
    v = obj.recovery_period_start_date
    if v is not None:
        out.append('<RecoveryPeriodStartDate>' + dt(v) + '</RecoveryPeriodStartDate>')
    v = obj.is_suspended
    if v is not None:
        out.append('<IsSuspended>' + boolean(v) + '</IsSuspended>')


def read_Databases(el: Element) -> m.Databases:
    return m.Databases([read_Database(c) for c in el])


def write_Databases(v: list[m.Database], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_Database(item, out)
        out.append('</ServiceResource>')


_TAGS_Deployment = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}DeploymentSlot': 1,
    '{http://schemas.microsoft.com/windowsazure}PrivateID': 2,
    '{http://schemas.microsoft.com/windowsazure}Status': 3,
    '{http://schemas.microsoft.com/windowsazure}Label': 4,
    '{http://schemas.microsoft.com/windowsazure}Url': 5,
    '{http://schemas.microsoft.com/windowsazure}Configuration': 6,
    '{http://schemas.microsoft.com/windowsazure}RoleInstanceList': 7,
    '{http://schemas.microsoft.com/windowsazure}UpgradeStatus': 8,
    '{http://schemas.microsoft.com/windowsazure}UpgradeDomainCount': 9,
    '{http://schemas.microsoft.com/windowsazure}RoleList': 10,
    '{http://schemas.microsoft.com/windowsazure}SdkVersion': 11,
    '{http://schemas.microsoft.com/windowsazure}InputEndpointList': 12,
    '{http://schemas.microsoft.com/windowsazure}Locked': 13,
    '{http://schemas.microsoft.com/windowsazure}RollbackAllowed': 14,
    '{http://schemas.microsoft.com/windowsazure}CreatedTime': 15,
    '{http://schemas.microsoft.com/windowsazure}LastModifiedTime': 16,
    '{http://schemas.microsoft.com/windowsazure}VirtualNetworkName': 17,
    '{http://schemas.microsoft.com/windowsazure}Dns': 18,
    '{http://schemas.microsoft.com/windowsazure}ExtendedProperties': 19,
    '{http://schemas.microsoft.com/windowsazure}PersistentVMDowntime': 20,
    '{http://schemas.microsoft.com/windowsazure}VirtualIPs': 21,
    '{http://schemas.microsoft.com/windowsazure}ExtensionConfiguration': 22,
    '{http://schemas.microsoft.com/windowsazure}ReservedIPName': 23,
    '{http://schemas.microsoft.com/windowsazure}InternalDnsSuffix': 24,
    '{http://schemas.microsoft.com/windowsazure}LoadBalancers': 25,
}


def read_Deployment(el: Element) -> m.Deployment:
    f_name: Any = ''
    f_deployment_slot: Any = ''
    f_private_id: Any = ''
    f_status: Any = ''
    f_label: Any = ''
    f_url: Any = ''
    f_configuration: Any = ''
    f_role_instance_list: Any = m.RoleInstanceList()
    f_upgrade_status: Any = None
    f_upgrade_domain_count: Any = None
    f_role_list: Any = m.RoleList()
    f_sdk_version: Any = ''
    f_input_endpoint_list: Any = m.DeploymentInputEndpoints()
    f_locked: Any = False
    f_rollback_allowed: Any = False
    f_created_time: Any = EMPTY_TIMESTAMP
    f_last_modified_time: Any = EMPTY_TIMESTAMP
    f_virtual_network_name: Any = ''
    f_dns: Any = None
    f_extended_properties: Any = {}
    f_persistent_vm_downtime_info: Any = None
    f_virtual_ips: Any = m.VirtualIPs()
    f_extension_configuration: Any = None
    f_reserved_ip_name: Any = ''
    f_internal_dns_suffix: Any = ''
    f_load_balancers: Any = m.DeploymentLoadBalancers()
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_Deployment.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 13:
                if i < 6:
                    if i < 3:
                        if i < 1:
                            f_name = (child.text or '')
                        else:
                            if i < 2:
                                f_deployment_slot = (child.text or '')
                            else:
                                f_private_id = (child.text or '')
                    else:
                        if i < 4:
                            f_status = (child.text or '')
                        else:
                            if i < 5:
                                f_label = from_b64(child.text)
                            else:
                                f_url = (child.text or '')
                else:
                    if i < 9:
                        if i < 7:
                            f_configuration = from_b64(child.text)
                        else:
                            if i < 8:
                                f_role_instance_list = m.RoleInstanceList([read_RoleInstance(c) for c in child])
                            else:
                                f_upgrade_status = read_UpgradeStatus(child)
                    else:
                        if i < 11:
                            if i < 10:
                                f_upgrade_domain_count = from_text_int(child.text)
                            else:
                                f_role_list = m.RoleList([read_Role(c) for c in child])
                        else:
                            if i < 12:
                                f_sdk_version = (child.text or '')
                            else:
                                f_input_endpoint_list = m.DeploymentInputEndpoints([read_DeploymentInputEndpoint(c) for c in child])
            else:
                if i < 19:
                    if i < 16:
                        if i < 14:
                            f_locked = from_bool(child.text, False)
                        else:
                            if i < 15:
                                f_rollback_allowed = from_bool(child.text, False)
                            else:
                                f_created_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                    else:
                        if i < 17:
                            f_last_modified_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            if i < 18:
                                f_virtual_network_name = (child.text or '')
                            else:
                                f_dns = read_DeploymentDns(child)
                else:
                    if i < 22:
                        if i < 20:
                            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
                        else:
                            if i < 21:
                                f_persistent_vm_downtime_info = read_PersistentVMDowntimeInfo(child)
                            else:
                                f_virtual_ips = m.VirtualIPs([read_VirtualIP(c) for c in child])
                    else:
                        if i < 24:
                            if i < 23:
                                f_extension_configuration = read_ExtensionConfiguration(child)
                            else:
                                f_reserved_ip_name = (child.text or '')
                        else:
                            if i < 25:
                                f_internal_dns_suffix = (child.text or '')
                            else:
                                f_load_balancers = m.DeploymentLoadBalancers([read_DeploymentLoadBalancer(c) for c in child])
    if f_upgrade_status is None:  # absent: an empty instance, as the predecessor's fresh one
        f_upgrade_status = read_UpgradeStatus(NO_CHILDREN)
    if f_persistent_vm_downtime_info is None:  # absent: an empty instance, as the predecessor's fresh one
        f_persistent_vm_downtime_info = read_PersistentVMDowntimeInfo(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Deployment)
    obj.__dict__ = {
        'name': f_name,
        'deployment_slot': f_deployment_slot,
        'private_id': f_private_id,
        'status': f_status,
        'label': f_label,
        'url': f_url,
        'configuration': f_configuration,
        'role_instance_list': f_role_instance_list,
        'upgrade_status': f_upgrade_status,
        'upgrade_domain_count': f_upgrade_domain_count,
        'role_list': f_role_list,
        'sdk_version': f_sdk_version,
        'input_endpoint_list': f_input_endpoint_list,
        'locked': f_locked,
        'rollback_allowed': f_rollback_allowed,
        'created_time': f_created_time,
        'last_modified_time': f_last_modified_time,
        'virtual_network_name': f_virtual_network_name,
        'dns': f_dns,
        'extended_properties': f_extended_properties,
        'persistent_vm_downtime_info': f_persistent_vm_downtime_info,
        'virtual_ips': f_virtual_ips,
        'extension_configuration': f_extension_configuration,
        'reserved_ip_name': f_reserved_ip_name,
        'internal_dns_suffix': f_internal_dns_suffix,
        'load_balancers': f_load_balancers,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Deployment(obj: m.Deployment, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.deployment_slot
    if v is not None:
        out.append('<DeploymentSlot>' + text(v) + '</DeploymentSlot>')
    v = obj.private_id
    if v is not None:
        out.append('<PrivateID>' + text(v) + '</PrivateID>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.url
    if v is not None:
        out.append('<Url>' + text(v) + '</Url>')
    v = obj.configuration
    if v is not None:
        out.append('<Configuration>' + b64(v) + '</Configuration>')
    v = obj.role_instance_list
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<RoleInstanceList>')
        for item in v:
            out.append('<RoleInstance>')
            write_RoleInstance(item, out)
            out.append('</RoleInstance>')
        out.append('</RoleInstanceList>')
    v = obj.upgrade_status
    if v is not None and not empty_UpgradeStatus(v):
        out.append('<UpgradeStatus>')
        write_UpgradeStatus(v, out)
        out.append('</UpgradeStatus>')
    v = obj.upgrade_domain_count
    if v is not None:
        out.append('<UpgradeDomainCount>' + number(v) + '</UpgradeDomainCount>')
    v = obj.role_list
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<RoleList>')
        for item in v:
            out.append('<Role>')
            write_Role(item, out)
            out.append('</Role>')
        out.append('</RoleList>')
    v = obj.sdk_version
    if v is not None:
        out.append('<SdkVersion>' + text(v) + '</SdkVersion>')
    v = obj.input_endpoint_list
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<InputEndpointList>')
        for item in v:
            out.append('<InputEndpoint>')
            write_DeploymentInputEndpoint(item, out)
            out.append('</InputEndpoint>')
        out.append('</InputEndpointList>')
    v = obj.locked
    if v is not None:
        out.append('<Locked>' + boolean(v) + '</Locked>')
    v = obj.rollback_allowed
    if v is not None:
        out.append('<RollbackAllowed>' + boolean(v) + '</RollbackAllowed>')
    v = obj.created_time
    if v:
        out.append('<CreatedTime>' + dt(v) + '</CreatedTime>')
    v = obj.last_modified_time
    if v:
        out.append('<LastModifiedTime>' + dt(v) + '</LastModifiedTime>')
    v = obj.virtual_network_name
    if v is not None:
        out.append('<VirtualNetworkName>' + text(v) + '</VirtualNetworkName>')
    v = obj.dns
    if v is not None:
        out.append('<Dns>')
        write_DeploymentDns(v, out)
        out.append('</Dns>')
    v = obj.extended_properties
    if v:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.persistent_vm_downtime_info
    if v is not None and not empty_PersistentVMDowntimeInfo(v):
        out.append('<PersistentVMDowntime>')
        write_PersistentVMDowntimeInfo(v, out)
        out.append('</PersistentVMDowntime>')
    v = obj.virtual_ips
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<VirtualIPs>')
        for item in v:
            out.append('<VirtualIP>')
            write_VirtualIP(item, out)
            out.append('</VirtualIP>')
        out.append('</VirtualIPs>')
    v = obj.extension_configuration
    if v is not None:
        out.append('<ExtensionConfiguration>')
        write_ExtensionConfiguration(v, out)
        out.append('</ExtensionConfiguration>')
    v = obj.reserved_ip_name
    if v is not None:
        out.append('<ReservedIPName>' + text(v) + '</ReservedIPName>')
    v = obj.internal_dns_suffix
    if v is not None:
        out.append('<InternalDnsSuffix>' + text(v) + '</InternalDnsSuffix>')
    v = obj.load_balancers
    if v is not None:
        out.append('<LoadBalancers>')
        for item in v:
            out.append('<LoadBalancer>')
            write_DeploymentLoadBalancer(item, out)
            out.append('</LoadBalancer>')
        out.append('</LoadBalancers>')


def read_DeploymentDns(el: Element) -> m.DeploymentDns:
    f_dns_servers: Any = m.DeploymentDnsServers()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}DnsServers':
            f_dns_servers = m.DeploymentDnsServers([read_DeploymentDnsServer(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DeploymentDns)
    obj.__dict__ = {
        'dns_servers': f_dns_servers,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DeploymentDns(obj: m.DeploymentDns, out: list[str]) -> None:
    v = obj.dns_servers
    if v is not None:
        out.append('<DnsServers>')
        for item in v:
            out.append('<DnsServer>')
            write_DeploymentDnsServer(item, out)
            out.append('</DnsServer>')
        out.append('</DnsServers>')


def read_DeploymentDnsServer(el: Element) -> m.DeploymentDnsServer:
    f_name: Any = ''
    f_address: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Address':
            f_address = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DeploymentDnsServer)
    obj.__dict__ = {
        'name': f_name,
        'address': f_address,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DeploymentDnsServer(obj: m.DeploymentDnsServer, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.address
    if v is not None:
        out.append('<Address>' + text(v) + '</Address>')


def read_DeploymentDnsServers(el: Element) -> m.DeploymentDnsServers:
    return m.DeploymentDnsServers([read_DeploymentDnsServer(c) for c in el])


def write_DeploymentDnsServers(v: list[m.DeploymentDnsServer], out: list[str]) -> None:
    for item in v:
        out.append('<DnsServer>')
        write_DeploymentDnsServer(item, out)
        out.append('</DnsServer>')


def read_DeploymentExtension(el: Element) -> m.DeploymentExtension:
    f_id: Any = ''
    f_sequence_number: Any = None
    f_state: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Id':
            f_id = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SequenceNumber':
            f_sequence_number = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}State':
            f_state = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DeploymentExtension)
    obj.__dict__ = {
        'id': f_id,
        'sequence_number': f_sequence_number,
        'state': f_state,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DeploymentExtension(obj: m.DeploymentExtension, out: list[str]) -> None:
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.sequence_number
    if v is not None:
        out.append('<SequenceNumber>' + number(v) + '</SequenceNumber>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')


def read_DeploymentExtensions(el: Element) -> m.DeploymentExtensions:
    return m.DeploymentExtensions([read_DeploymentExtension(c) for c in el])


def write_DeploymentExtensions(v: list[m.DeploymentExtension], out: list[str]) -> None:
    for item in v:
        out.append('<Extension>')
        write_DeploymentExtension(item, out)
        out.append('</Extension>')


def read_DeploymentInputEndpoint(el: Element) -> m.DeploymentInputEndpoint:
    f_role_name: Any = ''
    f_vip: Any = ''
    f_port: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}RoleName':
            f_role_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Vip':
            f_vip = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Port':
            f_port = from_text_int(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DeploymentInputEndpoint)
    obj.__dict__ = {
        'role_name': f_role_name,
        'vip': f_vip,
        'port': f_port,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DeploymentInputEndpoint(obj: m.DeploymentInputEndpoint, out: list[str]) -> None:
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.vip
    if v is not None:
        out.append('<Vip>' + text(v) + '</Vip>')
    v = obj.port
    if v is not None:
        out.append('<Port>' + number(v) + '</Port>')


def read_DeploymentInputEndpoints(el: Element) -> m.DeploymentInputEndpoints:
    return m.DeploymentInputEndpoints([read_DeploymentInputEndpoint(c) for c in el])


def write_DeploymentInputEndpoints(v: list[m.DeploymentInputEndpoint], out: list[str]) -> None:
    for item in v:
        out.append('<InputEndpoint>')
        write_DeploymentInputEndpoint(item, out)
        out.append('</InputEndpoint>')


def read_DeploymentLoadBalancer(el: Element) -> m.DeploymentLoadBalancer:
    f_name: Any = ''
    f_frontend_ip_configuration: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}FrontendIpConfiguration':
            f_frontend_ip_configuration = read_LoadBalancerFrontendIpConfiguration(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DeploymentLoadBalancer)
    obj.__dict__ = {
        'name': f_name,
        'frontend_ip_configuration': f_frontend_ip_configuration,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DeploymentLoadBalancer(obj: m.DeploymentLoadBalancer, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.frontend_ip_configuration
    if v is not None:
        out.append('<FrontendIpConfiguration>')
        write_LoadBalancerFrontendIpConfiguration(v, out)
        out.append('</FrontendIpConfiguration>')


def read_DeploymentLoadBalancers(el: Element) -> m.DeploymentLoadBalancers:
    return m.DeploymentLoadBalancers([read_DeploymentLoadBalancer(c) for c in el])


def write_DeploymentLoadBalancers(v: list[m.DeploymentLoadBalancer], out: list[str]) -> None:
    for item in v:
        out.append('<LoadBalancer>')
        write_DeploymentLoadBalancer(item, out)
        out.append('</LoadBalancer>')


def read_Deployments(el: Element) -> m.Deployments:
    return m.Deployments([read_Deployment(c) for c in el])


def write_Deployments(v: list[m.Deployment], out: list[str]) -> None:
    for item in v:
        out.append('<Deployment>')
        write_Deployment(item, out)
        out.append('</Deployment>')


_TAGS_DimensionSetting = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}Id': 5,
    '{http://schemas.microsoft.com/windowsazure}Description': 6,
    '{http://schemas.microsoft.com/windowsazure}Ordinal': 7,
    '{http://schemas.microsoft.com/windowsazure}IsDefault': 8,
}


def read_DimensionSetting(el: Element) -> m.DimensionSetting:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_id: Any = ''
    f_description: Any = ''
    f_ordinal: Any = None
    f_is_default: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_DimensionSetting.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_name = (child.text or '')
                    else:
                        f_type = (child.text or '')
                else:
                    if i < 3:
                        f_state = (child.text or '')
                    else:
                        f_self_link = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_parent_link = (child.text or '')
                    else:
                        f_id = (child.text or '')
                else:
                    if i < 7:
                        f_description = (child.text or '')
                    else:
                        if i < 8:
                            f_ordinal = from_int(child.text)
                        else:
                            f_is_default = from_bool(child.text)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DimensionSetting)
    obj.__dict__ = {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'id': f_id,
        'description': f_description,
        'ordinal': f_ordinal,
        'is_default': f_is_default,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DimensionSetting(obj: m.DimensionSetting, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.ordinal
    if v is not None:
        out.append('<Ordinal>' + number(v) + '</Ordinal>')
    v = obj.is_default
    if v is not None:
        out.append('<IsDefault>' + boolean(v) + '</IsDefault>')


def read_DimensionSettings(el: Element) -> m.DimensionSettings:
    return m.DimensionSettings([read_DimensionSetting(c) for c in el])


def write_DimensionSettings(v: list[m.DimensionSetting], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_DimensionSetting(item, out)
        out.append('</ServiceResource>')


_TAGS_Disk = {
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 0,
    '{http://schemas.microsoft.com/windowsazure}AttachedTo': 1,
    '{http://schemas.microsoft.com/windowsazure}HasOperatingSystem': 2,
    '{http://schemas.microsoft.com/windowsazure}IsCorrupted': 3,
    '{http://schemas.microsoft.com/windowsazure}OS': 4,
    '{http://schemas.microsoft.com/windowsazure}Label': 5,
    '{http://schemas.microsoft.com/windowsazure}Location': 6,
    '{http://schemas.microsoft.com/windowsazure}LogicalDiskSizeInGB': 7,
    '{http://schemas.microsoft.com/windowsazure}MediaLink': 8,
    '{http://schemas.microsoft.com/windowsazure}Name': 9,
    '{http://schemas.microsoft.com/windowsazure}SourceImageName': 10,
    '{http://schemas.microsoft.com/windowsazure}CreatedTime': 11,
    '{http://schemas.microsoft.com/windowsazure}IOType': 12,
}


def read_Disk(el: Element) -> m.Disk:
    f_affinity_group: Any = ''
    f_attached_to: Any = None
    f_has_operating_system: Any = None
    f_is_corrupted: Any = None
    f_os: Any = ''
    f_label: Any = ''
    f_location: Any = ''
    f_logical_disk_size_in_gb: Any = 0
    f_media_link: Any = ''
    f_name: Any = ''
    f_source_image_name: Any = ''
    f_created_time: Any = None
    f_io_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_Disk.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 6:
                if i < 3:
                    if i < 1:
                        f_affinity_group = (child.text or '')
                    else:
                        if i < 2:
                            f_attached_to = read_AttachedTo(child)
                        else:
                            f_has_operating_system = from_bool(child.text)
                else:
                    if i < 4:
                        f_is_corrupted = from_bool(child.text)
                    else:
                        if i < 5:
                            f_os = (child.text or '')
                        else:
                            f_label = (child.text or '')
            else:
                if i < 9:
                    if i < 7:
                        f_location = (child.text or '')
                    else:
                        if i < 8:
                            f_logical_disk_size_in_gb = from_int(child.text, 0)
                        else:
                            f_media_link = (child.text or '')
                else:
                    if i < 11:
                        if i < 10:
                            f_name = (child.text or '')
                        else:
                            f_source_image_name = (child.text or '')
                    else:
                        if i < 12:
                            f_created_time = from_datetime(child.text)
                        else:
                            f_io_type = (child.text or '')
    if f_attached_to is None:  # absent: an empty instance, as the predecessor's fresh one
        f_attached_to = read_AttachedTo(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Disk)
    obj.__dict__ = {
        'affinity_group': f_affinity_group,
        'attached_to': f_attached_to,
        'has_operating_system': f_has_operating_system,
        'is_corrupted': f_is_corrupted,
        'os': f_os,
        'label': f_label,
        'location': f_location,
        'logical_disk_size_in_gb': f_logical_disk_size_in_gb,
        'media_link': f_media_link,
        'name': f_name,
        'source_image_name': f_source_image_name,
        'created_time': f_created_time,
        'io_type': f_io_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Disk(obj: m.Disk, out: list[str]) -> None:
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.attached_to
    if v is not None and not empty_AttachedTo(v):
        out.append('<AttachedTo>')
        write_AttachedTo(v, out)
        out.append('</AttachedTo>')
    v = obj.has_operating_system
    if v is not None:
        out.append('<HasOperatingSystem>' + boolean(v) + '</HasOperatingSystem>')
    v = obj.is_corrupted
    if v is not None:
        out.append('<IsCorrupted>' + boolean(v) + '</IsCorrupted>')
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.logical_disk_size_in_gb
    if v is not None:
        out.append('<LogicalDiskSizeInGB>' + number(v) + '</LogicalDiskSizeInGB>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.source_image_name
    if v is not None:
        out.append('<SourceImageName>' + text(v) + '</SourceImageName>')
    v = obj.created_time
    if v is not None:
        out.append('<CreatedTime>' + dt(v) + '</CreatedTime>')
    v = obj.io_type
    if v is not None:
        out.append('<IOType>' + text(v) + '</IOType>')


def read_Disks(el: Element) -> m.Disks:
    return m.Disks([read_Disk(c) for c in el])


def write_Disks(v: list[m.Disk], out: list[str]) -> None:
    for item in v:
        out.append('<Disk>')
        write_Disk(item, out)
        out.append('</Disk>')


def read_DnsServer(el: Element) -> m.DnsServer:
    f_name: Any = ''
    f_address: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Address':
            f_address = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DnsServer)
    obj.__dict__ = {
        'name': f_name,
        'address': f_address,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DnsServer(obj: m.DnsServer, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.address
    if v is not None:
        out.append('<Address>' + text(v) + '</Address>')


def read_DomainJoin(el: Element) -> m.DomainJoin:
    f_credentials: Any = None
    f_join_domain: Any = ''
    f_machine_object_ou: Any = ''
    f_provisioning: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Credentials':
            f_credentials = read_DomainJoinCredentials(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}JoinDomain':
            f_join_domain = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}MachineObjectOU':
            f_machine_object_ou = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Provisioning':
            f_provisioning = read_DomainJoinProvisioning(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_credentials is None:  # absent: an empty instance, as the predecessor's fresh one
        f_credentials = read_DomainJoinCredentials(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DomainJoin)
    obj.__dict__ = {
        'credentials': f_credentials,
        'join_domain': f_join_domain,
        'machine_object_ou': f_machine_object_ou,
        'provisioning': f_provisioning,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DomainJoin(obj: m.DomainJoin, out: list[str]) -> None:
    v = obj.credentials
    if v is not None and not empty_DomainJoinCredentials(v):
        out.append('<Credentials>')
        write_DomainJoinCredentials(v, out)
        out.append('</Credentials>')
    v = obj.join_domain
    if v is not None:
        out.append('<JoinDomain>' + text(v) + '</JoinDomain>')
    v = obj.machine_object_ou
    if v is not None:
        out.append('<MachineObjectOU>' + text(v) + '</MachineObjectOU>')
    v = obj.provisioning
    if v is not None:
        out.append('<Provisioning>')
        write_DomainJoinProvisioning(v, out)
        out.append('</Provisioning>')


def read_DomainJoinCredentials(el: Element) -> m.DomainJoinCredentials:
    f_domain: Any = ''
    f_username: Any = ''
    f_password: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Domain':
            f_domain = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Username':
            f_username = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Password':
            f_password = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DomainJoinCredentials)
    obj.__dict__ = {
        'domain': f_domain,
        'username': f_username,
        'password': f_password,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DomainJoinCredentials(obj: m.DomainJoinCredentials, out: list[str]) -> None:
    v = obj.domain
    if v is not None:
        out.append('<Domain>' + text(v) + '</Domain>')
    v = obj.username
    if v is not None:
        out.append('<Username>' + text(v) + '</Username>')
    v = obj.password
    if v is not None:
        out.append('<Password>' + text(v) + '</Password>')


def read_DomainJoinProvisioning(el: Element) -> m.DomainJoinProvisioning:
    f_account_data: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}AccountData':
            f_account_data = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.DomainJoinProvisioning)
    obj.__dict__ = {
        'account_data': f_account_data,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_DomainJoinProvisioning(obj: m.DomainJoinProvisioning, out: list[str]) -> None:
    v = obj.account_data
    if v is not None:
        out.append('<AccountData>' + text(v) + '</AccountData>')


def read_EndpointAcl(el: Element) -> m.EndpointAcl:
    f_rules: Any = m.EndpointAclRules()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Rules':
            f_rules = m.EndpointAclRules([read_EndpointAclRule(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.EndpointAcl)
    obj.__dict__ = {
        'rules': f_rules,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_EndpointAcl(obj: m.EndpointAcl, out: list[str]) -> None:
    v = obj.rules
    if v is not None:
        out.append('<Rules>')
        for item in v:
            out.append('<Rule>')
            write_EndpointAclRule(item, out)
            out.append('</Rule>')
        out.append('</Rules>')


def read_EndpointAclRule(el: Element) -> m.EndpointAclRule:
    f_order: Any = None
    f_action: Any = ''
    f_remote_subnet: Any = ''
    f_description: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Order':
            f_order = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Action':
            f_action = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}RemoteSubnet':
            f_remote_subnet = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.EndpointAclRule)
    obj.__dict__ = {
        'order': f_order,
        'action': f_action,
        'remote_subnet': f_remote_subnet,
        'description': f_description,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_EndpointAclRule(obj: m.EndpointAclRule, out: list[str]) -> None:
    v = obj.order
    if v is not None:
        out.append('<Order>' + number(v) + '</Order>')
    v = obj.action
    if v is not None:
        out.append('<Action>' + text(v) + '</Action>')
    v = obj.remote_subnet
    if v is not None:
        out.append('<RemoteSubnet>' + text(v) + '</RemoteSubnet>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')


def read_EndpointAclRules(el: Element) -> m.EndpointAclRules:
    return m.EndpointAclRules([read_EndpointAclRule(c) for c in el])


def write_EndpointAclRules(v: list[m.EndpointAclRule], out: list[str]) -> None:
    for item in v:
        out.append('<Rule>')
        write_EndpointAclRule(item, out)
        out.append('</Rule>')


def read_Error(el: Element) -> m.Error:
    f_code: Any = ''
    f_message: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Code':
            f_code = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Message':
            f_message = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Error)
    obj.__dict__ = {
        'code': f_code,
        'message': f_message,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Error(obj: m.Error, out: list[str]) -> None:
    v = obj.code
    if v is not None:
        out.append('<Code>' + text(v) + '</Code>')
    v = obj.message
    if v is not None:
        out.append('<Message>' + text(v) + '</Message>')


_TAGS_EventLog = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}DatabaseName': 5,
    '{http://schemas.microsoft.com/windowsazure}StartTimeUtc': 6,
    '{http://schemas.microsoft.com/windowsazure}IntervalSizeInMinutes': 7,
    '{http://schemas.microsoft.com/windowsazure}EventCategory': 8,
    '{http://schemas.microsoft.com/windowsazure}EventType': 9,
    '{http://schemas.microsoft.com/windowsazure}EventSubtype': 10,
    '{http://schemas.microsoft.com/windowsazure}EventSubtypeDescription': 11,
    '{http://schemas.microsoft.com/windowsazure}NumberOfEvents': 12,
    '{http://schemas.microsoft.com/windowsazure}Severity': 13,
    '{http://schemas.microsoft.com/windowsazure}Description': 14,
    '{http://schemas.microsoft.com/windowsazure}AdditionalData': 15,
}


def read_EventLog(el: Element) -> m.EventLog:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_database_name: Any = ''
    f_start_time_utc: Any = EMPTY_TIMESTAMP
    f_interval_size_in_minutes: Any = 0
    f_event_category: Any = ''
    f_event_type: Any = ''
    f_event_subtype: Any = 0
    f_event_subtype_description: Any = ''
    f_number_of_events: Any = 0
    f_severity: Any = 0
    f_description: Any = ''
    f_additional_data: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_EventLog.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 8:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_name = (child.text or '')
                        else:
                            f_type = (child.text or '')
                    else:
                        if i < 3:
                            f_state = (child.text or '')
                        else:
                            f_self_link = (child.text or '')
                else:
                    if i < 6:
                        if i < 5:
                            f_parent_link = (child.text or '')
                        else:
                            f_database_name = (child.text or '')
                    else:
                        if i < 7:
                            f_start_time_utc = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_interval_size_in_minutes = from_int(child.text, 0)
            else:
                if i < 12:
                    if i < 10:
                        if i < 9:
                            f_event_category = (child.text or '')
                        else:
                            f_event_type = (child.text or '')
                    else:
                        if i < 11:
                            f_event_subtype = from_int(child.text, 0)
                        else:
                            f_event_subtype_description = (child.text or '')
                else:
                    if i < 14:
                        if i < 13:
                            f_number_of_events = from_int(child.text, 0)
                        else:
                            f_severity = from_int(child.text, 0)
                    else:
                        if i < 15:
                            f_description = (child.text or '')
                        else:
                            f_additional_data = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.EventLog)
    obj.__dict__ = {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'database_name': f_database_name,
        'start_time_utc': f_start_time_utc,
        'interval_size_in_minutes': f_interval_size_in_minutes,
        'event_category': f_event_category,
        'event_type': f_event_type,
        'event_subtype': f_event_subtype,
        'event_subtype_description': f_event_subtype_description,
        'number_of_events': f_number_of_events,
        'severity': f_severity,
        'description': f_description,
        'additional_data': f_additional_data,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_EventLog(obj: m.EventLog, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.database_name
    if v is not None:
        out.append('<DatabaseName>' + text(v) + '</DatabaseName>')
    v = obj.start_time_utc
    if v:
        out.append('<StartTimeUtc>' + dt(v) + '</StartTimeUtc>')
    v = obj.interval_size_in_minutes
    if v is not None:
        out.append('<IntervalSizeInMinutes>' + number(v) + '</IntervalSizeInMinutes>')
    v = obj.event_category
    if v is not None:
        out.append('<EventCategory>' + text(v) + '</EventCategory>')
    v = obj.event_type
    if v is not None:
        out.append('<EventType>' + text(v) + '</EventType>')
    v = obj.event_subtype
    if v is not None:
        out.append('<EventSubtype>' + number(v) + '</EventSubtype>')
    v = obj.event_subtype_description
    if v is not None:
        out.append('<EventSubtypeDescription>' + text(v) + '</EventSubtypeDescription>')
    v = obj.number_of_events
    if v is not None:
        out.append('<NumberOfEvents>' + number(v) + '</NumberOfEvents>')
    v = obj.severity
    if v is not None:
        out.append('<Severity>' + number(v) + '</Severity>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.additional_data
    if v is not None:
        out.append('<AdditionalData>' + text(v) + '</AdditionalData>')


def read_EventLogs(el: Element) -> m.EventLogs:
    return m.EventLogs([read_EventLog(c) for c in el])


def write_EventLogs(v: list[m.EventLog], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_EventLog(item, out)
        out.append('</ServiceResource>')


def read_ExtendedProperties(el: Element) -> dict[str, str]:
    return {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in el}


def write_ExtendedProperties(v: dict[str, str], out: list[str]) -> None:
    for key, value in v.items():
        out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')


def read_ExtendedProperty(el: Element) -> m.ExtendedProperty:
    f_name: Any = ''
    f_value: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Value':
            f_value = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ExtendedProperty)
    obj.__dict__ = {
        'name': f_name,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ExtendedProperty(obj: m.ExtendedProperty, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + text(v) + '</Value>')


def read_ExtensionConfiguration(el: Element) -> m.ExtensionConfiguration:
    f_all_roles: Any = m.DeploymentExtensions()
    f_named_roles: Any = m.ExtensionNamedRoles()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}AllRoles':
            f_all_roles = m.DeploymentExtensions([read_DeploymentExtension(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}NamedRoles':
            f_named_roles = m.ExtensionNamedRoles([read_ExtensionNamedRole(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ExtensionConfiguration)
    obj.__dict__ = {
        'all_roles': f_all_roles,
        'named_roles': f_named_roles,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ExtensionConfiguration(obj: m.ExtensionConfiguration, out: list[str]) -> None:
    v = obj.all_roles
    if v is not None:
        out.append('<AllRoles>')
        for item in v:
            out.append('<Extension>')
            write_DeploymentExtension(item, out)
            out.append('</Extension>')
        out.append('</AllRoles>')
    v = obj.named_roles
    if v is not None:
        out.append('<NamedRoles>')
        for item in v:
            out.append('<Role>')
            write_ExtensionNamedRole(item, out)
            out.append('</Role>')
        out.append('</NamedRoles>')


def read_ExtensionNamedRole(el: Element) -> m.ExtensionNamedRole:
    f_role_name: Any = ''
    f_extensions: Any = m.DeploymentExtensions()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}RoleName':
            f_role_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Extensions':
            f_extensions = m.DeploymentExtensions([read_DeploymentExtension(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ExtensionNamedRole)
    obj.__dict__ = {
        'role_name': f_role_name,
        'extensions': f_extensions,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ExtensionNamedRole(obj: m.ExtensionNamedRole, out: list[str]) -> None:
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.extensions
    if v is not None:
        out.append('<Extensions>')
        for item in v:
            out.append('<Extension>')
            write_DeploymentExtension(item, out)
            out.append('</Extension>')
        out.append('</Extensions>')


def read_ExtensionNamedRoles(el: Element) -> m.ExtensionNamedRoles:
    return m.ExtensionNamedRoles([read_ExtensionNamedRole(c) for c in el])


def write_ExtensionNamedRoles(v: list[m.ExtensionNamedRole], out: list[str]) -> None:
    for item in v:
        out.append('<Role>')
        write_ExtensionNamedRole(item, out)
        out.append('</Role>')


def read_ExtensionSettingStatus(el: Element) -> m.ExtensionSettingStatus:
    f_timestamp: Any = None
    f_configuration_applied_time: Any = None
    f_name: Any = ''
    f_operation: Any = ''
    f_status: Any = ''
    f_code: Any = None
    f_formatted_message: Any = None
    f_sub_status_list: Any = m.ExtensionSubStatusList()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Timestamp':
            f_timestamp = from_datetime(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Configurationappliedtime':
            f_configuration_applied_time = from_datetime(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Operation':
            f_operation = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Code':
            f_code = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}FormattedMessage':
            f_formatted_message = read_GuestAgentFormattedMessage(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}SubStatusList':
            f_sub_status_list = m.ExtensionSubStatusList([read_ExtensionSubStatus(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ExtensionSettingStatus)
    obj.__dict__ = {
        'timestamp': f_timestamp,
        'configuration_applied_time': f_configuration_applied_time,
        'name': f_name,
        'operation': f_operation,
        'status': f_status,
        'code': f_code,
        'formatted_message': f_formatted_message,
        'sub_status_list': f_sub_status_list,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ExtensionSettingStatus(obj: m.ExtensionSettingStatus, out: list[str]) -> None:
    v = obj.timestamp
    if v is not None:
        out.append('<Timestamp>' + dt(v) + '</Timestamp>')
    v = obj.configuration_applied_time
    if v is not None:
        out.append('<Configurationappliedtime>' + dt(v) + '</Configurationappliedtime>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.operation
    if v is not None:
        out.append('<Operation>' + text(v) + '</Operation>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.code
    if v is not None:
        out.append('<Code>' + number(v) + '</Code>')
    v = obj.formatted_message
    if v is not None:
        out.append('<FormattedMessage>')
        write_GuestAgentFormattedMessage(v, out)
        out.append('</FormattedMessage>')
    v = obj.sub_status_list
    if v is not None:
        out.append('<SubStatusList>')
        for item in v:
            out.append('<SubStatus>')
            write_ExtensionSubStatus(item, out)
            out.append('</SubStatus>')
        out.append('</SubStatusList>')


def read_ExtensionSubStatus(el: Element) -> m.ExtensionSubStatus:
    f_name: Any = ''
    f_status: Any = ''
    f_code: Any = None
    f_formatted_message: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Code':
            f_code = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}FormattedMessage':
            f_formatted_message = read_GuestAgentFormattedMessage(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ExtensionSubStatus)
    obj.__dict__ = {
        'name': f_name,
        'status': f_status,
        'code': f_code,
        'formatted_message': f_formatted_message,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ExtensionSubStatus(obj: m.ExtensionSubStatus, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.code
    if v is not None:
        out.append('<Code>' + number(v) + '</Code>')
    v = obj.formatted_message
    if v is not None:
        out.append('<FormattedMessage>')
        write_GuestAgentFormattedMessage(v, out)
        out.append('</FormattedMessage>')


def read_ExtensionSubStatusList(el: Element) -> m.ExtensionSubStatusList:
    return m.ExtensionSubStatusList([read_ExtensionSubStatus(c) for c in el])


def write_ExtensionSubStatusList(v: list[m.ExtensionSubStatus], out: list[str]) -> None:
    for item in v:
        out.append('<SubStatus>')
        write_ExtensionSubStatus(item, out)
        out.append('</SubStatus>')


def read_FirewallRule(el: Element) -> m.FirewallRule:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_start_ip_address: Any = ''
    f_end_ip_address: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}State':
            f_state = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SelfLink':
            f_self_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ParentLink':
            f_parent_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StartIPAddress':
            f_start_ip_address = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}EndIPAddress':
            f_end_ip_address = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.FirewallRule)
    obj.__dict__ = {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'start_ip_address': f_start_ip_address,
        'end_ip_address': f_end_ip_address,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_FirewallRule(obj: m.FirewallRule, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.start_ip_address
    if v is not None:
        out.append('<StartIPAddress>' + text(v) + '</StartIPAddress>')
    v = obj.end_ip_address
    if v is not None:
        out.append('<EndIPAddress>' + text(v) + '</EndIPAddress>')


def read_FirewallRules(el: Element) -> m.FirewallRules:
    return m.FirewallRules([read_FirewallRule(c) for c in el])


def write_FirewallRules(v: list[m.FirewallRule], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_FirewallRule(item, out)
        out.append('</ServiceResource>')


def read_GuestAgentFormattedMessage(el: Element) -> m.GuestAgentFormattedMessage:
    f_language: Any = ''
    f_message: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Language':
            f_language = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Message':
            f_message = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.GuestAgentFormattedMessage)
    obj.__dict__ = {
        'language': f_language,
        'message': f_message,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_GuestAgentFormattedMessage(obj: m.GuestAgentFormattedMessage, out: list[str]) -> None:
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')
    v = obj.message
    if v is not None:
        out.append('<Message>' + text(v) + '</Message>')


def read_GuestAgentMessage(el: Element) -> m.GuestAgentMessage:
    f_message_resource_id: Any = ''
    f_param_list: Any = m.GuestAgentParamList()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}MessageResourceId':
            f_message_resource_id = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ParamList':
            f_param_list = m.GuestAgentParamList([(c.text or '') for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.GuestAgentMessage)
    obj.__dict__ = {
        'message_resource_id': f_message_resource_id,
        'param_list': f_param_list,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_GuestAgentMessage(obj: m.GuestAgentMessage, out: list[str]) -> None:
    v = obj.message_resource_id
    if v is not None:
        out.append('<MessageResourceId>' + text(v) + '</MessageResourceId>')
    v = obj.param_list
    if v is not None:
        out.append('<ParamList>')
        for item in v:
            out.append('<Param>' + text(item) + '</Param>')
        out.append('</ParamList>')


def read_GuestAgentParamList(el: Element) -> m.GuestAgentParamList:
    return m.GuestAgentParamList([(c.text or '') for c in el])


def write_GuestAgentParamList(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Param>' + text(item) + '</Param>')


def read_GuestAgentStatus(el: Element) -> m.GuestAgentStatus:
    f_protocol_version: Any = ''
    f_timestamp: Any = None
    f_guest_agent_version: Any = ''
    f_status: Any = ''
    f_code: Any = None
    f_message: Any = None
    f_formatted_message: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ProtocolVersion':
            f_protocol_version = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Timestamp':
            f_timestamp = from_datetime(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}GuestAgentVersion':
            f_guest_agent_version = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Code':
            f_code = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Message':
            f_message = read_GuestAgentMessage(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}FormattedMessage':
            f_formatted_message = read_GuestAgentFormattedMessage(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.GuestAgentStatus)
    obj.__dict__ = {
        'protocol_version': f_protocol_version,
        'timestamp': f_timestamp,
        'guest_agent_version': f_guest_agent_version,
        'status': f_status,
        'code': f_code,
        'message': f_message,
        'formatted_message': f_formatted_message,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_GuestAgentStatus(obj: m.GuestAgentStatus, out: list[str]) -> None:
    v = obj.protocol_version
    if v is not None:
        out.append('<ProtocolVersion>' + text(v) + '</ProtocolVersion>')
    v = obj.timestamp
    if v is not None:
        out.append('<Timestamp>' + dt(v) + '</Timestamp>')
    v = obj.guest_agent_version
    if v is not None:
        out.append('<GuestAgentVersion>' + text(v) + '</GuestAgentVersion>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.code
    if v is not None:
        out.append('<Code>' + number(v) + '</Code>')
    v = obj.message
    if v is not None:
        out.append('<Message>')
        write_GuestAgentMessage(v, out)
        out.append('</Message>')
    v = obj.formatted_message
    if v is not None:
        out.append('<FormattedMessage>')
        write_GuestAgentFormattedMessage(v, out)
        out.append('</FormattedMessage>')


def read_HostNameList(el: Element) -> m.HostNameList:
    return m.HostNameList([(c.text or '') for c in el])


def write_HostNameList(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<a:string>' + text(item) + '</a:string>')


_TAGS_HostNameSslState = {
    '{http://schemas.microsoft.com/windowsazure}HostType': 0,
    '{http://schemas.microsoft.com/windowsazure}IPBasedSslState': 1,
    '{http://schemas.microsoft.com/windowsazure}IpBasedSslResult': 2,
    '{http://schemas.microsoft.com/windowsazure}Name': 3,
    '{http://schemas.microsoft.com/windowsazure}SslState': 4,
    '{http://schemas.microsoft.com/windowsazure}Thumbprint': 5,
    '{http://schemas.microsoft.com/windowsazure}ToUpdate': 6,
    '{http://schemas.microsoft.com/windowsazure}ToUpdateIpBasedSsl': 7,
    '{http://schemas.microsoft.com/windowsazure}VirtualIP': 8,
}


def read_HostNameSslState(el: Element) -> m.HostNameSslState:
    f_host_type: Any = ''
    f_ip_based_ssl_state: Any = ''
    f_ip_based_ssl_result: Any = ''
    f_name: Any = ''
    f_ssl_state: Any = ''
    f_thumbprint: Any = ''
    f_to_update: Any = None
    f_to_update_ip_based_ssl: Any = None
    f_virtual_ip: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_HostNameSslState.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_host_type = (child.text or '')
                    else:
                        f_ip_based_ssl_state = (child.text or '')
                else:
                    if i < 3:
                        f_ip_based_ssl_result = (child.text or '')
                    else:
                        f_name = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_ssl_state = (child.text or '')
                    else:
                        f_thumbprint = (child.text or '')
                else:
                    if i < 7:
                        f_to_update = from_bool(child.text)
                    else:
                        if i < 8:
                            f_to_update_ip_based_ssl = from_bool(child.text)
                        else:
                            f_virtual_ip = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.HostNameSslState)
    obj.__dict__ = {
        'host_type': f_host_type,
        'ip_based_ssl_state': f_ip_based_ssl_state,
        'ip_based_ssl_result': f_ip_based_ssl_result,
        'name': f_name,
        'ssl_state': f_ssl_state,
        'thumbprint': f_thumbprint,
        'to_update': f_to_update,
        'to_update_ip_based_ssl': f_to_update_ip_based_ssl,
        'virtual_ip': f_virtual_ip,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_HostNameSslState(obj: m.HostNameSslState, out: list[str]) -> None:
    v = obj.host_type
    if v is not None:
        out.append('<HostType>' + text(v) + '</HostType>')
    v = obj.ip_based_ssl_state
    if v is not None:
        out.append('<IPBasedSslState>' + text(v) + '</IPBasedSslState>')
    v = obj.ip_based_ssl_result
    if v is not None:
        out.append('<IpBasedSslResult>' + text(v) + '</IpBasedSslResult>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.ssl_state
    if v is not None:
        out.append('<SslState>' + text(v) + '</SslState>')
    v = obj.thumbprint
    if v is not None:
        out.append('<Thumbprint>' + text(v) + '</Thumbprint>')
    v = obj.to_update
    if v is not None:
        out.append('<ToUpdate>' + boolean(v) + '</ToUpdate>')
    v = obj.to_update_ip_based_ssl
    if v is not None:
        out.append('<ToUpdateIpBasedSsl>' + boolean(v) + '</ToUpdateIpBasedSsl>')
    v = obj.virtual_ip
    if v is not None:
        out.append('<VirtualIP>' + text(v) + '</VirtualIP>')


def read_HostNameSslStates(el: Element) -> m.HostNameSslStates:
    return m.HostNameSslStates([read_HostNameSslState(c) for c in el])


def write_HostNameSslStates(v: list[m.HostNameSslState], out: list[str]) -> None:
    for item in v:
        out.append('<HostNameSslState>')
        write_HostNameSslState(item, out)
        out.append('</HostNameSslState>')


def read_HostedService(el: Element) -> m.HostedService:
    f_url: Any = ''
    f_service_name: Any = ''
    f_hosted_service_properties: Any = None
    f_deployments: Any = m.Deployments()
    f_default_win_rm_certificate_thumbprint: Any = ''
    f_compute_capabilities: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Url':
            f_url = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ServiceName':
            f_service_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}HostedServiceProperties':
            f_hosted_service_properties = read_HostedServiceProperties(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Deployments':
            f_deployments = m.Deployments([read_Deployment(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}DefaultWinRMCertificateThumbprint':
            f_default_win_rm_certificate_thumbprint = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ComputeCapabilities':
            f_compute_capabilities = read_ComputeCapabilities(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.HostedService)
    obj.__dict__ = {
        'url': f_url,
        'service_name': f_service_name,
        'hosted_service_properties': f_hosted_service_properties,
        'deployments': f_deployments,
        'default_win_rm_certificate_thumbprint': f_default_win_rm_certificate_thumbprint,
        'compute_capabilities': f_compute_capabilities,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_HostedService(obj: m.HostedService, out: list[str]) -> None:
    v = obj.url
    if v is not None:
        out.append('<Url>' + text(v) + '</Url>')
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.hosted_service_properties
    if v is not None:
        out.append('<HostedServiceProperties>')
        write_HostedServiceProperties(v, out)
        out.append('</HostedServiceProperties>')
    v = obj.deployments
    if v is not None:
        out.append('<Deployments>')
        for item in v:
            out.append('<Deployment>')
            write_Deployment(item, out)
            out.append('</Deployment>')
        out.append('</Deployments>')
    v = obj.default_win_rm_certificate_thumbprint
    if v is not None:
        out.append('<DefaultWinRMCertificateThumbprint>' + text(v) + '</DefaultWinRMCertificateThumbprint>')
    v = obj.compute_capabilities
    if v is not None:
        out.append('<ComputeCapabilities>')
        write_ComputeCapabilities(v, out)
        out.append('</ComputeCapabilities>')


_TAGS_HostedServiceProperties = {
    '{http://schemas.microsoft.com/windowsazure}Description': 0,
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 1,
    '{http://schemas.microsoft.com/windowsazure}Location': 2,
    '{http://schemas.microsoft.com/windowsazure}Label': 3,
    '{http://schemas.microsoft.com/windowsazure}Status': 4,
    '{http://schemas.microsoft.com/windowsazure}DateCreated': 5,
    '{http://schemas.microsoft.com/windowsazure}DateLastModified': 6,
    '{http://schemas.microsoft.com/windowsazure}ExtendedProperties': 7,
    '{http://schemas.microsoft.com/windowsazure}GuestOSVersion': 8,
    '{http://schemas.microsoft.com/windowsazure}ReverseDnsFqdn': 9,
}


def read_HostedServiceProperties(el: Element) -> m.HostedServiceProperties:
    f_description: Any = ''
    f_affinity_group: Any = ''
    f_location: Any = ''
    f_label: Any = ''
    f_status: Any = ''
    f_date_created: Any = EMPTY_TIMESTAMP
    f_date_last_modified: Any = EMPTY_TIMESTAMP
    f_extended_properties: Any = {}
    f_guest_os_version: Any = ''
    f_reverse_dns_fqdn: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_HostedServiceProperties.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 5:
                if i < 2:
                    if i < 1:
                        f_description = (child.text or '')
                    else:
                        f_affinity_group = (child.text or '')
                else:
                    if i < 3:
                        f_location = (child.text or '')
                    else:
                        if i < 4:
                            f_label = from_b64(child.text)
                        else:
                            f_status = (child.text or '')
            else:
                if i < 7:
                    if i < 6:
                        f_date_created = from_datetime(child.text, EMPTY_TIMESTAMP)
                    else:
                        f_date_last_modified = from_datetime(child.text, EMPTY_TIMESTAMP)
                else:
                    if i < 8:
                        f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
                    else:
                        if i < 9:
                            f_guest_os_version = (child.text or '')
                        else:
                            f_reverse_dns_fqdn = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.HostedServiceProperties)
    obj.__dict__ = {
        'description': f_description,
        'affinity_group': f_affinity_group,
        'location': f_location,
        'label': f_label,
        'status': f_status,
        'date_created': f_date_created,
        'date_last_modified': f_date_last_modified,
        'extended_properties': f_extended_properties,
        'guest_os_version': f_guest_os_version,
        'reverse_dns_fqdn': f_reverse_dns_fqdn,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_HostedServiceProperties(obj: m.HostedServiceProperties, out: list[str]) -> None:
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.date_created
    if v:
        out.append('<DateCreated>' + dt(v) + '</DateCreated>')
    v = obj.date_last_modified
    if v:
        out.append('<DateLastModified>' + dt(v) + '</DateLastModified>')
    v = obj.extended_properties
    if v:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.guest_os_version
    if v is not None:
        out.append('<GuestOSVersion>' + text(v) + '</GuestOSVersion>')
    v = obj.reverse_dns_fqdn
    if v is not None:
        out.append('<ReverseDnsFqdn>' + text(v) + '</ReverseDnsFqdn>')


def read_HostedServices(el: Element) -> m.HostedServices:
    return m.HostedServices([read_HostedService(c) for c in el])


def write_HostedServices(v: list[m.HostedService], out: list[str]) -> None:
    for item in v:
        out.append('<HostedService>')
        write_HostedService(item, out)
        out.append('</HostedService>')


def read_Images(el: Element) -> m.Images:
    return m.Images([read_OSImage(c) for c in el])


def write_Images(v: list[m.OSImage], out: list[str]) -> None:
    for item in v:
        out.append('<OSImage>')
        write_OSImage(item, out)
        out.append('</OSImage>')


def read_InstanceEndpoint(el: Element) -> m.InstanceEndpoint:
    f_name: Any = ''
    f_vip: Any = ''
    f_public_port: Any = None
    f_local_port: Any = None
    f_protocol: Any = ''
    f_idle_timeout_in_minutes: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Vip':
            f_vip = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PublicPort':
            f_public_port = from_text_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}LocalPort':
            f_local_port = from_text_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Protocol':
            f_protocol = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}IdleTimeoutInMinutes':
            f_idle_timeout_in_minutes = from_int(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.InstanceEndpoint)
    obj.__dict__ = {
        'name': f_name,
        'vip': f_vip,
        'public_port': f_public_port,
        'local_port': f_local_port,
        'protocol': f_protocol,
        'idle_timeout_in_minutes': f_idle_timeout_in_minutes,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_InstanceEndpoint(obj: m.InstanceEndpoint, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.vip
    if v is not None:
        out.append('<Vip>' + text(v) + '</Vip>')
    v = obj.public_port
    if v is not None:
        out.append('<PublicPort>' + number(v) + '</PublicPort>')
    v = obj.local_port
    if v is not None:
        out.append('<LocalPort>' + number(v) + '</LocalPort>')
    v = obj.protocol
    if v is not None:
        out.append('<Protocol>' + text(v) + '</Protocol>')
    v = obj.idle_timeout_in_minutes
    if v is not None:
        out.append('<IdleTimeoutInMinutes>' + number(v) + '</IdleTimeoutInMinutes>')


def read_InstanceEndpoints(el: Element) -> m.InstanceEndpoints:
    return m.InstanceEndpoints([read_InstanceEndpoint(c) for c in el])


def write_InstanceEndpoints(v: list[m.InstanceEndpoint], out: list[str]) -> None:
    for item in v:
        out.append('<InstanceEndpoint>')
        write_InstanceEndpoint(item, out)
        out.append('</InstanceEndpoint>')


_TAGS_JobCollection = {
    '{http://schemas.microsoft.com/windowsazure}CloudServiceSettings': 0,
    '{http://schemas.microsoft.com/windowsazure}ETag': 1,
    '{http://schemas.microsoft.com/windowsazure}IntrinsicSettings': 2,
    '{http://schemas.microsoft.com/windowsazure}Name': 3,
    '{http://schemas.microsoft.com/windowsazure}OperationStatus': 4,
    '{http://schemas.microsoft.com/windowsazure}PromotionCode': 5,
    '{http://schemas.microsoft.com/windowsazure}ResourceProviderNamespace': 6,
    '{http://schemas.microsoft.com/windowsazure}SchemaVersion': 7,
    '{http://schemas.microsoft.com/windowsazure}State': 8,
    '{http://schemas.microsoft.com/windowsazure}SubState': 9,
    '{http://schemas.microsoft.com/windowsazure}Type': 10,
}


def read_JobCollection(el: Element) -> m.JobCollection:
    f_cloud_service_settings: Any = None
    f_e_tag: Any = ''
    f_intrinsic_settings: Any = None
    f_name: Any = ''
    f_operation_status: Any = None
    f_promotion_code: Any = ''
    f_resource_provider_namespace: Any = ''
    f_schema_version: Any = ''
    f_state: Any = ''
    f_sub_state: Any = ''
    f_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_JobCollection.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 5:
                if i < 2:
                    if i < 1:
                        f_cloud_service_settings = read_JobCollectionCloudServiceSettings(child)
                    else:
                        f_e_tag = (child.text or '')
                else:
                    if i < 3:
                        f_intrinsic_settings = read_JobCollectionIntrinsicSettings(child)
                    else:
                        if i < 4:
                            f_name = (child.text or '')
                        else:
                            f_operation_status = read_ResourceOperationStatus(child)
            else:
                if i < 8:
                    if i < 6:
                        f_promotion_code = (child.text or '')
                    else:
                        if i < 7:
                            f_resource_provider_namespace = (child.text or '')
                        else:
                            f_schema_version = (child.text or '')
                else:
                    if i < 9:
                        f_state = (child.text or '')
                    else:
                        if i < 10:
                            f_sub_state = (child.text or '')
                        else:
                            f_type = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.JobCollection)
    obj.__dict__ = {
        'cloud_service_settings': f_cloud_service_settings,
        'e_tag': f_e_tag,
        'intrinsic_settings': f_intrinsic_settings,
        'name': f_name,
        'operation_status': f_operation_status,
        'promotion_code': f_promotion_code,
        'resource_provider_namespace': f_resource_provider_namespace,
        'schema_version': f_schema_version,
        'state': f_state,
        'sub_state': f_sub_state,
        'type': f_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_JobCollection(obj: m.JobCollection, out: list[str]) -> None:
    v = obj.cloud_service_settings
    if v is not None:
        out.append('<CloudServiceSettings>')
        write_JobCollectionCloudServiceSettings(v, out)
        out.append('</CloudServiceSettings>')
    v = obj.e_tag
    if v is not None:
        out.append('<ETag>' + text(v) + '</ETag>')
    v = obj.intrinsic_settings
    if v is not None:
        out.append('<IntrinsicSettings>')
        write_JobCollectionIntrinsicSettings(v, out)
        out.append('</IntrinsicSettings>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.operation_status
    if v is not None:
        out.append('<OperationStatus>')
        write_ResourceOperationStatus(v, out)
        out.append('</OperationStatus>')
    v = obj.promotion_code
    if v is not None:
        out.append('<PromotionCode>' + text(v) + '</PromotionCode>')
    v = obj.resource_provider_namespace
    if v is not None:
        out.append('<ResourceProviderNamespace>' + text(v) + '</ResourceProviderNamespace>')
    v = obj.schema_version
    if v is not None:
        out.append('<SchemaVersion>' + text(v) + '</SchemaVersion>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.sub_state
    if v is not None:
        out.append('<SubState>' + text(v) + '</SubState>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')


def read_JobCollectionCloudServiceSettings(el: Element) -> m.JobCollectionCloudServiceSettings:
    f_geo_region: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}GeoRegion':
            f_geo_region = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.JobCollectionCloudServiceSettings)
    obj.__dict__ = {
        'geo_region': f_geo_region,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_JobCollectionCloudServiceSettings(obj: m.JobCollectionCloudServiceSettings, out: list[str]) -> None:
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')


def read_JobCollectionIntrinsicSettings(el: Element) -> m.JobCollectionIntrinsicSettings:
    f_plan: Any = ''
    f_quota: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Plan':
            f_plan = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Quota':
            f_quota = read_JobCollectionQuota(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_quota is None:  # absent: an empty instance, as the predecessor's fresh one
        f_quota = read_JobCollectionQuota(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.JobCollectionIntrinsicSettings)
    obj.__dict__ = {
        'plan': f_plan,
        'quota': f_quota,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_JobCollectionIntrinsicSettings(obj: m.JobCollectionIntrinsicSettings, out: list[str]) -> None:
    v = obj.plan
    if v is not None:
        out.append('<Plan>' + text(v) + '</Plan>')
    v = obj.quota
    if v is not None and not empty_JobCollectionQuota(v):
        out.append('<Quota>')
        write_JobCollectionQuota(v, out)
        out.append('</Quota>')


def read_JobCollectionMaxRecurrence(el: Element) -> m.JobCollectionMaxRecurrence:
    f_frequency: Any = ''
    f_interval: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Frequency':
            f_frequency = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Interval':
            f_interval = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.JobCollectionMaxRecurrence)
    obj.__dict__ = {
        'frequency': f_frequency,
        'interval': f_interval,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_JobCollectionMaxRecurrence(obj: m.JobCollectionMaxRecurrence, out: list[str]) -> None:
    v = obj.frequency
    if v is not None:
        out.append('<Frequency>' + text(v) + '</Frequency>')
    v = obj.interval
    if v is not None:
        out.append('<Interval>' + number(v) + '</Interval>')


def read_JobCollectionQuota(el: Element) -> m.JobCollectionQuota:
    f_max_job_count: Any = 0
    f_max_recurrence: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}MaxJobCount':
            f_max_job_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/windowsazure}MaxRecurrence':
            f_max_recurrence = read_JobCollectionMaxRecurrence(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_max_recurrence is None:  # absent: an empty instance, as the predecessor's fresh one
        f_max_recurrence = read_JobCollectionMaxRecurrence(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.JobCollectionQuota)
    obj.__dict__ = {
        'max_job_count': f_max_job_count,
        'max_recurrence': f_max_recurrence,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_JobCollectionQuota(obj: m.JobCollectionQuota, out: list[str]) -> None:
    v = obj.max_job_count
    if v is not None:
        out.append('<MaxJobCount>' + number(v) + '</MaxJobCount>')
    v = obj.max_recurrence
    if v is not None and not empty_JobCollectionMaxRecurrence(v):
        out.append('<MaxRecurrence>')
        write_JobCollectionMaxRecurrence(v, out)
        out.append('</MaxRecurrence>')


def read_KeyPair(el: Element) -> m.KeyPair:
    f_fingerprint: Any = ''
    f_path: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Fingerprint':
            f_fingerprint = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Path':
            f_path = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.KeyPair)
    obj.__dict__ = {
        'fingerprint': f_fingerprint,
        'path': f_path,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_KeyPair(obj: m.KeyPair, out: list[str]) -> None:
    v = obj.fingerprint
    if v is not None:
        out.append('<Fingerprint>' + text(v) + '</Fingerprint>')
    v = obj.path
    if v is not None:
        out.append('<Path>' + text(v) + '</Path>')


def read_Listener(el: Element) -> m.Listener:
    f_protocol: Any = ''
    f_certificate_thumbprint: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Protocol':
            f_protocol = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}CertificateThumbprint':
            f_certificate_thumbprint = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Listener)
    obj.__dict__ = {
        'protocol': f_protocol,
        'certificate_thumbprint': f_certificate_thumbprint,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Listener(obj: m.Listener, out: list[str]) -> None:
    v = obj.protocol
    if v is not None:
        out.append('<Protocol>' + text(v) + '</Protocol>')
    v = obj.certificate_thumbprint
    if v is not None:
        out.append('<CertificateThumbprint>' + text(v) + '</CertificateThumbprint>')


def read_LoadBalancerFrontendIpConfiguration(el: Element) -> m.LoadBalancerFrontendIpConfiguration:
    f_type: Any = ''
    f_subnet_name: Any = ''
    f_static_virtual_network_ip_address: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SubnetName':
            f_subnet_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StaticVirtualNetworkIPAddress':
            f_static_virtual_network_ip_address = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.LoadBalancerFrontendIpConfiguration)
    obj.__dict__ = {
        'type': f_type,
        'subnet_name': f_subnet_name,
        'static_virtual_network_ip_address': f_static_virtual_network_ip_address,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_LoadBalancerFrontendIpConfiguration(obj: m.LoadBalancerFrontendIpConfiguration, out: list[str]) -> None:
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.subnet_name
    if v is not None:
        out.append('<SubnetName>' + text(v) + '</SubnetName>')
    v = obj.static_virtual_network_ip_address
    if v is not None:
        out.append('<StaticVirtualNetworkIPAddress>' + text(v) + '</StaticVirtualNetworkIPAddress>')


def read_LoadBalancerProbe(el: Element) -> m.LoadBalancerProbe:
    f_path: Any = ''
    f_port: Any = None
    f_protocol: Any = ''
    f_interval_in_seconds: Any = None
    f_timeout_in_seconds: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Path':
            f_path = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Port':
            f_port = from_text_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Protocol':
            f_protocol = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}IntervalInSeconds':
            f_interval_in_seconds = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}TimeoutInSeconds':
            f_timeout_in_seconds = from_int(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.LoadBalancerProbe)
    obj.__dict__ = {
        'path': f_path,
        'port': f_port,
        'protocol': f_protocol,
        'interval_in_seconds': f_interval_in_seconds,
        'timeout_in_seconds': f_timeout_in_seconds,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_LoadBalancerProbe(obj: m.LoadBalancerProbe, out: list[str]) -> None:
    v = obj.path
    if v is not None:
        out.append('<Path>' + text(v) + '</Path>')
    v = obj.port
    if v is not None:
        out.append('<Port>' + number(v) + '</Port>')
    v = obj.protocol
    if v is not None:
        out.append('<Protocol>' + text(v) + '</Protocol>')
    v = obj.interval_in_seconds
    if v is not None:
        out.append('<IntervalInSeconds>' + number(v) + '</IntervalInSeconds>')
    v = obj.timeout_in_seconds
    if v is not None:
        out.append('<TimeoutInSeconds>' + number(v) + '</TimeoutInSeconds>')


def read_LocalNetworkConnection(el: Element) -> m.LocalNetworkConnection:
    f_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.LocalNetworkConnection)
    obj.__dict__ = {
        'type': f_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_LocalNetworkConnection(obj: m.LocalNetworkConnection, out: list[str]) -> None:
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')


def read_LocalNetworkConnections(el: Element) -> m.LocalNetworkConnections:
    return m.LocalNetworkConnections([read_LocalNetworkConnection(c) for c in el])


def write_LocalNetworkConnections(v: list[m.LocalNetworkConnection], out: list[str]) -> None:
    for item in v:
        out.append('<Connection>')
        write_LocalNetworkConnection(item, out)
        out.append('</Connection>')


def read_LocalNetworkSite(el: Element) -> m.LocalNetworkSite:
    f_name: Any = ''
    f_address_space: Any = None
    f_vpn_gateway_address: Any = ''
    f_connections: Any = m.LocalNetworkConnections()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}AddressSpace':
            f_address_space = read_AddressSpace(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}VpnGatewayAddress':
            f_vpn_gateway_address = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Connections':
            f_connections = m.LocalNetworkConnections([read_LocalNetworkConnection(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.LocalNetworkSite)
    obj.__dict__ = {
        'name': f_name,
        'address_space': f_address_space,
        'vpn_gateway_address': f_vpn_gateway_address,
        'connections': f_connections,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_LocalNetworkSite(obj: m.LocalNetworkSite, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.address_space
    if v is not None:
        out.append('<AddressSpace>')
        write_AddressSpace(v, out)
        out.append('</AddressSpace>')
    v = obj.vpn_gateway_address
    if v is not None:
        out.append('<VpnGatewayAddress>' + text(v) + '</VpnGatewayAddress>')
    v = obj.connections
    if v is not None:
        out.append('<Connections>')
        for item in v:
            out.append('<Connection>')
            write_LocalNetworkConnection(item, out)
            out.append('</Connection>')
        out.append('</Connections>')


def read_LocalNetworkSites(el: Element) -> m.LocalNetworkSites:
    return m.LocalNetworkSites([read_LocalNetworkSite(c) for c in el])


def write_LocalNetworkSites(v: list[m.LocalNetworkSite], out: list[str]) -> None:
    for item in v:
        out.append('<LocalNetworkSite>')
        write_LocalNetworkSite(item, out)
        out.append('</LocalNetworkSite>')


def read_Location(el: Element) -> m.Location:
    f_name: Any = ''
    f_display_name: Any = ''
    f_available_services: Any = m.AvailableServices()
    f_compute_capabilities: Any = None
    f_storage_capabilities: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}DisplayName':
            f_display_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}AvailableServices':
            f_available_services = m.AvailableServices([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}ComputeCapabilities':
            f_compute_capabilities = read_ComputeCapabilities(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}StorageCapabilities':
            f_storage_capabilities = read_StorageCapabilities(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_compute_capabilities is None:  # absent: an empty instance, as the predecessor's fresh one
        f_compute_capabilities = read_ComputeCapabilities(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Location)
    obj.__dict__ = {
        'name': f_name,
        'display_name': f_display_name,
        'available_services': f_available_services,
        'compute_capabilities': f_compute_capabilities,
        'storage_capabilities': f_storage_capabilities,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Location(obj: m.Location, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.display_name
    if v is not None:
        out.append('<DisplayName>' + text(v) + '</DisplayName>')
    v = obj.available_services
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<AvailableServices>')
        for item in v:
            out.append('<AvailableService>' + text(item) + '</AvailableService>')
        out.append('</AvailableServices>')
    v = obj.compute_capabilities
    if v is not None and not empty_ComputeCapabilities(v):
        out.append('<ComputeCapabilities>')
        write_ComputeCapabilities(v, out)
        out.append('</ComputeCapabilities>')
    v = obj.storage_capabilities
    if v is not None:
        out.append('<StorageCapabilities>')
        write_StorageCapabilities(v, out)
        out.append('</StorageCapabilities>')


def read_Locations(el: Element) -> m.Locations:
    return m.Locations([read_Location(c) for c in el])


def write_Locations(v: list[m.Location], out: list[str]) -> None:
    for item in v:
        out.append('<Location>')
        write_Location(item, out)
        out.append('</Location>')


def read_MetricAvailabilities(el: Element) -> m.MetricAvailabilities:
    return m.MetricAvailabilities([read_MetricAvailability(c) for c in el])


def write_MetricAvailabilities(v: list[m.MetricAvailability], out: list[str]) -> None:
    for item in v:
        out.append('<MetricAvailabilily>')
        write_MetricAvailability(item, out)
        out.append('</MetricAvailabilily>')


def read_MetricAvailability(el: Element) -> m.MetricAvailability:
    f_retention: Any = ''
    f_time_grain: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Retention':
            f_retention = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}TimeGrain':
            f_time_grain = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricAvailability)
    obj.__dict__ = {
        'retention': f_retention,
        'time_grain': f_time_grain,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricAvailability(obj: m.MetricAvailability, out: list[str]) -> None:
    v = obj.retention
    if v is not None:
        out.append('<Retention>' + text(v) + '</Retention>')
    v = obj.time_grain
    if v is not None:
        out.append('<TimeGrain>' + text(v) + '</TimeGrain>')


def read_MetricData(el: Element) -> m.MetricData:
    f_display_name: Any = ''
    f_end_time: Any = EMPTY_TIMESTAMP
    f_name: Any = ''
    f_primary_aggregation_type: Any = ''
    f_start_time: Any = EMPTY_TIMESTAMP
    f_time_grain: Any = ''
    f_unit: Any = ''
    f_values: Any = m.MetricSamples()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}DisplayName':
            f_display_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}EndTime':
            f_end_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PrimaryAggregationType':
            f_primary_aggregation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StartTime':
            f_start_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/windowsazure}TimeGrain':
            f_time_grain = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Unit':
            f_unit = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Values':
            f_values = m.MetricSamples([read_MetricSample(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricData)
    obj.__dict__ = {
        'display_name': f_display_name,
        'end_time': f_end_time,
        'name': f_name,
        'primary_aggregation_type': f_primary_aggregation_type,
        'start_time': f_start_time,
        'time_grain': f_time_grain,
        'unit': f_unit,
        'values': f_values,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricData(obj: m.MetricData, out: list[str]) -> None:
    v = obj.display_name
    if v is not None:
        out.append('<DisplayName>' + text(v) + '</DisplayName>')
    v = obj.end_time
    if v:
        out.append('<EndTime>' + dt(v) + '</EndTime>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.primary_aggregation_type
    if v is not None:
        out.append('<PrimaryAggregationType>' + text(v) + '</PrimaryAggregationType>')
    v = obj.start_time
    if v:
        out.append('<StartTime>' + dt(v) + '</StartTime>')
    v = obj.time_grain
    if v is not None:
        out.append('<TimeGrain>' + text(v) + '</TimeGrain>')
    v = obj.unit
    if v is not None:
        out.append('<Unit>' + text(v) + '</Unit>')
    v = obj.values
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Values>')
        for item in v:
            out.append('<MetricSample>')
            write_MetricSample(item, out)
            out.append('</MetricSample>')
        out.append('</Values>')


def read_MetricDefinition(el: Element) -> m.MetricDefinition:
    f_display_name: Any = ''
    f_metric_availabilities: Any = m.MetricAvailabilities()
    f_name: Any = ''
    f_primary_aggregation_type: Any = ''
    f_unit: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}DisplayName':
            f_display_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}MetricAvailabilities':
            f_metric_availabilities = m.MetricAvailabilities([read_MetricAvailability(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PrimaryAggregationType':
            f_primary_aggregation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Unit':
            f_unit = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricDefinition)
    obj.__dict__ = {
        'display_name': f_display_name,
        'metric_availabilities': f_metric_availabilities,
        'name': f_name,
        'primary_aggregation_type': f_primary_aggregation_type,
        'unit': f_unit,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricDefinition(obj: m.MetricDefinition, out: list[str]) -> None:
    v = obj.display_name
    if v is not None:
        out.append('<DisplayName>' + text(v) + '</DisplayName>')
    v = obj.metric_availabilities
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<MetricAvailabilities>')
        for item in v:
            out.append('<MetricAvailabilily>')
            write_MetricAvailability(item, out)
            out.append('</MetricAvailabilily>')
        out.append('</MetricAvailabilities>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.primary_aggregation_type
    if v is not None:
        out.append('<PrimaryAggregationType>' + text(v) + '</PrimaryAggregationType>')
    v = obj.unit
    if v is not None:
        out.append('<Unit>' + text(v) + '</Unit>')


def read_MetricDefinitions(el: Element) -> m.MetricDefinitions:
    return m.MetricDefinitions([read_MetricDefinition(c) for c in el])


def write_MetricDefinitions(v: list[m.MetricDefinition], out: list[str]) -> None:
    for item in v:
        out.append('<MetricDefinition>')
        write_MetricDefinition(item, out)
        out.append('</MetricDefinition>')


def read_MetricProperties(el: Element) -> m.MetricProperties:
    f_name: Any = ''
    f_primary_aggregation: Any = ''
    f_unit: Any = ''
    f_display_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}PrimaryAggregation':
            f_primary_aggregation = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Unit':
            f_unit = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}DisplayName':
            f_display_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricProperties)
    obj.__dict__ = {
        'name': f_name,
        'primary_aggregation': f_primary_aggregation,
        'unit': f_unit,
        'display_name': f_display_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricProperties(obj: m.MetricProperties, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.primary_aggregation
    if v is not None:
        out.append('<PrimaryAggregation>' + text(v) + '</PrimaryAggregation>')
    v = obj.unit
    if v is not None:
        out.append('<Unit>' + text(v) + '</Unit>')
    v = obj.display_name
    if v is not None:
        out.append('<DisplayName>' + text(v) + '</DisplayName>')


def read_MetricResponse(el: Element) -> m.MetricResponse:
    f_code: Any = ''
    f_data: Any = None
    f_message: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Code':
            f_code = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Data':
            f_data = read_MetricData(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Message':
            f_message = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_data is None:  # absent: an empty instance, as the predecessor's fresh one
        f_data = read_MetricData(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricResponse)
    obj.__dict__ = {
        'code': f_code,
        'data': f_data,
        'message': f_message,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricResponse(obj: m.MetricResponse, out: list[str]) -> None:
    v = obj.code
    if v is not None:
        out.append('<Code>' + text(v) + '</Code>')
    v = obj.data
    if v is not None and not empty_MetricData(v):
        out.append('<Data>')
        write_MetricData(v, out)
        out.append('</Data>')
    v = obj.message
    if v is not None:
        out.append('<Message>' + text(v) + '</Message>')


def read_MetricResponses(el: Element) -> m.MetricResponses:
    return m.MetricResponses([read_MetricResponse(c) for c in el])


def write_MetricResponses(v: list[m.MetricResponse], out: list[str]) -> None:
    for item in v:
        out.append('<MetricResponse>')
        write_MetricResponse(item, out)
        out.append('</MetricResponse>')


def read_MetricRollups(el: Element) -> m.MetricRollups:
    f_time_grain: Any = ''
    f_retention: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}TimeGrain':
            f_time_grain = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Retention':
            f_retention = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricRollups)
    obj.__dict__ = {
        'time_grain': f_time_grain,
        'retention': f_retention,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricRollups(obj: m.MetricRollups, out: list[str]) -> None:
    v = obj.time_grain
    if v is not None:
        out.append('<TimeGrain>' + text(v) + '</TimeGrain>')
    v = obj.retention
    if v is not None:
        out.append('<Retention>' + text(v) + '</Retention>')


def read_MetricSample(el: Element) -> m.MetricSample:
    f_count: Any = 0
    f_maximum: Any = None
    f_minimum: Any = None
    f_time_created: Any = EMPTY_TIMESTAMP
    f_total: Any = 0.0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Count':
            f_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Maximum':
            f_maximum = from_float(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Minimum':
            f_minimum = from_float(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}TimeCreated':
            f_time_created = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Total':
            f_total = from_float(child.text, 0.0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricSample)
    obj.__dict__ = {
        'count': f_count,
        'maximum': f_maximum,
        'minimum': f_minimum,
        'time_created': f_time_created,
        'total': f_total,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricSample(obj: m.MetricSample, out: list[str]) -> None:
    v = obj.count
    if v is not None:
        out.append('<Count>' + number(v) + '</Count>')
    v = obj.maximum
    if v is not None:
        out.append('<Maximum>' + number(v) + '</Maximum>')
    v = obj.minimum
    if v is not None:
        out.append('<Minimum>' + number(v) + '</Minimum>')
    v = obj.time_created
    if v:
        out.append('<TimeCreated>' + dt(v) + '</TimeCreated>')
    v = obj.total
    if v is not None:
        out.append('<Total>' + number(v) + '</Total>')


def read_MetricSamples(el: Element) -> m.MetricSamples:
    return m.MetricSamples([read_MetricSample(c) for c in el])


def write_MetricSamples(v: list[m.MetricSample], out: list[str]) -> None:
    for item in v:
        out.append('<MetricSample>')
        write_MetricSample(item, out)
        out.append('</MetricSample>')


def read_MetricValues(el: Element) -> m.MetricValues:
    f_timestamp: Any = EMPTY_TIMESTAMP
    f_min: Any = 0
    f_max: Any = 0
    f_average: Any = 0.0
    f_total: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Timestamp':
            f_timestamp = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Min':
            f_min = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Max':
            f_max = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Average':
            f_average = from_float(child.text, 0.0)
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Total':
            f_total = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricValues)
    obj.__dict__ = {
        'timestamp': f_timestamp,
        'min': f_min,
        'max': f_max,
        'average': f_average,
        'total': f_total,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricValues(obj: m.MetricValues, out: list[str]) -> None:
    v = obj.timestamp
    if v:
        out.append('<Timestamp>' + dt(v) + '</Timestamp>')
    v = obj.min
    if v is not None:
        out.append('<Min>' + number(v) + '</Min>')
    v = obj.max
    if v is not None:
        out.append('<Max>' + number(v) + '</Max>')
    v = obj.average
    if v is not None:
        out.append('<Average>' + number(v) + '</Average>')
    v = obj.total
    if v is not None:
        out.append('<Total>' + number(v) + '</Total>')


def read_NameValuePair(el: Element) -> m.NameValuePair:
    f_name: Any = ''
    f_value: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Value':
            f_value = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.NameValuePair)
    obj.__dict__ = {
        'name': f_name,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_NameValuePair(obj: m.NameValuePair, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + text(v) + '</Value>')


def read_NameValuePairs(el: Element) -> dict[str, str]:
    return {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in el}


def write_NameValuePairs(v: dict[str, str], out: list[str]) -> None:
    for key, value in v.items():
        out.append('<NameValuePair><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></NameValuePair>')


def read_NamespaceAvailability(el: Element) -> m.NamespaceAvailability:
    f_result: Any = None
    f_reason: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Result':
            f_result = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ReasonDetail':
            f_reason = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.NamespaceAvailability)
    obj.__dict__ = {
        'result': f_result,
        'reason': f_reason,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_NamespaceAvailability(obj: m.NamespaceAvailability, out: list[str]) -> None:
    v = obj.result
    if v is not None:
        out.append('<Result>' + boolean(v) + '</Result>')
    v = obj.reason
    if v is not None:
        out.append('<ReasonDetail>' + text(v) + '</ReasonDetail>')


def read_NetworkConfigurationSet(el: Element) -> m.NetworkConfigurationSet:
    f_configuration_set_type: Any = ''
    f_input_endpoints: Any = m.ConfigurationSetInputEndpoints()
    f_subnet_names: Any = m.ConfigurationSetSubnetNames()
    f_static_virtual_network_ip_address: Any = ''
    f_public_ips: Any = m.PublicIPs()
    f_network_interfaces: Any = m.ConfigurationSetNetworkInterfaces()
    f_network_security_group: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ConfigurationSetType':
            f_configuration_set_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}InputEndpoints':
            f_input_endpoints = m.ConfigurationSetInputEndpoints([read_ConfigurationSetInputEndpoint(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}SubnetNames':
            f_subnet_names = m.ConfigurationSetSubnetNames([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}StaticVirtualNetworkIPAddress':
            f_static_virtual_network_ip_address = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PublicIPs':
            f_public_ips = m.PublicIPs([read_PublicIP(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}NetworkInterfaces':
            f_network_interfaces = m.ConfigurationSetNetworkInterfaces([read_ConfigurationSetNetworkInterface(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}NetworkSecurityGroup':
            f_network_security_group = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.NetworkConfigurationSet)
    obj.__dict__ = {
        'configuration_set_type': f_configuration_set_type,
        'input_endpoints': f_input_endpoints,
        'subnet_names': f_subnet_names,
        'static_virtual_network_ip_address': f_static_virtual_network_ip_address,
        'public_ips': f_public_ips,
        'network_interfaces': f_network_interfaces,
        'network_security_group': f_network_security_group,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_NetworkConfigurationSet(obj: m.NetworkConfigurationSet, out: list[str]) -> None:
    v = obj.configuration_set_type
    if v is not None:
        out.append('<ConfigurationSetType>' + text(v) + '</ConfigurationSetType>')
    v = obj.input_endpoints
    if v is not None:
        out.append('<InputEndpoints>')
        for item in v:
            out.append('<InputEndpoint>')
            write_ConfigurationSetInputEndpoint(item, out)
            out.append('</InputEndpoint>')
        out.append('</InputEndpoints>')
    v = obj.subnet_names
    if v is not None:
        out.append('<SubnetNames>')
        for item in v:
            out.append('<SubnetName>' + text(item) + '</SubnetName>')
        out.append('</SubnetNames>')
    v = obj.static_virtual_network_ip_address
    if v is not None:
        out.append('<StaticVirtualNetworkIPAddress>' + text(v) + '</StaticVirtualNetworkIPAddress>')
    v = obj.public_ips
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<PublicIPs>')
        for item in v:
            out.append('<PublicIP>')
            write_PublicIP(item, out)
            out.append('</PublicIP>')
        out.append('</PublicIPs>')
    v = obj.network_interfaces
    if v is not None:
        out.append('<NetworkInterfaces>')
        for item in v:
            out.append('<NetworkInterface>')
            write_ConfigurationSetNetworkInterface(item, out)
            out.append('</NetworkInterface>')
        out.append('</NetworkInterfaces>')
    v = obj.network_security_group
    if v is not None:
        out.append('<NetworkSecurityGroup>' + text(v) + '</NetworkSecurityGroup>')


def read_NotificationHubDescription(el: Element) -> m.NotificationHubDescription:
    f_registration_ttl: Any = ''
    f_authorization_rules: Any = m.AuthorizationRules()
    f_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RegistrationTtl':
            f_registration_ttl = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AuthorizationRules':
            f_authorization_rules = m.AuthorizationRules([read_AuthorizationRule(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name':
            f_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.NotificationHubDescription)
    obj.__dict__ = {
        'registration_ttl': f_registration_ttl,
        'authorization_rules': f_authorization_rules,
        'name': f_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_NotificationHubDescription(obj: m.NotificationHubDescription, out: list[str]) -> None:
    v = obj.registration_ttl
    if v is not None:
        out.append('<RegistrationTtl>' + text(v) + '</RegistrationTtl>')
    v = obj.authorization_rules
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<AuthorizationRules>')
        for item in v:
            out.append('<AuthorizationRule>')
            write_AuthorizationRule(item, out)
            out.append('</AuthorizationRule>')
        out.append('</AuthorizationRules>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


def read_OSDiskConfiguration(el: Element) -> m.OSDiskConfiguration:
    f_name: Any = None
    f_host_caching: Any = None
    f_os_state: Any = None
    f_os: Any = None
    f_media_link: Any = None
    f_logical_disk_size_in_gb: Any = -1
    f_io_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}HostCaching':
            f_host_caching = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}OSState':
            f_os_state = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}OS':
            f_os = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}MediaLink':
            f_media_link = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}LogicalDiskSizeInGB':
            f_logical_disk_size_in_gb = from_int(child.text, -1)
        elif tag == '{http://schemas.microsoft.com/windowsazure}IOType':
            f_io_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.OSDiskConfiguration)
    obj.__dict__ = {
        'name': f_name,
        'host_caching': f_host_caching,
        'os_state': f_os_state,
        'os': f_os,
        'media_link': f_media_link,
        'logical_disk_size_in_gb': f_logical_disk_size_in_gb,
        'io_type': f_io_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_OSDiskConfiguration(obj: m.OSDiskConfiguration, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.os_state
    if v is not None:
        out.append('<OSState>' + text(v) + '</OSState>')
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.logical_disk_size_in_gb
    if v is not None and v != -1:
        out.append('<LogicalDiskSizeInGB>' + number(v) + '</LogicalDiskSizeInGB>')
    v = obj.io_type
    if v is not None:
        out.append('<IOType>' + text(v) + '</IOType>')


_TAGS_OSImage = {
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 0,
    '{http://schemas.microsoft.com/windowsazure}Category': 1,
    '{http://schemas.microsoft.com/windowsazure}Label': 2,
    '{http://schemas.microsoft.com/windowsazure}Location': 3,
    '{http://schemas.microsoft.com/windowsazure}LogicalSizeInGB': 4,
    '{http://schemas.microsoft.com/windowsazure}MediaLink': 5,
    '{http://schemas.microsoft.com/windowsazure}Name': 6,
    '{http://schemas.microsoft.com/windowsazure}OS': 7,
    '{http://schemas.microsoft.com/windowsazure}Eula': 8,
    '{http://schemas.microsoft.com/windowsazure}Description': 9,
    '{http://schemas.microsoft.com/windowsazure}ImageFamily': 10,
    '{http://schemas.microsoft.com/windowsazure}ShowInGui': 11,
    '{http://schemas.microsoft.com/windowsazure}PublishedDate': 12,
    '{http://schemas.microsoft.com/windowsazure}IsPremium': 13,
    '{http://schemas.microsoft.com/windowsazure}IconUri': 14,
    '{http://schemas.microsoft.com/windowsazure}PrivacyUri': 15,
    '{http://schemas.microsoft.com/windowsazure}RecommendedVMSize': 16,
    '{http://schemas.microsoft.com/windowsazure}PublisherName': 17,
    '{http://schemas.microsoft.com/windowsazure}PricingDetailLink': 18,
    '{http://schemas.microsoft.com/windowsazure}SmallIconUri': 19,
    '{http://schemas.microsoft.com/windowsazure}Language': 20,
    '{http://schemas.microsoft.com/windowsazure}OSState': 21,
    '{http://schemas.microsoft.com/windowsazure}IOType': 22,
}


def read_OSImage(el: Element) -> m.OSImage:
    f_affinity_group: Any = ''
    f_category: Any = ''
    f_label: Any = ''
    f_location: Any = ''
    f_logical_size_in_gb: Any = 0
    f_media_link: Any = ''
    f_name: Any = ''
    f_os: Any = ''
    f_eula: Any = ''
    f_description: Any = ''
    f_image_family: Any = ''
    f_show_in_gui: Any = True
    f_published_date: Any = ''
    f_is_premium: Any = True
    f_icon_uri: Any = ''
    f_privacy_uri: Any = ''
    f_recommended_vm_size: Any = ''
    f_publisher_name: Any = ''
    f_pricing_detail_link: Any = ''
    f_small_icon_uri: Any = ''
    f_language: Any = ''
    f_os_state: Any = ''
    f_io_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_OSImage.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 11:
                if i < 5:
                    if i < 2:
                        if i < 1:
                            f_affinity_group = (child.text or '')
                        else:
                            f_category = (child.text or '')
                    else:
                        if i < 3:
                            f_label = (child.text or '')
                        else:
                            if i < 4:
                                f_location = (child.text or '')
                            else:
                                f_logical_size_in_gb = from_int(child.text, 0)
                else:
                    if i < 8:
                        if i < 6:
                            f_media_link = (child.text or '')
                        else:
                            if i < 7:
                                f_name = (child.text or '')
                            else:
                                f_os = (child.text or '')
                    else:
                        if i < 9:
                            f_eula = (child.text or '')
                        else:
                            if i < 10:
                                f_description = (child.text or '')
                            else:
                                f_image_family = (child.text or '')
            else:
                if i < 17:
                    if i < 14:
                        if i < 12:
                            f_show_in_gui = from_bool(child.text, True)
                        else:
                            if i < 13:
                                f_published_date = (child.text or '')
                            else:
                                f_is_premium = from_bool(child.text, True)
                    else:
                        if i < 15:
                            f_icon_uri = (child.text or '')
                        else:
                            if i < 16:
                                f_privacy_uri = (child.text or '')
                            else:
                                f_recommended_vm_size = (child.text or '')
                else:
                    if i < 20:
                        if i < 18:
                            f_publisher_name = (child.text or '')
                        else:
                            if i < 19:
                                f_pricing_detail_link = (child.text or '')
                            else:
                                f_small_icon_uri = (child.text or '')
                    else:
                        if i < 21:
                            f_language = (child.text or '')
                        else:
                            if i < 22:
                                f_os_state = (child.text or '')
                            else:
                                f_io_type = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.OSImage)
    obj.__dict__ = {
        'affinity_group': f_affinity_group,
        'category': f_category,
        'label': f_label,
        'location': f_location,
        'logical_size_in_gb': f_logical_size_in_gb,
        'media_link': f_media_link,
        'name': f_name,
        'os': f_os,
        'eula': f_eula,
        'description': f_description,
        'image_family': f_image_family,
        'show_in_gui': f_show_in_gui,
        'published_date': f_published_date,
        'is_premium': f_is_premium,
        'icon_uri': f_icon_uri,
        'privacy_uri': f_privacy_uri,
        'recommended_vm_size': f_recommended_vm_size,
        'publisher_name': f_publisher_name,
        'pricing_detail_link': f_pricing_detail_link,
        'small_icon_uri': f_small_icon_uri,
        'language': f_language,
        'os_state': f_os_state,
        'io_type': f_io_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_OSImage(obj: m.OSImage, out: list[str]) -> None:
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.category
    if v is not None:
        out.append('<Category>' + text(v) + '</Category>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.logical_size_in_gb
    if v is not None:
        out.append('<LogicalSizeInGB>' + number(v) + '</LogicalSizeInGB>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.eula
    if v is not None:
        out.append('<Eula>' + text(v) + '</Eula>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.image_family
    if v is not None:
        out.append('<ImageFamily>' + text(v) + '</ImageFamily>')
    v = obj.show_in_gui
    if v is not None:
        out.append('<ShowInGui>' + boolean(v) + '</ShowInGui>')
    v = obj.published_date
    if v is not None:
        out.append('<PublishedDate>' + text(v) + '</PublishedDate>')
    v = obj.is_premium
    if v is not None:
        out.append('<IsPremium>' + boolean(v) + '</IsPremium>')
    v = obj.icon_uri
    if v is not None:
        out.append('<IconUri>' + text(v) + '</IconUri>')
    v = obj.privacy_uri
    if v is not None:
        out.append('<PrivacyUri>' + text(v) + '</PrivacyUri>')
    v = obj.recommended_vm_size
    if v is not None:
        out.append('<RecommendedVMSize>' + text(v) + '</RecommendedVMSize>')
    v = obj.publisher_name
    if v is not None:
        out.append('<PublisherName>' + text(v) + '</PublisherName>')
    v = obj.pricing_detail_link
    if v is not None:
        out.append('<PricingDetailLink>' + text(v) + '</PricingDetailLink>')
    v = obj.small_icon_uri
    if v is not None:
        out.append('<SmallIconUri>' + text(v) + '</SmallIconUri>')
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')
    v = obj.os_state
    if v is not None:
        out.append('<OSState>' + text(v) + '</OSState>')
    v = obj.io_type
    if v is not None:
        out.append('<IOType>' + text(v) + '</IOType>')


_TAGS_OSImageDetails = {
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 0,
    '{http://schemas.microsoft.com/windowsazure}Category': 1,
    '{http://schemas.microsoft.com/windowsazure}Label': 2,
    '{http://schemas.microsoft.com/windowsazure}Location': 3,
    '{http://schemas.microsoft.com/windowsazure}LogicalSizeInGB': 4,
    '{http://schemas.microsoft.com/windowsazure}MediaLink': 5,
    '{http://schemas.microsoft.com/windowsazure}Name': 6,
    '{http://schemas.microsoft.com/windowsazure}OS': 7,
    '{http://schemas.microsoft.com/windowsazure}Eula': 8,
    '{http://schemas.microsoft.com/windowsazure}Description': 9,
    '{http://schemas.microsoft.com/windowsazure}ImageFamily': 10,
    '{http://schemas.microsoft.com/windowsazure}ShowInGui': 11,
    '{http://schemas.microsoft.com/windowsazure}PublishedDate': 12,
    '{http://schemas.microsoft.com/windowsazure}IsPremium': 13,
    '{http://schemas.microsoft.com/windowsazure}IconUri': 14,
    '{http://schemas.microsoft.com/windowsazure}PrivacyUri': 15,
    '{http://schemas.microsoft.com/windowsazure}RecommendedVMSize': 16,
    '{http://schemas.microsoft.com/windowsazure}PublisherName': 17,
    '{http://schemas.microsoft.com/windowsazure}PricingDetailLink': 18,
    '{http://schemas.microsoft.com/windowsazure}SmallIconUri': 19,
    '{http://schemas.microsoft.com/windowsazure}Language': 20,
    '{http://schemas.microsoft.com/windowsazure}OSState': 21,
    '{http://schemas.microsoft.com/windowsazure}IOType': 22,
    '{http://schemas.microsoft.com/windowsazure}ReplicationProgress': 23,
}


def read_OSImageDetails(el: Element) -> m.OSImageDetails:
    f_affinity_group: Any = ''
    f_category: Any = ''
    f_label: Any = ''
    f_location: Any = ''
    f_logical_size_in_gb: Any = 0
    f_media_link: Any = ''
    f_name: Any = ''
    f_os: Any = ''
    f_eula: Any = ''
    f_description: Any = ''
    f_image_family: Any = ''
    f_show_in_gui: Any = True
    f_published_date: Any = ''
    f_is_premium: Any = True
    f_icon_uri: Any = ''
    f_privacy_uri: Any = ''
    f_recommended_vm_size: Any = ''
    f_publisher_name: Any = ''
    f_pricing_detail_link: Any = ''
    f_small_icon_uri: Any = ''
    f_language: Any = ''
    f_os_state: Any = ''
    f_io_type: Any = ''
    f_replication_progress: Any = m.ReplicationProgress()
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_OSImageDetails.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 12:
                if i < 6:
                    if i < 3:
                        if i < 1:
                            f_affinity_group = (child.text or '')
                        else:
                            if i < 2:
                                f_category = (child.text or '')
                            else:
                                f_label = (child.text or '')
                    else:
                        if i < 4:
                            f_location = (child.text or '')
                        else:
                            if i < 5:
                                f_logical_size_in_gb = from_int(child.text, 0)
                            else:
                                f_media_link = (child.text or '')
                else:
                    if i < 9:
                        if i < 7:
                            f_name = (child.text or '')
                        else:
                            if i < 8:
                                f_os = (child.text or '')
                            else:
                                f_eula = (child.text or '')
                    else:
                        if i < 10:
                            f_description = (child.text or '')
                        else:
                            if i < 11:
                                f_image_family = (child.text or '')
                            else:
                                f_show_in_gui = from_bool(child.text, True)
            else:
                if i < 18:
                    if i < 15:
                        if i < 13:
                            f_published_date = (child.text or '')
                        else:
                            if i < 14:
                                f_is_premium = from_bool(child.text, True)
                            else:
                                f_icon_uri = (child.text or '')
                    else:
                        if i < 16:
                            f_privacy_uri = (child.text or '')
                        else:
                            if i < 17:
                                f_recommended_vm_size = (child.text or '')
                            else:
                                f_publisher_name = (child.text or '')
                else:
                    if i < 21:
                        if i < 19:
                            f_pricing_detail_link = (child.text or '')
                        else:
                            if i < 20:
                                f_small_icon_uri = (child.text or '')
                            else:
                                f_language = (child.text or '')
                    else:
                        if i < 22:
                            f_os_state = (child.text or '')
                        else:
                            if i < 23:
                                f_io_type = (child.text or '')
                            else:
                                f_replication_progress = m.ReplicationProgress([read_ReplicationProgressElement(c) for c in child])
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.OSImageDetails)
    obj.__dict__ = {
        'affinity_group': f_affinity_group,
        'category': f_category,
        'label': f_label,
        'location': f_location,
        'logical_size_in_gb': f_logical_size_in_gb,
        'media_link': f_media_link,
        'name': f_name,
        'os': f_os,
        'eula': f_eula,
        'description': f_description,
        'image_family': f_image_family,
        'show_in_gui': f_show_in_gui,
        'published_date': f_published_date,
        'is_premium': f_is_premium,
        'icon_uri': f_icon_uri,
        'privacy_uri': f_privacy_uri,
        'recommended_vm_size': f_recommended_vm_size,
        'publisher_name': f_publisher_name,
        'pricing_detail_link': f_pricing_detail_link,
        'small_icon_uri': f_small_icon_uri,
        'language': f_language,
        'os_state': f_os_state,
        'io_type': f_io_type,
        'replication_progress': f_replication_progress,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_OSImageDetails(obj: m.OSImageDetails, out: list[str]) -> None:
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.category
    if v is not None:
        out.append('<Category>' + text(v) + '</Category>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.logical_size_in_gb
    if v is not None:
        out.append('<LogicalSizeInGB>' + number(v) + '</LogicalSizeInGB>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.eula
    if v is not None:
        out.append('<Eula>' + text(v) + '</Eula>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.image_family
    if v is not None:
        out.append('<ImageFamily>' + text(v) + '</ImageFamily>')
    v = obj.show_in_gui
    if v is not None:
        out.append('<ShowInGui>' + boolean(v) + '</ShowInGui>')
    v = obj.published_date
    if v is not None:
        out.append('<PublishedDate>' + text(v) + '</PublishedDate>')
    v = obj.is_premium
    if v is not None:
        out.append('<IsPremium>' + boolean(v) + '</IsPremium>')
    v = obj.icon_uri
    if v is not None:
        out.append('<IconUri>' + text(v) + '</IconUri>')
    v = obj.privacy_uri
    if v is not None:
        out.append('<PrivacyUri>' + text(v) + '</PrivacyUri>')
    v = obj.recommended_vm_size
    if v is not None:
        out.append('<RecommendedVMSize>' + text(v) + '</RecommendedVMSize>')
    v = obj.publisher_name
    if v is not None:
        out.append('<PublisherName>' + text(v) + '</PublisherName>')
    v = obj.pricing_detail_link
    if v is not None:
        out.append('<PricingDetailLink>' + text(v) + '</PricingDetailLink>')
    v = obj.small_icon_uri
    if v is not None:
        out.append('<SmallIconUri>' + text(v) + '</SmallIconUri>')
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')
    v = obj.os_state
    if v is not None:
        out.append('<OSState>' + text(v) + '</OSState>')
    v = obj.io_type
    if v is not None:
        out.append('<IOType>' + text(v) + '</IOType>')
    v = obj.replication_progress
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<ReplicationProgress>')
        for item in v:
            out.append('<ReplicationProgressElement>')
            write_ReplicationProgressElement(item, out)
            out.append('</ReplicationProgressElement>')
        out.append('</ReplicationProgress>')


_TAGS_OSVirtualHardDisk = {
    '{http://schemas.microsoft.com/windowsazure}HostCaching': 0,
    '{http://schemas.microsoft.com/windowsazure}DiskLabel': 1,
    '{http://schemas.microsoft.com/windowsazure}DiskName': 2,
    '{http://schemas.microsoft.com/windowsazure}MediaLink': 3,
    '{http://schemas.microsoft.com/windowsazure}SourceImageName': 4,
    '{http://schemas.microsoft.com/windowsazure}OS': 5,
    '{http://schemas.microsoft.com/windowsazure}RemoteSourceImageLink': 6,
    '{http://schemas.microsoft.com/windowsazure}IOType': 7,
    '{http://schemas.microsoft.com/windowsazure}ResizedSizeInGB': 8,
}


def read_OSVirtualHardDisk(el: Element) -> m.OSVirtualHardDisk:
    f_host_caching: Any = None
    f_disk_label: Any = None
    f_disk_name: Any = None
    f_media_link: Any = None
    f_source_image_name: Any = None
    f_os: Any = None
    f_remote_source_image_link: Any = None
    f_io_type: Any = ''
    f_resized_size_in_gb: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_OSVirtualHardDisk.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_host_caching = child.text
                    else:
                        f_disk_label = child.text
                else:
                    if i < 3:
                        f_disk_name = child.text
                    else:
                        f_media_link = child.text
            else:
                if i < 6:
                    if i < 5:
                        f_source_image_name = child.text
                    else:
                        f_os = child.text
                else:
                    if i < 7:
                        f_remote_source_image_link = child.text
                    else:
                        if i < 8:
                            f_io_type = (child.text or '')
                        else:
                            f_resized_size_in_gb = from_int(child.text)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.OSVirtualHardDisk)
    obj.__dict__ = {
        'host_caching': f_host_caching,
        'disk_label': f_disk_label,
        'disk_name': f_disk_name,
        'media_link': f_media_link,
        'source_image_name': f_source_image_name,
        'os': f_os,
        'remote_source_image_link': f_remote_source_image_link,
        'io_type': f_io_type,
        'resized_size_in_gb': f_resized_size_in_gb,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_OSVirtualHardDisk(obj: m.OSVirtualHardDisk, out: list[str]) -> None:
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.disk_label
    if v is not None:
        out.append('<DiskLabel>' + text(v) + '</DiskLabel>')
    v = obj.disk_name
    if v is not None:
        out.append('<DiskName>' + text(v) + '</DiskName>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.source_image_name
    if v is not None:
        out.append('<SourceImageName>' + text(v) + '</SourceImageName>')
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.remote_source_image_link
    if v is not None:
        out.append('<RemoteSourceImageLink>' + text(v) + '</RemoteSourceImageLink>')
    v = obj.io_type
    if v is not None:
        out.append('<IOType>' + text(v) + '</IOType>')
    v = obj.resized_size_in_gb
    if v is not None:
        out.append('<ResizedSizeInGB>' + number(v) + '</ResizedSizeInGB>')


def read_OperatingSystem(el: Element) -> m.OperatingSystem:
    f_version: Any = ''
    f_label: Any = ''
    f_is_default: Any = True
    f_is_active: Any = True
    f_family: Any = 0
    f_family_label: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Version':
            f_version = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}IsDefault':
            f_is_default = from_bool(child.text, True)
        elif tag == '{http://schemas.microsoft.com/windowsazure}IsActive':
            f_is_active = from_bool(child.text, True)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Family':
            f_family = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/windowsazure}FamilyLabel':
            f_family_label = from_b64(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.OperatingSystem)
    obj.__dict__ = {
        'version': f_version,
        'label': f_label,
        'is_default': f_is_default,
        'is_active': f_is_active,
        'family': f_family,
        'family_label': f_family_label,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_OperatingSystem(obj: m.OperatingSystem, out: list[str]) -> None:
    v = obj.version
    if v is not None:
        out.append('<Version>' + text(v) + '</Version>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.is_default
    if v is not None:
        out.append('<IsDefault>' + boolean(v) + '</IsDefault>')
    v = obj.is_active
    if v is not None:
        out.append('<IsActive>' + boolean(v) + '</IsActive>')
    v = obj.family
    if v is not None:
        out.append('<Family>' + number(v) + '</Family>')
    v = obj.family_label
    if v is not None:
        out.append('<FamilyLabel>' + b64(v) + '</FamilyLabel>')


def read_OperatingSystemFamilies(el: Element) -> m.OperatingSystemFamilies:
    return m.OperatingSystemFamilies([read_OperatingSystemFamily(c) for c in el])


def write_OperatingSystemFamilies(v: list[m.OperatingSystemFamily], out: list[str]) -> None:
    for item in v:
        out.append('<OperatingSystemFamily>')
        write_OperatingSystemFamily(item, out)
        out.append('</OperatingSystemFamily>')


def read_OperatingSystemFamily(el: Element) -> m.OperatingSystemFamily:
    f_name: Any = ''
    f_label: Any = ''
    f_operating_systems: Any = m.OperatingSystems()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}OperatingSystems':
            f_operating_systems = m.OperatingSystems([read_OperatingSystem(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.OperatingSystemFamily)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'operating_systems': f_operating_systems,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_OperatingSystemFamily(obj: m.OperatingSystemFamily, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.operating_systems
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<OperatingSystems>')
        for item in v:
            out.append('<OperatingSystem>')
            write_OperatingSystem(item, out)
            out.append('</OperatingSystem>')
        out.append('</OperatingSystems>')


def read_OperatingSystems(el: Element) -> m.OperatingSystems:
    return m.OperatingSystems([read_OperatingSystem(c) for c in el])


def write_OperatingSystems(v: list[m.OperatingSystem], out: list[str]) -> None:
    for item in v:
        out.append('<OperatingSystem>')
        write_OperatingSystem(item, out)
        out.append('</OperatingSystem>')


def read_Operation(el: Element) -> m.Operation:
    f_id: Any = ''
    f_status: Any = ''
    f_http_status_code: Any = None
    f_error: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ID':
            f_id = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}HttpStatusCode':
            f_http_status_code = from_text_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Error':
            f_error = read_Error(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_error is None:  # absent: an empty instance, as the predecessor's fresh one
        f_error = read_Error(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Operation)
    obj.__dict__ = {
        'id': f_id,
        'status': f_status,
        'http_status_code': f_http_status_code,
        'error': f_error,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Operation(obj: m.Operation, out: list[str]) -> None:
    v = obj.id
    if v is not None:
        out.append('<ID>' + text(v) + '</ID>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.http_status_code
    if v is not None:
        out.append('<HttpStatusCode>' + number(v) + '</HttpStatusCode>')
    v = obj.error
    if v is not None and not empty_Error(v):
        out.append('<Error>')
        write_Error(v, out)
        out.append('</Error>')


def read_OperationCaller(el: Element) -> m.OperationCaller:
    f_used_service_management_api: Any = False
    f_user_email_address: Any = ''
    f_subscription_certificate_thumbprint: Any = ''
    f_client_ip: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}UsedServiceManagementApi':
            f_used_service_management_api = from_bool(child.text, False)
        elif tag == '{http://schemas.microsoft.com/windowsazure}UserEmailAddress':
            f_user_email_address = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SubscriptionCertificateThumbprint':
            f_subscription_certificate_thumbprint = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ClientIP':
            f_client_ip = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.OperationCaller)
    obj.__dict__ = {
        'used_service_management_api': f_used_service_management_api,
        'user_email_address': f_user_email_address,
        'subscription_certificate_thumbprint': f_subscription_certificate_thumbprint,
        'client_ip': f_client_ip,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_OperationCaller(obj: m.OperationCaller, out: list[str]) -> None:
    v = obj.used_service_management_api
    if v is not None:
        out.append('<UsedServiceManagementApi>' + boolean(v) + '</UsedServiceManagementApi>')
    v = obj.user_email_address
    if v is not None:
        out.append('<UserEmailAddress>' + text(v) + '</UserEmailAddress>')
    v = obj.subscription_certificate_thumbprint
    if v is not None:
        out.append('<SubscriptionCertificateThumbprint>' + text(v) + '</SubscriptionCertificateThumbprint>')
    v = obj.client_ip
    if v is not None:
        out.append('<ClientIP>' + text(v) + '</ClientIP>')


def read_PersistentVMDowntimeInfo(el: Element) -> m.PersistentVMDowntimeInfo:
    f_start_time: Any = EMPTY_TIMESTAMP
    f_end_time: Any = EMPTY_TIMESTAMP
    f_status: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}StartTime':
            f_start_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/windowsazure}EndTime':
            f_end_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PersistentVMDowntimeInfo)
    obj.__dict__ = {
        'start_time': f_start_time,
        'end_time': f_end_time,
        'status': f_status,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_PersistentVMDowntimeInfo(obj: m.PersistentVMDowntimeInfo, out: list[str]) -> None:
    v = obj.start_time
    if v:
        out.append('<StartTime>' + dt(v) + '</StartTime>')
    v = obj.end_time
    if v:
        out.append('<EndTime>' + dt(v) + '</EndTime>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')


_TAGS_PersistentVMRole = {
    '{http://schemas.microsoft.com/windowsazure}RoleName': 0,
    '{http://schemas.microsoft.com/windowsazure}OsVersion': 1,
    '{http://schemas.microsoft.com/windowsazure}RoleType': 2,
    '{http://schemas.microsoft.com/windowsazure}LicenseType': 3,
    '{http://schemas.microsoft.com/windowsazure}ConfigurationSets': 4,
    '{http://schemas.microsoft.com/windowsazure}ResourceExtensionReferences': 5,
    '{http://schemas.microsoft.com/windowsazure}VMImageName': 6,
    '{http://schemas.microsoft.com/windowsazure}MediaLocation': 7,
    '{http://schemas.microsoft.com/windowsazure}AvailabilitySetName': 8,
    '{http://schemas.microsoft.com/windowsazure}DataVirtualHardDisks': 9,
    '{http://schemas.microsoft.com/windowsazure}OSVirtualHardDisk': 10,
    '{http://schemas.microsoft.com/windowsazure}RoleSize': 11,
    '{http://schemas.microsoft.com/windowsazure}DefaultWinRmCertificateThumbprint': 12,
    '{http://schemas.microsoft.com/windowsazure}ProvisionGuestAgent': 13,
}


def read_PersistentVMRole(el: Element) -> m.PersistentVMRole:
    f_role_name: Any = ''
    f_os_version: Any = ''
    f_role_type: Any = ''
    f_license_type: Any = ''
    f_configuration_sets: Any = m.ConfigurationSets()
    f_resource_extension_references: Any = m.ResourceExtensionReferences()
    f_vm_image_name: Any = ''
    f_media_location: Any = ''
    f_availability_set_name: Any = ''
    f_data_virtual_hard_disks: Any = m.DataVirtualHardDisks()
    f_os_virtual_hard_disk: Any = None
    f_role_size: Any = ''
    f_default_win_rm_certificate_thumbprint: Any = ''
    f_provision_guest_agent: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_PersistentVMRole.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 7:
                if i < 3:
                    if i < 1:
                        f_role_name = (child.text or '')
                    else:
                        if i < 2:
                            f_os_version = (child.text or '')
                        else:
                            f_role_type = (child.text or '')
                else:
                    if i < 5:
                        if i < 4:
                            f_license_type = (child.text or '')
                        else:
                            f_configuration_sets = m.ConfigurationSets([read_ConfigurationSet(c) for c in child])
                    else:
                        if i < 6:
                            f_resource_extension_references = m.ResourceExtensionReferences([read_ResourceExtensionReference(c) for c in child])
                        else:
                            f_vm_image_name = (child.text or '')
            else:
                if i < 10:
                    if i < 8:
                        f_media_location = (child.text or '')
                    else:
                        if i < 9:
                            f_availability_set_name = (child.text or '')
                        else:
                            f_data_virtual_hard_disks = m.DataVirtualHardDisks([read_DataVirtualHardDisk(c) for c in child])
                else:
                    if i < 12:
                        if i < 11:
                            f_os_virtual_hard_disk = read_OSVirtualHardDisk(child)
                        else:
                            f_role_size = (child.text or '')
                    else:
                        if i < 13:
                            f_default_win_rm_certificate_thumbprint = (child.text or '')
                        else:
                            f_provision_guest_agent = from_bool(child.text)
    if f_os_virtual_hard_disk is None:  # absent: an empty instance, as the predecessor's fresh one
        f_os_virtual_hard_disk = read_OSVirtualHardDisk(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PersistentVMRole)
    obj.__dict__ = {
        'role_name': f_role_name,
        'os_version': f_os_version,
        'role_type': f_role_type,
        'license_type': f_license_type,
        'configuration_sets': f_configuration_sets,
        'resource_extension_references': f_resource_extension_references,
        'vm_image_name': f_vm_image_name,
        'media_location': f_media_location,
        'availability_set_name': f_availability_set_name,
        'data_virtual_hard_disks': f_data_virtual_hard_disks,
        'os_virtual_hard_disk': f_os_virtual_hard_disk,
        'role_size': f_role_size,
        'default_win_rm_certificate_thumbprint': f_default_win_rm_certificate_thumbprint,
        'provision_guest_agent': f_provision_guest_agent,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_PersistentVMRole(obj: m.PersistentVMRole, out: list[str]) -> None:
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.os_version
    if v is not None:
        out.append('<OsVersion>' + text(v) + '</OsVersion>')
    v = obj.role_type
    if v is not None:
        out.append('<RoleType>' + text(v) + '</RoleType>')
    v = obj.license_type
    if v is not None:
        out.append('<LicenseType>' + text(v) + '</LicenseType>')
    v = obj.configuration_sets
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<ConfigurationSets>')
        for item in v:
            out.append('<ConfigurationSet>')
            write_ConfigurationSet(item, out)
            out.append('</ConfigurationSet>')
        out.append('</ConfigurationSets>')
    v = obj.resource_extension_references
    if v is not None:
        out.append('<ResourceExtensionReferences>')
        for item in v:
            out.append('<ResourceExtensionReference>')
            write_ResourceExtensionReference(item, out)
            out.append('</ResourceExtensionReference>')
        out.append('</ResourceExtensionReferences>')
    v = obj.vm_image_name
    if v is not None:
        out.append('<VMImageName>' + text(v) + '</VMImageName>')
    v = obj.media_location
    if v is not None:
        out.append('<MediaLocation>' + text(v) + '</MediaLocation>')
    v = obj.availability_set_name
    if v is not None:
        out.append('<AvailabilitySetName>' + text(v) + '</AvailabilitySetName>')
    v = obj.data_virtual_hard_disks
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<DataVirtualHardDisks>')
        for item in v:
            out.append('<DataVirtualHardDisk>')
            write_DataVirtualHardDisk(item, out)
            out.append('</DataVirtualHardDisk>')
        out.append('</DataVirtualHardDisks>')
    v = obj.os_virtual_hard_disk
    if v is not None and not empty_OSVirtualHardDisk(v):
        out.append('<OSVirtualHardDisk>')
        write_OSVirtualHardDisk(v, out)
        out.append('</OSVirtualHardDisk>')
    v = obj.role_size
    if v is not None:
        out.append('<RoleSize>' + text(v) + '</RoleSize>')
    v = obj.default_win_rm_certificate_thumbprint
    if v is not None:
        out.append('<DefaultWinRmCertificateThumbprint>' + text(v) + '</DefaultWinRmCertificateThumbprint>')
    v = obj.provision_guest_agent
    if v is not None:
        out.append('<ProvisionGuestAgent>' + boolean(v) + '</ProvisionGuestAgent>')


def read_PublicIP(el: Element) -> m.PublicIP:
    f_name: Any = ''
    f_address: Any = None
    f_idle_timeout_in_minutes: Any = 4
    f_domain_name_label: Any = ''
    f_fqdns: Any = m.RoleInstanceFqdns()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Address':
            f_address = child.text
        elif tag == '{http://schemas.microsoft.com/windowsazure}IdleTimeoutInMinutes':
            f_idle_timeout_in_minutes = from_int(child.text, 4)
        elif tag == '{http://schemas.microsoft.com/windowsazure}DomainNameLabel':
            f_domain_name_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Fqdns':
            f_fqdns = m.RoleInstanceFqdns([(c.text or '') for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PublicIP)
    obj.__dict__ = {
        'name': f_name,
        'address': f_address,
        'idle_timeout_in_minutes': f_idle_timeout_in_minutes,
        'domain_name_label': f_domain_name_label,
        'fqdns': f_fqdns,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_PublicIP(obj: m.PublicIP, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.address
    if v is not None:
        out.append('<Address>' + text(v) + '</Address>')
    v = obj.idle_timeout_in_minutes
    if v is not None:
        out.append('<IdleTimeoutInMinutes>' + number(v) + '</IdleTimeoutInMinutes>')
    v = obj.domain_name_label
    if v is not None:
        out.append('<DomainNameLabel>' + text(v) + '</DomainNameLabel>')
    v = obj.fqdns
    if v is not None:
        out.append('<Fqdns>')
        for item in v:
            out.append('<Fqdn>' + text(item) + '</Fqdn>')
        out.append('</Fqdns>')


def read_PublicIPs(el: Element) -> m.PublicIPs:
    return m.PublicIPs([read_PublicIP(c) for c in el])


def write_PublicIPs(v: list[m.PublicIP], out: list[str]) -> None:
    for item in v:
        out.append('<PublicIP>')
        write_PublicIP(item, out)
        out.append('</PublicIP>')


def read_PublicKey(el: Element) -> m.PublicKey:
    f_fingerprint: Any = ''
    f_path: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Fingerprint':
            f_fingerprint = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Path':
            f_path = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PublicKey)
    obj.__dict__ = {
        'fingerprint': f_fingerprint,
        'path': f_path,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_PublicKey(obj: m.PublicKey, out: list[str]) -> None:
    v = obj.fingerprint
    if v is not None:
        out.append('<Fingerprint>' + text(v) + '</Fingerprint>')
    v = obj.path
    if v is not None:
        out.append('<Path>' + text(v) + '</Path>')


def read_PublishData(el: Element) -> m.PublishData:
    f_publish_profiles: Any = []
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == 'publishProfile':
            f_publish_profiles.append(read_PublishProfile(child))
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PublishData)
    obj.__dict__ = {
        'publish_profiles': f_publish_profiles,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_PublishData(obj: m.PublishData, out: list[str]) -> None:
    v = obj.publish_profiles
    if v:
        for item in v:
            out.append('<publishProfile' + attrs_PublishProfile(item) + '>')
            write_PublishProfile(item, out)
            out.append('</publishProfile>')


def read_PublishProfile(el: Element) -> m.PublishProfile:
    f_databases: Any = m.PublishProfileDatabases()
    f_profile_name: Any = (el.get('profileName') or '')
    f_publish_method: Any = (el.get('publishMethod') or '')
    f_publish_url: Any = (el.get('publishUrl') or '')
    f_msdeploysite: Any = (el.get('msdeploySite') or '')
    f_ftp_passive_mode: Any = (el.get('ftpPassiveMode') or '')
    f_user_name: Any = (el.get('userName') or '')
    f_user_pwd: Any = (el.get('userPWD') or '')
    f_destination_app_url: Any = (el.get('destinationAppUrl') or '')
    f_sql_server_db_connection_string: Any = (el.get('SQLServerDBConnectionString') or '')
    f_my_sqldb_connection_string: Any = (el.get('mySQLDBConnectionString') or '')
    f_hosting_provider_forum_link: Any = (el.get('hostingProviderForumLink') or '')
    f_control_panel_link: Any = (el.get('controlPanelLink') or '')
    f_web_system: Any = (el.get('webSystem') or '')
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == 'databases':
            f_databases = m.PublishProfileDatabases([read_PublishProfileDatabase(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PublishProfile)
    obj.__dict__ = {
        'databases': f_databases,
        'profile_name': f_profile_name,
        'publish_method': f_publish_method,
        'publish_url': f_publish_url,
        'msdeploysite': f_msdeploysite,
        'ftp_passive_mode': f_ftp_passive_mode,
        'user_name': f_user_name,
        'user_pwd': f_user_pwd,
        'destination_app_url': f_destination_app_url,
        'sql_server_db_connection_string': f_sql_server_db_connection_string,
        'my_sqldb_connection_string': f_my_sqldb_connection_string,
        'hosting_provider_forum_link': f_hosting_provider_forum_link,
        'control_panel_link': f_control_panel_link,
        'web_system': f_web_system,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def attrs_PublishProfile(obj: m.PublishProfile) -> str:
    out = []
    v = obj.profile_name
    if v is not None:
        out.append(' profileName="' + attr(v) + '"')
    v = obj.publish_method
    if v is not None:
        out.append(' publishMethod="' + attr(v) + '"')
    v = obj.publish_url
    if v is not None:
        out.append(' publishUrl="' + attr(v) + '"')
    v = obj.msdeploysite
    if v is not None:
        out.append(' msdeploySite="' + attr(v) + '"')
    v = obj.ftp_passive_mode
    if v is not None:
        out.append(' ftpPassiveMode="' + attr(v) + '"')
    v = obj.user_name
    if v is not None:
        out.append(' userName="' + attr(v) + '"')
    v = obj.user_pwd
    if v is not None:
        out.append(' userPWD="' + attr(v) + '"')
    v = obj.destination_app_url
    if v is not None:
        out.append(' destinationAppUrl="' + attr(v) + '"')
    v = obj.sql_server_db_connection_string
    if v is not None:
        out.append(' SQLServerDBConnectionString="' + attr(v) + '"')
    v = obj.my_sqldb_connection_string
    if v is not None:
        out.append(' mySQLDBConnectionString="' + attr(v) + '"')
    v = obj.hosting_provider_forum_link
    if v is not None:
        out.append(' hostingProviderForumLink="' + attr(v) + '"')
    v = obj.control_panel_link
    if v is not None:
        out.append(' controlPanelLink="' + attr(v) + '"')
    v = obj.web_system
    if v is not None:
        out.append(' webSystem="' + attr(v) + '"')
    return "".join(out)


def write_PublishProfile(obj: m.PublishProfile, out: list[str]) -> None:
    v = obj.databases
    if v is not None:
        out.append('<databases>')
        for item in v:
            out.append('<add' + attrs_PublishProfileDatabase(item) + '>')
            write_PublishProfileDatabase(item, out)
            out.append('</add>')
        out.append('</databases>')


def read_PublishProfileDatabase(el: Element) -> m.PublishProfileDatabase:
    f_name: Any = (el.get('name') or '')
    f_connection_string: Any = (el.get('connectionString') or '')
    f_provider_name: Any = (el.get('providerName') or '')
    f_type: Any = (el.get('type') or '')
    unknown: list[Element] | None = None
    unknown = list(el) or None
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PublishProfileDatabase)
    obj.__dict__ = {
        'name': f_name,
        'connection_string': f_connection_string,
        'provider_name': f_provider_name,
        'type': f_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def attrs_PublishProfileDatabase(obj: m.PublishProfileDatabase) -> str:
    out = []
    v = obj.name
    if v is not None:
        out.append(' name="' + attr(v) + '"')
    v = obj.connection_string
    if v is not None:
        out.append(' connectionString="' + attr(v) + '"')
    v = obj.provider_name
    if v is not None:
        out.append(' providerName="' + attr(v) + '"')
    v = obj.type
    if v is not None:
        out.append(' type="' + attr(v) + '"')
    return "".join(out)


def write_PublishProfileDatabase(obj: m.PublishProfileDatabase, out: list[str]) -> None:
    pass


def read_PublishProfileDatabases(el: Element) -> m.PublishProfileDatabases:
    return m.PublishProfileDatabases([read_PublishProfileDatabase(c) for c in el])


def write_PublishProfileDatabases(v: list[m.PublishProfileDatabase], out: list[str]) -> None:
    for item in v:
        out.append('<add' + attrs_PublishProfileDatabase(item) + '>')
        write_PublishProfileDatabase(item, out)
        out.append('</add>')


_TAGS_QueueDescription = {
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}LockDuration': 0,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}MaxSizeInMegabytes': 1,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RequiresDuplicateDetection': 2,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RequiresSession': 3,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DefaultMessageTimeToLive': 4,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DeadLetteringOnMessageExpiration': 5,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DuplicateDetectionHistoryTimeWindow': 6,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}MaxDeliveryCount': 7,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}EnableBatchedOperations': 8,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SizeInBytes': 9,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}MessageCount': 10,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}IsAnonymousAccessible': 11,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AuthorizationRules': 12,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Status': 13,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedAt': 14,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}UpdatedAt': 15,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AccessedAt': 16,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SupportOrdering': 17,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CountDetails': 18,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AutoDeleteOnIdle': 19,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}EntityAvailabilityStatus': 20,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name': 21,
}


def read_QueueDescription(el: Element) -> m.QueueDescription:
    f_lock_duration: Any = ''
    f_max_size_in_megabytes: Any = 0
    f_requires_duplicate_detection: Any = False
    f_requires_session: Any = False
    f_default_message_time_to_live: Any = ''
    f_dead_lettering_on_message_expiration: Any = False
    f_duplicate_detection_history_time_window: Any = ''
    f_max_delivery_count: Any = 0
    f_enable_batched_operations: Any = False
    f_size_in_bytes: Any = 0
    f_message_count: Any = 0
    f_is_anonymous_accessible: Any = False
    f_authorization_rules: Any = m.AuthorizationRules()
    f_status: Any = ''
    f_created_at: Any = EMPTY_TIMESTAMP
    f_updated_at: Any = EMPTY_TIMESTAMP
    f_accessed_at: Any = EMPTY_TIMESTAMP
    f_support_ordering: Any = False
    f_count_details: Any = None
    f_auto_delete_on_idle: Any = ''
    f_entity_availability_status: Any = ''
    f_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_QueueDescription.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 11:
                if i < 5:
                    if i < 2:
                        if i < 1:
                            f_lock_duration = (child.text or '')
                        else:
                            f_max_size_in_megabytes = from_int(child.text, 0)
                    else:
                        if i < 3:
                            f_requires_duplicate_detection = from_bool(child.text, False)
                        else:
                            if i < 4:
                                f_requires_session = from_bool(child.text, False)
                            else:
                                f_default_message_time_to_live = (child.text or '')
                else:
                    if i < 8:
                        if i < 6:
                            f_dead_lettering_on_message_expiration = from_bool(child.text, False)
                        else:
                            if i < 7:
                                f_duplicate_detection_history_time_window = (child.text or '')
                            else:
                                f_max_delivery_count = from_int(child.text, 0)
                    else:
                        if i < 9:
                            f_enable_batched_operations = from_bool(child.text, False)
                        else:
                            if i < 10:
                                f_size_in_bytes = from_int(child.text, 0)
                            else:
                                f_message_count = from_int(child.text, 0)
            else:
                if i < 16:
                    if i < 13:
                        if i < 12:
                            f_is_anonymous_accessible = from_bool(child.text, False)
                        else:
                            f_authorization_rules = m.AuthorizationRules([read_AuthorizationRule(c) for c in child])
                    else:
                        if i < 14:
                            f_status = (child.text or '')
                        else:
                            if i < 15:
                                f_created_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                            else:
                                f_updated_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                else:
                    if i < 19:
                        if i < 17:
                            f_accessed_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            if i < 18:
                                f_support_ordering = from_bool(child.text, False)
                            else:
                                f_count_details = read_CountDetails(child)
                    else:
                        if i < 20:
                            f_auto_delete_on_idle = (child.text or '')
                        else:
                            if i < 21:
                                f_entity_availability_status = (child.text or '')
                            else:
                                f_name = (child.text or '')
    if f_count_details is None:  # absent: an empty instance, as the predecessor's fresh one
        f_count_details = read_CountDetails(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.QueueDescription)
    obj.__dict__ = {
        'lock_duration': f_lock_duration,
        'max_size_in_megabytes': f_max_size_in_megabytes,
        'requires_duplicate_detection': f_requires_duplicate_detection,
        'requires_session': f_requires_session,
        'default_message_time_to_live': f_default_message_time_to_live,
        'dead_lettering_on_message_expiration': f_dead_lettering_on_message_expiration,
        'duplicate_detection_history_time_window': f_duplicate_detection_history_time_window,
        'max_delivery_count': f_max_delivery_count,
        'enable_batched_operations': f_enable_batched_operations,
        'size_in_bytes': f_size_in_bytes,
        'message_count': f_message_count,
        'is_anonymous_accessible': f_is_anonymous_accessible,
        'authorization_rules': f_authorization_rules,
        'status': f_status,
        'created_at': f_created_at,
        'updated_at': f_updated_at,
        'accessed_at': f_accessed_at,
        'support_ordering': f_support_ordering,
        'count_details': f_count_details,
        'auto_delete_on_idle': f_auto_delete_on_idle,
        'entity_availability_status': f_entity_availability_status,
        'name': f_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_QueueDescription(obj: m.QueueDescription, out: list[str]) -> None:
    v = obj.lock_duration
    if v is not None:
        out.append('<LockDuration>' + text(v) + '</LockDuration>')
    v = obj.max_size_in_megabytes
    if v is not None:
        out.append('<MaxSizeInMegabytes>' + number(v) + '</MaxSizeInMegabytes>')
    v = obj.requires_duplicate_detection
    if v is not None:
        out.append('<RequiresDuplicateDetection>' + boolean(v) + '</RequiresDuplicateDetection>')
    v = obj.requires_session
    if v is not None:
        out.append('<RequiresSession>' + boolean(v) + '</RequiresSession>')
    v = obj.default_message_time_to_live
    if v is not None:
        out.append('<DefaultMessageTimeToLive>' + text(v) + '</DefaultMessageTimeToLive>')
    v = obj.dead_lettering_on_message_expiration
    if v is not None:
        out.append('<DeadLetteringOnMessageExpiration>' + boolean(v) + '</DeadLetteringOnMessageExpiration>')
    v = obj.duplicate_detection_history_time_window
    if v is not None:
        out.append('<DuplicateDetectionHistoryTimeWindow>' + text(v) + '</DuplicateDetectionHistoryTimeWindow>')
    v = obj.max_delivery_count
    if v is not None:
        out.append('<MaxDeliveryCount>' + number(v) + '</MaxDeliveryCount>')
    v = obj.enable_batched_operations
    if v is not None:
        out.append('<EnableBatchedOperations>' + boolean(v) + '</EnableBatchedOperations>')
    v = obj.size_in_bytes
    if v is not None:
        out.append('<SizeInBytes>' + number(v) + '</SizeInBytes>')
    v = obj.message_count
    if v is not None:
        out.append('<MessageCount>' + number(v) + '</MessageCount>')
    v = obj.is_anonymous_accessible
    if v is not None:
        out.append('<IsAnonymousAccessible>' + boolean(v) + '</IsAnonymousAccessible>')
    v = obj.authorization_rules
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<AuthorizationRules>')
        for item in v:
            out.append('<AuthorizationRule>')
            write_AuthorizationRule(item, out)
            out.append('</AuthorizationRule>')
        out.append('</AuthorizationRules>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.created_at
    if v:
        out.append('<CreatedAt>' + dt(v) + '</CreatedAt>')
    v = obj.updated_at
    if v:
        out.append('<UpdatedAt>' + dt(v) + '</UpdatedAt>')
    v = obj.accessed_at
    if v:
        out.append('<AccessedAt>' + dt(v) + '</AccessedAt>')
    v = obj.support_ordering
    if v is not None:
        out.append('<SupportOrdering>' + boolean(v) + '</SupportOrdering>')
    v = obj.count_details
    if v is not None and not empty_CountDetails(v):
        out.append('<CountDetails>')
        write_CountDetails(v, out)
        out.append('</CountDetails>')
    v = obj.auto_delete_on_idle
    if v is not None:
        out.append('<AutoDeleteOnIdle>' + text(v) + '</AutoDeleteOnIdle>')
    v = obj.entity_availability_status
    if v is not None:
        out.append('<EntityAvailabilityStatus>' + text(v) + '</EntityAvailabilityStatus>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


def read_RegenerateKeys(el: Element) -> m.RegenerateKeys:
    f_key_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}KeyType':
            f_key_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RegenerateKeys)
    obj.__dict__ = {
        'key_type': f_key_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RegenerateKeys(obj: m.RegenerateKeys, out: list[str]) -> None:
    v = obj.key_type
    if v is not None:
        out.append('<KeyType>' + text(v) + '</KeyType>')


def read_RelayDescription(el: Element) -> m.RelayDescription:
    f_path: Any = ''
    f_listener_type: Any = ''
    f_listener_count: Any = 0
    f_created_at: Any = EMPTY_TIMESTAMP
    f_updated_at: Any = EMPTY_TIMESTAMP
    f_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Path':
            f_path = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ListenerType':
            f_listener_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ListenerCount':
            f_listener_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedAt':
            f_created_at = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}UpdatedAt':
            f_updated_at = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name':
            f_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RelayDescription)
    obj.__dict__ = {
        'path': f_path,
        'listener_type': f_listener_type,
        'listener_count': f_listener_count,
        'created_at': f_created_at,
        'updated_at': f_updated_at,
        'name': f_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RelayDescription(obj: m.RelayDescription, out: list[str]) -> None:
    v = obj.path
    if v is not None:
        out.append('<Path>' + text(v) + '</Path>')
    v = obj.listener_type
    if v is not None:
        out.append('<ListenerType>' + text(v) + '</ListenerType>')
    v = obj.listener_count
    if v is not None:
        out.append('<ListenerCount>' + number(v) + '</ListenerCount>')
    v = obj.created_at
    if v:
        out.append('<CreatedAt>' + dt(v) + '</CreatedAt>')
    v = obj.updated_at
    if v:
        out.append('<UpdatedAt>' + dt(v) + '</UpdatedAt>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


def read_ReplicationInput(el: Element) -> m.ReplicationInput:
    f_target_locations: Any = m.ReplicationTargetLocations()
    f_compute_image_attributes: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}TargetLocations':
            f_target_locations = m.ReplicationTargetLocations([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}ComputeImageAttributes':
            f_compute_image_attributes = read_ComputeImageAttributes(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ReplicationInput)
    obj.__dict__ = {
        'target_locations': f_target_locations,
        'compute_image_attributes': f_compute_image_attributes,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ReplicationInput(obj: m.ReplicationInput, out: list[str]) -> None:
    v = obj.target_locations
    if v is not None:
        out.append('<TargetLocations>')
        for item in v:
            out.append('<Region>' + text(item) + '</Region>')
        out.append('</TargetLocations>')
    v = obj.compute_image_attributes
    if v is not None:
        out.append('<ComputeImageAttributes>')
        write_ComputeImageAttributes(v, out)
        out.append('</ComputeImageAttributes>')


def read_ReplicationProgress(el: Element) -> m.ReplicationProgress:
    return m.ReplicationProgress([read_ReplicationProgressElement(c) for c in el])


def write_ReplicationProgress(v: list[m.ReplicationProgressElement], out: list[str]) -> None:
    for item in v:
        out.append('<ReplicationProgressElement>')
        write_ReplicationProgressElement(item, out)
        out.append('</ReplicationProgressElement>')


def read_ReplicationProgressElement(el: Element) -> m.ReplicationProgressElement:
    f_location: Any = ''
    f_progress: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Location':
            f_location = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Progress':
            f_progress = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ReplicationProgressElement)
    obj.__dict__ = {
        'location': f_location,
        'progress': f_progress,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ReplicationProgressElement(obj: m.ReplicationProgressElement, out: list[str]) -> None:
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.progress
    if v is not None:
        out.append('<Progress>' + number(v) + '</Progress>')


def read_ReplicationTargetLocations(el: Element) -> m.ReplicationTargetLocations:
    return m.ReplicationTargetLocations([(c.text or '') for c in el])


def write_ReplicationTargetLocations(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Region>' + text(item) + '</Region>')


_TAGS_ReservedIP = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Address': 1,
    '{http://schemas.microsoft.com/windowsazure}Id': 2,
    '{http://schemas.microsoft.com/windowsazure}Label': 3,
    '{http://schemas.microsoft.com/windowsazure}State': 4,
    '{http://schemas.microsoft.com/windowsazure}InUse': 5,
    '{http://schemas.microsoft.com/windowsazure}ServiceName': 6,
    '{http://schemas.microsoft.com/windowsazure}DeploymentName': 7,
    '{http://schemas.microsoft.com/windowsazure}Location': 8,
    '{http://schemas.microsoft.com/windowsazure}VirtualIPName': 9,
}


def read_ReservedIP(el: Element) -> m.ReservedIP:
    f_name: Any = ''
    f_address: Any = ''
    f_id: Any = ''
    f_label: Any = ''
    f_state: Any = ''
    f_in_use: Any = False
    f_service_name: Any = ''
    f_deployment_name: Any = ''
    f_location: Any = ''
    f_virtual_ip_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_ReservedIP.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 5:
                if i < 2:
                    if i < 1:
                        f_name = (child.text or '')
                    else:
                        f_address = (child.text or '')
                else:
                    if i < 3:
                        f_id = (child.text or '')
                    else:
                        if i < 4:
                            f_label = (child.text or '')
                        else:
                            f_state = (child.text or '')
            else:
                if i < 7:
                    if i < 6:
                        f_in_use = from_bool(child.text, False)
                    else:
                        f_service_name = (child.text or '')
                else:
                    if i < 8:
                        f_deployment_name = (child.text or '')
                    else:
                        if i < 9:
                            f_location = (child.text or '')
                        else:
                            f_virtual_ip_name = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ReservedIP)
    obj.__dict__ = {
        'name': f_name,
        'address': f_address,
        'id': f_id,
        'label': f_label,
        'state': f_state,
        'in_use': f_in_use,
        'service_name': f_service_name,
        'deployment_name': f_deployment_name,
        'location': f_location,
        'virtual_ip_name': f_virtual_ip_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ReservedIP(obj: m.ReservedIP, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.address
    if v is not None:
        out.append('<Address>' + text(v) + '</Address>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.in_use
    if v is not None:
        out.append('<InUse>' + boolean(v) + '</InUse>')
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.deployment_name
    if v is not None:
        out.append('<DeploymentName>' + text(v) + '</DeploymentName>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.virtual_ip_name
    if v is not None:
        out.append('<VirtualIPName>' + text(v) + '</VirtualIPName>')


def read_ReservedIPAssociation(el: Element) -> m.ReservedIPAssociation:
    f_service_name: Any = ''
    f_deployment_name: Any = ''
    f_virtual_ip_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ServiceName':
            f_service_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}DeploymentName':
            f_deployment_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}VirtualIPName':
            f_virtual_ip_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ReservedIPAssociation)
    obj.__dict__ = {
        'service_name': f_service_name,
        'deployment_name': f_deployment_name,
        'virtual_ip_name': f_virtual_ip_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ReservedIPAssociation(obj: m.ReservedIPAssociation, out: list[str]) -> None:
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.deployment_name
    if v is not None:
        out.append('<DeploymentName>' + text(v) + '</DeploymentName>')
    v = obj.virtual_ip_name
    if v is not None:
        out.append('<VirtualIPName>' + text(v) + '</VirtualIPName>')


def read_ReservedIPs(el: Element) -> m.ReservedIPs:
    return m.ReservedIPs([read_ReservedIP(c) for c in el])


def write_ReservedIPs(v: list[m.ReservedIP], out: list[str]) -> None:
    for item in v:
        out.append('<ReservedIP>')
        write_ReservedIP(item, out)
        out.append('</ReservedIP>')


_TAGS_ResourceExtension = {
    '{http://schemas.microsoft.com/windowsazure}Publisher': 0,
    '{http://schemas.microsoft.com/windowsazure}Name': 1,
    '{http://schemas.microsoft.com/windowsazure}Version': 2,
    '{http://schemas.microsoft.com/windowsazure}Label': 3,
    '{http://schemas.microsoft.com/windowsazure}Description': 4,
    '{http://schemas.microsoft.com/windowsazure}PublicConfigurationSchema': 5,
    '{http://schemas.microsoft.com/windowsazure}PrivateConfigurationSchema': 6,
    '{http://schemas.microsoft.com/windowsazure}SampleConfig': 7,
    '{http://schemas.microsoft.com/windowsazure}ReplicationCompleted': 8,
    '{http://schemas.microsoft.com/windowsazure}Eula': 9,
    '{http://schemas.microsoft.com/windowsazure}PrivacyUri': 10,
    '{http://schemas.microsoft.com/windowsazure}HomepageUri': 11,
    '{http://schemas.microsoft.com/windowsazure}IsJsonExtension': 12,
    '{http://schemas.microsoft.com/windowsazure}IsInternalExtension': 13,
    '{http://schemas.microsoft.com/windowsazure}DisallowMajorVersionUpgrade': 14,
    '{http://schemas.microsoft.com/windowsazure}SupportedOS': 15,
    '{http://schemas.microsoft.com/windowsazure}CompanyName': 16,
    '{http://schemas.microsoft.com/windowsazure}PublishedDate': 17,
    '{http://schemas.microsoft.com/windowsazure}Regions': 18,
}


def read_ResourceExtension(el: Element) -> m.ResourceExtension:
    f_publisher: Any = ''
    f_name: Any = ''
    f_version: Any = ''
    f_label: Any = ''
    f_description: Any = ''
    f_public_configuration_schema: Any = ''
    f_private_configuration_schema: Any = ''
    f_sample_config: Any = ''
    f_replication_completed: Any = False
    f_eula: Any = ''
    f_privacy_uri: Any = ''
    f_homepage_uri: Any = ''
    f_is_json_extension: Any = False
    f_is_internal_extension: Any = False
    f_disallow_major_version_upgrade: Any = False
    f_supported_os: Any = ''
    f_company_name: Any = ''
    f_published_date: Any = ''
    f_regions: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_ResourceExtension.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 9:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_publisher = (child.text or '')
                        else:
                            f_name = (child.text or '')
                    else:
                        if i < 3:
                            f_version = (child.text or '')
                        else:
                            f_label = (child.text or '')
                else:
                    if i < 6:
                        if i < 5:
                            f_description = (child.text or '')
                        else:
                            f_public_configuration_schema = (child.text or '')
                    else:
                        if i < 7:
                            f_private_configuration_schema = (child.text or '')
                        else:
                            if i < 8:
                                f_sample_config = (child.text or '')
                            else:
                                f_replication_completed = from_bool(child.text, False)
            else:
                if i < 14:
                    if i < 11:
                        if i < 10:
                            f_eula = (child.text or '')
                        else:
                            f_privacy_uri = (child.text or '')
                    else:
                        if i < 12:
                            f_homepage_uri = (child.text or '')
                        else:
                            if i < 13:
                                f_is_json_extension = from_bool(child.text, False)
                            else:
                                f_is_internal_extension = from_bool(child.text, False)
                else:
                    if i < 16:
                        if i < 15:
                            f_disallow_major_version_upgrade = from_bool(child.text, False)
                        else:
                            f_supported_os = (child.text or '')
                    else:
                        if i < 17:
                            f_company_name = (child.text or '')
                        else:
                            if i < 18:
                                f_published_date = (child.text or '')
                            else:
                                f_regions = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceExtension)
    obj.__dict__ = {
        'publisher': f_publisher,
        'name': f_name,
        'version': f_version,
        'label': f_label,
        'description': f_description,
        'public_configuration_schema': f_public_configuration_schema,
        'private_configuration_schema': f_private_configuration_schema,
        'sample_config': f_sample_config,
        'replication_completed': f_replication_completed,
        'eula': f_eula,
        'privacy_uri': f_privacy_uri,
        'homepage_uri': f_homepage_uri,
        'is_json_extension': f_is_json_extension,
        'is_internal_extension': f_is_internal_extension,
        'disallow_major_version_upgrade': f_disallow_major_version_upgrade,
        'supported_os': f_supported_os,
        'company_name': f_company_name,
        'published_date': f_published_date,
        'regions': f_regions,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceExtension(obj: m.ResourceExtension, out: list[str]) -> None:
    v = obj.publisher
    if v is not None:
        out.append('<Publisher>' + text(v) + '</Publisher>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.version
    if v is not None:
        out.append('<Version>' + text(v) + '</Version>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.public_configuration_schema
    if v is not None:
        out.append('<PublicConfigurationSchema>' + text(v) + '</PublicConfigurationSchema>')
    v = obj.private_configuration_schema
    if v is not None:
        out.append('<PrivateConfigurationSchema>' + text(v) + '</PrivateConfigurationSchema>')
    v = obj.sample_config
    if v is not None:
        out.append('<SampleConfig>' + text(v) + '</SampleConfig>')
    v = obj.replication_completed
    if v is not None:
        out.append('<ReplicationCompleted>' + boolean(v) + '</ReplicationCompleted>')
    v = obj.eula
    if v is not None:
        out.append('<Eula>' + text(v) + '</Eula>')
    v = obj.privacy_uri
    if v is not None:
        out.append('<PrivacyUri>' + text(v) + '</PrivacyUri>')
    v = obj.homepage_uri
    if v is not None:
        out.append('<HomepageUri>' + text(v) + '</HomepageUri>')
    v = obj.is_json_extension
    if v is not None:
        out.append('<IsJsonExtension>' + boolean(v) + '</IsJsonExtension>')
    v = obj.is_internal_extension
    if v is not None:
        out.append('<IsInternalExtension>' + boolean(v) + '</IsInternalExtension>')
    v = obj.disallow_major_version_upgrade
    if v is not None:
        out.append('<DisallowMajorVersionUpgrade>' + boolean(v) + '</DisallowMajorVersionUpgrade>')
    v = obj.supported_os
    if v is not None:
        out.append('<SupportedOS>' + text(v) + '</SupportedOS>')
    v = obj.company_name
    if v is not None:
        out.append('<CompanyName>' + text(v) + '</CompanyName>')
    v = obj.published_date
    if v is not None:
        out.append('<PublishedDate>' + text(v) + '</PublishedDate>')
    v = obj.regions
    if v is not None:
        out.append('<Regions>' + text(v) + '</Regions>')


def read_ResourceExtensionParameterValue(el: Element) -> m.ResourceExtensionParameterValue:
    f_key: Any = ''
    f_value: Any = ''
    f_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Key':
            f_key = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Value':
            f_value = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceExtensionParameterValue)
    obj.__dict__ = {
        'key': f_key,
        'value': f_value,
        'type': f_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceExtensionParameterValue(obj: m.ResourceExtensionParameterValue, out: list[str]) -> None:
    v = obj.key
    if v is not None:
        out.append('<Key>' + text(v) + '</Key>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + text(v) + '</Value>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')


def read_ResourceExtensionParameterValues(el: Element) -> m.ResourceExtensionParameterValues:
    return m.ResourceExtensionParameterValues([read_ResourceExtensionParameterValue(c) for c in el])


def write_ResourceExtensionParameterValues(v: list[m.ResourceExtensionParameterValue], out: list[str]) -> None:
    for item in v:
        out.append('<ResourceExtensionParameterValue>')
        write_ResourceExtensionParameterValue(item, out)
        out.append('</ResourceExtensionParameterValue>')


def read_ResourceExtensionReference(el: Element) -> m.ResourceExtensionReference:
    f_reference_name: Any = ''
    f_publisher: Any = ''
    f_name: Any = ''
    f_version: Any = ''
    f_resource_extension_parameter_values: Any = m.ResourceExtensionParameterValues()
    f_state: Any = ''
    f_certificates: Any = m.ResourceExtensionReferenceCertificates()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ReferenceName':
            f_reference_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Publisher':
            f_publisher = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Version':
            f_version = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ResourceExtensionParameterValues':
            f_resource_extension_parameter_values = m.ResourceExtensionParameterValues([read_ResourceExtensionParameterValue(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}State':
            f_state = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Certificates':
            f_certificates = m.ResourceExtensionReferenceCertificates([read_ResourceExtensionReferenceCertificate(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceExtensionReference)
    obj.__dict__ = {
        'reference_name': f_reference_name,
        'publisher': f_publisher,
        'name': f_name,
        'version': f_version,
        'resource_extension_parameter_values': f_resource_extension_parameter_values,
        'state': f_state,
        'certificates': f_certificates,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceExtensionReference(obj: m.ResourceExtensionReference, out: list[str]) -> None:
    v = obj.reference_name
    if v is not None:
        out.append('<ReferenceName>' + text(v) + '</ReferenceName>')
    v = obj.publisher
    if v is not None:
        out.append('<Publisher>' + text(v) + '</Publisher>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.version
    if v is not None:
        out.append('<Version>' + text(v) + '</Version>')
    v = obj.resource_extension_parameter_values
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<ResourceExtensionParameterValues>')
        for item in v:
            out.append('<ResourceExtensionParameterValue>')
            write_ResourceExtensionParameterValue(item, out)
            out.append('</ResourceExtensionParameterValue>')
        out.append('</ResourceExtensionParameterValues>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.certificates
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Certificates>')
        for item in v:
            out.append('<Certificate>')
            write_ResourceExtensionReferenceCertificate(item, out)
            out.append('</Certificate>')
        out.append('</Certificates>')


def read_ResourceExtensionReferenceCertificate(el: Element) -> m.ResourceExtensionReferenceCertificate:
    f_thumbprint: Any = ''
    f_thumbprint_algorithm: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Thumbprint':
            f_thumbprint = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ThumbprintAlgorithm':
            f_thumbprint_algorithm = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceExtensionReferenceCertificate)
    obj.__dict__ = {
        'thumbprint': f_thumbprint,
        'thumbprint_algorithm': f_thumbprint_algorithm,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceExtensionReferenceCertificate(obj: m.ResourceExtensionReferenceCertificate, out: list[str]) -> None:
    v = obj.thumbprint
    if v is not None:
        out.append('<Thumbprint>' + text(v) + '</Thumbprint>')
    v = obj.thumbprint_algorithm
    if v is not None:
        out.append('<ThumbprintAlgorithm>' + text(v) + '</ThumbprintAlgorithm>')


def read_ResourceExtensionReferenceCertificates(el: Element) -> m.ResourceExtensionReferenceCertificates:
    return m.ResourceExtensionReferenceCertificates([read_ResourceExtensionReferenceCertificate(c) for c in el])


def write_ResourceExtensionReferenceCertificates(v: list[m.ResourceExtensionReferenceCertificate], out: list[str]) -> None:
    for item in v:
        out.append('<Certificate>')
        write_ResourceExtensionReferenceCertificate(item, out)
        out.append('</Certificate>')


def read_ResourceExtensionReferences(el: Element) -> m.ResourceExtensionReferences:
    return m.ResourceExtensionReferences([read_ResourceExtensionReference(c) for c in el])


def write_ResourceExtensionReferences(v: list[m.ResourceExtensionReference], out: list[str]) -> None:
    for item in v:
        out.append('<ResourceExtensionReference>')
        write_ResourceExtensionReference(item, out)
        out.append('</ResourceExtensionReference>')


def read_ResourceExtensionStatus(el: Element) -> m.ResourceExtensionStatus:
    f_handler_name: Any = ''
    f_version: Any = ''
    f_status: Any = ''
    f_code: Any = None
    f_formatted_message: Any = None
    f_extension_setting_status: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}HandlerName':
            f_handler_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Version':
            f_version = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Code':
            f_code = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}FormattedMessage':
            f_formatted_message = read_GuestAgentFormattedMessage(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtensionSettingStatus':
            f_extension_setting_status = read_ExtensionSettingStatus(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceExtensionStatus)
    obj.__dict__ = {
        'handler_name': f_handler_name,
        'version': f_version,
        'status': f_status,
        'code': f_code,
        'formatted_message': f_formatted_message,
        'extension_setting_status': f_extension_setting_status,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceExtensionStatus(obj: m.ResourceExtensionStatus, out: list[str]) -> None:
    v = obj.handler_name
    if v is not None:
        out.append('<HandlerName>' + text(v) + '</HandlerName>')
    v = obj.version
    if v is not None:
        out.append('<Version>' + text(v) + '</Version>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.code
    if v is not None:
        out.append('<Code>' + number(v) + '</Code>')
    v = obj.formatted_message
    if v is not None:
        out.append('<FormattedMessage>')
        write_GuestAgentFormattedMessage(v, out)
        out.append('</FormattedMessage>')
    v = obj.extension_setting_status
    if v is not None:
        out.append('<ExtensionSettingStatus>')
        write_ExtensionSettingStatus(v, out)
        out.append('</ExtensionSettingStatus>')


def read_ResourceExtensionStatusList(el: Element) -> m.ResourceExtensionStatusList:
    return m.ResourceExtensionStatusList([read_ResourceExtensionStatus(c) for c in el])


def write_ResourceExtensionStatusList(v: list[m.ResourceExtensionStatus], out: list[str]) -> None:
    for item in v:
        out.append('<ResourceExtensionStatus>')
        write_ResourceExtensionStatus(item, out)
        out.append('</ResourceExtensionStatus>')


def read_ResourceExtensions(el: Element) -> m.ResourceExtensions:
    return m.ResourceExtensions([read_ResourceExtension(c) for c in el])


def write_ResourceExtensions(v: list[m.ResourceExtension], out: list[str]) -> None:
    for item in v:
        out.append('<ResourceExtension>')
        write_ResourceExtension(item, out)
        out.append('</ResourceExtension>')


def read_ResourceNameAvailabilityResponse(el: Element) -> m.ResourceNameAvailabilityResponse:
    f_is_available: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}IsAvailable':
            f_is_available = from_bool(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceNameAvailabilityResponse)
    obj.__dict__ = {
        'is_available': f_is_available,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceNameAvailabilityResponse(obj: m.ResourceNameAvailabilityResponse, out: list[str]) -> None:
    v = obj.is_available
    if v is not None:
        out.append('<IsAvailable>' + boolean(v) + '</IsAvailable>')


def read_ResourceOperationError(el: Element) -> m.ResourceOperationError:
    f_http_code: Any = None
    f_message: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}HttpCode':
            f_http_code = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Message':
            f_message = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceOperationError)
    obj.__dict__ = {
        'http_code': f_http_code,
        'message': f_message,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceOperationError(obj: m.ResourceOperationError, out: list[str]) -> None:
    v = obj.http_code
    if v is not None:
        out.append('<HttpCode>' + number(v) + '</HttpCode>')
    v = obj.message
    if v is not None:
        out.append('<Message>' + text(v) + '</Message>')


def read_ResourceOperationStatus(el: Element) -> m.ResourceOperationStatus:
    f_type: Any = ''
    f_error: Any = None
    f_result: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Error':
            f_error = read_ResourceOperationError(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Result':
            f_result = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceOperationStatus)
    obj.__dict__ = {
        'type': f_type,
        'error': f_error,
        'result': f_result,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceOperationStatus(obj: m.ResourceOperationStatus, out: list[str]) -> None:
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.error
    if v is not None:
        out.append('<Error>')
        write_ResourceOperationError(v, out)
        out.append('</Error>')
    v = obj.result
    if v is not None:
        out.append('<Result>' + text(v) + '</Result>')


def read_RestartRoleOperation(el: Element) -> m.RestartRoleOperation:
    f_operation_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}OperationType':
            f_operation_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RestartRoleOperation)
    obj.__dict__ = {
        'operation_type': f_operation_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RestartRoleOperation(obj: m.RestartRoleOperation, out: list[str]) -> None:
    v = obj.operation_type
    if v is not None:
        out.append('<OperationType>' + text(v) + '</OperationType>')


_TAGS_Role = {
    '{http://schemas.microsoft.com/windowsazure}RoleName': 0,
    '{http://schemas.microsoft.com/windowsazure}OsVersion': 1,
    '{http://schemas.microsoft.com/windowsazure}RoleType': 2,
    '{http://schemas.microsoft.com/windowsazure}LicenseType': 3,
    '{http://schemas.microsoft.com/windowsazure}ConfigurationSets': 4,
    '{http://schemas.microsoft.com/windowsazure}ResourceExtensionReferences': 5,
    '{http://schemas.microsoft.com/windowsazure}VMImageName': 6,
    '{http://schemas.microsoft.com/windowsazure}MediaLocation': 7,
    '{http://schemas.microsoft.com/windowsazure}AvailabilitySetName': 8,
    '{http://schemas.microsoft.com/windowsazure}DataVirtualHardDisks': 9,
    '{http://schemas.microsoft.com/windowsazure}OSVirtualHardDisk': 10,
    '{http://schemas.microsoft.com/windowsazure}RoleSize': 11,
    '{http://schemas.microsoft.com/windowsazure}DefaultWinRmCertificateThumbprint': 12,
    '{http://schemas.microsoft.com/windowsazure}ProvisionGuestAgent': 13,
}


def read_Role(el: Element) -> m.Role:
    f_role_name: Any = ''
    f_os_version: Any = ''
    f_role_type: Any = ''
    f_license_type: Any = ''
    f_configuration_sets: Any = m.ConfigurationSets()
    f_resource_extension_references: Any = m.ResourceExtensionReferences()
    f_vm_image_name: Any = ''
    f_media_location: Any = ''
    f_availability_set_name: Any = ''
    f_data_virtual_hard_disks: Any = m.DataVirtualHardDisks()
    f_os_virtual_hard_disk: Any = None
    f_role_size: Any = ''
    f_default_win_rm_certificate_thumbprint: Any = ''
    f_provision_guest_agent: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_Role.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 7:
                if i < 3:
                    if i < 1:
                        f_role_name = (child.text or '')
                    else:
                        if i < 2:
                            f_os_version = (child.text or '')
                        else:
                            f_role_type = (child.text or '')
                else:
                    if i < 5:
                        if i < 4:
                            f_license_type = (child.text or '')
                        else:
                            f_configuration_sets = m.ConfigurationSets([read_ConfigurationSet(c) for c in child])
                    else:
                        if i < 6:
                            f_resource_extension_references = m.ResourceExtensionReferences([read_ResourceExtensionReference(c) for c in child])
                        else:
                            f_vm_image_name = (child.text or '')
            else:
                if i < 10:
                    if i < 8:
                        f_media_location = (child.text or '')
                    else:
                        if i < 9:
                            f_availability_set_name = (child.text or '')
                        else:
                            f_data_virtual_hard_disks = m.DataVirtualHardDisks([read_DataVirtualHardDisk(c) for c in child])
                else:
                    if i < 12:
                        if i < 11:
                            f_os_virtual_hard_disk = read_OSVirtualHardDisk(child)
                        else:
                            f_role_size = (child.text or '')
                    else:
                        if i < 13:
                            f_default_win_rm_certificate_thumbprint = (child.text or '')
                        else:
                            f_provision_guest_agent = from_bool(child.text)
    if f_os_virtual_hard_disk is None:  # absent: an empty instance, as the predecessor's fresh one
        f_os_virtual_hard_disk = read_OSVirtualHardDisk(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Role)
    obj.__dict__ = {
        'role_name': f_role_name,
        'os_version': f_os_version,
        'role_type': f_role_type,
        'license_type': f_license_type,
        'configuration_sets': f_configuration_sets,
        'resource_extension_references': f_resource_extension_references,
        'vm_image_name': f_vm_image_name,
        'media_location': f_media_location,
        'availability_set_name': f_availability_set_name,
        'data_virtual_hard_disks': f_data_virtual_hard_disks,
        'os_virtual_hard_disk': f_os_virtual_hard_disk,
        'role_size': f_role_size,
        'default_win_rm_certificate_thumbprint': f_default_win_rm_certificate_thumbprint,
        'provision_guest_agent': f_provision_guest_agent,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Role(obj: m.Role, out: list[str]) -> None:
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.os_version
    if v is not None:
        out.append('<OsVersion>' + text(v) + '</OsVersion>')
    v = obj.role_type
    if v is not None:
        out.append('<RoleType>' + text(v) + '</RoleType>')
    v = obj.license_type
    if v is not None:
        out.append('<LicenseType>' + text(v) + '</LicenseType>')
    v = obj.configuration_sets
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<ConfigurationSets>')
        for item in v:
            out.append('<ConfigurationSet>')
            write_ConfigurationSet(item, out)
            out.append('</ConfigurationSet>')
        out.append('</ConfigurationSets>')
    v = obj.resource_extension_references
    if v is not None:
        out.append('<ResourceExtensionReferences>')
        for item in v:
            out.append('<ResourceExtensionReference>')
            write_ResourceExtensionReference(item, out)
            out.append('</ResourceExtensionReference>')
        out.append('</ResourceExtensionReferences>')
    v = obj.vm_image_name
    if v is not None:
        out.append('<VMImageName>' + text(v) + '</VMImageName>')
    v = obj.media_location
    if v is not None:
        out.append('<MediaLocation>' + text(v) + '</MediaLocation>')
    v = obj.availability_set_name
    if v is not None:
        out.append('<AvailabilitySetName>' + text(v) + '</AvailabilitySetName>')
    v = obj.data_virtual_hard_disks
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<DataVirtualHardDisks>')
        for item in v:
            out.append('<DataVirtualHardDisk>')
            write_DataVirtualHardDisk(item, out)
            out.append('</DataVirtualHardDisk>')
        out.append('</DataVirtualHardDisks>')
    v = obj.os_virtual_hard_disk
    if v is not None and not empty_OSVirtualHardDisk(v):
        out.append('<OSVirtualHardDisk>')
        write_OSVirtualHardDisk(v, out)
        out.append('</OSVirtualHardDisk>')
    v = obj.role_size
    if v is not None:
        out.append('<RoleSize>' + text(v) + '</RoleSize>')
    v = obj.default_win_rm_certificate_thumbprint
    if v is not None:
        out.append('<DefaultWinRmCertificateThumbprint>' + text(v) + '</DefaultWinRmCertificateThumbprint>')
    v = obj.provision_guest_agent
    if v is not None:
        out.append('<ProvisionGuestAgent>' + boolean(v) + '</ProvisionGuestAgent>')


_TAGS_RoleInstance = {
    '{http://schemas.microsoft.com/windowsazure}RoleName': 0,
    '{http://schemas.microsoft.com/windowsazure}InstanceName': 1,
    '{http://schemas.microsoft.com/windowsazure}InstanceStatus': 2,
    '{http://schemas.microsoft.com/windowsazure}ExtendedInstanceStatus': 3,
    '{http://schemas.microsoft.com/windowsazure}InstanceUpgradeDomain': 4,
    '{http://schemas.microsoft.com/windowsazure}InstanceFaultDomain': 5,
    '{http://schemas.microsoft.com/windowsazure}InstanceSize': 6,
    '{http://schemas.microsoft.com/windowsazure}InstanceStateDetails': 7,
    '{http://schemas.microsoft.com/windowsazure}InstanceErrorCode': 8,
    '{http://schemas.microsoft.com/windowsazure}IpAddress': 9,
    '{http://schemas.microsoft.com/windowsazure}InstanceEndpoints': 10,
    '{http://schemas.microsoft.com/windowsazure}PowerState': 11,
    '{http://schemas.microsoft.com/windowsazure}HostName': 12,
    '{http://schemas.microsoft.com/windowsazure}RemoteAccessCertificateThumbprint': 13,
    '{http://schemas.microsoft.com/windowsazure}GuestAgentStatus': 14,
    '{http://schemas.microsoft.com/windowsazure}ResourceExtensionStatusList': 15,
    '{http://schemas.microsoft.com/windowsazure}PublicIPs': 16,
    '{http://schemas.microsoft.com/windowsazure}NetworkInterfaces': 17,
    '{http://schemas.microsoft.com/windowsazure}FQDN': 18,
}


def read_RoleInstance(el: Element) -> m.RoleInstance:
    f_role_name: Any = ''
    f_instance_name: Any = ''
    f_instance_status: Any = ''
    f_extended_instance_status: Any = ''
    f_instance_upgrade_domain: Any = 0
    f_instance_fault_domain: Any = 0
    f_instance_size: Any = ''
    f_instance_state_details: Any = ''
    f_instance_error_code: Any = ''
    f_ip_address: Any = ''
    f_instance_endpoints: Any = m.InstanceEndpoints()
    f_power_state: Any = ''
    f_host_name: Any = ''
    f_remote_access_certificate_thumbprint: Any = ''
    f_guest_agent_status: Any = None
    f_resource_extension_status_list: Any = m.ResourceExtensionStatusList()
    f_public_ips: Any = m.PublicIPs()
    f_network_interfaces: Any = m.RoleInstanceNetworkInterfaces()
    f_fqdn: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_RoleInstance.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 9:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_role_name = (child.text or '')
                        else:
                            f_instance_name = (child.text or '')
                    else:
                        if i < 3:
                            f_instance_status = (child.text or '')
                        else:
                            f_extended_instance_status = (child.text or '')
                else:
                    if i < 6:
                        if i < 5:
                            f_instance_upgrade_domain = from_int(child.text, 0)
                        else:
                            f_instance_fault_domain = from_int(child.text, 0)
                    else:
                        if i < 7:
                            f_instance_size = (child.text or '')
                        else:
                            if i < 8:
                                f_instance_state_details = (child.text or '')
                            else:
                                f_instance_error_code = (child.text or '')
            else:
                if i < 14:
                    if i < 11:
                        if i < 10:
                            f_ip_address = (child.text or '')
                        else:
                            f_instance_endpoints = m.InstanceEndpoints([read_InstanceEndpoint(c) for c in child])
                    else:
                        if i < 12:
                            f_power_state = (child.text or '')
                        else:
                            if i < 13:
                                f_host_name = (child.text or '')
                            else:
                                f_remote_access_certificate_thumbprint = (child.text or '')
                else:
                    if i < 16:
                        if i < 15:
                            f_guest_agent_status = read_GuestAgentStatus(child)
                        else:
                            f_resource_extension_status_list = m.ResourceExtensionStatusList([read_ResourceExtensionStatus(c) for c in child])
                    else:
                        if i < 17:
                            f_public_ips = m.PublicIPs([read_PublicIP(c) for c in child])
                        else:
                            if i < 18:
                                f_network_interfaces = m.RoleInstanceNetworkInterfaces([read_RoleInstanceNetworkInterface(c) for c in child])
                            else:
                                f_fqdn = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RoleInstance)
    obj.__dict__ = {
        'role_name': f_role_name,
        'instance_name': f_instance_name,
        'instance_status': f_instance_status,
        'extended_instance_status': f_extended_instance_status,
        'instance_upgrade_domain': f_instance_upgrade_domain,
        'instance_fault_domain': f_instance_fault_domain,
        'instance_size': f_instance_size,
        'instance_state_details': f_instance_state_details,
        'instance_error_code': f_instance_error_code,
        'ip_address': f_ip_address,
        'instance_endpoints': f_instance_endpoints,
        'power_state': f_power_state,
        'host_name': f_host_name,
        'remote_access_certificate_thumbprint': f_remote_access_certificate_thumbprint,
        'guest_agent_status': f_guest_agent_status,
        'resource_extension_status_list': f_resource_extension_status_list,
        'public_ips': f_public_ips,
        'network_interfaces': f_network_interfaces,
        'fqdn': f_fqdn,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RoleInstance(obj: m.RoleInstance, out: list[str]) -> None:
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.instance_name
    if v is not None:
        out.append('<InstanceName>' + text(v) + '</InstanceName>')
    v = obj.instance_status
    if v is not None:
        out.append('<InstanceStatus>' + text(v) + '</InstanceStatus>')
    v = obj.extended_instance_status
    if v is not None:
        out.append('<ExtendedInstanceStatus>' + text(v) + '</ExtendedInstanceStatus>')
    v = obj.instance_upgrade_domain
    if v is not None:
        out.append('<InstanceUpgradeDomain>' + number(v) + '</InstanceUpgradeDomain>')
    v = obj.instance_fault_domain
    if v is not None:
        out.append('<InstanceFaultDomain>' + number(v) + '</InstanceFaultDomain>')
    v = obj.instance_size
    if v is not None:
        out.append('<InstanceSize>' + text(v) + '</InstanceSize>')
    v = obj.instance_state_details
    if v is not None:
        out.append('<InstanceStateDetails>' + text(v) + '</InstanceStateDetails>')
    v = obj.instance_error_code
    if v is not None:
        out.append('<InstanceErrorCode>' + text(v) + '</InstanceErrorCode>')
    v = obj.ip_address
    if v is not None:
        out.append('<IpAddress>' + text(v) + '</IpAddress>')
    v = obj.instance_endpoints
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<InstanceEndpoints>')
        for item in v:
            out.append('<InstanceEndpoint>')
            write_InstanceEndpoint(item, out)
            out.append('</InstanceEndpoint>')
        out.append('</InstanceEndpoints>')
    v = obj.power_state
    if v is not None:
        out.append('<PowerState>' + text(v) + '</PowerState>')
    v = obj.host_name
    if v is not None:
        out.append('<HostName>' + text(v) + '</HostName>')
    v = obj.remote_access_certificate_thumbprint
    if v is not None:
        out.append('<RemoteAccessCertificateThumbprint>' + text(v) + '</RemoteAccessCertificateThumbprint>')
    v = obj.guest_agent_status
    if v is not None:
        out.append('<GuestAgentStatus>')
        write_GuestAgentStatus(v, out)
        out.append('</GuestAgentStatus>')
    v = obj.resource_extension_status_list
    if v is not None:
        out.append('<ResourceExtensionStatusList>')
        for item in v:
            out.append('<ResourceExtensionStatus>')
            write_ResourceExtensionStatus(item, out)
            out.append('</ResourceExtensionStatus>')
        out.append('</ResourceExtensionStatusList>')
    v = obj.public_ips
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<PublicIPs>')
        for item in v:
            out.append('<PublicIP>')
            write_PublicIP(item, out)
            out.append('</PublicIP>')
        out.append('</PublicIPs>')
    v = obj.network_interfaces
    if v is not None:
        out.append('<NetworkInterfaces>')
        for item in v:
            out.append('<NetworkInterface>')
            write_RoleInstanceNetworkInterface(item, out)
            out.append('</NetworkInterface>')
        out.append('</NetworkInterfaces>')
    v = obj.fqdn
    if v is not None:
        out.append('<FQDN>' + text(v) + '</FQDN>')


def read_RoleInstanceFqdns(el: Element) -> m.RoleInstanceFqdns:
    return m.RoleInstanceFqdns([(c.text or '') for c in el])


def write_RoleInstanceFqdns(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Fqdn>' + text(item) + '</Fqdn>')


def read_RoleInstanceIPConfiguration(el: Element) -> m.RoleInstanceIPConfiguration:
    f_subnet_name: Any = ''
    f_address: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}SubnetName':
            f_subnet_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Address':
            f_address = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RoleInstanceIPConfiguration)
    obj.__dict__ = {
        'subnet_name': f_subnet_name,
        'address': f_address,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RoleInstanceIPConfiguration(obj: m.RoleInstanceIPConfiguration, out: list[str]) -> None:
    v = obj.subnet_name
    if v is not None:
        out.append('<SubnetName>' + text(v) + '</SubnetName>')
    v = obj.address
    if v is not None:
        out.append('<Address>' + text(v) + '</Address>')


def read_RoleInstanceIPConfigurations(el: Element) -> m.RoleInstanceIPConfigurations:
    return m.RoleInstanceIPConfigurations([read_RoleInstanceIPConfiguration(c) for c in el])


def write_RoleInstanceIPConfigurations(v: list[m.RoleInstanceIPConfiguration], out: list[str]) -> None:
    for item in v:
        out.append('<IPConfiguration>')
        write_RoleInstanceIPConfiguration(item, out)
        out.append('</IPConfiguration>')


def read_RoleInstanceList(el: Element) -> m.RoleInstanceList:
    return m.RoleInstanceList([read_RoleInstance(c) for c in el])


def write_RoleInstanceList(v: list[m.RoleInstance], out: list[str]) -> None:
    for item in v:
        out.append('<RoleInstance>')
        write_RoleInstance(item, out)
        out.append('</RoleInstance>')


def read_RoleInstanceNames(el: Element) -> m.RoleInstanceNames:
    return m.RoleInstanceNames([(c.text or '') for c in el])


def write_RoleInstanceNames(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Name>' + text(item) + '</Name>')


def read_RoleInstanceNetworkInterface(el: Element) -> m.RoleInstanceNetworkInterface:
    f_name: Any = ''
    f_mac_address: Any = ''
    f_ip_configurations: Any = m.RoleInstanceIPConfigurations()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}MacAddress':
            f_mac_address = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}IPConfigurations':
            f_ip_configurations = m.RoleInstanceIPConfigurations([read_RoleInstanceIPConfiguration(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RoleInstanceNetworkInterface)
    obj.__dict__ = {
        'name': f_name,
        'mac_address': f_mac_address,
        'ip_configurations': f_ip_configurations,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RoleInstanceNetworkInterface(obj: m.RoleInstanceNetworkInterface, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.mac_address
    if v is not None:
        out.append('<MacAddress>' + text(v) + '</MacAddress>')
    v = obj.ip_configurations
    if v is not None:
        out.append('<IPConfigurations>')
        for item in v:
            out.append('<IPConfiguration>')
            write_RoleInstanceIPConfiguration(item, out)
            out.append('</IPConfiguration>')
        out.append('</IPConfigurations>')


def read_RoleInstanceNetworkInterfaces(el: Element) -> m.RoleInstanceNetworkInterfaces:
    return m.RoleInstanceNetworkInterfaces([read_RoleInstanceNetworkInterface(c) for c in el])


def write_RoleInstanceNetworkInterfaces(v: list[m.RoleInstanceNetworkInterface], out: list[str]) -> None:
    for item in v:
        out.append('<NetworkInterface>')
        write_RoleInstanceNetworkInterface(item, out)
        out.append('</NetworkInterface>')


def read_RoleList(el: Element) -> m.RoleList:
    return m.RoleList([read_Role(c) for c in el])


def write_RoleList(v: list[m.Role], out: list[str]) -> None:
    for item in v:
        out.append('<Role>')
        write_Role(item, out)
        out.append('</Role>')


def read_RoleNames(el: Element) -> m.RoleNames:
    return m.RoleNames([(c.text or '') for c in el])


def write_RoleNames(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Name>' + text(item) + '</Name>')


_TAGS_RoleSize = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Label': 1,
    '{http://schemas.microsoft.com/windowsazure}Cores': 2,
    '{http://schemas.microsoft.com/windowsazure}MemoryInMb': 3,
    '{http://schemas.microsoft.com/windowsazure}SupportedByWebWorkerRoles': 4,
    '{http://schemas.microsoft.com/windowsazure}SupportedByVirtualMachines': 5,
    '{http://schemas.microsoft.com/windowsazure}MaxDataDiskCount': 6,
    '{http://schemas.microsoft.com/windowsazure}WebWorkerResourceDiskSizeInMb': 7,
    '{http://schemas.microsoft.com/windowsazure}VirtualMachineResourceDiskSizeInMb': 8,
}


def read_RoleSize(el: Element) -> m.RoleSize:
    f_name: Any = ''
    f_label: Any = ''
    f_cores: Any = 0
    f_memory_in_mb: Any = 0
    f_supported_by_web_worker_roles: Any = False
    f_supported_by_virtual_machines: Any = False
    f_max_data_disk_count: Any = 0
    f_web_worker_resource_disk_size_in_mb: Any = 0
    f_virtual_machine_resource_disk_size_in_mb: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_RoleSize.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_name = (child.text or '')
                    else:
                        f_label = (child.text or '')
                else:
                    if i < 3:
                        f_cores = from_int(child.text, 0)
                    else:
                        f_memory_in_mb = from_int(child.text, 0)
            else:
                if i < 6:
                    if i < 5:
                        f_supported_by_web_worker_roles = from_bool(child.text, False)
                    else:
                        f_supported_by_virtual_machines = from_bool(child.text, False)
                else:
                    if i < 7:
                        f_max_data_disk_count = from_int(child.text, 0)
                    else:
                        if i < 8:
                            f_web_worker_resource_disk_size_in_mb = from_int(child.text, 0)
                        else:
                            f_virtual_machine_resource_disk_size_in_mb = from_int(child.text, 0)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RoleSize)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'cores': f_cores,
        'memory_in_mb': f_memory_in_mb,
        'supported_by_web_worker_roles': f_supported_by_web_worker_roles,
        'supported_by_virtual_machines': f_supported_by_virtual_machines,
        'max_data_disk_count': f_max_data_disk_count,
        'web_worker_resource_disk_size_in_mb': f_web_worker_resource_disk_size_in_mb,
        'virtual_machine_resource_disk_size_in_mb': f_virtual_machine_resource_disk_size_in_mb,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RoleSize(obj: m.RoleSize, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.cores
    if v is not None:
        out.append('<Cores>' + number(v) + '</Cores>')
    v = obj.memory_in_mb
    if v is not None:
        out.append('<MemoryInMb>' + number(v) + '</MemoryInMb>')
    v = obj.supported_by_web_worker_roles
    if v is not None:
        out.append('<SupportedByWebWorkerRoles>' + boolean(v) + '</SupportedByWebWorkerRoles>')
    v = obj.supported_by_virtual_machines
    if v is not None:
        out.append('<SupportedByVirtualMachines>' + boolean(v) + '</SupportedByVirtualMachines>')
    v = obj.max_data_disk_count
    if v is not None:
        out.append('<MaxDataDiskCount>' + number(v) + '</MaxDataDiskCount>')
    v = obj.web_worker_resource_disk_size_in_mb
    if v is not None:
        out.append('<WebWorkerResourceDiskSizeInMb>' + number(v) + '</WebWorkerResourceDiskSizeInMb>')
    v = obj.virtual_machine_resource_disk_size_in_mb
    if v is not None:
        out.append('<VirtualMachineResourceDiskSizeInMb>' + number(v) + '</VirtualMachineResourceDiskSizeInMb>')


def read_RoleSizeNames(el: Element) -> m.RoleSizeNames:
    return m.RoleSizeNames([(c.text or '') for c in el])


def write_RoleSizeNames(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<RoleSize>' + text(item) + '</RoleSize>')


def read_RoleSizes(el: Element) -> m.RoleSizes:
    return m.RoleSizes([read_RoleSize(c) for c in el])


def write_RoleSizes(v: list[m.RoleSize], out: list[str]) -> None:
    for item in v:
        out.append('<RoleSize>')
        write_RoleSize(item, out)
        out.append('</RoleSize>')


def read_RollbackUpdateOrUpgrade(el: Element) -> m.RollbackUpdateOrUpgrade:
    f_mode: Any = ''
    f_force: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Mode':
            f_mode = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Force':
            f_force = from_bool(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RollbackUpdateOrUpgrade)
    obj.__dict__ = {
        'mode': f_mode,
        'force': f_force,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RollbackUpdateOrUpgrade(obj: m.RollbackUpdateOrUpgrade, out: list[str]) -> None:
    v = obj.mode
    if v is not None:
        out.append('<Mode>' + text(v) + '</Mode>')
    v = obj.force
    if v is not None:
        out.append('<Force>' + boolean(v) + '</Force>')


def read_SSH(el: Element) -> m.SSH:
    f_public_keys: Any = m.SSHPublicKeys()
    f_key_pairs: Any = m.SSHKeyPairs()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}PublicKeys':
            f_public_keys = m.SSHPublicKeys([read_PublicKey(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}KeyPairs':
            f_key_pairs = m.SSHKeyPairs([read_KeyPair(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SSH)
    obj.__dict__ = {
        'public_keys': f_public_keys,
        'key_pairs': f_key_pairs,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SSH(obj: m.SSH, out: list[str]) -> None:
    v = obj.public_keys
    if v is not None:
        out.append('<PublicKeys>')
        for item in v:
            out.append('<PublicKey>')
            write_PublicKey(item, out)
            out.append('</PublicKey>')
        out.append('</PublicKeys>')
    v = obj.key_pairs
    if v is not None:
        out.append('<KeyPairs>')
        for item in v:
            out.append('<KeyPair>')
            write_KeyPair(item, out)
            out.append('</KeyPair>')
        out.append('</KeyPairs>')


def read_SSHKeyPairs(el: Element) -> m.SSHKeyPairs:
    return m.SSHKeyPairs([read_KeyPair(c) for c in el])


def write_SSHKeyPairs(v: list[m.KeyPair], out: list[str]) -> None:
    for item in v:
        out.append('<KeyPair>')
        write_KeyPair(item, out)
        out.append('</KeyPair>')


def read_SSHPublicKeys(el: Element) -> m.SSHPublicKeys:
    return m.SSHPublicKeys([read_PublicKey(c) for c in el])


def write_SSHPublicKeys(v: list[m.PublicKey], out: list[str]) -> None:
    for item in v:
        out.append('<PublicKey>')
        write_PublicKey(item, out)
        out.append('</PublicKey>')


def read_Server(el: Element) -> m.Server:
    f_name: Any = ''
    f_administrator_login: Any = ''
    f_location: Any = ''
    f_geo_paired_region: Any = ''
    f_fully_qualified_domain_name: Any = ''
    f_version: Any = ''
    f_state: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}AdministratorLogin':
            f_administrator_login = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}Location':
            f_location = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}GeoPairedRegion':
            f_geo_paired_region = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}FullyQualifiedDomainName':
            f_fully_qualified_domain_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}Version':
            f_version = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}State':
            f_state = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Server)
    obj.__dict__ = {
        'name': f_name,
        'administrator_login': f_administrator_login,
        'location': f_location,
        'geo_paired_region': f_geo_paired_region,
        'fully_qualified_domain_name': f_fully_qualified_domain_name,
        'version': f_version,
        'state': f_state,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Server(obj: m.Server, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.administrator_login
    if v is not None:
        out.append('<AdministratorLogin>' + text(v) + '</AdministratorLogin>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.geo_paired_region
    if v is not None:
        out.append('<GeoPairedRegion>' + text(v) + '</GeoPairedRegion>')
    v = obj.fully_qualified_domain_name
    if v is not None:
        out.append('<FullyQualifiedDomainName>' + text(v) + '</FullyQualifiedDomainName>')
    v = obj.version
    if v is not None:
        out.append('<Version>' + text(v) + '</Version>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')


def read_ServerQuota(el: Element) -> m.ServerQuota:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_value: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}State':
            f_state = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SelfLink':
            f_self_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ParentLink':
            f_parent_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Value':
            f_value = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ServerQuota)
    obj.__dict__ = {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ServerQuota(obj: m.ServerQuota, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + number(v) + '</Value>')


def read_ServerQuotas(el: Element) -> m.ServerQuotas:
    return m.ServerQuotas([read_ServerQuota(c) for c in el])


def write_ServerQuotas(v: list[m.ServerQuota], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_ServerQuota(item, out)
        out.append('</ServiceResource>')


def read_Servers(el: Element) -> m.Servers:
    return m.Servers([read_Server(c) for c in el])


def write_Servers(v: list[m.Server], out: list[str]) -> None:
    for item in v:
        out.append('<Server>')
        write_Server(item, out)
        out.append('</Server>')


_TAGS_ServiceBusNamespace = {
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name': 0,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Region': 1,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DefaultKey': 2,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Status': 3,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedAt': 4,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AcsManagementEndpoint': 5,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ServiceBusEndpoint': 6,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ConnectionString': 7,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SubscriptionId': 8,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Enabled': 9,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Critical': 10,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}UpdatedAt': 11,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreateACSNamespace': 12,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}EventHubEnabled': 13,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceType': 14,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ResourceGroup': 15,
}


def read_ServiceBusNamespace(el: Element) -> m.ServiceBusNamespace:
    f_name: Any = ''
    f_region: Any = ''
    f_default_key: Any = ''
    f_status: Any = ''
    f_created_at: Any = EMPTY_TIMESTAMP
    f_acs_management_endpoint: Any = ''
    f_servicebus_endpoint: Any = ''
    f_connection_string: Any = ''
    f_subscription_id: Any = ''
    f_enabled: Any = False
    f_critical: Any = None
    f_updated_at: Any = None
    f_create_acs_namespace: Any = None
    f_event_hub_enabled: Any = None
    f_namespace_type: Any = ''
    f_resource_group: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_ServiceBusNamespace.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 8:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_name = (child.text or '')
                        else:
                            f_region = (child.text or '')
                    else:
                        if i < 3:
                            f_default_key = (child.text or '')
                        else:
                            f_status = (child.text or '')
                else:
                    if i < 6:
                        if i < 5:
                            f_created_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_acs_management_endpoint = (child.text or '')
                    else:
                        if i < 7:
                            f_servicebus_endpoint = (child.text or '')
                        else:
                            f_connection_string = (child.text or '')
            else:
                if i < 12:
                    if i < 10:
                        if i < 9:
                            f_subscription_id = (child.text or '')
                        else:
                            f_enabled = from_bool(child.text, False)
                    else:
                        if i < 11:
                            f_critical = from_bool(child.text)
                        else:
                            f_updated_at = from_datetime(child.text)
                else:
                    if i < 14:
                        if i < 13:
                            f_create_acs_namespace = from_bool(child.text)
                        else:
                            f_event_hub_enabled = from_bool(child.text)
                    else:
                        if i < 15:
                            f_namespace_type = (child.text or '')
                        else:
                            f_resource_group = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ServiceBusNamespace)
    obj.__dict__ = {
        'name': f_name,
        'region': f_region,
        'default_key': f_default_key,
        'status': f_status,
        'created_at': f_created_at,
        'acs_management_endpoint': f_acs_management_endpoint,
        'servicebus_endpoint': f_servicebus_endpoint,
        'connection_string': f_connection_string,
        'subscription_id': f_subscription_id,
        'enabled': f_enabled,
        'critical': f_critical,
        'updated_at': f_updated_at,
        'create_acs_namespace': f_create_acs_namespace,
        'event_hub_enabled': f_event_hub_enabled,
        'namespace_type': f_namespace_type,
        'resource_group': f_resource_group,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ServiceBusNamespace(obj: m.ServiceBusNamespace, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.region
    if v is not None:
        out.append('<Region>' + text(v) + '</Region>')
    v = obj.default_key
    if v is not None:
        out.append('<DefaultKey>' + text(v) + '</DefaultKey>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.created_at
    if v:
        out.append('<CreatedAt>' + dt(v) + '</CreatedAt>')
    v = obj.acs_management_endpoint
    if v is not None:
        out.append('<AcsManagementEndpoint>' + text(v) + '</AcsManagementEndpoint>')
    v = obj.servicebus_endpoint
    if v is not None:
        out.append('<ServiceBusEndpoint>' + text(v) + '</ServiceBusEndpoint>')
    v = obj.connection_string
    if v is not None:
        out.append('<ConnectionString>' + text(v) + '</ConnectionString>')
    v = obj.subscription_id
    if v is not None:
        out.append('<SubscriptionId>' + text(v) + '</SubscriptionId>')
    v = obj.enabled
    if v is not None:
        out.append('<Enabled>' + boolean(v) + '</Enabled>')
    v = obj.critical
    if v is not None:
        out.append('<Critical>' + boolean(v) + '</Critical>')
    v = obj.updated_at
    if v is not None:
        out.append('<UpdatedAt>' + dt(v) + '</UpdatedAt>')
    v = obj.create_acs_namespace
    if v is not None:
        out.append('<CreateACSNamespace>' + boolean(v) + '</CreateACSNamespace>')
    v = obj.event_hub_enabled
    if v is not None:
        out.append('<EventHubEnabled>' + boolean(v) + '</EventHubEnabled>')
    v = obj.namespace_type
    if v is not None:
        out.append('<NamespaceType>' + text(v) + '</NamespaceType>')
    v = obj.resource_group
    if v is not None:
        out.append('<ResourceGroup>' + text(v) + '</ResourceGroup>')


def read_ServiceBusRegion(el: Element) -> m.ServiceBusRegion:
    f_code: Any = ''
    f_fullname: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Code':
            f_code = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}FullName':
            f_fullname = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ServiceBusRegion)
    obj.__dict__ = {
        'code': f_code,
        'fullname': f_fullname,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ServiceBusRegion(obj: m.ServiceBusRegion, out: list[str]) -> None:
    v = obj.code
    if v is not None:
        out.append('<Code>' + text(v) + '</Code>')
    v = obj.fullname
    if v is not None:
        out.append('<FullName>' + text(v) + '</FullName>')


_TAGS_ServiceObjective = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}Id': 5,
    '{http://schemas.microsoft.com/windowsazure}IsDefault': 6,
    '{http://schemas.microsoft.com/windowsazure}IsSystem': 7,
    '{http://schemas.microsoft.com/windowsazure}Description': 8,
    '{http://schemas.microsoft.com/windowsazure}Enabled': 9,
    '{http://schemas.microsoft.com/windowsazure}DimensionSettings': 10,
}


def read_ServiceObjective(el: Element) -> m.ServiceObjective:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_id: Any = ''
    f_is_default: Any = False
    f_is_system: Any = False
    f_description: Any = ''
    f_enabled: Any = False
    f_dimension_settings: Any = m.DimensionSettings()
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_ServiceObjective.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 5:
                if i < 2:
                    if i < 1:
                        f_name = (child.text or '')
                    else:
                        f_type = (child.text or '')
                else:
                    if i < 3:
                        f_state = (child.text or '')
                    else:
                        if i < 4:
                            f_self_link = (child.text or '')
                        else:
                            f_parent_link = (child.text or '')
            else:
                if i < 8:
                    if i < 6:
                        f_id = (child.text or '')
                    else:
                        if i < 7:
                            f_is_default = from_bool(child.text, False)
                        else:
                            f_is_system = from_bool(child.text, False)
                else:
                    if i < 9:
                        f_description = (child.text or '')
                    else:
                        if i < 10:
                            f_enabled = from_bool(child.text, False)
                        else:
                            f_dimension_settings = m.DimensionSettings([read_DimensionSetting(c) for c in child])
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ServiceObjective)
    obj.__dict__ = {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'id': f_id,
        'is_default': f_is_default,
        'is_system': f_is_system,
        'description': f_description,
        'enabled': f_enabled,
        'dimension_settings': f_dimension_settings,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ServiceObjective(obj: m.ServiceObjective, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.is_default
    if v is not None:
        out.append('<IsDefault>' + boolean(v) + '</IsDefault>')
    v = obj.is_system
    if v is not None:
        out.append('<IsSystem>' + boolean(v) + '</IsSystem>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.enabled
    if v is not None:
        out.append('<Enabled>' + boolean(v) + '</Enabled>')
    v = obj.dimension_settings
    if v is not None:
        out.append('<DimensionSettings>')
        for item in v:
            out.append('<ServiceResource>')
            write_DimensionSetting(item, out)
            out.append('</ServiceResource>')
        out.append('</DimensionSettings>')


def read_ServiceObjectives(el: Element) -> m.ServiceObjectives:
    return m.ServiceObjectives([read_ServiceObjective(c) for c in el])


def write_ServiceObjectives(v: list[m.ServiceObjective], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_ServiceObjective(item, out)
        out.append('</ServiceResource>')


def read_ShutdownRoleOperation(el: Element) -> m.ShutdownRoleOperation:
    f_operation_type: Any = ''
    f_post_shutdown_action: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}OperationType':
            f_operation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PostShutdownAction':
            f_post_shutdown_action = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ShutdownRoleOperation)
    obj.__dict__ = {
        'operation_type': f_operation_type,
        'post_shutdown_action': f_post_shutdown_action,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ShutdownRoleOperation(obj: m.ShutdownRoleOperation, out: list[str]) -> None:
    v = obj.operation_type
    if v is not None:
        out.append('<OperationType>' + text(v) + '</OperationType>')
    v = obj.post_shutdown_action
    if v is not None:
        out.append('<PostShutdownAction>' + text(v) + '</PostShutdownAction>')


def read_ShutdownRolesOperation(el: Element) -> m.ShutdownRolesOperation:
    f_operation_type: Any = ''
    f_roles: Any = m.RoleNames()
    f_post_shutdown_action: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}OperationType':
            f_operation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Roles':
            f_roles = m.RoleNames([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}PostShutdownAction':
            f_post_shutdown_action = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ShutdownRolesOperation)
    obj.__dict__ = {
        'operation_type': f_operation_type,
        'roles': f_roles,
        'post_shutdown_action': f_post_shutdown_action,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ShutdownRolesOperation(obj: m.ShutdownRolesOperation, out: list[str]) -> None:
    v = obj.operation_type
    if v is not None:
        out.append('<OperationType>' + text(v) + '</OperationType>')
    v = obj.roles
    if v is not None:
        out.append('<Roles>')
        for item in v:
            out.append('<Name>' + text(item) + '</Name>')
        out.append('</Roles>')
    v = obj.post_shutdown_action
    if v is not None:
        out.append('<PostShutdownAction>' + text(v) + '</PostShutdownAction>')


_TAGS_Site = {
    '{http://schemas.microsoft.com/windowsazure}AdminEnabled': 0,
    '{http://schemas.microsoft.com/windowsazure}AvailabilityState': 1,
    '{http://schemas.microsoft.com/windowsazure}Cers': 2,
    '{http://schemas.microsoft.com/windowsazure}ClientAffinityEnabled': 3,
    '{http://schemas.microsoft.com/windowsazure}ClientCertEnabled': 4,
    '{http://schemas.microsoft.com/windowsazure}CloningInfo': 5,
    '{http://schemas.microsoft.com/windowsazure}ComputeMode': 6,
    '{http://schemas.microsoft.com/windowsazure}ContentAvailabilityState': 7,
    '{http://schemas.microsoft.com/windowsazure}Csrs': 8,
    '{http://schemas.microsoft.com/windowsazure}DeploymentId': 9,
    '{http://schemas.microsoft.com/windowsazure}Enabled': 10,
    '{http://schemas.microsoft.com/windowsazure}EnabledHostNames': 11,
    '{http://schemas.microsoft.com/windowsazure}GatewaySiteName': 12,
    '{http://schemas.microsoft.com/windowsazure}HostNameSslStates': 13,
    '{http://schemas.microsoft.com/windowsazure}HostNames': 14,
    '{http://schemas.microsoft.com/windowsazure}HostingEnvironment': 15,
    '{http://schemas.microsoft.com/windowsazure}HostingEnvironmentId': 16,
    '{http://schemas.microsoft.com/windowsazure}Kind': 17,
    '{http://schemas.microsoft.com/windowsazure}LastModifiedTimeUtc': 18,
    '{http://schemas.microsoft.com/windowsazure}MicroService': 19,
    '{http://schemas.microsoft.com/windowsazure}Name': 20,
    '{http://schemas.microsoft.com/windowsazure}OutboundIpAddresses': 21,
    '{http://schemas.microsoft.com/windowsazure}Owner': 22,
    '{http://schemas.microsoft.com/windowsazure}PremiumAppDeployed': 23,
    '{http://schemas.microsoft.com/windowsazure}RepositorySiteName': 24,
    '{http://schemas.microsoft.com/windowsazure}RuntimeAvailabilityState': 25,
    '{http://schemas.microsoft.com/windowsazure}SKU': 26,
    '{http://schemas.microsoft.com/windowsazure}SSLCertificates': 27,
    '{http://schemas.microsoft.com/windowsazure}ScmSiteAlsoStopped': 28,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 29,
    '{http://schemas.microsoft.com/windowsazure}ServerFarm': 30,
    '{http://schemas.microsoft.com/windowsazure}ServerFarmId': 31,
    '{http://schemas.microsoft.com/windowsazure}SiteConfig': 32,
    '{http://schemas.microsoft.com/windowsazure}SiteMode': 33,
    '{http://schemas.microsoft.com/windowsazure}SiteProperties': 34,
    '{http://schemas.microsoft.com/windowsazure}State': 35,
    '{http://schemas.microsoft.com/windowsazure}StorageRecoveryDefaultState': 36,
    '{http://schemas.microsoft.com/windowsazure}TargetSwapSlot': 37,
    '{http://schemas.microsoft.com/windowsazure}TrafficManagerHostNames': 38,
    '{http://schemas.microsoft.com/windowsazure}UsageState': 39,
    '{http://schemas.microsoft.com/windowsazure}WebSpace': 40,
}


def read_Site(el: Element) -> m.Site:
    f_admin_enabled: Any = False
    f_availability_state: Any = ''
    f_cers: Any = ''
    f_client_affinity_enabled: Any = None
    f_client_cert_enabled: Any = None
    f_cloning_info: Any = ''
    f_compute_mode: Any = ''
    f_content_availability_state: Any = ''
    f_csrs: Any = ''
    f_deployment_id: Any = ''
    f_enabled: Any = False
    f_enabled_host_names: Any = m.HostNameList()
    f_gateway_site_name: Any = ''
    f_host_name_ssl_states: Any = m.HostNameSslStates()
    f_host_names: Any = m.HostNameList()
    f_hosting_environment: Any = ''
    f_hosting_environment_id: Any = ''
    f_kind: Any = ''
    f_last_modified_time_utc: Any = EMPTY_TIMESTAMP
    f_micro_service: Any = ''
    f_name: Any = ''
    f_outbound_ip_addresses: Any = ''
    f_owner: Any = ''
    f_premium_app_deployed: Any = None
    f_repository_site_name: Any = ''
    f_runtime_availability_state: Any = ''
    f_sku: Any = ''
    f_ssl_certificates: Any = ''
    f_scm_site_also_stopped: Any = None
    f_self_link: Any = ''
    f_server_farm: Any = ''
    f_server_farm_id: Any = ''
    f_site_config: Any = ''
    f_site_mode: Any = ''
    f_site_properties: Any = None
    f_state: Any = ''
    f_storage_recovery_default_state: Any = ''
    f_target_swap_slot: Any = ''
    f_traffic_manager_host_names: Any = m.HostNameList()
    f_usage_state: Any = ''
    f_web_space: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_Site.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 20:
                if i < 10:
                    if i < 5:
                        if i < 2:
                            if i < 1:
                                f_admin_enabled = from_bool(child.text, False)
                            else:
                                f_availability_state = (child.text or '')
                        else:
                            if i < 3:
                                f_cers = (child.text or '')
                            else:
                                if i < 4:
                                    f_client_affinity_enabled = from_bool(child.text)
                                else:
                                    f_client_cert_enabled = from_bool(child.text)
                    else:
                        if i < 7:
                            if i < 6:
                                f_cloning_info = (child.text or '')
                            else:
                                f_compute_mode = (child.text or '')
                        else:
                            if i < 8:
                                f_content_availability_state = (child.text or '')
                            else:
                                if i < 9:
                                    f_csrs = (child.text or '')
                                else:
                                    f_deployment_id = (child.text or '')
                else:
                    if i < 15:
                        if i < 12:
                            if i < 11:
                                f_enabled = from_bool(child.text, False)
                            else:
                                f_enabled_host_names = m.HostNameList([(c.text or '') for c in child])
                        else:
                            if i < 13:
                                f_gateway_site_name = (child.text or '')
                            else:
                                if i < 14:
                                    f_host_name_ssl_states = m.HostNameSslStates([read_HostNameSslState(c) for c in child])
                                else:
                                    f_host_names = m.HostNameList([(c.text or '') for c in child])
                    else:
                        if i < 17:
                            if i < 16:
                                f_hosting_environment = (child.text or '')
                            else:
                                f_hosting_environment_id = (child.text or '')
                        else:
                            if i < 18:
                                f_kind = (child.text or '')
                            else:
                                if i < 19:
                                    f_last_modified_time_utc = from_datetime(child.text, EMPTY_TIMESTAMP)
                                else:
                                    f_micro_service = (child.text or '')
            else:
                if i < 30:
                    if i < 25:
                        if i < 22:
                            if i < 21:
                                f_name = (child.text or '')
                            else:
                                f_outbound_ip_addresses = (child.text or '')
                        else:
                            if i < 23:
                                f_owner = (child.text or '')
                            else:
                                if i < 24:
                                    f_premium_app_deployed = from_bool(child.text)
                                else:
                                    f_repository_site_name = (child.text or '')
                    else:
                        if i < 27:
                            if i < 26:
                                f_runtime_availability_state = (child.text or '')
                            else:
                                f_sku = (child.text or '')
                        else:
                            if i < 28:
                                f_ssl_certificates = (child.text or '')
                            else:
                                if i < 29:
                                    f_scm_site_also_stopped = from_bool(child.text)
                                else:
                                    f_self_link = (child.text or '')
                else:
                    if i < 35:
                        if i < 32:
                            if i < 31:
                                f_server_farm = (child.text or '')
                            else:
                                f_server_farm_id = (child.text or '')
                        else:
                            if i < 33:
                                f_site_config = (child.text or '')
                            else:
                                if i < 34:
                                    f_site_mode = (child.text or '')
                                else:
                                    f_site_properties = read_SiteProperties(child)
                    else:
                        if i < 38:
                            if i < 36:
                                f_state = (child.text or '')
                            else:
                                if i < 37:
                                    f_storage_recovery_default_state = (child.text or '')
                                else:
                                    f_target_swap_slot = (child.text or '')
                        else:
                            if i < 39:
                                f_traffic_manager_host_names = m.HostNameList([(c.text or '') for c in child])
                            else:
                                if i < 40:
                                    f_usage_state = (child.text or '')
                                else:
                                    f_web_space = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Site)
    obj.__dict__ = {
        'admin_enabled': f_admin_enabled,
        'availability_state': f_availability_state,
        'cers': f_cers,
        'client_affinity_enabled': f_client_affinity_enabled,
        'client_cert_enabled': f_client_cert_enabled,
        'cloning_info': f_cloning_info,
        'compute_mode': f_compute_mode,
        'content_availability_state': f_content_availability_state,
        'csrs': f_csrs,
        'deployment_id': f_deployment_id,
        'enabled': f_enabled,
        'enabled_host_names': f_enabled_host_names,
        'gateway_site_name': f_gateway_site_name,
        'host_name_ssl_states': f_host_name_ssl_states,
        'host_names': f_host_names,
        'hosting_environment': f_hosting_environment,
        'hosting_environment_id': f_hosting_environment_id,
        'kind': f_kind,
        'last_modified_time_utc': f_last_modified_time_utc,
        'micro_service': f_micro_service,
        'name': f_name,
        'outbound_ip_addresses': f_outbound_ip_addresses,
        'owner': f_owner,
        'premium_app_deployed': f_premium_app_deployed,
        'repository_site_name': f_repository_site_name,
        'runtime_availability_state': f_runtime_availability_state,
        'sku': f_sku,
        'ssl_certificates': f_ssl_certificates,
        'scm_site_also_stopped': f_scm_site_also_stopped,
        'self_link': f_self_link,
        'server_farm': f_server_farm,
        'server_farm_id': f_server_farm_id,
        'site_config': f_site_config,
        'site_mode': f_site_mode,
        'site_properties': f_site_properties,
        'state': f_state,
        'storage_recovery_default_state': f_storage_recovery_default_state,
        'target_swap_slot': f_target_swap_slot,
        'traffic_manager_host_names': f_traffic_manager_host_names,
        'usage_state': f_usage_state,
        'web_space': f_web_space,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Site(obj: m.Site, out: list[str]) -> None:
    v = obj.admin_enabled
    if v is not None:
        out.append('<AdminEnabled>' + boolean(v) + '</AdminEnabled>')
    v = obj.availability_state
    if v is not None:
        out.append('<AvailabilityState>' + text(v) + '</AvailabilityState>')
    v = obj.cers
    if v is not None:
        out.append('<Cers>' + text(v) + '</Cers>')
    v = obj.client_affinity_enabled
    if v is not None:
        out.append('<ClientAffinityEnabled>' + boolean(v) + '</ClientAffinityEnabled>')
    v = obj.client_cert_enabled
    if v is not None:
        out.append('<ClientCertEnabled>' + boolean(v) + '</ClientCertEnabled>')
    v = obj.cloning_info
    if v is not None:
        out.append('<CloningInfo>' + text(v) + '</CloningInfo>')
    v = obj.compute_mode
    if v is not None:
        out.append('<ComputeMode>' + text(v) + '</ComputeMode>')
    v = obj.content_availability_state
    if v is not None:
        out.append('<ContentAvailabilityState>' + text(v) + '</ContentAvailabilityState>')
    v = obj.csrs
    if v is not None:
        out.append('<Csrs>' + text(v) + '</Csrs>')
    v = obj.deployment_id
    if v is not None:
        out.append('<DeploymentId>' + text(v) + '</DeploymentId>')
    v = obj.enabled
    if v is not None:
        out.append('<Enabled>' + boolean(v) + '</Enabled>')
    v = obj.enabled_host_names
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<EnabledHostNames xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">')
        for item in v:
            out.append('<a:string>' + text(item) + '</a:string>')
        out.append('</EnabledHostNames>')
    v = obj.gateway_site_name
    if v is not None:
        out.append('<GatewaySiteName>' + text(v) + '</GatewaySiteName>')
    v = obj.host_name_ssl_states
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<HostNameSslStates>')
        for item in v:
            out.append('<HostNameSslState>')
            write_HostNameSslState(item, out)
            out.append('</HostNameSslState>')
        out.append('</HostNameSslStates>')
    v = obj.host_names
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<HostNames xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">')
        for item in v:
            out.append('<a:string>' + text(item) + '</a:string>')
        out.append('</HostNames>')
    v = obj.hosting_environment
    if v is not None:
        out.append('<HostingEnvironment>' + text(v) + '</HostingEnvironment>')
    v = obj.hosting_environment_id
    if v is not None:
        out.append('<HostingEnvironmentId>' + text(v) + '</HostingEnvironmentId>')
    v = obj.kind
    if v is not None:
        out.append('<Kind>' + text(v) + '</Kind>')
    v = obj.last_modified_time_utc
    if v:
        out.append('<LastModifiedTimeUtc>' + dt(v) + '</LastModifiedTimeUtc>')
    v = obj.micro_service
    if v is not None:
        out.append('<MicroService>' + text(v) + '</MicroService>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.outbound_ip_addresses
    if v is not None:
        out.append('<OutboundIpAddresses>' + text(v) + '</OutboundIpAddresses>')
    v = obj.owner
    if v is not None:
        out.append('<Owner>' + text(v) + '</Owner>')
    v = obj.premium_app_deployed
    if v is not None:
        out.append('<PremiumAppDeployed>' + boolean(v) + '</PremiumAppDeployed>')
    v = obj.repository_site_name
    if v is not None:
        out.append('<RepositorySiteName>' + text(v) + '</RepositorySiteName>')
    v = obj.runtime_availability_state
    if v is not None:
        out.append('<RuntimeAvailabilityState>' + text(v) + '</RuntimeAvailabilityState>')
    v = obj.sku
    if v is not None:
        out.append('<SKU>' + text(v) + '</SKU>')
    v = obj.ssl_certificates
    if v is not None:
        out.append('<SSLCertificates>' + text(v) + '</SSLCertificates>')
    v = obj.scm_site_also_stopped
    if v is not None:
        out.append('<ScmSiteAlsoStopped>' + boolean(v) + '</ScmSiteAlsoStopped>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.server_farm
    if v is not None:
        out.append('<ServerFarm>' + text(v) + '</ServerFarm>')
    v = obj.server_farm_id
    if v is not None:
        out.append('<ServerFarmId>' + text(v) + '</ServerFarmId>')
    v = obj.site_config
    if v is not None:
        out.append('<SiteConfig>' + text(v) + '</SiteConfig>')
    v = obj.site_mode
    if v is not None:
        out.append('<SiteMode>' + text(v) + '</SiteMode>')
    v = obj.site_properties
    if v is not None:
        out.append('<SiteProperties>')
        write_SiteProperties(v, out)
        out.append('</SiteProperties>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.storage_recovery_default_state
    if v is not None:
        out.append('<StorageRecoveryDefaultState>' + text(v) + '</StorageRecoveryDefaultState>')
    v = obj.target_swap_slot
    if v is not None:
        out.append('<TargetSwapSlot>' + text(v) + '</TargetSwapSlot>')
    v = obj.traffic_manager_host_names
    if v is not None:
        out.append('<TrafficManagerHostNames xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">')
        for item in v:
            out.append('<a:string>' + text(item) + '</a:string>')
        out.append('</TrafficManagerHostNames>')
    v = obj.usage_state
    if v is not None:
        out.append('<UsageState>' + text(v) + '</UsageState>')
    v = obj.web_space
    if v is not None:
        out.append('<WebSpace>' + text(v) + '</WebSpace>')


def read_SiteProperties(el: Element) -> m.SiteProperties:
    f_app_settings: Any = {}
    f_metadata: Any = {}
    f_properties: Any = {}
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}AppSettings':
            f_app_settings = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}Metadata':
            f_metadata = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}Properties':
            f_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SiteProperties)
    obj.__dict__ = {
        'app_settings': f_app_settings,
        'metadata': f_metadata,
        'properties': f_properties,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SiteProperties(obj: m.SiteProperties, out: list[str]) -> None:
    v = obj.app_settings
    if v is not None:
        out.append('<AppSettings>')
        for key, value in v.items():
            out.append('<NameValuePair><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></NameValuePair>')
        out.append('</AppSettings>')
    v = obj.metadata
    if v is not None:
        out.append('<Metadata>')
        for key, value in v.items():
            out.append('<NameValuePair><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></NameValuePair>')
        out.append('</Metadata>')
    v = obj.properties
    if v is not None:
        out.append('<Properties>')
        for key, value in v.items():
            out.append('<NameValuePair><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></NameValuePair>')
        out.append('</Properties>')


def read_Sites(el: Element) -> m.Sites:
    return m.Sites([read_Site(c) for c in el])


def write_Sites(v: list[m.Site], out: list[str]) -> None:
    for item in v:
        out.append('<Site>')
        write_Site(item, out)
        out.append('</Site>')


_TAGS_SqlServiceResource = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}Id': 5,
    '{http://schemas.microsoft.com/windowsazure}IsDefault': 6,
    '{http://schemas.microsoft.com/windowsazure}IsSystem': 7,
    '{http://schemas.microsoft.com/windowsazure}Edition': 8,
    '{http://schemas.microsoft.com/windowsazure}MaxSizeGB': 9,
    '{http://schemas.microsoft.com/windowsazure}CollationName': 10,
    '{http://schemas.microsoft.com/windowsazure}CreationDate': 11,
    '{http://schemas.microsoft.com/windowsazure}IsFederationRoot': 12,
    '{http://schemas.microsoft.com/windowsazure}IsSystemObject': 13,
    '{http://schemas.microsoft.com/windowsazure}SizeMB': 14,
    '{http://schemas.microsoft.com/windowsazure}MaxSizeBytes': 15,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveId': 16,
    '{http://schemas.microsoft.com/windowsazure}AssignedServiceObjectiveId': 17,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentState': 18,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentStateDescription': 19,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentErrorCode': 20,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentErrorDescription': 21,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentSuccessDate': 22,
    '{http://schemas.microsoft.com/windowsazure}RecoveryPeriodStartDate': 23,
    '{http://schemas.microsoft.com/windowsazure}IsSuspended': 24,
    '{http://schemas.microsoft.com/windowsazure}DatabaseName': 25,
    '{http://schemas.microsoft.com/windowsazure}StartTimeUtc': 26,
    '{http://schemas.microsoft.com/windowsazure}IntervalSizeInMinutes': 27,
    '{http://schemas.microsoft.com/windowsazure}EventCategory': 28,
    '{http://schemas.microsoft.com/windowsazure}EventType': 29,
    '{http://schemas.microsoft.com/windowsazure}EventSubtype': 30,
    '{http://schemas.microsoft.com/windowsazure}EventSubtypeDescription': 31,
    '{http://schemas.microsoft.com/windowsazure}NumberOfEvents': 32,
    '{http://schemas.microsoft.com/windowsazure}Severity': 33,
    '{http://schemas.microsoft.com/windowsazure}Description': 34,
    '{http://schemas.microsoft.com/windowsazure}Enabled': 35,
    '{http://schemas.microsoft.com/windowsazure}DimensionSettings': 36,
    '{http://schemas.microsoft.com/windowsazure}AdditionalData': 37,
    '{http://schemas.microsoft.com/windowsazure}StartIPAddress': 38,
    '{http://schemas.microsoft.com/windowsazure}EndIPAddress': 39,
    '{http://schemas.microsoft.com/windowsazure}Value': 40,
}


def read_SqlServiceResource(el: Element) -> m.SqlServiceResource:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_id: Any = ''
    f_is_default: Any = None
    f_is_system: Any = None
    f_edition: Any = ''
    f_max_size_gb: Any = None
    f_collation_name: Any = ''
    f_creation_date: Any = None
    f_is_federation_root: Any = None
    f_is_system_object: Any = None
    f_size_mb: Any = None
    f_max_size_bytes: Any = None
    f_service_objective_id: Any = ''
    f_assigned_service_objective_id: Any = ''
    f_service_objective_assignment_state: Any = None
    f_service_objective_assignment_state_description: Any = ''
    f_service_objective_assignment_error_code: Any = None
    f_service_objective_assignment_error_description: Any = ''
    f_service_objective_assignment_success_date: Any = None
    f_recovery_period_start_date: Any = None
    f_is_suspended: Any = None
    f_database_name: Any = ''
    f_start_time_utc: Any = None
    f_interval_size_in_minutes: Any = None
    f_event_category: Any = ''
    f_event_type: Any = ''
    f_event_subtype: Any = None
    f_event_subtype_description: Any = ''
    f_number_of_events: Any = None
    f_severity: Any = None
    f_description: Any = ''
    f_enabled: Any = None
    f_dimension_settings: Any = m.DimensionSettings()
    f_additional_data: Any = ''
    f_start_ip_address: Any = ''
    f_end_ip_address: Any = ''
    f_value: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_SqlServiceResource.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 20:
                if i < 10:
                    if i < 5:
                        if i < 2:
                            if i < 1:
                                f_name = (child.text or '')
                            else:
                                f_type = (child.text or '')
                        else:
                            if i < 3:
                                f_state = (child.text or '')
                            else:
                                if i < 4:
                                    f_self_link = (child.text or '')
                                else:
                                    f_parent_link = (child.text or '')
                    else:
                        if i < 7:
                            if i < 6:
                                f_id = (child.text or '')
                            else:
                                f_is_default = from_bool(child.text)
                        else:
                            if i < 8:
                                f_is_system = from_bool(child.text)
                            else:
                                if i < 9:
                                    f_edition = (child.text or '')
                                else:
                                    f_max_size_gb = from_int(child.text)
                else:
                    if i < 15:
                        if i < 12:
                            if i < 11:
                                f_collation_name = (child.text or '')
                            else:
                                f_creation_date = from_datetime(child.text)
                        else:
                            if i < 13:
                                f_is_federation_root = from_bool(child.text)
                            else:
                                if i < 14:
                                    f_is_system_object = from_bool(child.text)
                                else:
                                    f_size_mb = from_float(child.text)
                    else:
                        if i < 17:
                            if i < 16:
                                f_max_size_bytes = from_int(child.text)
                            else:
                                f_service_objective_id = (child.text or '')
                        else:
                            if i < 18:
                                f_assigned_service_objective_id = (child.text or '')
                            else:
                                if i < 19:
                                    f_service_objective_assignment_state = from_int(child.text)
                                else:
                                    f_service_objective_assignment_state_description = (child.text or '')
            else:
                if i < 30:
                    if i < 25:
                        if i < 22:
                            if i < 21:
                                f_service_objective_assignment_error_code = from_int(child.text)
                            else:
                                f_service_objective_assignment_error_description = (child.text or '')
                        else:
                            if i < 23:
                                f_service_objective_assignment_success_date = from_datetime(child.text)
                            else:
                                if i < 24:
                                    f_recovery_period_start_date = from_datetime(child.text)
                                else:
                                    f_is_suspended = from_bool(child.text)
                    else:
                        if i < 27:
                            if i < 26:
                                f_database_name = (child.text or '')
                            else:
                                f_start_time_utc = from_datetime(child.text)
                        else:
                            if i < 28:
                                f_interval_size_in_minutes = from_int(child.text)
                            else:
                                if i < 29:
                                    f_event_category = (child.text or '')
                                else:
                                    f_event_type = (child.text or '')
                else:
                    if i < 35:
                        if i < 32:
                            if i < 31:
                                f_event_subtype = from_int(child.text)
                            else:
                                f_event_subtype_description = (child.text or '')
                        else:
                            if i < 33:
                                f_number_of_events = from_int(child.text)
                            else:
                                if i < 34:
                                    f_severity = from_int(child.text)
                                else:
                                    f_description = (child.text or '')
                    else:
                        if i < 38:
                            if i < 36:
                                f_enabled = from_bool(child.text)
                            else:
                                if i < 37:
                                    f_dimension_settings = m.DimensionSettings([read_DimensionSetting(c) for c in child])
                                else:
                                    f_additional_data = (child.text or '')
                        else:
                            if i < 39:
                                f_start_ip_address = (child.text or '')
                            else:
                                if i < 40:
                                    f_end_ip_address = (child.text or '')
                                else:
                                    f_value = from_int(child.text)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SqlServiceResource)
    obj.__dict__ = {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'id': f_id,
        'is_default': f_is_default,
        'is_system': f_is_system,
        'edition': f_edition,
        'max_size_gb': f_max_size_gb,
        'collation_name': f_collation_name,
        'creation_date': f_creation_date,
        'is_federation_root': f_is_federation_root,
        'is_system_object': f_is_system_object,
        'size_mb': f_size_mb,
        'max_size_bytes': f_max_size_bytes,
        'service_objective_id': f_service_objective_id,
        'assigned_service_objective_id': f_assigned_service_objective_id,
        'service_objective_assignment_state': f_service_objective_assignment_state,
        'service_objective_assignment_state_description': f_service_objective_assignment_state_description,
        'service_objective_assignment_error_code': f_service_objective_assignment_error_code,
        'service_objective_assignment_error_description': f_service_objective_assignment_error_description,
        'service_objective_assignment_success_date': f_service_objective_assignment_success_date,
        'recovery_period_start_date': f_recovery_period_start_date,
        'is_suspended': f_is_suspended,
        'database_name': f_database_name,
        'start_time_utc': f_start_time_utc,
        'interval_size_in_minutes': f_interval_size_in_minutes,
        'event_category': f_event_category,
        'event_type': f_event_type,
        'event_subtype': f_event_subtype,
        'event_subtype_description': f_event_subtype_description,
        'number_of_events': f_number_of_events,
        'severity': f_severity,
        'description': f_description,
        'enabled': f_enabled,
        'dimension_settings': f_dimension_settings,
        'additional_data': f_additional_data,
        'start_ip_address': f_start_ip_address,
        'end_ip_address': f_end_ip_address,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SqlServiceResource(obj: m.SqlServiceResource, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.is_default
    if v is not None:
        out.append('<IsDefault>' + boolean(v) + '</IsDefault>')
    v = obj.is_system
    if v is not None:
        out.append('<IsSystem>' + boolean(v) + '</IsSystem>')
    v = obj.edition
    if v is not None:
        out.append('<Edition>' + text(v) + '</Edition>')
    v = obj.max_size_gb
    if v is not None:
        out.append('<MaxSizeGB>' + number(v) + '</MaxSizeGB>')
    v = obj.collation_name
    if v is not None:
        out.append('<CollationName>' + text(v) + '</CollationName>')
    v = obj.creation_date
    if v is not None:
        out.append('<CreationDate>' + dt(v) + '</CreationDate>')
    v = obj.is_federation_root
    if v is not None:
        out.append('<IsFederationRoot>' + boolean(v) + '</IsFederationRoot>')
    v = obj.is_system_object
    if v is not None:
        out.append('<IsSystemObject>' + boolean(v) + '</IsSystemObject>')
    v = obj.size_mb
    if v is not None:
        out.append('<SizeMB>' + number(v) + '</SizeMB>')
    v = obj.max_size_bytes
    if v is not None:
        out.append('<MaxSizeBytes>' + number(v) + '</MaxSizeBytes>')
    v = obj.service_objective_id
    if v is not None:
        out.append('<ServiceObjectiveId>' + text(v) + '</ServiceObjectiveId>')
    v = obj.assigned_service_objective_id
    if v is not None:
        out.append('<AssignedServiceObjectiveId>' + text(v) + '</AssignedServiceObjectiveId>')
    v = obj.service_objective_assignment_state
    if v is not None:
        out.append('<ServiceObjectiveAssignmentState>' + number(v) + '</ServiceObjectiveAssignmentState>')
    v = obj.service_objective_assignment_state_description
    if v is not None:
        out.append('<ServiceObjectiveAssignmentStateDescription>' + text(v) + '</ServiceObjectiveAssignmentStateDescription>')
    v = obj.service_objective_assignment_error_code
    if v is not None:
        out.append('<ServiceObjectiveAssignmentErrorCode>' + number(v) + '</ServiceObjectiveAssignmentErrorCode>')
    v = obj.service_objective_assignment_error_description
    if v is not None:
        out.append('<ServiceObjectiveAssignmentErrorDescription>' + text(v) + '</ServiceObjectiveAssignmentErrorDescription>')
    v = obj.service_objective_assignment_success_date
    if v is not None:
        out.append('<ServiceObjectiveAssignmentSuccessDate>' + dt(v) + '</ServiceObjectiveAssignmentSuccessDate>')
    v = obj.recovery_period_start_date
    if v is not None:
        out.append('<RecoveryPeriodStartDate>' + dt(v) + '</RecoveryPeriodStartDate>')
    v = obj.is_suspended
    if v is not None:
        out.append('<IsSuspended>' + boolean(v) + '</IsSuspended>')
    v = obj.database_name
    if v is not None:
        out.append('<DatabaseName>' + text(v) + '</DatabaseName>')
    v = obj.start_time_utc
    if v is not None:
        out.append('<StartTimeUtc>' + dt(v) + '</StartTimeUtc>')
    v = obj.interval_size_in_minutes
    if v is not None:
        out.append('<IntervalSizeInMinutes>' + number(v) + '</IntervalSizeInMinutes>')
    v = obj.event_category
    if v is not None:
        out.append('<EventCategory>' + text(v) + '</EventCategory>')
    v = obj.event_type
    if v is not None:
        out.append('<EventType>' + text(v) + '</EventType>')
    v = obj.event_subtype
    if v is not None:
        out.append('<EventSubtype>' + number(v) + '</EventSubtype>')
    v = obj.event_subtype_description
    if v is not None:
        out.append('<EventSubtypeDescription>' + text(v) + '</EventSubtypeDescription>')
    v = obj.number_of_events
    if v is not None:
        out.append('<NumberOfEvents>' + number(v) + '</NumberOfEvents>')
    v = obj.severity
    if v is not None:
        out.append('<Severity>' + number(v) + '</Severity>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.enabled
    if v is not None:
        out.append('<Enabled>' + boolean(v) + '</Enabled>')
    v = obj.dimension_settings
    if v is not None:
        out.append('<DimensionSettings>')
        for item in v:
            out.append('<ServiceResource>')
            write_DimensionSetting(item, out)
            out.append('</ServiceResource>')
        out.append('</DimensionSettings>')
    v = obj.additional_data
    if v is not None:
        out.append('<AdditionalData>' + text(v) + '</AdditionalData>')
    v = obj.start_ip_address
    if v is not None:
        out.append('<StartIPAddress>' + text(v) + '</StartIPAddress>')
    v = obj.end_ip_address
    if v is not None:
        out.append('<EndIPAddress>' + text(v) + '</EndIPAddress>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + number(v) + '</Value>')


def read_SqlServiceResources(el: Element) -> m.SqlServiceResources:
    return m.SqlServiceResources([read_SqlServiceResource(c) for c in el])


def write_SqlServiceResources(v: list[m.SqlServiceResource], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_SqlServiceResource(item, out)
        out.append('</ServiceResource>')


def read_StartRoleOperation(el: Element) -> m.StartRoleOperation:
    f_operation_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}OperationType':
            f_operation_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.StartRoleOperation)
    obj.__dict__ = {
        'operation_type': f_operation_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_StartRoleOperation(obj: m.StartRoleOperation, out: list[str]) -> None:
    v = obj.operation_type
    if v is not None:
        out.append('<OperationType>' + text(v) + '</OperationType>')


def read_StartRolesOperation(el: Element) -> m.StartRolesOperation:
    f_operation_type: Any = ''
    f_roles: Any = m.RoleNames()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}OperationType':
            f_operation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Roles':
            f_roles = m.RoleNames([(c.text or '') for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.StartRolesOperation)
    obj.__dict__ = {
        'operation_type': f_operation_type,
        'roles': f_roles,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_StartRolesOperation(obj: m.StartRolesOperation, out: list[str]) -> None:
    v = obj.operation_type
    if v is not None:
        out.append('<OperationType>' + text(v) + '</OperationType>')
    v = obj.roles
    if v is not None:
        out.append('<Roles>')
        for item in v:
            out.append('<Name>' + text(item) + '</Name>')
        out.append('</Roles>')


_TAGS_StorageAccountProperties = {
    '{http://schemas.microsoft.com/windowsazure}Description': 0,
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 1,
    '{http://schemas.microsoft.com/windowsazure}Location': 2,
    '{http://schemas.microsoft.com/windowsazure}Label': 3,
    '{http://schemas.microsoft.com/windowsazure}Status': 4,
    '{http://schemas.microsoft.com/windowsazure}Endpoints': 5,
    '{http://schemas.microsoft.com/windowsazure}GeoReplicationEnabled': 6,
    '{http://schemas.microsoft.com/windowsazure}GeoPrimaryRegion': 7,
    '{http://schemas.microsoft.com/windowsazure}StatusOfPrimary': 8,
    '{http://schemas.microsoft.com/windowsazure}GeoSecondaryRegion': 9,
    '{http://schemas.microsoft.com/windowsazure}StatusOfSecondary': 10,
    '{http://schemas.microsoft.com/windowsazure}LastGeoFailoverTime': 11,
    '{http://schemas.microsoft.com/windowsazure}CreationTime': 12,
    '{http://schemas.microsoft.com/windowsazure}CustomDomains': 13,
    '{http://schemas.microsoft.com/windowsazure}SecondaryReadEnabled': 14,
    '{http://schemas.microsoft.com/windowsazure}SecondaryEndpoints': 15,
    '{http://schemas.microsoft.com/windowsazure}AccountType': 16,
}


def read_StorageAccountProperties(el: Element) -> m.StorageAccountProperties:
    f_description: Any = ''
    f_affinity_group: Any = ''
    f_location: Any = ''
    f_label: Any = ''
    f_status: Any = ''
    f_endpoints: Any = m.StorageEndpoints()
    f_geo_replication_enabled: Any = False
    f_geo_primary_region: Any = ''
    f_status_of_primary: Any = ''
    f_geo_secondary_region: Any = ''
    f_status_of_secondary: Any = ''
    f_last_geo_failover_time: Any = EMPTY_TIMESTAMP
    f_creation_time: Any = EMPTY_TIMESTAMP
    f_custom_domains: Any = m.CustomDomains()
    f_secondary_read_enabled: Any = None
    f_secondary_endpoints: Any = m.StorageEndpoints()
    f_account_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_StorageAccountProperties.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 8:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_description = (child.text or '')
                        else:
                            f_affinity_group = (child.text or '')
                    else:
                        if i < 3:
                            f_location = (child.text or '')
                        else:
                            f_label = from_b64(child.text)
                else:
                    if i < 6:
                        if i < 5:
                            f_status = (child.text or '')
                        else:
                            f_endpoints = m.StorageEndpoints([(c.text or '') for c in child])
                    else:
                        if i < 7:
                            f_geo_replication_enabled = from_bool(child.text, False)
                        else:
                            f_geo_primary_region = (child.text or '')
            else:
                if i < 12:
                    if i < 10:
                        if i < 9:
                            f_status_of_primary = (child.text or '')
                        else:
                            f_geo_secondary_region = (child.text or '')
                    else:
                        if i < 11:
                            f_status_of_secondary = (child.text or '')
                        else:
                            f_last_geo_failover_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                else:
                    if i < 14:
                        if i < 13:
                            f_creation_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_custom_domains = m.CustomDomains([read_CustomDomain(c) for c in child])
                    else:
                        if i < 15:
                            f_secondary_read_enabled = from_bool(child.text)
                        else:
                            if i < 16:
                                f_secondary_endpoints = m.StorageEndpoints([(c.text or '') for c in child])
                            else:
                                f_account_type = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.StorageAccountProperties)
    obj.__dict__ = {
        'description': f_description,
        'affinity_group': f_affinity_group,
        'location': f_location,
        'label': f_label,
        'status': f_status,
        'endpoints': f_endpoints,
        'geo_replication_enabled': f_geo_replication_enabled,
        'geo_primary_region': f_geo_primary_region,
        'status_of_primary': f_status_of_primary,
        'geo_secondary_region': f_geo_secondary_region,
        'status_of_secondary': f_status_of_secondary,
        'last_geo_failover_time': f_last_geo_failover_time,
        'creation_time': f_creation_time,
        'custom_domains': f_custom_domains,
        'secondary_read_enabled': f_secondary_read_enabled,
        'secondary_endpoints': f_secondary_endpoints,
        'account_type': f_account_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_StorageAccountProperties(obj: m.StorageAccountProperties, out: list[str]) -> None:
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.endpoints
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Endpoints>')
        for item in v:
            out.append('<Endpoint>' + text(item) + '</Endpoint>')
        out.append('</Endpoints>')
    v = obj.geo_replication_enabled
    if v is not None:
        out.append('<GeoReplicationEnabled>' + boolean(v) + '</GeoReplicationEnabled>')
    v = obj.geo_primary_region
    if v is not None:
        out.append('<GeoPrimaryRegion>' + text(v) + '</GeoPrimaryRegion>')
    v = obj.status_of_primary
    if v is not None:
        out.append('<StatusOfPrimary>' + text(v) + '</StatusOfPrimary>')
    v = obj.geo_secondary_region
    if v is not None:
        out.append('<GeoSecondaryRegion>' + text(v) + '</GeoSecondaryRegion>')
    v = obj.status_of_secondary
    if v is not None:
        out.append('<StatusOfSecondary>' + text(v) + '</StatusOfSecondary>')
    v = obj.last_geo_failover_time
    if v:
        out.append('<LastGeoFailoverTime>' + dt(v) + '</LastGeoFailoverTime>')
    v = obj.creation_time
    if v:
        out.append('<CreationTime>' + dt(v) + '</CreationTime>')
    v = obj.custom_domains
    if v is not None:
        out.append('<CustomDomains>')
        for item in v:
            out.append('<CustomDomain>')
            write_CustomDomain(item, out)
            out.append('</CustomDomain>')
        out.append('</CustomDomains>')
    v = obj.secondary_read_enabled
    if v is not None:
        out.append('<SecondaryReadEnabled>' + boolean(v) + '</SecondaryReadEnabled>')
    v = obj.secondary_endpoints
    if v is not None:
        out.append('<SecondaryEndpoints>')
        for item in v:
            out.append('<Endpoint>' + text(item) + '</Endpoint>')
        out.append('</SecondaryEndpoints>')
    v = obj.account_type
    if v is not None:
        out.append('<AccountType>' + text(v) + '</AccountType>')


def read_StorageAccountTypes(el: Element) -> m.StorageAccountTypes:
    return m.StorageAccountTypes([(c.text or '') for c in el])


def write_StorageAccountTypes(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<StorageAccountType>' + text(item) + '</StorageAccountType>')


def read_StorageCapabilities(el: Element) -> m.StorageCapabilities:
    f_storage_account_types: Any = m.StorageAccountTypes()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}StorageAccountTypes':
            f_storage_account_types = m.StorageAccountTypes([(c.text or '') for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.StorageCapabilities)
    obj.__dict__ = {
        'storage_account_types': f_storage_account_types,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_StorageCapabilities(obj: m.StorageCapabilities, out: list[str]) -> None:
    v = obj.storage_account_types
    if v is not None:
        out.append('<StorageAccountTypes>')
        for item in v:
            out.append('<StorageAccountType>' + text(item) + '</StorageAccountType>')
        out.append('</StorageAccountTypes>')


def read_StorageEndpoints(el: Element) -> m.StorageEndpoints:
    return m.StorageEndpoints([(c.text or '') for c in el])


def write_StorageEndpoints(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Endpoint>' + text(item) + '</Endpoint>')


def read_StorageService(el: Element) -> m.StorageService:
    f_url: Any = ''
    f_service_name: Any = ''
    f_storage_service_properties: Any = None
    f_storage_service_keys: Any = None
    f_extended_properties: Any = {}
    f_capabilities: Any = m.CapabilityNames()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Url':
            f_url = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ServiceName':
            f_service_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StorageServiceProperties':
            f_storage_service_properties = read_StorageAccountProperties(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}StorageServiceKeys':
            f_storage_service_keys = read_StorageServiceKeys(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}Capabilities':
            f_capabilities = m.CapabilityNames([(c.text or '') for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.StorageService)
    obj.__dict__ = {
        'url': f_url,
        'service_name': f_service_name,
        'storage_service_properties': f_storage_service_properties,
        'storage_service_keys': f_storage_service_keys,
        'extended_properties': f_extended_properties,
        'capabilities': f_capabilities,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_StorageService(obj: m.StorageService, out: list[str]) -> None:
    v = obj.url
    if v is not None:
        out.append('<Url>' + text(v) + '</Url>')
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.storage_service_properties
    if v is not None:
        out.append('<StorageServiceProperties>')
        write_StorageAccountProperties(v, out)
        out.append('</StorageServiceProperties>')
    v = obj.storage_service_keys
    if v is not None:
        out.append('<StorageServiceKeys>')
        write_StorageServiceKeys(v, out)
        out.append('</StorageServiceKeys>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.capabilities
    if v is not None:
        out.append('<Capabilities>')
        for item in v:
            out.append('<Capability>' + text(item) + '</Capability>')
        out.append('</Capabilities>')


def read_StorageServiceKeys(el: Element) -> m.StorageServiceKeys:
    f_primary: Any = ''
    f_secondary: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Primary':
            f_primary = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Secondary':
            f_secondary = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.StorageServiceKeys)
    obj.__dict__ = {
        'primary': f_primary,
        'secondary': f_secondary,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_StorageServiceKeys(obj: m.StorageServiceKeys, out: list[str]) -> None:
    v = obj.primary
    if v is not None:
        out.append('<Primary>' + text(v) + '</Primary>')
    v = obj.secondary
    if v is not None:
        out.append('<Secondary>' + text(v) + '</Secondary>')


def read_StorageServices(el: Element) -> m.StorageServices:
    return m.StorageServices([read_StorageService(c) for c in el])


def write_StorageServices(v: list[m.StorageService], out: list[str]) -> None:
    for item in v:
        out.append('<StorageService>')
        write_StorageService(item, out)
        out.append('</StorageService>')


def read_StoredCertificateSettings(el: Element) -> m.StoredCertificateSettings:
    return m.StoredCertificateSettings([read_CertificateSetting(c) for c in el])


def write_StoredCertificateSettings(v: list[m.CertificateSetting], out: list[str]) -> None:
    for item in v:
        out.append('<CertificateSetting>')
        write_CertificateSetting(item, out)
        out.append('</CertificateSetting>')


def read_Subnet(el: Element) -> m.Subnet:
    f_name: Any = ''
    f_address_prefix: Any = ''
    f_network_security_group: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}AddressPrefix':
            f_address_prefix = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}NetworkSecurityGroup':
            f_network_security_group = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Subnet)
    obj.__dict__ = {
        'name': f_name,
        'address_prefix': f_address_prefix,
        'network_security_group': f_network_security_group,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Subnet(obj: m.Subnet, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.address_prefix
    if v is not None:
        out.append('<AddressPrefix>' + text(v) + '</AddressPrefix>')
    v = obj.network_security_group
    if v is not None:
        out.append('<NetworkSecurityGroup>' + text(v) + '</NetworkSecurityGroup>')


def read_Subnets(el: Element) -> m.Subnets:
    return m.Subnets([read_Subnet(c) for c in el])


def write_Subnets(v: list[m.Subnet], out: list[str]) -> None:
    for item in v:
        out.append('<Subnet>')
        write_Subnet(item, out)
        out.append('</Subnet>')


_TAGS_Subscription = {
    '{http://schemas.microsoft.com/windowsazure}SubscriptionID': 0,
    '{http://schemas.microsoft.com/windowsazure}SubscriptionName': 1,
    '{http://schemas.microsoft.com/windowsazure}SubscriptionStatus': 2,
    '{http://schemas.microsoft.com/windowsazure}AccountAdminLiveEmailId': 3,
    '{http://schemas.microsoft.com/windowsazure}ServiceAdminLiveEmailId': 4,
    '{http://schemas.microsoft.com/windowsazure}MaxCoreCount': 5,
    '{http://schemas.microsoft.com/windowsazure}MaxStorageAccounts': 6,
    '{http://schemas.microsoft.com/windowsazure}MaxHostedServices': 7,
    '{http://schemas.microsoft.com/windowsazure}CurrentCoreCount': 8,
    '{http://schemas.microsoft.com/windowsazure}CurrentHostedServices': 9,
    '{http://schemas.microsoft.com/windowsazure}CurrentStorageAccounts': 10,
    '{http://schemas.microsoft.com/windowsazure}MaxVirtualNetworkSites': 11,
    '{http://schemas.microsoft.com/windowsazure}CurrentVirtualNetworkSites': 12,
    '{http://schemas.microsoft.com/windowsazure}MaxLocalNetworkSites': 13,
    '{http://schemas.microsoft.com/windowsazure}MaxDnsServers': 14,
    '{http://schemas.microsoft.com/windowsazure}OfferCategories': 15,
    '{http://schemas.microsoft.com/windowsazure}AADTenantID': 16,
    '{http://schemas.microsoft.com/windowsazure}CreatedTime': 17,
    '{http://schemas.microsoft.com/windowsazure}MaxReservedIPs': 18,
    '{http://schemas.microsoft.com/windowsazure}CurrentReservedIPs': 19,
    '{http://schemas.microsoft.com/windowsazure}MaxPublicIPCount': 20,
    '{http://schemas.microsoft.com/windowsazure}CurrentNetworkSecurityGroups': 21,
    '{http://schemas.microsoft.com/windowsazure}MaxNetworkSecurityGroups': 22,
    '{http://schemas.microsoft.com/windowsazure}MaxNetworkSecurityRulesPerGroup': 23,
    '{http://schemas.microsoft.com/windowsazure}CurrentRouteTables': 24,
    '{http://schemas.microsoft.com/windowsazure}MaxRouteTables': 25,
    '{http://schemas.microsoft.com/windowsazure}MaxRoutesPerRouteTable': 26,
}


def read_Subscription(el: Element) -> m.Subscription:
    f_subscription_id: Any = ''
    f_subscription_name: Any = ''
    f_subscription_status: Any = ''
    f_account_admin_live_email_id: Any = ''
    f_service_admin_live_email_id: Any = ''
    f_max_core_count: Any = 0
    f_max_storage_accounts: Any = 0
    f_max_hosted_services: Any = 0
    f_current_core_count: Any = 0
    f_current_hosted_services: Any = 0
    f_current_storage_accounts: Any = 0
    f_max_virtual_network_sites: Any = 0
    f_current_virtual_network_sites: Any = 0
    f_max_local_network_sites: Any = 0
    f_max_dns_servers: Any = 0
    f_offer_categories: Any = ''
    f_aad_tenant_id: Any = ''
    f_created_time: Any = EMPTY_TIMESTAMP
    f_max_reserved_ips: Any = None
    f_current_reserved_ips: Any = None
    f_max_public_ip_count: Any = None
    f_current_network_security_groups: Any = None
    f_max_network_security_groups: Any = None
    f_max_network_security_rules_per_group: Any = None
    f_current_route_tables: Any = None
    f_max_route_tables: Any = None
    f_max_routes_per_route_table: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_Subscription.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 13:
                if i < 6:
                    if i < 3:
                        if i < 1:
                            f_subscription_id = (child.text or '')
                        else:
                            if i < 2:
                                f_subscription_name = (child.text or '')
                            else:
                                f_subscription_status = (child.text or '')
                    else:
                        if i < 4:
                            f_account_admin_live_email_id = (child.text or '')
                        else:
                            if i < 5:
                                f_service_admin_live_email_id = (child.text or '')
                            else:
                                f_max_core_count = from_int(child.text, 0)
                else:
                    if i < 9:
                        if i < 7:
                            f_max_storage_accounts = from_int(child.text, 0)
                        else:
                            if i < 8:
                                f_max_hosted_services = from_int(child.text, 0)
                            else:
                                f_current_core_count = from_int(child.text, 0)
                    else:
                        if i < 11:
                            if i < 10:
                                f_current_hosted_services = from_int(child.text, 0)
                            else:
                                f_current_storage_accounts = from_int(child.text, 0)
                        else:
                            if i < 12:
                                f_max_virtual_network_sites = from_int(child.text, 0)
                            else:
                                f_current_virtual_network_sites = from_int(child.text, 0)
            else:
                if i < 20:
                    if i < 16:
                        if i < 14:
                            f_max_local_network_sites = from_int(child.text, 0)
                        else:
                            if i < 15:
                                f_max_dns_servers = from_int(child.text, 0)
                            else:
                                f_offer_categories = (child.text or '')
                    else:
                        if i < 18:
                            if i < 17:
                                f_aad_tenant_id = (child.text or '')
                            else:
                                f_created_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            if i < 19:
                                f_max_reserved_ips = from_int(child.text)
                            else:
                                f_current_reserved_ips = from_int(child.text)
                else:
                    if i < 23:
                        if i < 21:
                            f_max_public_ip_count = from_int(child.text)
                        else:
                            if i < 22:
                                f_current_network_security_groups = from_int(child.text)
                            else:
                                f_max_network_security_groups = from_int(child.text)
                    else:
                        if i < 25:
                            if i < 24:
                                f_max_network_security_rules_per_group = from_int(child.text)
                            else:
                                f_current_route_tables = from_int(child.text)
                        else:
                            if i < 26:
                                f_max_route_tables = from_int(child.text)
                            else:
                                f_max_routes_per_route_table = from_int(child.text)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Subscription)
    obj.__dict__ = {
        'subscription_id': f_subscription_id,
        'subscription_name': f_subscription_name,
        'subscription_status': f_subscription_status,
        'account_admin_live_email_id': f_account_admin_live_email_id,
        'service_admin_live_email_id': f_service_admin_live_email_id,
        'max_core_count': f_max_core_count,
        'max_storage_accounts': f_max_storage_accounts,
        'max_hosted_services': f_max_hosted_services,
        'current_core_count': f_current_core_count,
        'current_hosted_services': f_current_hosted_services,
        'current_storage_accounts': f_current_storage_accounts,
        'max_virtual_network_sites': f_max_virtual_network_sites,
        'current_virtual_network_sites': f_current_virtual_network_sites,
        'max_local_network_sites': f_max_local_network_sites,
        'max_dns_servers': f_max_dns_servers,
        'offer_categories': f_offer_categories,
        'aad_tenant_id': f_aad_tenant_id,
        'created_time': f_created_time,
        'max_reserved_ips': f_max_reserved_ips,
        'current_reserved_ips': f_current_reserved_ips,
        'max_public_ip_count': f_max_public_ip_count,
        'current_network_security_groups': f_current_network_security_groups,
        'max_network_security_groups': f_max_network_security_groups,
        'max_network_security_rules_per_group': f_max_network_security_rules_per_group,
        'current_route_tables': f_current_route_tables,
        'max_route_tables': f_max_route_tables,
        'max_routes_per_route_table': f_max_routes_per_route_table,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Subscription(obj: m.Subscription, out: list[str]) -> None:
    v = obj.subscription_id
    if v is not None:
        out.append('<SubscriptionID>' + text(v) + '</SubscriptionID>')
    v = obj.subscription_name
    if v is not None:
        out.append('<SubscriptionName>' + text(v) + '</SubscriptionName>')
    v = obj.subscription_status
    if v is not None:
        out.append('<SubscriptionStatus>' + text(v) + '</SubscriptionStatus>')
    v = obj.account_admin_live_email_id
    if v is not None:
        out.append('<AccountAdminLiveEmailId>' + text(v) + '</AccountAdminLiveEmailId>')
    v = obj.service_admin_live_email_id
    if v is not None:
        out.append('<ServiceAdminLiveEmailId>' + text(v) + '</ServiceAdminLiveEmailId>')
    v = obj.max_core_count
    if v is not None:
        out.append('<MaxCoreCount>' + number(v) + '</MaxCoreCount>')
    v = obj.max_storage_accounts
    if v is not None:
        out.append('<MaxStorageAccounts>' + number(v) + '</MaxStorageAccounts>')
    v = obj.max_hosted_services
    if v is not None:
        out.append('<MaxHostedServices>' + number(v) + '</MaxHostedServices>')
    v = obj.current_core_count
    if v is not None:
        out.append('<CurrentCoreCount>' + number(v) + '</CurrentCoreCount>')
    v = obj.current_hosted_services
    if v is not None:
        out.append('<CurrentHostedServices>' + number(v) + '</CurrentHostedServices>')
    v = obj.current_storage_accounts
    if v is not None:
        out.append('<CurrentStorageAccounts>' + number(v) + '</CurrentStorageAccounts>')
    v = obj.max_virtual_network_sites
    if v is not None:
        out.append('<MaxVirtualNetworkSites>' + number(v) + '</MaxVirtualNetworkSites>')
    v = obj.current_virtual_network_sites
    if v is not None:
        out.append('<CurrentVirtualNetworkSites>' + number(v) + '</CurrentVirtualNetworkSites>')
    v = obj.max_local_network_sites
    if v is not None:
        out.append('<MaxLocalNetworkSites>' + number(v) + '</MaxLocalNetworkSites>')
    v = obj.max_dns_servers
    if v is not None:
        out.append('<MaxDnsServers>' + number(v) + '</MaxDnsServers>')
    v = obj.offer_categories
    if v is not None:
        out.append('<OfferCategories>' + text(v) + '</OfferCategories>')
    v = obj.aad_tenant_id
    if v is not None:
        out.append('<AADTenantID>' + text(v) + '</AADTenantID>')
    v = obj.created_time
    if v:
        out.append('<CreatedTime>' + dt(v) + '</CreatedTime>')
    v = obj.max_reserved_ips
    if v is not None:
        out.append('<MaxReservedIPs>' + number(v) + '</MaxReservedIPs>')
    v = obj.current_reserved_ips
    if v is not None:
        out.append('<CurrentReservedIPs>' + number(v) + '</CurrentReservedIPs>')
    v = obj.max_public_ip_count
    if v is not None:
        out.append('<MaxPublicIPCount>' + number(v) + '</MaxPublicIPCount>')
    v = obj.current_network_security_groups
    if v is not None:
        out.append('<CurrentNetworkSecurityGroups>' + number(v) + '</CurrentNetworkSecurityGroups>')
    v = obj.max_network_security_groups
    if v is not None:
        out.append('<MaxNetworkSecurityGroups>' + number(v) + '</MaxNetworkSecurityGroups>')
    v = obj.max_network_security_rules_per_group
    if v is not None:
        out.append('<MaxNetworkSecurityRulesPerGroup>' + number(v) + '</MaxNetworkSecurityRulesPerGroup>')
    v = obj.current_route_tables
    if v is not None:
        out.append('<CurrentRouteTables>' + number(v) + '</CurrentRouteTables>')
    v = obj.max_route_tables
    if v is not None:
        out.append('<MaxRouteTables>' + number(v) + '</MaxRouteTables>')
    v = obj.max_routes_per_route_table
    if v is not None:
        out.append('<MaxRoutesPerRouteTable>' + number(v) + '</MaxRoutesPerRouteTable>')


def read_SubscriptionCertificate(el: Element) -> m.SubscriptionCertificate:
    f_subscription_certificate_public_key: Any = ''
    f_subscription_certificate_thumbprint: Any = ''
    f_subscription_certificate_data: Any = ''
    f_created: Any = EMPTY_TIMESTAMP
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}SubscriptionCertificatePublicKey':
            f_subscription_certificate_public_key = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SubscriptionCertificateThumbprint':
            f_subscription_certificate_thumbprint = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SubscriptionCertificateData':
            f_subscription_certificate_data = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Created':
            f_created = from_datetime(child.text, EMPTY_TIMESTAMP)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SubscriptionCertificate)
    obj.__dict__ = {
        'subscription_certificate_public_key': f_subscription_certificate_public_key,
        'subscription_certificate_thumbprint': f_subscription_certificate_thumbprint,
        'subscription_certificate_data': f_subscription_certificate_data,
        'created': f_created,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SubscriptionCertificate(obj: m.SubscriptionCertificate, out: list[str]) -> None:
    v = obj.subscription_certificate_public_key
    if v is not None:
        out.append('<SubscriptionCertificatePublicKey>' + text(v) + '</SubscriptionCertificatePublicKey>')
    v = obj.subscription_certificate_thumbprint
    if v is not None:
        out.append('<SubscriptionCertificateThumbprint>' + text(v) + '</SubscriptionCertificateThumbprint>')
    v = obj.subscription_certificate_data
    if v is not None:
        out.append('<SubscriptionCertificateData>' + text(v) + '</SubscriptionCertificateData>')
    v = obj.created
    if v:
        out.append('<Created>' + dt(v) + '</Created>')


def read_SubscriptionCertificates(el: Element) -> m.SubscriptionCertificates:
    return m.SubscriptionCertificates([read_SubscriptionCertificate(c) for c in el])


def write_SubscriptionCertificates(v: list[m.SubscriptionCertificate], out: list[str]) -> None:
    for item in v:
        out.append('<SubscriptionCertificate>')
        write_SubscriptionCertificate(item, out)
        out.append('</SubscriptionCertificate>')


_TAGS_SubscriptionOperation = {
    '{http://schemas.microsoft.com/windowsazure}OperationId': 0,
    '{http://schemas.microsoft.com/windowsazure}OperationObjectId': 1,
    '{http://schemas.microsoft.com/windowsazure}OperationName': 2,
    '{http://schemas.microsoft.com/windowsazure}OperationParameters': 3,
    '{http://schemas.microsoft.com/windowsazure}OperationCaller': 4,
    '{http://schemas.microsoft.com/windowsazure}OperationStatus': 5,
    '{http://schemas.microsoft.com/windowsazure}OperationStartedTime': 6,
    '{http://schemas.microsoft.com/windowsazure}OperationCompletedTime': 7,
    '{http://schemas.microsoft.com/windowsazure}OperationKind': 8,
}


def read_SubscriptionOperation(el: Element) -> m.SubscriptionOperation:
    f_operation_id: Any = ''
    f_operation_object_id: Any = ''
    f_operation_name: Any = ''
    f_operation_parameters: Any = m.SubscriptionOperationParameters()
    f_operation_caller: Any = None
    f_operation_status: Any = None
    f_operation_started_time: Any = EMPTY_TIMESTAMP
    f_operation_completed_time: Any = EMPTY_TIMESTAMP
    f_operation_kind: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_SubscriptionOperation.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_operation_id = (child.text or '')
                    else:
                        f_operation_object_id = (child.text or '')
                else:
                    if i < 3:
                        f_operation_name = (child.text or '')
                    else:
                        f_operation_parameters = m.SubscriptionOperationParameters([read_SubscriptionOperationParameter(c) for c in child])
            else:
                if i < 6:
                    if i < 5:
                        f_operation_caller = read_OperationCaller(child)
                    else:
                        f_operation_status = read_SubscriptionOperationStatus(child)
                else:
                    if i < 7:
                        f_operation_started_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                    else:
                        if i < 8:
                            f_operation_completed_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_operation_kind = (child.text or '')
    if f_operation_caller is None:  # absent: an empty instance, as the predecessor's fresh one
        f_operation_caller = read_OperationCaller(NO_CHILDREN)
    if f_operation_status is None:  # absent: an empty instance, as the predecessor's fresh one
        f_operation_status = read_SubscriptionOperationStatus(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SubscriptionOperation)
    obj.__dict__ = {
        'operation_id': f_operation_id,
        'operation_object_id': f_operation_object_id,
        'operation_name': f_operation_name,
        'operation_parameters': f_operation_parameters,
        'operation_caller': f_operation_caller,
        'operation_status': f_operation_status,
        'operation_started_time': f_operation_started_time,
        'operation_completed_time': f_operation_completed_time,
        'operation_kind': f_operation_kind,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SubscriptionOperation(obj: m.SubscriptionOperation, out: list[str]) -> None:
    v = obj.operation_id
    if v is not None:
        out.append('<OperationId>' + text(v) + '</OperationId>')
    v = obj.operation_object_id
    if v is not None:
        out.append('<OperationObjectId>' + text(v) + '</OperationObjectId>')
    v = obj.operation_name
    if v is not None:
        out.append('<OperationName>' + text(v) + '</OperationName>')
    v = obj.operation_parameters
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<OperationParameters>')
        for item in v:
            out.append('<OperationParameter>')
            write_SubscriptionOperationParameter(item, out)
            out.append('</OperationParameter>')
        out.append('</OperationParameters>')
    v = obj.operation_caller
    if v is not None and not empty_OperationCaller(v):
        out.append('<OperationCaller>')
        write_OperationCaller(v, out)
        out.append('</OperationCaller>')
    v = obj.operation_status
    if v is not None and not empty_SubscriptionOperationStatus(v):
        out.append('<OperationStatus>')
        write_SubscriptionOperationStatus(v, out)
        out.append('</OperationStatus>')
    v = obj.operation_started_time
    if v:
        out.append('<OperationStartedTime>' + dt(v) + '</OperationStartedTime>')
    v = obj.operation_completed_time
    if v:
        out.append('<OperationCompletedTime>' + dt(v) + '</OperationCompletedTime>')
    v = obj.operation_kind
    if v is not None:
        out.append('<OperationKind>' + text(v) + '</OperationKind>')


def read_SubscriptionOperationCollection(el: Element) -> m.SubscriptionOperationCollection:
    f_subscription_operations: Any = m.SubscriptionOperations()
    f_continuation_token: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}SubscriptionOperations':
            f_subscription_operations = m.SubscriptionOperations([read_SubscriptionOperation(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}ContinuationToken':
            f_continuation_token = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SubscriptionOperationCollection)
    obj.__dict__ = {
        'subscription_operations': f_subscription_operations,
        'continuation_token': f_continuation_token,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SubscriptionOperationCollection(obj: m.SubscriptionOperationCollection, out: list[str]) -> None:
    v = obj.subscription_operations
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<SubscriptionOperations>')
        for item in v:
            out.append('<SubscriptionOperation>')
            write_SubscriptionOperation(item, out)
            out.append('</SubscriptionOperation>')
        out.append('</SubscriptionOperations>')
    v = obj.continuation_token
    if v is not None:
        out.append('<ContinuationToken>' + text(v) + '</ContinuationToken>')


def read_SubscriptionOperationParameter(el: Element) -> m.SubscriptionOperationParameter:
    f_name: Any = ''
    f_value: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement}Value':
            f_value = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SubscriptionOperationParameter)
    obj.__dict__ = {
        'name': f_name,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SubscriptionOperationParameter(obj: m.SubscriptionOperationParameter, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name xmlns="http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement">' + text(v) + '</Name>')
    v = obj.value
    if v is not None:
        out.append('<Value xmlns="http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement">' + text(v) + '</Value>')


def read_SubscriptionOperationParameters(el: Element) -> m.SubscriptionOperationParameters:
    return m.SubscriptionOperationParameters([read_SubscriptionOperationParameter(c) for c in el])


def write_SubscriptionOperationParameters(v: list[m.SubscriptionOperationParameter], out: list[str]) -> None:
    for item in v:
        out.append('<OperationParameter>')
        write_SubscriptionOperationParameter(item, out)
        out.append('</OperationParameter>')


def read_SubscriptionOperationStatus(el: Element) -> m.SubscriptionOperationStatus:
    f_id: Any = ''
    f_status: Any = ''
    f_http_status_code: Any = 0
    f_error: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ID':
            f_id = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}HttpStatusCode':
            f_http_status_code = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Error':
            f_error = read_Error(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SubscriptionOperationStatus)
    obj.__dict__ = {
        'id': f_id,
        'status': f_status,
        'http_status_code': f_http_status_code,
        'error': f_error,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SubscriptionOperationStatus(obj: m.SubscriptionOperationStatus, out: list[str]) -> None:
    v = obj.id
    if v is not None:
        out.append('<ID>' + text(v) + '</ID>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.http_status_code
    if v is not None:
        out.append('<HttpStatusCode>' + number(v) + '</HttpStatusCode>')
    v = obj.error
    if v is not None:
        out.append('<Error>')
        write_Error(v, out)
        out.append('</Error>')


def read_SubscriptionOperations(el: Element) -> m.SubscriptionOperations:
    return m.SubscriptionOperations([read_SubscriptionOperation(c) for c in el])


def write_SubscriptionOperations(v: list[m.SubscriptionOperation], out: list[str]) -> None:
    for item in v:
        out.append('<SubscriptionOperation>')
        write_SubscriptionOperation(item, out)
        out.append('</SubscriptionOperation>')


def read_Subscriptions(el: Element) -> m.Subscriptions:
    return m.Subscriptions([read_Subscription(c) for c in el])


def write_Subscriptions(v: list[m.Subscription], out: list[str]) -> None:
    for item in v:
        out.append('<Subscription>')
        write_Subscription(item, out)
        out.append('</Subscription>')


def read_Swap(el: Element) -> m.Swap:
    f_production: Any = ''
    f_source_deployment: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Production':
            f_production = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SourceDeployment':
            f_source_deployment = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Swap)
    obj.__dict__ = {
        'production': f_production,
        'source_deployment': f_source_deployment,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Swap(obj: m.Swap, out: list[str]) -> None:
    v = obj.production
    if v is not None:
        out.append('<Production>' + text(v) + '</Production>')
    v = obj.source_deployment
    if v is not None:
        out.append('<SourceDeployment>' + text(v) + '</SourceDeployment>')


_TAGS_TopicDescription = {
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DefaultMessageTimeToLive': 0,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}MaxSizeInMegabytes': 1,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RequiresDuplicateDetection': 2,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DuplicateDetectionHistoryTimeWindow': 3,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}EnableBatchedOperations': 4,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SizeInBytes': 5,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}FilteringMessagesBeforePublishing': 6,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}IsAnonymousAccessible': 7,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AuthorizationRules': 8,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Status': 9,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedAt': 10,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}UpdatedAt': 11,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AccessedAt': 12,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SupportOrdering': 13,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CountDetails': 14,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SubscriptionCount': 15,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name': 16,
}


def read_TopicDescription(el: Element) -> m.TopicDescription:
    f_default_message_time_to_live: Any = ''
    f_max_size_in_megabytes: Any = 0
    f_requires_duplicate_detection: Any = False
    f_duplicate_detection_history_time_window: Any = ''
    f_enable_batched_operations: Any = False
    f_size_in_bytes: Any = 0
    f_filtering_messages_before_publishing: Any = False
    f_is_anonymous_accessible: Any = False
    f_authorization_rules: Any = m.AuthorizationRules()
    f_status: Any = ''
    f_created_at: Any = EMPTY_TIMESTAMP
    f_updated_at: Any = EMPTY_TIMESTAMP
    f_accessed_at: Any = EMPTY_TIMESTAMP
    f_support_ordering: Any = False
    f_count_details: Any = None
    f_subscription_count: Any = 0
    f_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_TopicDescription.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 8:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_default_message_time_to_live = (child.text or '')
                        else:
                            f_max_size_in_megabytes = from_int(child.text, 0)
                    else:
                        if i < 3:
                            f_requires_duplicate_detection = from_bool(child.text, False)
                        else:
                            f_duplicate_detection_history_time_window = (child.text or '')
                else:
                    if i < 6:
                        if i < 5:
                            f_enable_batched_operations = from_bool(child.text, False)
                        else:
                            f_size_in_bytes = from_int(child.text, 0)
                    else:
                        if i < 7:
                            f_filtering_messages_before_publishing = from_bool(child.text, False)
                        else:
                            f_is_anonymous_accessible = from_bool(child.text, False)
            else:
                if i < 12:
                    if i < 10:
                        if i < 9:
                            f_authorization_rules = m.AuthorizationRules([read_AuthorizationRule(c) for c in child])
                        else:
                            f_status = (child.text or '')
                    else:
                        if i < 11:
                            f_created_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_updated_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                else:
                    if i < 14:
                        if i < 13:
                            f_accessed_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_support_ordering = from_bool(child.text, False)
                    else:
                        if i < 15:
                            f_count_details = read_CountDetails(child)
                        else:
                            if i < 16:
                                f_subscription_count = from_int(child.text, 0)
                            else:
                                f_name = (child.text or '')
    if f_count_details is None:  # absent: an empty instance, as the predecessor's fresh one
        f_count_details = read_CountDetails(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.TopicDescription)
    obj.__dict__ = {
        'default_message_time_to_live': f_default_message_time_to_live,
        'max_size_in_megabytes': f_max_size_in_megabytes,
        'requires_duplicate_detection': f_requires_duplicate_detection,
        'duplicate_detection_history_time_window': f_duplicate_detection_history_time_window,
        'enable_batched_operations': f_enable_batched_operations,
        'size_in_bytes': f_size_in_bytes,
        'filtering_messages_before_publishing': f_filtering_messages_before_publishing,
        'is_anonymous_accessible': f_is_anonymous_accessible,
        'authorization_rules': f_authorization_rules,
        'status': f_status,
        'created_at': f_created_at,
        'updated_at': f_updated_at,
        'accessed_at': f_accessed_at,
        'support_ordering': f_support_ordering,
        'count_details': f_count_details,
        'subscription_count': f_subscription_count,
        'name': f_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_TopicDescription(obj: m.TopicDescription, out: list[str]) -> None:
    v = obj.default_message_time_to_live
    if v is not None:
        out.append('<DefaultMessageTimeToLive>' + text(v) + '</DefaultMessageTimeToLive>')
    v = obj.max_size_in_megabytes
    if v is not None:
        out.append('<MaxSizeInMegabytes>' + number(v) + '</MaxSizeInMegabytes>')
    v = obj.requires_duplicate_detection
    if v is not None:
        out.append('<RequiresDuplicateDetection>' + boolean(v) + '</RequiresDuplicateDetection>')
    v = obj.duplicate_detection_history_time_window
    if v is not None:
        out.append('<DuplicateDetectionHistoryTimeWindow>' + text(v) + '</DuplicateDetectionHistoryTimeWindow>')
    v = obj.enable_batched_operations
    if v is not None:
        out.append('<EnableBatchedOperations>' + boolean(v) + '</EnableBatchedOperations>')
    v = obj.size_in_bytes
    if v is not None:
        out.append('<SizeInBytes>' + number(v) + '</SizeInBytes>')
    v = obj.filtering_messages_before_publishing
    if v is not None:
        out.append('<FilteringMessagesBeforePublishing>' + boolean(v) + '</FilteringMessagesBeforePublishing>')
    v = obj.is_anonymous_accessible
    if v is not None:
        out.append('<IsAnonymousAccessible>' + boolean(v) + '</IsAnonymousAccessible>')
    v = obj.authorization_rules
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<AuthorizationRules>')
        for item in v:
            out.append('<AuthorizationRule>')
            write_AuthorizationRule(item, out)
            out.append('</AuthorizationRule>')
        out.append('</AuthorizationRules>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.created_at
    if v:
        out.append('<CreatedAt>' + dt(v) + '</CreatedAt>')
    v = obj.updated_at
    if v:
        out.append('<UpdatedAt>' + dt(v) + '</UpdatedAt>')
    v = obj.accessed_at
    if v:
        out.append('<AccessedAt>' + dt(v) + '</AccessedAt>')
    v = obj.support_ordering
    if v is not None:
        out.append('<SupportOrdering>' + boolean(v) + '</SupportOrdering>')
    v = obj.count_details
    if v is not None and not empty_CountDetails(v):
        out.append('<CountDetails>')
        write_CountDetails(v, out)
        out.append('</CountDetails>')
    v = obj.subscription_count
    if v is not None:
        out.append('<SubscriptionCount>' + number(v) + '</SubscriptionCount>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


def read_UnattendComponent(el: Element) -> m.UnattendComponent:
    f_component_name: Any = ''
    f_component_settings: Any = m.ComponentSettings()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ComponentName':
            f_component_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ComponentSettings':
            f_component_settings = m.ComponentSettings([read_ComponentSetting(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UnattendComponent)
    obj.__dict__ = {
        'component_name': f_component_name,
        'component_settings': f_component_settings,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UnattendComponent(obj: m.UnattendComponent, out: list[str]) -> None:
    v = obj.component_name
    if v is not None:
        out.append('<ComponentName>' + text(v) + '</ComponentName>')
    v = obj.component_settings
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<ComponentSettings>')
        for item in v:
            out.append('<ComponentSetting>')
            write_ComponentSetting(item, out)
            out.append('</ComponentSetting>')
        out.append('</ComponentSettings>')


def read_UnattendComponents(el: Element) -> m.UnattendComponents:
    return m.UnattendComponents([read_UnattendComponent(c) for c in el])


def write_UnattendComponents(v: list[m.UnattendComponent], out: list[str]) -> None:
    for item in v:
        out.append('<UnattendComponent>')
        write_UnattendComponent(item, out)
        out.append('</UnattendComponent>')


def read_UnattendPass(el: Element) -> m.UnattendPass:
    f_pass_name: Any = ''
    f_components: Any = m.UnattendComponents()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}PassName':
            f_pass_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Components':
            f_components = m.UnattendComponents([read_UnattendComponent(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UnattendPass)
    obj.__dict__ = {
        'pass_name': f_pass_name,
        'components': f_components,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UnattendPass(obj: m.UnattendPass, out: list[str]) -> None:
    v = obj.pass_name
    if v is not None:
        out.append('<PassName>' + text(v) + '</PassName>')
    v = obj.components
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Components>')
        for item in v:
            out.append('<UnattendComponent>')
            write_UnattendComponent(item, out)
            out.append('</UnattendComponent>')
        out.append('</Components>')


def read_UnattendPasses(el: Element) -> m.UnattendPasses:
    return m.UnattendPasses([read_UnattendPass(c) for c in el])


def write_UnattendPasses(v: list[m.UnattendPass], out: list[str]) -> None:
    for item in v:
        out.append('<UnattendPass>')
        write_UnattendPass(item, out)
        out.append('</UnattendPass>')


def read_UpdateAffinityGroup(el: Element) -> m.UpdateAffinityGroup:
    f_label: Any = ''
    f_description: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpdateAffinityGroup)
    obj.__dict__ = {
        'label': f_label,
        'description': f_description,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpdateAffinityGroup(obj: m.UpdateAffinityGroup, out: list[str]) -> None:
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')


def read_UpdateDeploymentStatus(el: Element) -> m.UpdateDeploymentStatus:
    f_status: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpdateDeploymentStatus)
    obj.__dict__ = {
        'status': f_status,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpdateDeploymentStatus(obj: m.UpdateDeploymentStatus, out: list[str]) -> None:
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')


def read_UpdateHostedService(el: Element) -> m.UpdateHostedService:
    f_label: Any = ''
    f_description: Any = ''
    f_extended_properties: Any = {}
    f_reverse_dns_fqdn: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}ReverseDnsFqdn':
            f_reverse_dns_fqdn = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpdateHostedService)
    obj.__dict__ = {
        'label': f_label,
        'description': f_description,
        'extended_properties': f_extended_properties,
        'reverse_dns_fqdn': f_reverse_dns_fqdn,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpdateHostedService(obj: m.UpdateHostedService, out: list[str]) -> None:
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.reverse_dns_fqdn
    if v is not None:
        out.append('<ReverseDnsFqdn>' + text(v) + '</ReverseDnsFqdn>')


def read_UpdateSiteInput(el: Element) -> m.UpdateSiteInput:
    f_state: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}State':
            f_state = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpdateSiteInput)
    obj.__dict__ = {
        'state': f_state,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpdateSiteInput(obj: m.UpdateSiteInput, out: list[str]) -> None:
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')


def read_UpdateStorageServiceInput(el: Element) -> m.UpdateStorageServiceInput:
    f_description: Any = ''
    f_label: Any = ''
    f_geo_replication_enabled: Any = None
    f_extended_properties: Any = {}
    f_custom_domains: Any = m.CustomDomains()
    f_secondary_read_enabled: Any = None
    f_account_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}GeoReplicationEnabled':
            f_geo_replication_enabled = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}CustomDomains':
            f_custom_domains = m.CustomDomains([read_CustomDomain(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}SecondaryReadEnabled':
            f_secondary_read_enabled = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}AccountType':
            f_account_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpdateStorageServiceInput)
    obj.__dict__ = {
        'description': f_description,
        'label': f_label,
        'geo_replication_enabled': f_geo_replication_enabled,
        'extended_properties': f_extended_properties,
        'custom_domains': f_custom_domains,
        'secondary_read_enabled': f_secondary_read_enabled,
        'account_type': f_account_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpdateStorageServiceInput(obj: m.UpdateStorageServiceInput, out: list[str]) -> None:
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.geo_replication_enabled
    if v is not None:
        out.append('<GeoReplicationEnabled>' + boolean(v) + '</GeoReplicationEnabled>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.custom_domains
    if v is not None:
        out.append('<CustomDomains>')
        for item in v:
            out.append('<CustomDomain>')
            write_CustomDomain(item, out)
            out.append('</CustomDomain>')
        out.append('</CustomDomains>')
    v = obj.secondary_read_enabled
    if v is not None:
        out.append('<SecondaryReadEnabled>' + boolean(v) + '</SecondaryReadEnabled>')
    v = obj.account_type
    if v is not None:
        out.append('<AccountType>' + text(v) + '</AccountType>')


def read_UpgradeDeployment(el: Element) -> m.UpgradeDeployment:
    f_mode: Any = ''
    f_package_url: Any = ''
    f_configuration: Any = ''
    f_label: Any = ''
    f_role_to_upgrade: Any = ''
    f_force: Any = None
    f_extended_properties: Any = {}
    f_extension_configuration: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Mode':
            f_mode = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PackageUrl':
            f_package_url = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Configuration':
            f_configuration = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}RoleToUpgrade':
            f_role_to_upgrade = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Force':
            f_force = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtensionConfiguration':
            f_extension_configuration = read_ExtensionConfiguration(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpgradeDeployment)
    obj.__dict__ = {
        'mode': f_mode,
        'package_url': f_package_url,
        'configuration': f_configuration,
        'label': f_label,
        'role_to_upgrade': f_role_to_upgrade,
        'force': f_force,
        'extended_properties': f_extended_properties,
        'extension_configuration': f_extension_configuration,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpgradeDeployment(obj: m.UpgradeDeployment, out: list[str]) -> None:
    v = obj.mode
    if v is not None:
        out.append('<Mode>' + text(v) + '</Mode>')
    v = obj.package_url
    if v is not None:
        out.append('<PackageUrl>' + text(v) + '</PackageUrl>')
    v = obj.configuration
    if v is not None:
        out.append('<Configuration>' + text(v) + '</Configuration>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.role_to_upgrade
    if v is not None:
        out.append('<RoleToUpgrade>' + text(v) + '</RoleToUpgrade>')
    v = obj.force
    if v is not None:
        out.append('<Force>' + boolean(v) + '</Force>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.extension_configuration
    if v is not None:
        out.append('<ExtensionConfiguration>')
        write_ExtensionConfiguration(v, out)
        out.append('</ExtensionConfiguration>')


def read_UpgradeStatus(el: Element) -> m.UpgradeStatus:
    f_upgrade_type: Any = ''
    f_current_upgrade_domain_state: Any = ''
    f_current_upgrade_domain: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}UpgradeType':
            f_upgrade_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}CurrentUpgradeDomainState':
            f_current_upgrade_domain_state = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}CurrentUpgradeDomain':
            f_current_upgrade_domain = from_text_int(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpgradeStatus)
    obj.__dict__ = {
        'upgrade_type': f_upgrade_type,
        'current_upgrade_domain_state': f_current_upgrade_domain_state,
        'current_upgrade_domain': f_current_upgrade_domain,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpgradeStatus(obj: m.UpgradeStatus, out: list[str]) -> None:
    v = obj.upgrade_type
    if v is not None:
        out.append('<UpgradeType>' + text(v) + '</UpgradeType>')
    v = obj.current_upgrade_domain_state
    if v is not None:
        out.append('<CurrentUpgradeDomainState>' + text(v) + '</CurrentUpgradeDomainState>')
    v = obj.current_upgrade_domain
    if v is not None:
        out.append('<CurrentUpgradeDomain>' + number(v) + '</CurrentUpgradeDomain>')


_TAGS_VMImage = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Label': 1,
    '{http://schemas.microsoft.com/windowsazure}Category': 2,
    '{http://schemas.microsoft.com/windowsazure}Description': 3,
    '{http://schemas.microsoft.com/windowsazure}OSDiskConfiguration': 4,
    '{http://schemas.microsoft.com/windowsazure}DataDiskConfigurations': 5,
    '{http://schemas.microsoft.com/windowsazure}ServiceName': 6,
    '{http://schemas.microsoft.com/windowsazure}DeploymentName': 7,
    '{http://schemas.microsoft.com/windowsazure}RoleName': 8,
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 9,
    '{http://schemas.microsoft.com/windowsazure}Location': 10,
    '{http://schemas.microsoft.com/windowsazure}CreatedTime': 11,
    '{http://schemas.microsoft.com/windowsazure}ModifiedTime': 12,
    '{http://schemas.microsoft.com/windowsazure}Language': 13,
    '{http://schemas.microsoft.com/windowsazure}ImageFamily': 14,
    '{http://schemas.microsoft.com/windowsazure}RecommendedVMSize': 15,
    '{http://schemas.microsoft.com/windowsazure}IsPremium': 16,
    '{http://schemas.microsoft.com/windowsazure}Eula': 17,
    '{http://schemas.microsoft.com/windowsazure}IconUri': 18,
    '{http://schemas.microsoft.com/windowsazure}SmallIconUri': 19,
    '{http://schemas.microsoft.com/windowsazure}PrivacyUri': 20,
    '{http://schemas.microsoft.com/windowsazure}PublisherName': 21,
    '{http://schemas.microsoft.com/windowsazure}PublishedDate': 22,
    '{http://schemas.microsoft.com/windowsazure}ShowInGui': 23,
    '{http://schemas.microsoft.com/windowsazure}PricingDetailLink': 24,
    '{http://schemas.microsoft.com/windowsazure}VMImageState': 25,
    '{http://schemas.microsoft.com/windowsazure}RoleStateOnCapture': 26,
    '{http://schemas.microsoft.com/windowsazure}RoleSizeOnCapture': 27,
}


def read_VMImage(el: Element) -> m.VMImage:
    f_name: Any = None
    f_label: Any = None
    f_category: Any = None
    f_description: Any = None
    f_os_disk_configuration: Any = None
    f_data_disk_configurations: Any = m.DataDiskConfigurations()
    f_service_name: Any = None
    f_deployment_name: Any = None
    f_role_name: Any = None
    f_affinity_group: Any = None
    f_location: Any = None
    f_created_time: Any = None
    f_modified_time: Any = None
    f_language: Any = None
    f_image_family: Any = None
    f_recommended_vm_size: Any = None
    f_is_premium: Any = False
    f_eula: Any = None
    f_icon_uri: Any = None
    f_small_icon_uri: Any = None
    f_privacy_uri: Any = None
    f_publisher_name: Any = None
    f_published_date: Any = None
    f_show_in_gui: Any = False
    f_pricing_detail_link: Any = None
    f_vm_image_state: Any = ''
    f_role_state_on_capture: Any = ''
    f_role_size_on_capture: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_VMImage.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 14:
                if i < 7:
                    if i < 3:
                        if i < 1:
                            f_name = child.text
                        else:
                            if i < 2:
                                f_label = child.text
                            else:
                                f_category = child.text
                    else:
                        if i < 5:
                            if i < 4:
                                f_description = child.text
                            else:
                                f_os_disk_configuration = read_OSDiskConfiguration(child)
                        else:
                            if i < 6:
                                f_data_disk_configurations = m.DataDiskConfigurations([read_DataDiskConfiguration(c) for c in child])
                            else:
                                f_service_name = child.text
                else:
                    if i < 10:
                        if i < 8:
                            f_deployment_name = child.text
                        else:
                            if i < 9:
                                f_role_name = child.text
                            else:
                                f_affinity_group = child.text
                    else:
                        if i < 12:
                            if i < 11:
                                f_location = child.text
                            else:
                                f_created_time = from_datetime(child.text)
                        else:
                            if i < 13:
                                f_modified_time = from_datetime(child.text)
                            else:
                                f_language = child.text
            else:
                if i < 21:
                    if i < 17:
                        if i < 15:
                            f_image_family = child.text
                        else:
                            if i < 16:
                                f_recommended_vm_size = child.text
                            else:
                                f_is_premium = from_bool(child.text, False)
                    else:
                        if i < 19:
                            if i < 18:
                                f_eula = child.text
                            else:
                                f_icon_uri = child.text
                        else:
                            if i < 20:
                                f_small_icon_uri = child.text
                            else:
                                f_privacy_uri = child.text
                else:
                    if i < 24:
                        if i < 22:
                            f_publisher_name = child.text
                        else:
                            if i < 23:
                                f_published_date = child.text
                            else:
                                f_show_in_gui = from_bool(child.text, False)
                    else:
                        if i < 26:
                            if i < 25:
                                f_pricing_detail_link = child.text
                            else:
                                f_vm_image_state = (child.text or '')
                        else:
                            if i < 27:
                                f_role_state_on_capture = (child.text or '')
                            else:
                                f_role_size_on_capture = (child.text or '')
    if f_os_disk_configuration is None:  # absent: an empty instance, as the predecessor's fresh one
        f_os_disk_configuration = read_OSDiskConfiguration(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.VMImage)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'category': f_category,
        'description': f_description,
        'os_disk_configuration': f_os_disk_configuration,
        'data_disk_configurations': f_data_disk_configurations,
        'service_name': f_service_name,
        'deployment_name': f_deployment_name,
        'role_name': f_role_name,
        'affinity_group': f_affinity_group,
        'location': f_location,
        'created_time': f_created_time,
        'modified_time': f_modified_time,
        'language': f_language,
        'image_family': f_image_family,
        'recommended_vm_size': f_recommended_vm_size,
        'is_premium': f_is_premium,
        'eula': f_eula,
        'icon_uri': f_icon_uri,
        'small_icon_uri': f_small_icon_uri,
        'privacy_uri': f_privacy_uri,
        'publisher_name': f_publisher_name,
        'published_date': f_published_date,
        'show_in_gui': f_show_in_gui,
        'pricing_detail_link': f_pricing_detail_link,
        'vm_image_state': f_vm_image_state,
        'role_state_on_capture': f_role_state_on_capture,
        'role_size_on_capture': f_role_size_on_capture,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_VMImage(obj: m.VMImage, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.category
    if v is not None:
        out.append('<Category>' + text(v) + '</Category>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.os_disk_configuration
    if v is not None and not empty_OSDiskConfiguration(v):
        out.append('<OSDiskConfiguration>')
        write_OSDiskConfiguration(v, out)
        out.append('</OSDiskConfiguration>')
    v = obj.data_disk_configurations
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<DataDiskConfigurations>')
        for item in v:
            out.append('<DataDiskConfiguration>')
            write_DataDiskConfiguration(item, out)
            out.append('</DataDiskConfiguration>')
        out.append('</DataDiskConfigurations>')
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.deployment_name
    if v is not None:
        out.append('<DeploymentName>' + text(v) + '</DeploymentName>')
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.created_time
    if v is not None:
        out.append('<CreatedTime>' + dt(v) + '</CreatedTime>')
    v = obj.modified_time
    if v is not None:
        out.append('<ModifiedTime>' + dt(v) + '</ModifiedTime>')
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')
    v = obj.image_family
    if v is not None:
        out.append('<ImageFamily>' + text(v) + '</ImageFamily>')
    v = obj.recommended_vm_size
    if v is not None:
        out.append('<RecommendedVMSize>' + text(v) + '</RecommendedVMSize>')
    v = obj.is_premium
    if v is not None:
        out.append('<IsPremium>' + boolean(v) + '</IsPremium>')
    v = obj.eula
    if v is not None:
        out.append('<Eula>' + text(v) + '</Eula>')
    v = obj.icon_uri
    if v is not None:
        out.append('<IconUri>' + text(v) + '</IconUri>')
    v = obj.small_icon_uri
    if v is not None:
        out.append('<SmallIconUri>' + text(v) + '</SmallIconUri>')
    v = obj.privacy_uri
    if v is not None:
        out.append('<PrivacyUri>' + text(v) + '</PrivacyUri>')
    v = obj.publisher_name
    if v is not None:
        out.append('<PublisherName>' + text(v) + '</PublisherName>')
    v = obj.published_date
    if v is not None:
        out.append('<PublishedDate>' + text(v) + '</PublishedDate>')
    v = obj.show_in_gui
    if v is not None:
        out.append('<ShowInGui>' + boolean(v) + '</ShowInGui>')
    v = obj.pricing_detail_link
    if v is not None:
        out.append('<PricingDetailLink>' + text(v) + '</PricingDetailLink>')
    v = obj.vm_image_state
    if v is not None:
        out.append('<VMImageState>' + text(v) + '</VMImageState>')
    v = obj.role_state_on_capture
    if v is not None:
        out.append('<RoleStateOnCapture>' + text(v) + '</RoleStateOnCapture>')
    v = obj.role_size_on_capture
    if v is not None:
        out.append('<RoleSizeOnCapture>' + text(v) + '</RoleSizeOnCapture>')


def read_VMImages(el: Element) -> m.VMImages:
    return m.VMImages([read_VMImage(c) for c in el])


def write_VMImages(v: list[m.VMImage], out: list[str]) -> None:
    for item in v:
        out.append('<VMImage>')
        write_VMImage(item, out)
        out.append('</VMImage>')


def read_VirtualIP(el: Element) -> m.VirtualIP:
    f_address: Any = ''
    f_is_dns_programmed: Any = None
    f_name: Any = ''
    f_is_reserved: Any = False
    f_reserved_ip_name: Any = ''
    f_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Address':
            f_address = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}IsDnsProgrammed':
            f_is_dns_programmed = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}IsReserved':
            f_is_reserved = from_bool(child.text, False)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ReservedIPName':
            f_reserved_ip_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.VirtualIP)
    obj.__dict__ = {
        'address': f_address,
        'is_dns_programmed': f_is_dns_programmed,
        'name': f_name,
        'is_reserved': f_is_reserved,
        'reserved_ip_name': f_reserved_ip_name,
        'type': f_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_VirtualIP(obj: m.VirtualIP, out: list[str]) -> None:
    v = obj.address
    if v is not None:
        out.append('<Address>' + text(v) + '</Address>')
    v = obj.is_dns_programmed
    if v is not None:
        out.append('<IsDnsProgrammed>' + boolean(v) + '</IsDnsProgrammed>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.is_reserved
    if v is not None:
        out.append('<IsReserved>' + boolean(v) + '</IsReserved>')
    v = obj.reserved_ip_name
    if v is not None:
        out.append('<ReservedIPName>' + text(v) + '</ReservedIPName>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')


def read_VirtualIPs(el: Element) -> m.VirtualIPs:
    return m.VirtualIPs([read_VirtualIP(c) for c in el])


def write_VirtualIPs(v: list[m.VirtualIP], out: list[str]) -> None:
    for item in v:
        out.append('<VirtualIP>')
        write_VirtualIP(item, out)
        out.append('</VirtualIP>')


def read_VirtualMachineDeployment(el: Element) -> m.VirtualMachineDeployment:
    f_name: Any = ''
    f_deployment_slot: Any = ''
    f_label: Any = ''
    f_role_list: Any = m.RoleList()
    f_virtual_network_name: Any = ''
    f_dns: Any = None
    f_reserved_ip_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}DeploymentSlot':
            f_deployment_slot = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}RoleList':
            f_role_list = m.RoleList([read_Role(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}VirtualNetworkName':
            f_virtual_network_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Dns':
            f_dns = read_VirtualMachineDns(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ReservedIPName':
            f_reserved_ip_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.VirtualMachineDeployment)
    obj.__dict__ = {
        'name': f_name,
        'deployment_slot': f_deployment_slot,
        'label': f_label,
        'role_list': f_role_list,
        'virtual_network_name': f_virtual_network_name,
        'dns': f_dns,
        'reserved_ip_name': f_reserved_ip_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_VirtualMachineDeployment(obj: m.VirtualMachineDeployment, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.deployment_slot
    if v is not None:
        out.append('<DeploymentSlot>' + text(v) + '</DeploymentSlot>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.role_list
    if v is not None:
        out.append('<RoleList>')
        for item in v:
            out.append('<Role>')
            write_Role(item, out)
            out.append('</Role>')
        out.append('</RoleList>')
    v = obj.virtual_network_name
    if v is not None:
        out.append('<VirtualNetworkName>' + text(v) + '</VirtualNetworkName>')
    v = obj.dns
    if v is not None:
        out.append('<Dns>')
        write_VirtualMachineDns(v, out)
        out.append('</Dns>')
    v = obj.reserved_ip_name
    if v is not None:
        out.append('<ReservedIPName>' + text(v) + '</ReservedIPName>')


def read_VirtualMachineDns(el: Element) -> m.VirtualMachineDns:
    f_dns_servers: Any = m.VirtualMachineDnsServers()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}DnsServers':
            f_dns_servers = m.VirtualMachineDnsServers([read_DnsServer(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.VirtualMachineDns)
    obj.__dict__ = {
        'dns_servers': f_dns_servers,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_VirtualMachineDns(obj: m.VirtualMachineDns, out: list[str]) -> None:
    v = obj.dns_servers
    if v is not None:
        out.append('<DnsServers>')
        for item in v:
            out.append('<DnsServer>')
            write_DnsServer(item, out)
            out.append('</DnsServer>')
        out.append('</DnsServers>')


def read_VirtualMachineDnsServers(el: Element) -> m.VirtualMachineDnsServers:
    return m.VirtualMachineDnsServers([read_DnsServer(c) for c in el])


def write_VirtualMachineDnsServers(v: list[m.DnsServer], out: list[str]) -> None:
    for item in v:
        out.append('<DnsServer>')
        write_DnsServer(item, out)
        out.append('</DnsServer>')


def read_VirtualNetworkDns(el: Element) -> m.VirtualNetworkDns:
    f_dns_servers: Any = m.VirtualNetworkDnsServers()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}DnsServers':
            f_dns_servers = m.VirtualNetworkDnsServers([read_DnsServer(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.VirtualNetworkDns)
    obj.__dict__ = {
        'dns_servers': f_dns_servers,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_VirtualNetworkDns(obj: m.VirtualNetworkDns, out: list[str]) -> None:
    v = obj.dns_servers
    if v is not None:
        out.append('<DnsServers>')
        for item in v:
            out.append('<DnsServer>')
            write_DnsServer(item, out)
            out.append('</DnsServer>')
        out.append('</DnsServers>')


def read_VirtualNetworkDnsServers(el: Element) -> m.VirtualNetworkDnsServers:
    return m.VirtualNetworkDnsServers([read_DnsServer(c) for c in el])


def write_VirtualNetworkDnsServers(v: list[m.DnsServer], out: list[str]) -> None:
    for item in v:
        out.append('<DnsServer>')
        write_DnsServer(item, out)
        out.append('</DnsServer>')


def read_VirtualNetworkGateway(el: Element) -> m.VirtualNetworkGateway:
    f_profile: Any = ''
    f_sites: Any = m.LocalNetworkSites()
    f_vpn_client_address_pool: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Profile':
            f_profile = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Sites':
            f_sites = m.LocalNetworkSites([read_LocalNetworkSite(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}VPNClientAddressPool':
            f_vpn_client_address_pool = read_AddressSpace(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.VirtualNetworkGateway)
    obj.__dict__ = {
        'profile': f_profile,
        'sites': f_sites,
        'vpn_client_address_pool': f_vpn_client_address_pool,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_VirtualNetworkGateway(obj: m.VirtualNetworkGateway, out: list[str]) -> None:
    v = obj.profile
    if v is not None:
        out.append('<Profile>' + text(v) + '</Profile>')
    v = obj.sites
    if v is not None:
        out.append('<Sites>')
        for item in v:
            out.append('<LocalNetworkSite>')
            write_LocalNetworkSite(item, out)
            out.append('</LocalNetworkSite>')
        out.append('</Sites>')
    v = obj.vpn_client_address_pool
    if v is not None:
        out.append('<VPNClientAddressPool>')
        write_AddressSpace(v, out)
        out.append('</VPNClientAddressPool>')


_TAGS_VirtualNetworkSite = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Id': 1,
    '{http://schemas.microsoft.com/windowsazure}Label': 2,
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 3,
    '{http://schemas.microsoft.com/windowsazure}State': 4,
    '{http://schemas.microsoft.com/windowsazure}InUse': 5,
    '{http://schemas.microsoft.com/windowsazure}AddressSpace': 6,
    '{http://schemas.microsoft.com/windowsazure}Subnets': 7,
    '{http://schemas.microsoft.com/windowsazure}Dns': 8,
    '{http://schemas.microsoft.com/windowsazure}Gateway': 9,
    '{http://schemas.microsoft.com/windowsazure}Location': 10,
    '{http://schemas.microsoft.com/windowsazure}MigrationState': 11,
}


def read_VirtualNetworkSite(el: Element) -> m.VirtualNetworkSite:
    f_name: Any = ''
    f_id: Any = ''
    f_label: Any = ''
    f_affinity_group: Any = ''
    f_state: Any = ''
    f_in_use: Any = None
    f_address_space: Any = None
    f_subnets: Any = m.Subnets()
    f_dns: Any = None
    f_gateway: Any = None
    f_location: Any = ''
    f_migration_state: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_VirtualNetworkSite.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 6:
                if i < 3:
                    if i < 1:
                        f_name = (child.text or '')
                    else:
                        if i < 2:
                            f_id = (child.text or '')
                        else:
                            f_label = (child.text or '')
                else:
                    if i < 4:
                        f_affinity_group = (child.text or '')
                    else:
                        if i < 5:
                            f_state = (child.text or '')
                        else:
                            f_in_use = from_bool(child.text)
            else:
                if i < 9:
                    if i < 7:
                        f_address_space = read_AddressSpace(child)
                    else:
                        if i < 8:
                            f_subnets = m.Subnets([read_Subnet(c) for c in child])
                        else:
                            f_dns = read_VirtualNetworkDns(child)
                else:
                    if i < 10:
                        f_gateway = read_VirtualNetworkGateway(child)
                    else:
                        if i < 11:
                            f_location = (child.text or '')
                        else:
                            f_migration_state = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.VirtualNetworkSite)
    obj.__dict__ = {
        'name': f_name,
        'id': f_id,
        'label': f_label,
        'affinity_group': f_affinity_group,
        'state': f_state,
        'in_use': f_in_use,
        'address_space': f_address_space,
        'subnets': f_subnets,
        'dns': f_dns,
        'gateway': f_gateway,
        'location': f_location,
        'migration_state': f_migration_state,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_VirtualNetworkSite(obj: m.VirtualNetworkSite, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.in_use
    if v is not None:
        out.append('<InUse>' + boolean(v) + '</InUse>')
    v = obj.address_space
    if v is not None:
        out.append('<AddressSpace>')
        write_AddressSpace(v, out)
        out.append('</AddressSpace>')
    v = obj.subnets
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Subnets>')
        for item in v:
            out.append('<Subnet>')
            write_Subnet(item, out)
            out.append('</Subnet>')
        out.append('</Subnets>')
    v = obj.dns
    if v is not None:
        out.append('<Dns>')
        write_VirtualNetworkDns(v, out)
        out.append('</Dns>')
    v = obj.gateway
    if v is not None:
        out.append('<Gateway>')
        write_VirtualNetworkGateway(v, out)
        out.append('</Gateway>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.migration_state
    if v is not None:
        out.append('<MigrationState>' + text(v) + '</MigrationState>')


def read_VirtualNetworkSites(el: Element) -> m.VirtualNetworkSites:
    return m.VirtualNetworkSites([read_VirtualNetworkSite(c) for c in el])


def write_VirtualNetworkSites(v: list[m.VirtualNetworkSite], out: list[str]) -> None:
    for item in v:
        out.append('<VirtualNetworkSite>')
        write_VirtualNetworkSite(item, out)
        out.append('</VirtualNetworkSite>')


def read_WalkUpgradeDomain(el: Element) -> m.WalkUpgradeDomain:
    f_upgrade_domain: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}UpgradeDomain':
            f_upgrade_domain = from_int(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.WalkUpgradeDomain)
    obj.__dict__ = {
        'upgrade_domain': f_upgrade_domain,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_WalkUpgradeDomain(obj: m.WalkUpgradeDomain, out: list[str]) -> None:
    v = obj.upgrade_domain
    if v is not None:
        out.append('<UpgradeDomain>' + number(v) + '</UpgradeDomain>')


_TAGS_WebSpace = {
    '{http://schemas.microsoft.com/windowsazure}AvailabilityState': 0,
    '{http://schemas.microsoft.com/windowsazure}ComputeMode': 1,
    '{http://schemas.microsoft.com/windowsazure}CurrentNumberOfWorkers': 2,
    '{http://schemas.microsoft.com/windowsazure}CurrentWorkerSize': 3,
    '{http://schemas.microsoft.com/windowsazure}GeoLocation': 4,
    '{http://schemas.microsoft.com/windowsazure}GeoRegion': 5,
    '{http://schemas.microsoft.com/windowsazure}HostingEnvironment': 6,
    '{http://schemas.microsoft.com/windowsazure}Name': 7,
    '{http://schemas.microsoft.com/windowsazure}NumberOfWorkers': 8,
    '{http://schemas.microsoft.com/windowsazure}Plan': 9,
    '{http://schemas.microsoft.com/windowsazure}Status': 10,
    '{http://schemas.microsoft.com/windowsazure}Subscription': 11,
    '{http://schemas.microsoft.com/windowsazure}WorkerSize': 12,
}


def read_WebSpace(el: Element) -> m.WebSpace:
    f_availability_state: Any = ''
    f_compute_mode: Any = ''
    f_current_number_of_workers: Any = None
    f_current_worker_size: Any = ''
    f_geo_location: Any = ''
    f_geo_region: Any = ''
    f_hosting_environment: Any = ''
    f_name: Any = ''
    f_number_of_workers: Any = None
    f_plan: Any = ''
    f_status: Any = ''
    f_subscription: Any = ''
    f_worker_size: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_WebSpace.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 6:
                if i < 3:
                    if i < 1:
                        f_availability_state = (child.text or '')
                    else:
                        if i < 2:
                            f_compute_mode = (child.text or '')
                        else:
                            f_current_number_of_workers = from_int(child.text)
                else:
                    if i < 4:
                        f_current_worker_size = (child.text or '')
                    else:
                        if i < 5:
                            f_geo_location = (child.text or '')
                        else:
                            f_geo_region = (child.text or '')
            else:
                if i < 9:
                    if i < 7:
                        f_hosting_environment = (child.text or '')
                    else:
                        if i < 8:
                            f_name = (child.text or '')
                        else:
                            f_number_of_workers = from_int(child.text)
                else:
                    if i < 11:
                        if i < 10:
                            f_plan = (child.text or '')
                        else:
                            f_status = (child.text or '')
                    else:
                        if i < 12:
                            f_subscription = (child.text or '')
                        else:
                            f_worker_size = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.WebSpace)
    obj.__dict__ = {
        'availability_state': f_availability_state,
        'compute_mode': f_compute_mode,
        'current_number_of_workers': f_current_number_of_workers,
        'current_worker_size': f_current_worker_size,
        'geo_location': f_geo_location,
        'geo_region': f_geo_region,
        'hosting_environment': f_hosting_environment,
        'name': f_name,
        'number_of_workers': f_number_of_workers,
        'plan': f_plan,
        'status': f_status,
        'subscription': f_subscription,
        'worker_size': f_worker_size,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_WebSpace(obj: m.WebSpace, out: list[str]) -> None:
    v = obj.availability_state
    if v is not None:
        out.append('<AvailabilityState>' + text(v) + '</AvailabilityState>')
    v = obj.compute_mode
    if v is not None:
        out.append('<ComputeMode>' + text(v) + '</ComputeMode>')
    v = obj.current_number_of_workers
    if v is not None:
        out.append('<CurrentNumberOfWorkers>' + number(v) + '</CurrentNumberOfWorkers>')
    v = obj.current_worker_size
    if v is not None:
        out.append('<CurrentWorkerSize>' + text(v) + '</CurrentWorkerSize>')
    v = obj.geo_location
    if v is not None:
        out.append('<GeoLocation>' + text(v) + '</GeoLocation>')
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')
    v = obj.hosting_environment
    if v is not None:
        out.append('<HostingEnvironment>' + text(v) + '</HostingEnvironment>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.number_of_workers
    if v is not None:
        out.append('<NumberOfWorkers>' + number(v) + '</NumberOfWorkers>')
    v = obj.plan
    if v is not None:
        out.append('<Plan>' + text(v) + '</Plan>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.subscription
    if v is not None:
        out.append('<Subscription>' + text(v) + '</Subscription>')
    v = obj.worker_size
    if v is not None:
        out.append('<WorkerSize>' + text(v) + '</WorkerSize>')


def read_WebSpaceToCreate(el: Element) -> m.WebSpaceToCreate:
    f_geo_region: Any = ''
    f_name: Any = ''
    f_plan: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}GeoRegion':
            f_geo_region = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Plan':
            f_plan = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.WebSpaceToCreate)
    obj.__dict__ = {
        'geo_region': f_geo_region,
        'name': f_name,
        'plan': f_plan,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_WebSpaceToCreate(obj: m.WebSpaceToCreate, out: list[str]) -> None:
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.plan
    if v is not None:
        out.append('<Plan>' + text(v) + '</Plan>')


def read_WebSpaces(el: Element) -> m.WebSpaces:
    return m.WebSpaces([read_WebSpace(c) for c in el])


def write_WebSpaces(v: list[m.WebSpace], out: list[str]) -> None:
    for item in v:
        out.append('<WebSpace>')
        write_WebSpace(item, out)
        out.append('</WebSpace>')


def read_WinRM(el: Element) -> m.WinRM:
    f_listeners: Any = m.WinRMListeners()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Listeners':
            f_listeners = m.WinRMListeners([read_Listener(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.WinRM)
    obj.__dict__ = {
        'listeners': f_listeners,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_WinRM(obj: m.WinRM, out: list[str]) -> None:
    v = obj.listeners
    if v is not None:
        out.append('<Listeners>')
        for item in v:
            out.append('<Listener>')
            write_Listener(item, out)
            out.append('</Listener>')
        out.append('</Listeners>')


def read_WinRMListeners(el: Element) -> m.WinRMListeners:
    return m.WinRMListeners([read_Listener(c) for c in el])


def write_WinRMListeners(v: list[m.Listener], out: list[str]) -> None:
    for item in v:
        out.append('<Listener>')
        write_Listener(item, out)
        out.append('</Listener>')


def write_CaptureRoleOperation__capture_role(
    obj: m.CaptureRoleOperation,
    out: list[str],
) -> None:
    """The elements of CaptureRoleOperation that capture_role sends (their `accepts` in the
    spec)."""
    v = obj.operation_type
    if v is not None:
        out.append('<OperationType>' + text(v) + '</OperationType>')
    v = obj.post_capture_action
    if v is not None:
        out.append('<PostCaptureAction>' + text(v) + '</PostCaptureAction>')
    v = obj.provisioning_configuration
    if v is not None:
        out.append('<ProvisioningConfiguration>')
        write_ConfigurationSet__capture_role(v, out)
        out.append('</ProvisioningConfiguration>')
    v = obj.target_image_label
    if v is not None:
        out.append('<TargetImageLabel>' + text(v) + '</TargetImageLabel>')
    v = obj.target_image_name
    if v is not None:
        out.append('<TargetImageName>' + text(v) + '</TargetImageName>')


def write_ConfigurationSetInputEndpoint__add_role(
    obj: m.ConfigurationSetInputEndpoint,
    out: list[str],
) -> None:
    """The elements of ConfigurationSetInputEndpoint that add_role,
    create_virtual_machine_deployment, update_role send (their `accepts` in the spec)."""
    v = obj.load_balanced_endpoint_set_name
    if v is not None:
        out.append('<LoadBalancedEndpointSetName>' + text(v) + '</LoadBalancedEndpointSetName>')
    v = obj.local_port
    if v is not None:
        out.append('<LocalPort>' + number(v) + '</LocalPort>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.port
    if v is not None:
        out.append('<Port>' + number(v) + '</Port>')
    v = obj.load_balancer_probe
    if v is not None and not empty_LoadBalancerProbe(v):
        out.append('<LoadBalancerProbe>')
        write_LoadBalancerProbe(v, out)
        out.append('</LoadBalancerProbe>')
    v = obj.load_balancer_name
    if v is not None:
        out.append('<LoadBalancerName>' + text(v) + '</LoadBalancerName>')
    v = obj.protocol
    if v is not None:
        out.append('<Protocol>' + text(v) + '</Protocol>')
    v = obj.enable_direct_server_return
    if v is not None:
        out.append('<EnableDirectServerReturn>' + boolean(v) + '</EnableDirectServerReturn>')
    v = obj.endpoint_acl
    if v is not None:
        out.append('<EndpointAcl>')
        write_EndpointAcl(v, out)
        out.append('</EndpointAcl>')
    v = obj.idle_timeout_in_minutes
    if v is not None:
        out.append('<IdleTimeoutInMinutes>' + number(v) + '</IdleTimeoutInMinutes>')
    v = obj.load_distribution
    if v is not None:
        out.append('<LoadDistribution>' + text(v) + '</LoadDistribution>')
    v = obj.virtual_ip_name
    if v is not None:
        out.append('<VirtualIPName>' + text(v) + '</VirtualIPName>')


def write_ConfigurationSet__add_role(obj: m.ConfigurationSet, out: list[str]) -> None:
    """The elements of ConfigurationSet that add_role, create_virtual_machine_deployment
    send (their `accepts` in the spec)."""
    v = obj.configuration_set_type
    if v is not None:
        out.append('<ConfigurationSetType>' + text(v) + '</ConfigurationSetType>')
    v = obj.computer_name
    if v is not None:
        out.append('<ComputerName>' + text(v) + '</ComputerName>')
    v = obj.admin_password
    if v is not None:
        out.append('<AdminPassword>' + text(v) + '</AdminPassword>')
    v = obj.reset_password_on_first_logon
    if v is not None:
        out.append('<ResetPasswordOnFirstLogon>' + boolean(v) + '</ResetPasswordOnFirstLogon>')
    v = obj.enable_automatic_updates
    if v is not None:
        out.append('<EnableAutomaticUpdates>' + boolean(v) + '</EnableAutomaticUpdates>')
    v = obj.time_zone
    if v is not None:
        out.append('<TimeZone>' + text(v) + '</TimeZone>')
    v = obj.domain_join
    if v is not None and not empty_DomainJoin(v):
        out.append('<DomainJoin>')
        write_DomainJoin(v, out)
        out.append('</DomainJoin>')
    v = obj.stored_certificate_settings
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<StoredCertificateSettings>')
        for item in v:
            out.append('<CertificateSetting>')
            write_CertificateSetting(item, out)
            out.append('</CertificateSetting>')
        out.append('</StoredCertificateSettings>')
    v = obj.win_rm
    if v is not None and not empty_WinRM(v):
        out.append('<WinRM>')
        write_WinRM(v, out)
        out.append('</WinRM>')
    v = obj.admin_username
    if v is not None:
        out.append('<AdminUsername>' + text(v) + '</AdminUsername>')
    v = obj.host_name
    if v is not None:
        out.append('<HostName>' + text(v) + '</HostName>')
    v = obj.user_name
    if v is not None:
        out.append('<UserName>' + text(v) + '</UserName>')
    v = obj.user_password
    if v is not None:
        out.append('<UserPassword>' + text(v) + '</UserPassword>')
    v = obj.disable_ssh_password_authentication
    if v is not None:
        out.append('<DisableSshPasswordAuthentication>' + boolean(v) + '</DisableSshPasswordAuthentication>')
    v = obj.ssh
    if v is not None:
        out.append('<SSH>')
        write_SSH(v, out)
        out.append('</SSH>')
    v = obj.custom_data
    if v is not None:
        out.append('<CustomData>' + b64(v) + '</CustomData>')
    v = obj.additional_unattend_content
    if v is not None and not empty_AdditionalUnattendContent(v):
        out.append('<AdditionalUnattendContent>')
        write_AdditionalUnattendContent(v, out)
        out.append('</AdditionalUnattendContent>')
    v = obj.input_endpoints
    if v is not None:
        out.append('<InputEndpoints>')
        for item in v:
            out.append('<InputEndpoint>')
            write_ConfigurationSetInputEndpoint__add_role(item, out)
            out.append('</InputEndpoint>')
        out.append('</InputEndpoints>')
    v = obj.subnet_names
    if v is not None:
        out.append('<SubnetNames>')
        for item in v:
            out.append('<SubnetName>' + text(item) + '</SubnetName>')
        out.append('</SubnetNames>')
    v = obj.static_virtual_network_ip_address
    if v is not None:
        out.append('<StaticVirtualNetworkIPAddress>' + text(v) + '</StaticVirtualNetworkIPAddress>')
    v = obj.public_ips
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<PublicIPs>')
        for item in v:
            out.append('<PublicIP>')
            write_PublicIP__add_role(item, out)
            out.append('</PublicIP>')
        out.append('</PublicIPs>')
    v = obj.network_interfaces
    if v is not None:
        out.append('<NetworkInterfaces>')
        for item in v:
            out.append('<NetworkInterface>')
            write_ConfigurationSetNetworkInterface(item, out)
            out.append('</NetworkInterface>')
        out.append('</NetworkInterfaces>')
    v = obj.network_security_group
    if v is not None:
        out.append('<NetworkSecurityGroup>' + text(v) + '</NetworkSecurityGroup>')


def write_ConfigurationSet__capture_role(obj: m.ConfigurationSet, out: list[str]) -> None:
    """The elements of ConfigurationSet that capture_role sends (their `accepts` in the
    spec)."""
    v = obj.configuration_set_type
    if v is not None:
        out.append('<ConfigurationSetType>' + text(v) + '</ConfigurationSetType>')
    v = obj.computer_name
    if v is not None:
        out.append('<ComputerName>' + text(v) + '</ComputerName>')
    v = obj.admin_password
    if v is not None:
        out.append('<AdminPassword>' + text(v) + '</AdminPassword>')
    v = obj.reset_password_on_first_logon
    if v is not None:
        out.append('<ResetPasswordOnFirstLogon>' + boolean(v) + '</ResetPasswordOnFirstLogon>')
    v = obj.enable_automatic_updates
    if v is not None:
        out.append('<EnableAutomaticUpdates>' + boolean(v) + '</EnableAutomaticUpdates>')
    v = obj.time_zone
    if v is not None:
        out.append('<TimeZone>' + text(v) + '</TimeZone>')
    v = obj.domain_join
    if v is not None and not empty_DomainJoin(v):
        out.append('<DomainJoin>')
        write_DomainJoin(v, out)
        out.append('</DomainJoin>')
    v = obj.stored_certificate_settings
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<StoredCertificateSettings>')
        for item in v:
            out.append('<CertificateSetting>')
            write_CertificateSetting(item, out)
            out.append('</CertificateSetting>')
        out.append('</StoredCertificateSettings>')
    v = obj.win_rm
    if v is not None and not empty_WinRM(v):
        out.append('<WinRM>')
        write_WinRM(v, out)
        out.append('</WinRM>')
    v = obj.admin_username
    if v is not None:
        out.append('<AdminUsername>' + text(v) + '</AdminUsername>')
    v = obj.host_name
    if v is not None:
        out.append('<HostName>' + text(v) + '</HostName>')
    v = obj.user_name
    if v is not None:
        out.append('<UserName>' + text(v) + '</UserName>')
    v = obj.user_password
    if v is not None:
        out.append('<UserPassword>' + text(v) + '</UserPassword>')
    v = obj.disable_ssh_password_authentication
    if v is not None:
        out.append('<DisableSshPasswordAuthentication>' + boolean(v) + '</DisableSshPasswordAuthentication>')
    v = obj.ssh
    if v is not None:
        out.append('<SSH>')
        write_SSH(v, out)
        out.append('</SSH>')
    v = obj.custom_data
    if v is not None:
        out.append('<CustomData>' + b64(v) + '</CustomData>')
    v = obj.additional_unattend_content
    if v is not None and not empty_AdditionalUnattendContent(v):
        out.append('<AdditionalUnattendContent>')
        write_AdditionalUnattendContent(v, out)
        out.append('</AdditionalUnattendContent>')


def write_ConfigurationSet__update_role(obj: m.ConfigurationSet, out: list[str]) -> None:
    """The elements of ConfigurationSet that update_role sends (their `accepts` in the
    spec)."""
    v = obj.configuration_set_type
    if v is not None:
        out.append('<ConfigurationSetType>' + text(v) + '</ConfigurationSetType>')
    v = obj.input_endpoints
    if v is not None:
        out.append('<InputEndpoints>')
        for item in v:
            out.append('<InputEndpoint>')
            write_ConfigurationSetInputEndpoint__add_role(item, out)
            out.append('</InputEndpoint>')
        out.append('</InputEndpoints>')
    v = obj.subnet_names
    if v is not None:
        out.append('<SubnetNames>')
        for item in v:
            out.append('<SubnetName>' + text(item) + '</SubnetName>')
        out.append('</SubnetNames>')
    v = obj.static_virtual_network_ip_address
    if v is not None:
        out.append('<StaticVirtualNetworkIPAddress>' + text(v) + '</StaticVirtualNetworkIPAddress>')
    v = obj.public_ips
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<PublicIPs>')
        for item in v:
            out.append('<PublicIP>')
            write_PublicIP__add_role(item, out)
            out.append('</PublicIP>')
        out.append('</PublicIPs>')
    v = obj.network_interfaces
    if v is not None:
        out.append('<NetworkInterfaces>')
        for item in v:
            out.append('<NetworkInterface>')
            write_ConfigurationSetNetworkInterface(item, out)
            out.append('</NetworkInterface>')
        out.append('</NetworkInterfaces>')
    v = obj.network_security_group
    if v is not None:
        out.append('<NetworkSecurityGroup>' + text(v) + '</NetworkSecurityGroup>')


def write_DataDiskConfiguration__create_vm_image(
    obj: m.DataDiskConfiguration,
    out: list[str],
) -> None:
    """The elements of DataDiskConfiguration that create_vm_image sends (their `accepts` in
    the spec)."""
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.lun
    if v is not None and v != -1:
        out.append('<Lun>' + number(v) + '</Lun>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.logical_disk_size_in_gb
    if v is not None and v != -1:
        out.append('<LogicalDiskSizeInGB>' + number(v) + '</LogicalDiskSizeInGB>')


def write_DataDiskConfiguration__update_vm_image(
    obj: m.DataDiskConfiguration,
    out: list[str],
) -> None:
    """The elements of DataDiskConfiguration that update_vm_image sends (their `accepts` in
    the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.lun
    if v is not None and v != -1:
        out.append('<Lun>' + number(v) + '</Lun>')


def write_DataVirtualHardDisk__add_data_disk(
    obj: m.DataVirtualHardDisk,
    out: list[str],
) -> None:
    """The elements of DataVirtualHardDisk that add_data_disk, add_role,
    create_virtual_machine_deployment send (their `accepts` in the spec)."""
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.disk_label
    if v is not None:
        out.append('<DiskLabel>' + text(v) + '</DiskLabel>')
    v = obj.disk_name
    if v is not None:
        out.append('<DiskName>' + text(v) + '</DiskName>')
    v = obj.lun
    if v is not None:
        out.append('<Lun>' + number(v) + '</Lun>')
    v = obj.logical_disk_size_in_gb
    if v is not None:
        out.append('<LogicalDiskSizeInGB>' + number(v) + '</LogicalDiskSizeInGB>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.source_media_link
    if v is not None:
        out.append('<SourceMediaLink>' + text(v) + '</SourceMediaLink>')


def write_DataVirtualHardDisk__update_data_disk(
    obj: m.DataVirtualHardDisk,
    out: list[str],
) -> None:
    """The elements of DataVirtualHardDisk that update_data_disk, update_role send (their
    `accepts` in the spec)."""
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.disk_label
    if v is not None:
        out.append('<DiskLabel>' + text(v) + '</DiskLabel>')
    v = obj.disk_name
    if v is not None:
        out.append('<DiskName>' + text(v) + '</DiskName>')
    v = obj.lun
    if v is not None:
        out.append('<Lun>' + number(v) + '</Lun>')
    v = obj.logical_disk_size_in_gb
    if v is not None:
        out.append('<LogicalDiskSizeInGB>' + number(v) + '</LogicalDiskSizeInGB>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')


def write_Database__create_database(obj: m.Database, out: list[str]) -> None:
    """The elements of Database that create_database sends (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.edition
    if v is not None:
        out.append('<Edition>' + text(v) + '</Edition>')
    v = obj.collation_name
    if v is not None:
        out.append('<CollationName>' + text(v) + '</CollationName>')
    v = obj.max_size_bytes
    if v is not None:
        out.append('<MaxSizeBytes>' + number(v) + '</MaxSizeBytes>')
    v = obj.service_objective_id
    if v is not None:
        out.append('<ServiceObjectiveId>' + text(v) + '</ServiceObjectiveId>')


def write_Database__update_database(obj: m.Database, out: list[str]) -> None:
    """The elements of Database that update_database sends (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.edition
    if v is not None:
        out.append('<Edition>' + text(v) + '</Edition>')
    v = obj.max_size_bytes
    if v is not None:
        out.append('<MaxSizeBytes>' + number(v) + '</MaxSizeBytes>')
    v = obj.service_objective_id
    if v is not None:
        out.append('<ServiceObjectiveId>' + text(v) + '</ServiceObjectiveId>')


def write_Disk__add_disk(obj: m.Disk, out: list[str]) -> None:
    """The elements of Disk that add_disk sends (their `accepts` in the spec)."""
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


def write_Disk__update_disk(obj: m.Disk, out: list[str]) -> None:
    """The elements of Disk that update_disk sends (their `accepts` in the spec)."""
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


def write_FirewallRule__create_firewall_rule(obj: m.FirewallRule, out: list[str]) -> None:
    """The elements of FirewallRule that create_firewall_rule, update_firewall_rule send
    (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.start_ip_address
    if v is not None:
        out.append('<StartIPAddress>' + text(v) + '</StartIPAddress>')
    v = obj.end_ip_address
    if v is not None:
        out.append('<EndIPAddress>' + text(v) + '</EndIPAddress>')


def write_OSDiskConfiguration__create_vm_image(
    obj: m.OSDiskConfiguration,
    out: list[str],
) -> None:
    """The elements of OSDiskConfiguration that create_vm_image sends (their `accepts` in
    the spec)."""
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.os_state
    if v is not None:
        out.append('<OSState>' + text(v) + '</OSState>')
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')


def write_OSDiskConfiguration__update_vm_image(
    obj: m.OSDiskConfiguration,
    out: list[str],
) -> None:
    """The elements of OSDiskConfiguration that update_vm_image sends (their `accepts` in
    the spec)."""
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')


def write_OSImage__add_os_image(obj: m.OSImage, out: list[str]) -> None:
    """The elements of OSImage that add_os_image, update_os_image send (their `accepts` in
    the spec)."""
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.eula
    if v is not None:
        out.append('<Eula>' + text(v) + '</Eula>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.image_family
    if v is not None:
        out.append('<ImageFamily>' + text(v) + '</ImageFamily>')
    v = obj.show_in_gui
    if v is not None:
        out.append('<ShowInGui>' + boolean(v) + '</ShowInGui>')
    v = obj.published_date
    if v is not None:
        out.append('<PublishedDate>' + text(v) + '</PublishedDate>')
    v = obj.icon_uri
    if v is not None:
        out.append('<IconUri>' + text(v) + '</IconUri>')
    v = obj.privacy_uri
    if v is not None:
        out.append('<PrivacyUri>' + text(v) + '</PrivacyUri>')
    v = obj.recommended_vm_size
    if v is not None:
        out.append('<RecommendedVMSize>' + text(v) + '</RecommendedVMSize>')
    v = obj.small_icon_uri
    if v is not None:
        out.append('<SmallIconUri>' + text(v) + '</SmallIconUri>')
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')


def write_OSImage__update_os_image_from_image_reference(
    obj: m.OSImage,
    out: list[str],
) -> None:
    """The elements of OSImage that update_os_image_from_image_reference sends (their
    `accepts` in the spec)."""
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.eula
    if v is not None:
        out.append('<Eula>' + text(v) + '</Eula>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.image_family
    if v is not None:
        out.append('<ImageFamily>' + text(v) + '</ImageFamily>')
    v = obj.show_in_gui
    if v is not None:
        out.append('<ShowInGui>' + boolean(v) + '</ShowInGui>')
    v = obj.published_date
    if v is not None:
        out.append('<PublishedDate>' + text(v) + '</PublishedDate>')
    v = obj.icon_uri
    if v is not None:
        out.append('<IconUri>' + text(v) + '</IconUri>')
    v = obj.privacy_uri
    if v is not None:
        out.append('<PrivacyUri>' + text(v) + '</PrivacyUri>')
    v = obj.recommended_vm_size
    if v is not None:
        out.append('<RecommendedVMSize>' + text(v) + '</RecommendedVMSize>')
    v = obj.small_icon_uri
    if v is not None:
        out.append('<SmallIconUri>' + text(v) + '</SmallIconUri>')
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')


def write_OSVirtualHardDisk__add_role(obj: m.OSVirtualHardDisk, out: list[str]) -> None:
    """The elements of OSVirtualHardDisk that add_role, create_virtual_machine_deployment
    send (their `accepts` in the spec)."""
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.disk_label
    if v is not None:
        out.append('<DiskLabel>' + text(v) + '</DiskLabel>')
    v = obj.disk_name
    if v is not None:
        out.append('<DiskName>' + text(v) + '</DiskName>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.source_image_name
    if v is not None:
        out.append('<SourceImageName>' + text(v) + '</SourceImageName>')
    v = obj.os
    if v is not None:
        out.append('<OS>' + text(v) + '</OS>')
    v = obj.remote_source_image_link
    if v is not None:
        out.append('<RemoteSourceImageLink>' + text(v) + '</RemoteSourceImageLink>')
    v = obj.resized_size_in_gb
    if v is not None:
        out.append('<ResizedSizeInGB>' + number(v) + '</ResizedSizeInGB>')


def write_OSVirtualHardDisk__update_role(obj: m.OSVirtualHardDisk, out: list[str]) -> None:
    """The elements of OSVirtualHardDisk that update_role sends (their `accepts` in the
    spec)."""
    v = obj.host_caching
    if v is not None:
        out.append('<HostCaching>' + text(v) + '</HostCaching>')
    v = obj.disk_label
    if v is not None:
        out.append('<DiskLabel>' + text(v) + '</DiskLabel>')
    v = obj.disk_name
    if v is not None:
        out.append('<DiskName>' + text(v) + '</DiskName>')
    v = obj.media_link
    if v is not None:
        out.append('<MediaLink>' + text(v) + '</MediaLink>')
    v = obj.source_image_name
    if v is not None:
        out.append('<SourceImageName>' + text(v) + '</SourceImageName>')
    v = obj.resized_size_in_gb
    if v is not None:
        out.append('<ResizedSizeInGB>' + number(v) + '</ResizedSizeInGB>')


def write_PersistentVMRole__add_role(obj: m.PersistentVMRole, out: list[str]) -> None:
    """The elements of PersistentVMRole that add_role sends (their `accepts` in the spec)."""
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.role_type
    if v is not None:
        out.append('<RoleType>' + text(v) + '</RoleType>')
    v = obj.configuration_sets
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<ConfigurationSets>')
        for item in v:
            out.append('<ConfigurationSet>')
            write_ConfigurationSet__add_role(item, out)
            out.append('</ConfigurationSet>')
        out.append('</ConfigurationSets>')
    v = obj.resource_extension_references
    if v is not None:
        out.append('<ResourceExtensionReferences>')
        for item in v:
            out.append('<ResourceExtensionReference>')
            write_ResourceExtensionReference(item, out)
            out.append('</ResourceExtensionReference>')
        out.append('</ResourceExtensionReferences>')
    v = obj.vm_image_name
    if v is not None:
        out.append('<VMImageName>' + text(v) + '</VMImageName>')
    v = obj.media_location
    if v is not None:
        out.append('<MediaLocation>' + text(v) + '</MediaLocation>')
    v = obj.availability_set_name
    if v is not None:
        out.append('<AvailabilitySetName>' + text(v) + '</AvailabilitySetName>')
    v = obj.data_virtual_hard_disks
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<DataVirtualHardDisks>')
        for item in v:
            out.append('<DataVirtualHardDisk>')
            write_DataVirtualHardDisk__add_data_disk(item, out)
            out.append('</DataVirtualHardDisk>')
        out.append('</DataVirtualHardDisks>')
    v = obj.os_virtual_hard_disk
    if v is not None:
        inner_os_virtual_hard_disk: list[str] = []
        write_OSVirtualHardDisk__add_role(v, inner_os_virtual_hard_disk)
        if inner_os_virtual_hard_disk:
            out.append('<OSVirtualHardDisk>')
            out.extend(inner_os_virtual_hard_disk)
            out.append('</OSVirtualHardDisk>')
    v = obj.role_size
    if v is not None:
        out.append('<RoleSize>' + text(v) + '</RoleSize>')
    v = obj.provision_guest_agent
    if v is not None:
        out.append('<ProvisionGuestAgent>' + boolean(v) + '</ProvisionGuestAgent>')


def write_PersistentVMRole__update_role(obj: m.PersistentVMRole, out: list[str]) -> None:
    """The elements of PersistentVMRole that update_role sends (their `accepts` in the
    spec)."""
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.role_type
    if v is not None:
        out.append('<RoleType>' + text(v) + '</RoleType>')
    v = obj.configuration_sets
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<ConfigurationSets>')
        for item in v:
            out.append('<ConfigurationSet>')
            write_ConfigurationSet__update_role(item, out)
            out.append('</ConfigurationSet>')
        out.append('</ConfigurationSets>')
    v = obj.resource_extension_references
    if v is not None:
        out.append('<ResourceExtensionReferences>')
        for item in v:
            out.append('<ResourceExtensionReference>')
            write_ResourceExtensionReference(item, out)
            out.append('</ResourceExtensionReference>')
        out.append('</ResourceExtensionReferences>')
    v = obj.availability_set_name
    if v is not None:
        out.append('<AvailabilitySetName>' + text(v) + '</AvailabilitySetName>')
    v = obj.data_virtual_hard_disks
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<DataVirtualHardDisks>')
        for item in v:
            out.append('<DataVirtualHardDisk>')
            write_DataVirtualHardDisk__update_data_disk(item, out)
            out.append('</DataVirtualHardDisk>')
        out.append('</DataVirtualHardDisks>')
    v = obj.os_virtual_hard_disk
    if v is not None:
        inner_os_virtual_hard_disk: list[str] = []
        write_OSVirtualHardDisk__update_role(v, inner_os_virtual_hard_disk)
        if inner_os_virtual_hard_disk:
            out.append('<OSVirtualHardDisk>')
            out.extend(inner_os_virtual_hard_disk)
            out.append('</OSVirtualHardDisk>')
    v = obj.role_size
    if v is not None:
        out.append('<RoleSize>' + text(v) + '</RoleSize>')
    v = obj.provision_guest_agent
    if v is not None:
        out.append('<ProvisionGuestAgent>' + boolean(v) + '</ProvisionGuestAgent>')


def write_PublicIP__add_role(obj: m.PublicIP, out: list[str]) -> None:
    """The elements of PublicIP that add_role, create_virtual_machine_deployment,
    update_role send (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.idle_timeout_in_minutes
    if v is not None:
        out.append('<IdleTimeoutInMinutes>' + number(v) + '</IdleTimeoutInMinutes>')
    v = obj.domain_name_label
    if v is not None:
        out.append('<DomainNameLabel>' + text(v) + '</DomainNameLabel>')


def write_ReservedIP__create_reserved_ip_address(obj: m.ReservedIP, out: list[str]) -> None:
    """The elements of ReservedIP that create_reserved_ip_address sends (their `accepts` in
    the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')


def write_Role__create_virtual_machine_deployment(obj: m.Role, out: list[str]) -> None:
    """The elements of Role that create_virtual_machine_deployment sends (their `accepts`
    in the spec)."""
    v = obj.role_name
    if v is not None:
        out.append('<RoleName>' + text(v) + '</RoleName>')
    v = obj.role_type
    if v is not None:
        out.append('<RoleType>' + text(v) + '</RoleType>')
    v = obj.configuration_sets
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<ConfigurationSets>')
        for item in v:
            out.append('<ConfigurationSet>')
            write_ConfigurationSet__add_role(item, out)
            out.append('</ConfigurationSet>')
        out.append('</ConfigurationSets>')
    v = obj.resource_extension_references
    if v is not None:
        out.append('<ResourceExtensionReferences>')
        for item in v:
            out.append('<ResourceExtensionReference>')
            write_ResourceExtensionReference(item, out)
            out.append('</ResourceExtensionReference>')
        out.append('</ResourceExtensionReferences>')
    v = obj.vm_image_name
    if v is not None:
        out.append('<VMImageName>' + text(v) + '</VMImageName>')
    v = obj.media_location
    if v is not None:
        out.append('<MediaLocation>' + text(v) + '</MediaLocation>')
    v = obj.availability_set_name
    if v is not None:
        out.append('<AvailabilitySetName>' + text(v) + '</AvailabilitySetName>')
    v = obj.data_virtual_hard_disks
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<DataVirtualHardDisks>')
        for item in v:
            out.append('<DataVirtualHardDisk>')
            write_DataVirtualHardDisk__add_data_disk(item, out)
            out.append('</DataVirtualHardDisk>')
        out.append('</DataVirtualHardDisks>')
    v = obj.os_virtual_hard_disk
    if v is not None:
        inner_os_virtual_hard_disk: list[str] = []
        write_OSVirtualHardDisk__add_role(v, inner_os_virtual_hard_disk)
        if inner_os_virtual_hard_disk:
            out.append('<OSVirtualHardDisk>')
            out.extend(inner_os_virtual_hard_disk)
            out.append('</OSVirtualHardDisk>')
    v = obj.role_size
    if v is not None:
        out.append('<RoleSize>' + text(v) + '</RoleSize>')
    v = obj.provision_guest_agent
    if v is not None:
        out.append('<ProvisionGuestAgent>' + boolean(v) + '</ProvisionGuestAgent>')


def write_ServiceBusNamespace__create_namespace(
    obj: m.ServiceBusNamespace,
    out: list[str],
) -> None:
    """The elements of ServiceBusNamespace that create_namespace sends (their `accepts` in
    the spec)."""
    v = obj.region
    if v is not None:
        out.append('<Region>' + text(v) + '</Region>')


def write_SubscriptionCertificate__add_management_certificate(
    obj: m.SubscriptionCertificate,
    out: list[str],
) -> None:
    """The elements of SubscriptionCertificate that add_management_certificate sends (their
    `accepts` in the spec)."""
    v = obj.subscription_certificate_public_key
    if v is not None:
        out.append('<SubscriptionCertificatePublicKey>' + text(v) + '</SubscriptionCertificatePublicKey>')
    v = obj.subscription_certificate_thumbprint
    if v is not None:
        out.append('<SubscriptionCertificateThumbprint>' + text(v) + '</SubscriptionCertificateThumbprint>')
    v = obj.subscription_certificate_data
    if v is not None:
        out.append('<SubscriptionCertificateData>' + text(v) + '</SubscriptionCertificateData>')


def write_VMImage__create_vm_image(obj: m.VMImage, out: list[str]) -> None:
    """The elements of VMImage that create_vm_image sends (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.os_disk_configuration
    if v is not None:
        inner_os_disk_configuration: list[str] = []
        write_OSDiskConfiguration__create_vm_image(v, inner_os_disk_configuration)
        if inner_os_disk_configuration:
            out.append('<OSDiskConfiguration>')
            out.extend(inner_os_disk_configuration)
            out.append('</OSDiskConfiguration>')
    v = obj.data_disk_configurations
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<DataDiskConfigurations>')
        for item in v:
            out.append('<DataDiskConfiguration>')
            write_DataDiskConfiguration__create_vm_image(item, out)
            out.append('</DataDiskConfiguration>')
        out.append('</DataDiskConfigurations>')
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')
    v = obj.image_family
    if v is not None:
        out.append('<ImageFamily>' + text(v) + '</ImageFamily>')
    v = obj.recommended_vm_size
    if v is not None:
        out.append('<RecommendedVMSize>' + text(v) + '</RecommendedVMSize>')
    v = obj.eula
    if v is not None:
        out.append('<Eula>' + text(v) + '</Eula>')
    v = obj.icon_uri
    if v is not None:
        out.append('<IconUri>' + text(v) + '</IconUri>')
    v = obj.small_icon_uri
    if v is not None:
        out.append('<SmallIconUri>' + text(v) + '</SmallIconUri>')
    v = obj.privacy_uri
    if v is not None:
        out.append('<PrivacyUri>' + text(v) + '</PrivacyUri>')
    v = obj.published_date
    if v is not None:
        out.append('<PublishedDate>' + text(v) + '</PublishedDate>')
    v = obj.show_in_gui
    if v is not None:
        out.append('<ShowInGui>' + boolean(v) + '</ShowInGui>')


def write_VMImage__update_vm_image(obj: m.VMImage, out: list[str]) -> None:
    """The elements of VMImage that update_vm_image sends (their `accepts` in the spec)."""
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.os_disk_configuration
    if v is not None:
        inner_os_disk_configuration: list[str] = []
        write_OSDiskConfiguration__update_vm_image(v, inner_os_disk_configuration)
        if inner_os_disk_configuration:
            out.append('<OSDiskConfiguration>')
            out.extend(inner_os_disk_configuration)
            out.append('</OSDiskConfiguration>')
    v = obj.data_disk_configurations
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<DataDiskConfigurations>')
        for item in v:
            out.append('<DataDiskConfiguration>')
            write_DataDiskConfiguration__update_vm_image(item, out)
            out.append('</DataDiskConfiguration>')
        out.append('</DataDiskConfigurations>')
    v = obj.language
    if v is not None:
        out.append('<Language>' + text(v) + '</Language>')
    v = obj.image_family
    if v is not None:
        out.append('<ImageFamily>' + text(v) + '</ImageFamily>')
    v = obj.recommended_vm_size
    if v is not None:
        out.append('<RecommendedVMSize>' + text(v) + '</RecommendedVMSize>')
    v = obj.eula
    if v is not None:
        out.append('<Eula>' + text(v) + '</Eula>')
    v = obj.icon_uri
    if v is not None:
        out.append('<IconUri>' + text(v) + '</IconUri>')
    v = obj.small_icon_uri
    if v is not None:
        out.append('<SmallIconUri>' + text(v) + '</SmallIconUri>')
    v = obj.privacy_uri
    if v is not None:
        out.append('<PrivacyUri>' + text(v) + '</PrivacyUri>')
    v = obj.published_date
    if v is not None:
        out.append('<PublishedDate>' + text(v) + '</PublishedDate>')
    v = obj.show_in_gui
    if v is not None:
        out.append('<ShowInGui>' + boolean(v) + '</ShowInGui>')


def write_VirtualMachineDeployment__create_virtual_machine_deployment(
    obj: m.VirtualMachineDeployment,
    out: list[str],
) -> None:
    """The elements of VirtualMachineDeployment that create_virtual_machine_deployment
    sends (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.deployment_slot
    if v is not None:
        out.append('<DeploymentSlot>' + text(v) + '</DeploymentSlot>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.role_list
    if v is not None:
        out.append('<RoleList>')
        for item in v:
            out.append('<Role>')
            write_Role__create_virtual_machine_deployment(item, out)
            out.append('</Role>')
        out.append('</RoleList>')
    v = obj.virtual_network_name
    if v is not None:
        out.append('<VirtualNetworkName>' + text(v) + '</VirtualNetworkName>')
    v = obj.dns
    if v is not None:
        out.append('<Dns>')
        write_VirtualMachineDns(v, out)
        out.append('</Dns>')
    v = obj.reserved_ip_name
    if v is not None:
        out.append('<ReservedIPName>' + text(v) + '</ReservedIPName>')


def empty_AdditionalUnattendContent(v: m.AdditionalUnattendContent) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.passes
            and not v.unknown_elements)


def empty_AttachedTo(v: m.AttachedTo) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.hosted_service_name
            and not v.deployment_name
            and not v.role_name
            and not v.unknown_elements)


def empty_ComputeCapabilities(v: m.ComputeCapabilities) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.web_worker_role_sizes
            and not v.virtual_machines_role_sizes
            and not v.unknown_elements)


def empty_CountDetails(v: m.CountDetails) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (v.active_message_count is None
            and v.dead_letter_message_count is None
            and v.scheduled_message_count is None
            and v.transfer_message_count is None
            and v.transfer_dead_letter_message_count is None
            and not v.unknown_elements)


def empty_DomainJoin(v: m.DomainJoin) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return ((v.credentials is None or empty_DomainJoinCredentials(v.credentials))
            and not v.join_domain
            and not v.machine_object_ou
            and (v.provisioning is None or empty_DomainJoinProvisioning(v.provisioning))
            and not v.unknown_elements)


def empty_DomainJoinCredentials(v: m.DomainJoinCredentials) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.domain
            and not v.username
            and not v.password
            and not v.unknown_elements)


def empty_DomainJoinProvisioning(v: m.DomainJoinProvisioning) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.account_data
            and not v.unknown_elements)


def empty_Error(v: m.Error) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.code
            and not v.message
            and not v.unknown_elements)


def empty_JobCollectionIntrinsicSettings(v: m.JobCollectionIntrinsicSettings) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.plan
            and (v.quota is None or empty_JobCollectionQuota(v.quota))
            and not v.unknown_elements)


def empty_JobCollectionMaxRecurrence(v: m.JobCollectionMaxRecurrence) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.frequency
            and v.interval is None
            and not v.unknown_elements)


def empty_JobCollectionQuota(v: m.JobCollectionQuota) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (v.max_job_count is None
            and (v.max_recurrence is None or empty_JobCollectionMaxRecurrence(v.max_recurrence))
            and not v.unknown_elements)


def empty_LoadBalancerProbe(v: m.LoadBalancerProbe) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.path
            and v.port is None
            and not v.protocol
            and v.interval_in_seconds is None
            and v.timeout_in_seconds is None
            and not v.unknown_elements)


def empty_MetricData(v: m.MetricData) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.display_name
            and not v.end_time
            and not v.name
            and not v.primary_aggregation_type
            and not v.start_time
            and not v.time_grain
            and not v.unit
            and not v.values
            and not v.unknown_elements)


def empty_OSDiskConfiguration(v: m.OSDiskConfiguration) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.name
            and not v.host_caching
            and not v.os_state
            and not v.os
            and not v.media_link
            and v.logical_disk_size_in_gb in (None, -1)
            and not v.io_type
            and not v.unknown_elements)


def empty_OSVirtualHardDisk(v: m.OSVirtualHardDisk) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.host_caching
            and not v.disk_label
            and not v.disk_name
            and not v.media_link
            and not v.source_image_name
            and not v.os
            and not v.remote_source_image_link
            and not v.io_type
            and v.resized_size_in_gb is None
            and not v.unknown_elements)


def empty_OperationCaller(v: m.OperationCaller) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (v.used_service_management_api is None
            and not v.user_email_address
            and not v.subscription_certificate_thumbprint
            and not v.client_ip
            and not v.unknown_elements)


def empty_PersistentVMDowntimeInfo(v: m.PersistentVMDowntimeInfo) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.start_time
            and not v.end_time
            and not v.status
            and not v.unknown_elements)


def empty_ResourceOperationError(v: m.ResourceOperationError) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (v.http_code is None
            and not v.message
            and not v.unknown_elements)


def empty_ResourceOperationStatus(v: m.ResourceOperationStatus) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.type
            and (v.error is None or empty_ResourceOperationError(v.error))
            and not v.result
            and not v.unknown_elements)


def empty_SubscriptionOperationStatus(v: m.SubscriptionOperationStatus) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.id
            and not v.status
            and v.http_status_code is None
            and (v.error is None or empty_Error(v.error))
            and not v.unknown_elements)


def empty_UpgradeStatus(v: m.UpgradeStatus) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.upgrade_type
            and not v.current_upgrade_domain_state
            and v.current_upgrade_domain is None
            and not v.unknown_elements)


def empty_WinRM(v: m.WinRM) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.listeners
            and not v.unknown_elements)
