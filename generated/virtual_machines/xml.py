"""XML readers and writers of the shapes of spec/schemas/virtual_machines.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (b64, boolean, dt, from_b64, from_bool, from_datetime,
                                from_int, from_text_int, number, text, unknown_text)

from .. import models as m
from .._xml import NO_CHILDREN
from ..hosted_services import xml as hosted_services


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
                            f_public_ips = m.PublicIPs([hosted_services.read_PublicIP(c) for c in child])
                        else:
                            if i < 22:
                                f_network_interfaces = m.ConfigurationSetNetworkInterfaces([read_ConfigurationSetNetworkInterface(c) for c in child])
                            else:
                                f_network_security_group = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ConfigurationSet)
    object.__setattr__(obj, "__dict__", {
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
    })
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
            hosted_services.write_PublicIP(item, out)
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ConfigurationSetInputEndpoint)
    object.__setattr__(obj, "__dict__", {
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
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.DataDiskConfiguration)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'host_caching': f_host_caching,
        'lun': f_lun,
        'media_link': f_media_link,
        'logical_disk_size_in_gb': f_logical_disk_size_in_gb,
        'io_type': f_io_type,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.DataVirtualHardDisk)
    object.__setattr__(obj, "__dict__", {
        'host_caching': f_host_caching,
        'disk_label': f_disk_label,
        'disk_name': f_disk_name,
        'lun': f_lun,
        'logical_disk_size_in_gb': f_logical_disk_size_in_gb,
        'media_link': f_media_link,
        'source_media_link': f_source_media_link,
        'io_type': f_io_type,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.Disk)
    object.__setattr__(obj, "__dict__", {
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
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.EndpointAclRule)
    object.__setattr__(obj, "__dict__", {
        'order': f_order,
        'action': f_action,
        'remote_subnet': f_remote_subnet,
        'description': f_description,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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


def read_Images(el: Element) -> m.Images:
    return m.Images([read_OSImage(c) for c in el])


def write_Images(v: list[m.OSImage], out: list[str]) -> None:
    for item in v:
        out.append('<OSImage>')
        write_OSImage(item, out)
        out.append('</OSImage>')


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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.LoadBalancerProbe)
    object.__setattr__(obj, "__dict__", {
        'path': f_path,
        'port': f_port,
        'protocol': f_protocol,
        'interval_in_seconds': f_interval_in_seconds,
        'timeout_in_seconds': f_timeout_in_seconds,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
            f_public_ips = m.PublicIPs([hosted_services.read_PublicIP(c) for c in child])
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
            hosted_services.write_PublicIP(item, out)
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.OSDiskConfiguration)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'host_caching': f_host_caching,
        'os_state': f_os_state,
        'os': f_os,
        'media_link': f_media_link,
        'logical_disk_size_in_gb': f_logical_disk_size_in_gb,
        'io_type': f_io_type,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.OSImage)
    object.__setattr__(obj, "__dict__", {
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
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.OSImageDetails)
    object.__setattr__(obj, "__dict__", {
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
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.OSVirtualHardDisk)
    object.__setattr__(obj, "__dict__", {
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
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.PersistentVMRole)
    object.__setattr__(obj, "__dict__", {
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
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ReplicationProgressElement)
    object.__setattr__(obj, "__dict__", {
        'location': f_location,
        'progress': f_progress,
        'unknown_elements': unknown and unknown_text(unknown),
    })
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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ResourceExtension)
    object.__setattr__(obj, "__dict__", {
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
    })
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


def read_ResourceExtensions(el: Element) -> m.ResourceExtensions:
    return m.ResourceExtensions([read_ResourceExtension(c) for c in el])


def write_ResourceExtensions(v: list[m.ResourceExtension], out: list[str]) -> None:
    for item in v:
        out.append('<ResourceExtension>')
        write_ResourceExtension(item, out)
        out.append('</ResourceExtension>')


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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.Role)
    object.__setattr__(obj, "__dict__", {
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
    })
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


def read_StoredCertificateSettings(el: Element) -> m.StoredCertificateSettings:
    return m.StoredCertificateSettings([read_CertificateSetting(c) for c in el])


def write_StoredCertificateSettings(v: list[m.CertificateSetting], out: list[str]) -> None:
    for item in v:
        out.append('<CertificateSetting>')
        write_CertificateSetting(item, out)
        out.append('</CertificateSetting>')


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
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.VMImage)
    object.__setattr__(obj, "__dict__", {
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
    })
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


def read_VirtualNetworkDnsServers(el: Element) -> m.VirtualNetworkDnsServers:
    return m.VirtualNetworkDnsServers([read_DnsServer(c) for c in el])


def write_VirtualNetworkDnsServers(v: list[m.DnsServer], out: list[str]) -> None:
    for item in v:
        out.append('<DnsServer>')
        write_DnsServer(item, out)
        out.append('</DnsServer>')


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
            hosted_services.write_PublicIP__add_role(item, out)
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
            hosted_services.write_PublicIP__add_role(item, out)
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


def empty_LoadBalancerProbe(v: m.LoadBalancerProbe) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.path
            and v.port is None
            and not v.protocol
            and v.interval_in_seconds is None
            and v.timeout_in_seconds is None
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


def empty_WinRM(v: m.WinRM) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.listeners
            and not v.unknown_elements)
