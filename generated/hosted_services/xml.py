"""XML readers and writers of the shapes of spec/schemas/hosted_services.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (EMPTY_TIMESTAMP, b64, boolean, dt, from_b64, from_bool,
                                from_datetime, from_int, from_text_int, number, text,
                                unknown_text)

from .. import models as m
from .._xml import NO_CHILDREN
from ..common import xml as common
from ..virtual_machines import xml as virtual_machines


def read_AvailableServices(el: Element) -> m.AvailableServices:
    return m.AvailableServices([(c.text or '') for c in el])


def write_AvailableServices(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<AvailableService>' + text(item) + '</AvailableService>')


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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ChangeConfiguration)
    object.__setattr__(obj, "__dict__", {
        'configuration': f_configuration,
        'treat_warnings_as_error': f_treat_warnings_as_error,
        'mode': f_mode,
        'extended_properties': f_extended_properties,
        'extension_configuration': f_extension_configuration,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.CreateDeployment)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'package_url': f_package_url,
        'label': f_label,
        'configuration': f_configuration,
        'start_deployment': f_start_deployment,
        'treat_warnings_as_error': f_treat_warnings_as_error,
        'extended_properties': f_extended_properties,
        'extension_configuration': f_extension_configuration,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
                                f_role_list = m.RoleList([virtual_machines.read_Role(c) for c in child])
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.Deployment)
    object.__setattr__(obj, "__dict__", {
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
    })
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
            virtual_machines.write_Role(item, out)
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.DeploymentExtension)
    object.__setattr__(obj, "__dict__", {
        'id': f_id,
        'sequence_number': f_sequence_number,
        'state': f_state,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.DeploymentInputEndpoint)
    object.__setattr__(obj, "__dict__", {
        'role_name': f_role_name,
        'vip': f_vip,
        'port': f_port,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ExtensionSettingStatus)
    object.__setattr__(obj, "__dict__", {
        'timestamp': f_timestamp,
        'configuration_applied_time': f_configuration_applied_time,
        'name': f_name,
        'operation': f_operation,
        'status': f_status,
        'code': f_code,
        'formatted_message': f_formatted_message,
        'sub_status_list': f_sub_status_list,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ExtensionSubStatus)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'status': f_status,
        'code': f_code,
        'formatted_message': f_formatted_message,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.GuestAgentStatus)
    object.__setattr__(obj, "__dict__", {
        'protocol_version': f_protocol_version,
        'timestamp': f_timestamp,
        'guest_agent_version': f_guest_agent_version,
        'status': f_status,
        'code': f_code,
        'message': f_message,
        'formatted_message': f_formatted_message,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.InstanceEndpoint)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'vip': f_vip,
        'public_port': f_public_port,
        'local_port': f_local_port,
        'protocol': f_protocol,
        'idle_timeout_in_minutes': f_idle_timeout_in_minutes,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.OperatingSystem)
    object.__setattr__(obj, "__dict__", {
        'version': f_version,
        'label': f_label,
        'is_default': f_is_default,
        'is_active': f_is_active,
        'family': f_family,
        'family_label': f_family_label,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.OperationCaller)
    object.__setattr__(obj, "__dict__", {
        'used_service_management_api': f_used_service_management_api,
        'user_email_address': f_user_email_address,
        'subscription_certificate_thumbprint': f_subscription_certificate_thumbprint,
        'client_ip': f_client_ip,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.PublicIP)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'address': f_address,
        'idle_timeout_in_minutes': f_idle_timeout_in_minutes,
        'domain_name_label': f_domain_name_label,
        'fqdns': f_fqdns,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ResourceExtensionStatus)
    object.__setattr__(obj, "__dict__", {
        'handler_name': f_handler_name,
        'version': f_version,
        'status': f_status,
        'code': f_code,
        'formatted_message': f_formatted_message,
        'extension_setting_status': f_extension_setting_status,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.RoleInstance)
    object.__setattr__(obj, "__dict__", {
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
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.RoleSize)
    object.__setattr__(obj, "__dict__", {
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
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.RollbackUpdateOrUpgrade)
    object.__setattr__(obj, "__dict__", {
        'mode': f_mode,
        'force': f_force,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_RollbackUpdateOrUpgrade(obj: m.RollbackUpdateOrUpgrade, out: list[str]) -> None:
    v = obj.mode
    if v is not None:
        out.append('<Mode>' + text(v) + '</Mode>')
    v = obj.force
    if v is not None:
        out.append('<Force>' + boolean(v) + '</Force>')


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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.Subscription)
    object.__setattr__(obj, "__dict__", {
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
    })
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
            f_error = common.read_Error(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.SubscriptionOperationStatus)
    object.__setattr__(obj, "__dict__", {
        'id': f_id,
        'status': f_status,
        'http_status_code': f_http_status_code,
        'error': f_error,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
        common.write_Error(v, out)
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.UpgradeDeployment)
    object.__setattr__(obj, "__dict__", {
        'mode': f_mode,
        'package_url': f_package_url,
        'configuration': f_configuration,
        'label': f_label,
        'role_to_upgrade': f_role_to_upgrade,
        'force': f_force,
        'extended_properties': f_extended_properties,
        'extension_configuration': f_extension_configuration,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.UpgradeStatus)
    object.__setattr__(obj, "__dict__", {
        'upgrade_type': f_upgrade_type,
        'current_upgrade_domain_state': f_current_upgrade_domain_state,
        'current_upgrade_domain': f_current_upgrade_domain,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.VirtualIP)
    object.__setattr__(obj, "__dict__", {
        'address': f_address,
        'is_dns_programmed': f_is_dns_programmed,
        'name': f_name,
        'is_reserved': f_is_reserved,
        'reserved_ip_name': f_reserved_ip_name,
        'type': f_type,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.WalkUpgradeDomain)
    object.__setattr__(obj, "__dict__", {
        'upgrade_domain': f_upgrade_domain,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_WalkUpgradeDomain(obj: m.WalkUpgradeDomain, out: list[str]) -> None:
    v = obj.upgrade_domain
    if v is not None:
        out.append('<UpgradeDomain>' + number(v) + '</UpgradeDomain>')


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


def empty_ComputeCapabilities(v: m.ComputeCapabilities) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.web_worker_role_sizes
            and not v.virtual_machines_role_sizes
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


def empty_SubscriptionOperationStatus(v: m.SubscriptionOperationStatus) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.id
            and not v.status
            and v.http_status_code is None
            and (v.error is None or common.empty_Error(v.error))
            and not v.unknown_elements)


def empty_UpgradeStatus(v: m.UpgradeStatus) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.upgrade_type
            and not v.current_upgrade_domain_state
            and v.current_upgrade_domain is None
            and not v.unknown_elements)
