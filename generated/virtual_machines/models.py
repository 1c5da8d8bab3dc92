"""Models of the Azure Service Management API defined in spec/schemas/virtual_machines.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from asm_sdk_runtime.xml import Timestamp, _as_bool, _as_int, _as_text_int, _name_converters, _prefilled, _repr_hiding

from ..models import new as _new

if TYPE_CHECKING:
    from ..hosted_services.models import PublicIP

__all__ = [
    'ComponentSettings',
    'ConfigurationSetIPConfigurations',
    'ConfigurationSetInputEndpoints',
    'ConfigurationSetNetworkInterfaces',
    'ConfigurationSetSubnetNames',
    'ConfigurationSets',
    'DataDiskConfigurations',
    'DataVirtualHardDisks',
    'Disks',
    'EndpointAclRules',
    'Images',
    'ReplicationProgress',
    'ReplicationTargetLocations',
    'ResourceExtensionParameterValues',
    'ResourceExtensionReferenceCertificates',
    'ResourceExtensionReferences',
    'ResourceExtensions',
    'RoleList',
    'RoleNames',
    'SSHKeyPairs',
    'SSHPublicKeys',
    'StoredCertificateSettings',
    'UnattendComponents',
    'UnattendPasses',
    'VMImages',
    'VirtualMachineDnsServers',
    'VirtualNetworkDnsServers',
    'WinRMListeners',
    'AdditionalUnattendContent',
    'AttachedTo',
    'CaptureAsVMImageOperation',
    'CaptureRoleOperation',
    'CertificateSetting',
    'ComponentSetting',
    'ComputeImageAttributes',
    'ConfigurationSet',
    'ConfigurationSetIPConfiguration',
    'ConfigurationSetInputEndpoint',
    'ConfigurationSetNetworkInterface',
    'DataDiskConfiguration',
    'DataVirtualHardDisk',
    'Disk',
    'DnsServer',
    'DomainJoin',
    'DomainJoinCredentials',
    'DomainJoinProvisioning',
    'EndpointAcl',
    'EndpointAclRule',
    'KeyPair',
    'Listener',
    'LoadBalancerProbe',
    'NetworkConfigurationSet',
    'OSDiskConfiguration',
    'OSImage',
    'OSImageDetails',
    'OSVirtualHardDisk',
    'PersistentVMRole',
    'PublicKey',
    'ReplicationInput',
    'ReplicationProgressElement',
    'ResourceExtension',
    'ResourceExtensionParameterValue',
    'ResourceExtensionReference',
    'ResourceExtensionReferenceCertificate',
    'RestartRoleOperation',
    'Role',
    'SSH',
    'ShutdownRoleOperation',
    'ShutdownRolesOperation',
    'StartRoleOperation',
    'StartRolesOperation',
    'UnattendComponent',
    'UnattendPass',
    'VMImage',
    'VirtualMachineDeployment',
    'VirtualMachineDns',
    'WinRM',
    'CaptureRoleAsVMImage',
    'LinuxConfigurationSet',
    'WindowsConfigurationSet',
    'Components',
    'Credentials',
    'KeyPairs',
    'Listeners',
    'Passes',
    'PublicKeys',
]


class ComponentSettings(list['ComponentSetting']):
    """A list of ComponentSetting (``<ComponentSetting>`` elements).

    Also answers to ``.component_settings``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'component_settings': list(self)}

    @property
    def component_settings(self) -> ComponentSettings:
        return self

    @component_settings.setter
    def component_settings(self, items: list[Any]) -> None:
        self[:] = items


class ConfigurationSetIPConfigurations(list['ConfigurationSetIPConfiguration']):
    """A list of ConfigurationSetIPConfiguration (``<IPConfiguration>`` elements).
    """

    __slots__ = ("_prefilled",)


class ConfigurationSetInputEndpoints(list['ConfigurationSetInputEndpoint']):
    """A list of ConfigurationSetInputEndpoint (``<InputEndpoint>`` elements).

    Also answers to ``.input_endpoints``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'input_endpoints': list(self)}

    @property
    def input_endpoints(self) -> ConfigurationSetInputEndpoints:
        return self

    @input_endpoints.setter
    def input_endpoints(self, items: list[Any]) -> None:
        self[:] = items


class ConfigurationSetNetworkInterfaces(list['ConfigurationSetNetworkInterface']):
    """A list of ConfigurationSetNetworkInterface (``<NetworkInterface>`` elements).
    """

    __slots__ = ("_prefilled",)


class ConfigurationSetSubnetNames(list[str]):
    """A list of str (``<SubnetName>`` elements).
    """

    __slots__ = ("_prefilled",)


class ConfigurationSets(list['ConfigurationSet']):
    """A list of ConfigurationSet (``<ConfigurationSet>`` elements).

    Also answers to ``.configuration_sets``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'configuration_sets': list(self)}

    @property
    def configuration_sets(self) -> ConfigurationSets:
        return self

    @configuration_sets.setter
    def configuration_sets(self, items: list[Any]) -> None:
        self[:] = items


class DataDiskConfigurations(list['DataDiskConfiguration']):
    """A list of DataDiskConfiguration (``<DataDiskConfiguration>`` elements).

    Also answers to ``.data_disk_configurations``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'data_disk_configurations': list(self)}

    @property
    def data_disk_configurations(self) -> DataDiskConfigurations:
        return self

    @data_disk_configurations.setter
    def data_disk_configurations(self, items: list[Any]) -> None:
        self[:] = items


class DataVirtualHardDisks(list['DataVirtualHardDisk']):
    """A list of DataVirtualHardDisk (``<DataVirtualHardDisk>`` elements).

    Also answers to ``.data_virtual_hard_disks``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'data_virtual_hard_disks': list(self)}

    @property
    def data_virtual_hard_disks(self) -> DataVirtualHardDisks:
        return self

    @data_virtual_hard_disks.setter
    def data_virtual_hard_disks(self, items: list[Any]) -> None:
        self[:] = items


class Disks(list['Disk']):
    """A list of Disk (``<Disk>`` elements).

    Also answers to ``.disks``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'disks': list(self)}

    @property
    def disks(self) -> Disks:
        return self

    @disks.setter
    def disks(self, items: list[Any]) -> None:
        self[:] = items


class EndpointAclRules(list['EndpointAclRule']):
    """A list of EndpointAclRule (``<Rule>`` elements).
    """

    __slots__ = ("_prefilled",)


class Images(list['OSImage']):
    """A list of OSImage (``<OSImage>`` elements).

    Also answers to ``.images``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'images': list(self)}

    @property
    def images(self) -> Images:
        return self

    @images.setter
    def images(self, items: list[Any]) -> None:
        self[:] = items


class ReplicationProgress(list['ReplicationProgressElement']):
    """A list of ReplicationProgressElement (``<ReplicationProgressElement>`` elements).

    Also answers to ``.replication_progress_elements``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'replication_progress_elements': list(self)}

    @property
    def replication_progress_elements(self) -> ReplicationProgress:
        return self

    @replication_progress_elements.setter
    def replication_progress_elements(self, items: list[Any]) -> None:
        self[:] = items


class ReplicationTargetLocations(list[str]):
    """A list of str (``<Region>`` elements).
    """

    __slots__ = ("_prefilled",)


class ResourceExtensionParameterValues(list['ResourceExtensionParameterValue']):
    """A list of ResourceExtensionParameterValue (``<ResourceExtensionParameterValue>`` elements).

    Also answers to ``.resource_extension_parameter_values``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'resource_extension_parameter_values': list(self)}

    @property
    def resource_extension_parameter_values(self) -> ResourceExtensionParameterValues:
        return self

    @resource_extension_parameter_values.setter
    def resource_extension_parameter_values(self, items: list[Any]) -> None:
        self[:] = items


class ResourceExtensionReferenceCertificates(list['ResourceExtensionReferenceCertificate']):
    """A list of ResourceExtensionReferenceCertificate (``<Certificate>`` elements).

    Also answers to ``.certificates``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'certificates': list(self)}

    @property
    def certificates(self) -> ResourceExtensionReferenceCertificates:
        return self

    @certificates.setter
    def certificates(self, items: list[Any]) -> None:
        self[:] = items


class ResourceExtensionReferences(list['ResourceExtensionReference']):
    """A list of ResourceExtensionReference (``<ResourceExtensionReference>`` elements).

    Also answers to ``.resource_extension_references``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'resource_extension_references': list(self)}

    @property
    def resource_extension_references(self) -> ResourceExtensionReferences:
        return self

    @resource_extension_references.setter
    def resource_extension_references(self, items: list[Any]) -> None:
        self[:] = items


class ResourceExtensions(list['ResourceExtension']):
    """A list of ResourceExtension (``<ResourceExtension>`` elements).

    Also answers to ``.resource_extensions``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'resource_extensions': list(self)}

    @property
    def resource_extensions(self) -> ResourceExtensions:
        return self

    @resource_extensions.setter
    def resource_extensions(self, items: list[Any]) -> None:
        self[:] = items


class RoleList(list['Role']):
    """The roles of a deployment. Role itself is defined with the virtual machine shapes.

    Also answers to ``.roles``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'roles': list(self)}

    @property
    def roles(self) -> RoleList:
        return self

    @roles.setter
    def roles(self, items: list[Any]) -> None:
        self[:] = items


class RoleNames(list[str]):
    """A list of str (``<Name>`` elements).
    """

    __slots__ = ("_prefilled",)


class SSHKeyPairs(list['KeyPair']):
    """A list of KeyPair (``<KeyPair>`` elements).

    Also answers to ``.key_pairs``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'key_pairs': list(self)}

    @property
    def key_pairs(self) -> SSHKeyPairs:
        return self

    @key_pairs.setter
    def key_pairs(self, items: list[Any]) -> None:
        self[:] = items


KeyPairs = SSHKeyPairs  # the predecessor SDK's name


class SSHPublicKeys(list['PublicKey']):
    """A list of PublicKey (``<PublicKey>`` elements).

    Also answers to ``.public_keys``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'public_keys': list(self)}

    @property
    def public_keys(self) -> SSHPublicKeys:
        return self

    @public_keys.setter
    def public_keys(self, items: list[Any]) -> None:
        self[:] = items


PublicKeys = SSHPublicKeys  # the predecessor SDK's name


class StoredCertificateSettings(list['CertificateSetting']):
    """A list of CertificateSetting (``<CertificateSetting>`` elements).

    Also answers to ``.stored_certificate_settings``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'stored_certificate_settings': list(self)}

    @property
    def stored_certificate_settings(self) -> StoredCertificateSettings:
        return self

    @stored_certificate_settings.setter
    def stored_certificate_settings(self, items: list[Any]) -> None:
        self[:] = items


class UnattendComponents(list['UnattendComponent']):
    """A list of UnattendComponent (``<UnattendComponent>`` elements).

    Also answers to ``.components``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'components': list(self)}

    @property
    def components(self) -> UnattendComponents:
        return self

    @components.setter
    def components(self, items: list[Any]) -> None:
        self[:] = items


Components = UnattendComponents  # the predecessor SDK's name


class UnattendPasses(list['UnattendPass']):
    """A list of UnattendPass (``<UnattendPass>`` elements).

    Also answers to ``.passes``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'passes': list(self)}

    @property
    def passes(self) -> UnattendPasses:
        return self

    @passes.setter
    def passes(self, items: list[Any]) -> None:
        self[:] = items


Passes = UnattendPasses  # the predecessor SDK's name


class VMImages(list['VMImage']):
    """A list of VMImage (``<VMImage>`` elements).

    Also answers to ``.vm_images``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'vm_images': list(self)}

    @property
    def vm_images(self) -> VMImages:
        return self

    @vm_images.setter
    def vm_images(self, items: list[Any]) -> None:
        self[:] = items


class VirtualMachineDnsServers(list['DnsServer']):
    """A list of DnsServer (``<DnsServer>`` elements).
    """

    __slots__ = ("_prefilled",)


class VirtualNetworkDnsServers(list['DnsServer']):
    """A list of DnsServer (``<DnsServer>`` elements).
    """

    __slots__ = ("_prefilled",)


class WinRMListeners(list['Listener']):
    """A list of Listener (``<Listener>`` elements).

    Also answers to ``.listeners``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'listeners': list(self)}

    @property
    def listeners(self) -> WinRMListeners:
        return self

    @listeners.setter
    def listeners(self, items: list[Any]) -> None:
        self[:] = items


Listeners = WinRMListeners  # the predecessor SDK's name


@attrs.define(slots=False, eq=True)
class AdditionalUnattendContent:
    """Extra unattend.xml settings for Windows setup.

    Attributes:
        passes (UnattendPasses): ``<Passes>``. Setup passes with their components.
    """

    passes: list[UnattendPass] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(UnattendPasses())), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.passes
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True)
class AttachedTo:
    """The virtual machine a disk is attached to.

    Attributes:
        hosted_service_name (str): ``<HostedServiceName>``. Cloud service of the machine.
        deployment_name (str): ``<DeploymentName>``. Deployment of the machine.
        role_name (str): ``<RoleName>``. The machine.
    """

    hosted_service_name: str | None = attrs.field(default=None, kw_only=True)
    deployment_name: str | None = attrs.field(default=None, kw_only=True)
    role_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.hosted_service_name
                and not self.deployment_name
                and not self.role_name
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True)
class CaptureAsVMImageOperation:
    """Request to capture a virtual machine and its data disks as a VM image (root element
    CaptureRoleAsVMImageOperation).

    Attributes:
        operation_type (str): ``<OperationType>``. Always CaptureRoleAsVMImageOperation.
        os_state (str): ``<OSState>``. Generalized or Specialized.
        vm_image_name (str): ``<VMImageName>``. Name of the new VM image.
        vm_image_label (str): ``<VMImageLabel>``. Display name of the new VM image.
        description (str): ``<Description>``. Description of the image.
        language (str): ``<Language>``. Language of the image.
        image_family (str): ``<ImageFamily>``. Group the image belongs to.
        recommended_vm_size (str): ``<RecommendedVMSize>``. Size suggested for machines created from the image.
    """

    operation_type: str | None = attrs.field(default='CaptureRoleAsVMImageOperation', kw_only=True)
    os_state: str | None = attrs.field(default=None, kw_only=True)
    vm_image_name: str | None = attrs.field(default=None, kw_only=True)
    vm_image_label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    language: str | None = attrs.field(default=None, kw_only=True)
    image_family: str | None = attrs.field(default=None, kw_only=True)
    recommended_vm_size: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class CaptureRoleOperation:
    """Request to capture a stopped virtual machine as an OS image.

    Attributes:
        operation_type (str): ``<OperationType>``. Always CaptureRoleOperation.
        post_capture_action (str): ``<PostCaptureAction>``. Delete (remove the machine) or Reprovision.
        provisioning_configuration (ConfigurationSet): ``<ProvisioningConfiguration>``. Provisioning settings used when the machine is reprovisioned.
        target_image_label (str): ``<TargetImageLabel>``. Display name of the new image.
        target_image_name (str): ``<TargetImageName>``. Name of the new image.
    """

    operation_type: str | None = attrs.field(default='CaptureRoleOperation', kw_only=True)
    post_capture_action: str | None = attrs.field(default=None, kw_only=True)
    provisioning_configuration: ConfigurationSet | None = attrs.field(default=None, kw_only=True)
    target_image_label: str | None = attrs.field(default=None, kw_only=True)
    target_image_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class CertificateSetting:
    """A cloud service certificate installed into a Windows machine's certificate store.

    Attributes:
        thumbprint (str): ``<Thumbprint>``. Thumbprint of a certificate already added to the cloud service.
        store_name (str): ``<StoreName>``. Store name, such as My or Root.
        store_location (str): ``<StoreLocation>``. LocalMachine.
    """

    thumbprint: str | None = None
    store_name: str | None = None
    store_location: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ComponentSetting:
    """One unattend.xml setting.

    Attributes:
        setting_name (str): ``<SettingName>``. Setting name, such as AutoLogon.
        content (str): ``<Content>``. XML content of the setting (base64-encoded by the caller).
    """

    setting_name: str | None = attrs.field(default=None, kw_only=True)
    content: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ComputeImageAttributes:
    """Marketplace identity of a published image.

    Attributes:
        offer (str): ``<Offer>``. Offer name.
        sku (str): ``<Sku>``. SKU name.
        version (str): ``<Version>``. Version, such as 1.0.0.
    """

    offer: str | None = attrs.field(default=None, kw_only=True)
    sku: str | None = attrs.field(default=None, kw_only=True)
    version: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ConfigurationSet:
    """Configuration set of a virtual machine.

    Built directly, it is the network configuration (endpoints, subnets, public IPs);
    use LinuxConfigurationSet or WindowsConfigurationSet for the provisioning settings.

    Attributes:
        configuration_set_type (str): ``<ConfigurationSetType>``. LinuxProvisioningConfiguration, WindowsProvisioningConfiguration or
            NetworkConfiguration.
        computer_name (str): ``<ComputerName>``. Windows: computer name.
        admin_password (str): ``<AdminPassword>``. Windows: administrator password.
        reset_password_on_first_logon (bool): ``<ResetPasswordOnFirstLogon>``. Windows: force a password change at first logon.
        enable_automatic_updates (bool): ``<EnableAutomaticUpdates>``. Windows: turn on Windows Update.
        time_zone (str): ``<TimeZone>``. Windows: time zone name, such as Pacific Standard Time.
        domain_join (DomainJoin): ``<DomainJoin>``. Windows: Active Directory domain to join.
        stored_certificate_settings (StoredCertificateSettings): ``<StoredCertificateSettings>``. Windows: service certificates to install in the machine.
        win_rm (WinRM): ``<WinRM>``. Windows: WinRM listeners.
        admin_username (str): ``<AdminUsername>``. Windows: administrator account name.
        host_name (str): ``<HostName>``. Linux: host name.
        user_name (str): ``<UserName>``. Linux: name of the user account to create.
        user_password (str): ``<UserPassword>``. Linux: password of that account.
        disable_ssh_password_authentication (bool): ``<DisableSshPasswordAuthentication>``. Linux: allow only key-based SSH logons.
        ssh (SSH): ``<SSH>``. Linux: SSH public keys and key pairs to install.
        custom_data (str): ``<CustomData>``. Data handed to the machine at provisioning (base64 on the wire).
        additional_unattend_content (AdditionalUnattendContent): ``<AdditionalUnattendContent>``. Windows: extra unattend.xml content.
        input_endpoints (ConfigurationSetInputEndpoints): ``<InputEndpoints>``. Network: public endpoints of the machine.
        subnet_names (ConfigurationSetSubnetNames): ``<SubnetNames>``. Network: virtual network subnets the machine joins.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Network: fixed private address in the virtual network.
        public_ips (PublicIPs): ``<PublicIPs>``. Network: instance-level public IP addresses.
        network_interfaces (ConfigurationSetNetworkInterfaces): ``<NetworkInterfaces>``. Network: secondary network interfaces.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network: network security group applied to the machine.
    """

    configuration_set_type: str | None = attrs.field(default='NetworkConfiguration', kw_only=True)
    computer_name: str | None = attrs.field(default=None, kw_only=True)
    admin_password: str | None = attrs.field(default=None, kw_only=True, repr=False)
    reset_password_on_first_logon: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    enable_automatic_updates: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    time_zone: str | None = attrs.field(default=None, kw_only=True)
    domain_join: DomainJoin | None = attrs.field(default=None, kw_only=True)
    stored_certificate_settings: list[CertificateSetting] | None = attrs.field(default=None, kw_only=True)
    win_rm: WinRM | None = attrs.field(default=None, kw_only=True)
    admin_username: str | None = attrs.field(default=None, kw_only=True)
    host_name: str | None = attrs.field(default=None, kw_only=True)
    user_name: str | None = attrs.field(default=None, kw_only=True)
    user_password: str | None = attrs.field(default=None, kw_only=True, repr=False)
    disable_ssh_password_authentication: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    ssh: SSH | None = attrs.field(default=None, kw_only=True)
    custom_data: str | None = attrs.field(default=None, kw_only=True, repr=False)
    additional_unattend_content: AdditionalUnattendContent | None = attrs.field(default=None, kw_only=True)
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = attrs.field(default=attrs.Factory(lambda: ConfigurationSetInputEndpoints()), kw_only=True)
    subnet_names: list[str] | None = attrs.field(default=attrs.Factory(lambda: ConfigurationSetSubnetNames()), kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    public_ips: list[PublicIP] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(_new('PublicIPs'))), kw_only=True)
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
    #: The predecessor's ConfigurationSet.role_type (Python only: never read from or sent to the service.)
    role_type: Any = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ConfigurationSetIPConfiguration:
    """Subnet and optional fixed address of a network interface.

    Attributes:
        subnet_name (str): ``<SubnetName>``. Subnet of the interface.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Fixed private address, if any.
    """

    subnet_name: str | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ConfigurationSetInputEndpoint:
    """A public endpoint of a virtual machine: a port on the cloud service address
    forwarded to a port of the machine.

    Attributes:
        name (str): ``<Name>``. Endpoint name.
        protocol (str): ``<Protocol>``. tcp or udp.
        port (int): ``<Port>``. Public port.
        local_port (int): ``<LocalPort>``. Port on the virtual machine.
        load_balanced_endpoint_set_name (str): ``<LoadBalancedEndpointSetName>``. Load-balanced set the endpoint belongs to, if any.
        enable_direct_server_return (bool): ``<EnableDirectServerReturn>``. Whether direct server return is on.
        idle_timeout_in_minutes (int): ``<IdleTimeoutInMinutes>``. TCP idle timeout.
        load_balancer_probe (LoadBalancerProbe): ``<LoadBalancerProbe>``. Health probe of a load-balanced endpoint.
        load_balancer_name (str): ``<LoadBalancerName>``. Internal load balancer the endpoint uses.
        vip (str): ``<Vip>``. Public virtual IP address of the endpoint (responses).
        endpoint_acl (EndpointAcl): ``<EndpointAcl>``. Access control rules of the endpoint.
        load_distribution (str): ``<LoadDistribution>``. Load balancer distribution mode: sourceIP, sourceIPProtocol or none.
        virtual_ip_name (str): ``<VirtualIPName>``. Named virtual IP of the deployment the endpoint uses.
    """

    name: str | None = None
    protocol: str | None = None
    port: int | None = attrs.field(default=None, converter=_as_text_int)
    local_port: int | None = attrs.field(default=None, converter=_as_text_int)
    load_balanced_endpoint_set_name: str | None = ''
    enable_direct_server_return: bool | None = attrs.field(default=False, converter=_as_bool)
    idle_timeout_in_minutes: int | None = attrs.field(default=4, converter=_as_int)
    load_balancer_probe: LoadBalancerProbe | None = attrs.field(default=attrs.Factory(lambda: LoadBalancerProbe()), kw_only=True)
    load_balancer_name: str | None = attrs.field(default=None, kw_only=True)
    vip: str | None = attrs.field(default=None, kw_only=True)
    endpoint_acl: EndpointAcl | None = attrs.field(default=None, kw_only=True)
    load_distribution: str | None = attrs.field(default=None, kw_only=True)
    virtual_ip_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ConfigurationSetNetworkInterface:
    """A secondary network interface of a virtual machine.

    Attributes:
        name (str): ``<Name>``. Interface name.
        ip_configurations (ConfigurationSetIPConfigurations): ``<IPConfigurations>``. Addresses of the interface.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network security group applied to the interface.
        ip_forwarding (str): ``<IPForwarding>``. Whether IP forwarding is enabled.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    ip_configurations: list[ConfigurationSetIPConfiguration] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
    ip_forwarding: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class DataDiskConfiguration:
    """A data disk of a VM image.

    Attributes:
        name (str): ``<Name>``. Disk name.
        host_caching (str): ``<HostCaching>``. None, ReadOnly or ReadWrite.
        lun (int): ``<Lun>``. Logical unit number of the disk.
        media_link (str): ``<MediaLink>``. URL of the VHD blob.
        logical_disk_size_in_gb (int): ``<LogicalDiskSizeInGB>``. Size of the disk.
        io_type (str): ``<IOType>``. Storage type of the VHD.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    host_caching: str | None = attrs.field(default=None, kw_only=True)
    lun: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    logical_disk_size_in_gb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class DataVirtualHardDisk:
    """A data disk attached to a virtual machine.

    Attributes:
        media_link (str): ``<MediaLink>``. URL of the VHD blob.
        host_caching (str): ``<HostCaching>``. None, ReadOnly or ReadWrite.
        disk_label (str): ``<DiskLabel>``. Description of the disk.
        disk_name (str): ``<DiskName>``. Name of the disk in the disk repository.
        lun (int): ``<Lun>``. Logical unit number (slot) of the disk.
        logical_disk_size_in_gb (int): ``<LogicalDiskSizeInGB>``. Size of the disk (or of the empty disk to create).
        source_media_link (str): ``<SourceMediaLink>``. URL of a VHD blob to copy the disk from.
        io_type (str): ``<IOType>``. Standard or Provisioned (premium storage).
    """

    media_link: str | None = None
    host_caching: str | None = None
    disk_label: str | None = None
    disk_name: str | None = None
    lun: int | None = attrs.field(default=None, converter=_as_int)
    logical_disk_size_in_gb: int | None = attrs.field(default=None, converter=_as_int)
    source_media_link: str | None = None
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class Disk:
    """A disk in the disk repository (an OS or data disk backed by a VHD blob).

    Attributes:
        affinity_group (str): ``<AffinityGroup>``. Affinity group of the disk.
        attached_to (AttachedTo): ``<AttachedTo>``. The virtual machine using the disk, if any.
        has_operating_system (bool): ``<HasOperatingSystem>``. Whether the disk holds an operating system (deprecated).
        is_corrupted (bool): ``<IsCorrupted>``. Whether the disk is corrupted.
        os (str): ``<OS>``. Linux or Windows for an OS disk.
        label (str): ``<Label>``. Description of the disk.
        location (str): ``<Location>``. Region of the disk.
        logical_disk_size_in_gb (int): ``<LogicalDiskSizeInGB>``. Size of the disk.
        media_link (str): ``<MediaLink>``. URL of the VHD blob.
        name (str): ``<Name>``. Disk name.
        source_image_name (str): ``<SourceImageName>``. Image the disk was created from.
        created_time (Timestamp | datetime): ``<CreatedTime>``. When the disk was created.
        io_type (str): ``<IOType>``. Storage type of the VHD.
    """

    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    attached_to: AttachedTo | None = attrs.field(default=attrs.Factory(lambda: AttachedTo()), kw_only=True)
    has_operating_system: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    is_corrupted: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    os: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    logical_disk_size_in_gb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    source_image_name: str | None = attrs.field(default=None, kw_only=True)
    created_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class DnsServer:
    """A DNS server used by the virtual machines of a deployment.

    Attributes:
        name (str): ``<Name>``. Name of the entry.
        address (str): ``<Address>``. IPv4 address of the server.
    """

    name: str | None = None
    address: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class DomainJoin:
    """Active Directory domain a Windows machine joins at provisioning.

    Attributes:
        credentials (DomainJoinCredentials): ``<Credentials>``. Account used to join.
        join_domain (str): ``<JoinDomain>``. Domain to join.
        machine_object_ou (str): ``<MachineObjectOU>``. Organizational unit for the computer account.
        provisioning (DomainJoinProvisioning): ``<Provisioning>``. Offline domain join data.
    """

    credentials: DomainJoinCredentials | None = attrs.field(default=attrs.Factory(lambda: DomainJoinCredentials()), kw_only=True)
    join_domain: str | None = attrs.field(default=None, kw_only=True)
    machine_object_ou: str | None = attrs.field(default=None, kw_only=True)
    provisioning: DomainJoinProvisioning | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.credentials
                and not self.join_domain
                and not self.machine_object_ou
                and not self.provisioning
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True)
class DomainJoinCredentials:
    """Account used to join a domain.

    Attributes:
        domain (str): ``<Domain>``. Domain of the account.
        username (str): ``<Username>``. Account name.
        password (str): ``<Password>``. Account password.
    """

    domain: str | None = attrs.field(default=None, kw_only=True)
    username: str | None = attrs.field(default=None, kw_only=True)
    password: str | None = attrs.field(default=None, kw_only=True, repr=False)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.domain
                and not self.username
                and not self.password
                and not self.unknown_elements)


Credentials = DomainJoinCredentials  # the predecessor SDK's name


@attrs.define(slots=False, eq=True)
class DomainJoinProvisioning:
    """Offline domain join data.

    Attributes:
        account_data (str): ``<AccountData>``. The djoin.exe account data.
    """

    account_data: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.account_data
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True)
class EndpointAcl:
    """Access control list of an endpoint.

    Attributes:
        rules (EndpointAclRules): ``<Rules>``. The rules, applied in order.
    """

    rules: list[EndpointAclRule] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class EndpointAclRule:
    """One permit or deny rule of an endpoint ACL.

    Attributes:
        order (int): ``<Order>``. Priority; lower numbers apply first.
        action (str): ``<Action>``. permit or deny.
        remote_subnet (str): ``<RemoteSubnet>``. Remote address range in CIDR form.
        description (str): ``<Description>``. Free text.
    """

    order: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    action: str | None = attrs.field(default=None, kw_only=True)
    remote_subnet: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class KeyPair:
    """An SSH key pair taken from a cloud service certificate.

    Attributes:
        fingerprint (str): ``<Fingerprint>``. Thumbprint of the certificate holding the key pair.
        path (str): ``<Path>``. File on the machine the private key is written to.
    """

    fingerprint: str | None = None
    path: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class Listener:
    """A WinRM listener.

    Attributes:
        protocol (str): ``<Protocol>``. Http or Https.
        certificate_thumbprint (str): ``<CertificateThumbprint>``. Certificate of an Https listener (default: a self-signed one).
    """

    protocol: str | None = None
    certificate_thumbprint: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class LoadBalancerProbe:
    """How the load balancer checks that an endpoint's machine is healthy.

    Attributes:
        path (str): ``<Path>``. Relative URI probed over HTTP.
        port (int): ``<Port>``. Port probed.
        protocol (str): ``<Protocol>``. TCP or HTTP.
        interval_in_seconds (int): ``<IntervalInSeconds>``. Time between probes.
        timeout_in_seconds (int): ``<TimeoutInSeconds>``. Time after which a silent machine is taken out of rotation.
    """

    path: str | None = attrs.field(default=None, kw_only=True)
    port: int | None = attrs.field(default=None, kw_only=True, converter=_as_text_int)
    protocol: str | None = attrs.field(default=None, kw_only=True)
    interval_in_seconds: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    timeout_in_seconds: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.path
                and self.port is None
                and not self.protocol
                and self.interval_in_seconds is None
                and self.timeout_in_seconds is None
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True)
class NetworkConfigurationSet:
    """The network kind of ConfigurationSet; the service tags returned network sets with
    this type (i:type="NetworkConfigurationSet").

    Attributes:
        configuration_set_type (str): ``<ConfigurationSetType>``. LinuxProvisioningConfiguration, WindowsProvisioningConfiguration or
            NetworkConfiguration.
        input_endpoints (ConfigurationSetInputEndpoints): ``<InputEndpoints>``. Network: public endpoints of the machine.
        subnet_names (ConfigurationSetSubnetNames): ``<SubnetNames>``. Network: virtual network subnets the machine joins.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Network: fixed private address in the virtual network.
        public_ips (PublicIPs): ``<PublicIPs>``. Network: instance-level public IP addresses.
        network_interfaces (ConfigurationSetNetworkInterfaces): ``<NetworkInterfaces>``. Network: secondary network interfaces.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network: network security group applied to the machine.
    """

    configuration_set_type: str | None = attrs.field(default=None, kw_only=True)
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = attrs.field(default=None, kw_only=True)
    subnet_names: list[str] | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    public_ips: list[PublicIP] | None = attrs.field(default=None, kw_only=True)
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class OSDiskConfiguration:
    """The operating system disk of a VM image.

    Attributes:
        name (str): ``<Name>``. Disk name.
        host_caching (str): ``<HostCaching>``. None, ReadOnly or ReadWrite.
        os_state (str): ``<OSState>``. Generalized or Specialized.
        os (str): ``<OS>``. Linux or Windows.
        media_link (str): ``<MediaLink>``. URL of the VHD blob.
        logical_disk_size_in_gb (int): ``<LogicalDiskSizeInGB>``. Size of the disk.
        io_type (str): ``<IOType>``. Storage type of the VHD.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    host_caching: str | None = attrs.field(default=None, kw_only=True)
    os_state: str | None = attrs.field(default=None, kw_only=True)
    os: str | None = attrs.field(default=None, kw_only=True)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    logical_disk_size_in_gb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.name
                and not self.host_caching
                and not self.os_state
                and not self.os
                and not self.media_link
                and self.logical_disk_size_in_gb in (None, -1)
                and not self.io_type
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class OSImage:
    """An operating system image in the image repository: a platform image or a user image.
    The same shape is the body of add_os_image and update_os_image (a few elements
    only).

    Attributes:
        affinity_group (str): ``<AffinityGroup>``. Affinity group of a user image.
        category (str): ``<Category>``. Public, User, and so on.
        label (str): ``<Label>``. Display name.
        location (str): ``<Location>``. Regions the image is available in, separated by semicolons.
        logical_size_in_gb (int): ``<LogicalSizeInGB>``. Size of the image.
        media_link (str): ``<MediaLink>``. URL of the VHD blob of a user image.
        name (str): ``<Name>``. Image name.
        os (str): ``<OS>``. Linux or Windows.
        eula (str): ``<Eula>``. License terms (usually a URL).
        description (str): ``<Description>``. Description.
        image_family (str): ``<ImageFamily>``. Group the image belongs to.
        show_in_gui (bool): ``<ShowInGui>``. Whether the portal lists the image.
        published_date (str): ``<PublishedDate>``. When the image was published (a date or date-time string).
        is_premium (bool): ``<IsPremium>``. Whether the image has extra charges.
        icon_uri (str): ``<IconUri>``. Icon shown in the portal.
        privacy_uri (str): ``<PrivacyUri>``. Privacy policy URL.
        recommended_vm_size (str): ``<RecommendedVMSize>``. Size suggested for machines created from the image.
        publisher_name (str): ``<PublisherName>``. Publisher of the image.
        pricing_detail_link (str): ``<PricingDetailLink>``. Pricing information URL.
        small_icon_uri (str): ``<SmallIconUri>``. Small icon shown in the portal.
        language (str): ``<Language>``. Language of the image.
        os_state (str): ``<OSState>``. Generalized or Specialized.
        io_type (str): ``<IOType>``. Storage type of the image VHD.
    """

    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    category: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    logical_size_in_gb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    os: str | None = attrs.field(default=None, kw_only=True)
    eula: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    image_family: str | None = attrs.field(default=None, kw_only=True)
    show_in_gui: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    published_date: str | None = attrs.field(default=None, kw_only=True)
    is_premium: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    icon_uri: str | None = attrs.field(default=None, kw_only=True)
    privacy_uri: str | None = attrs.field(default=None, kw_only=True)
    recommended_vm_size: str | None = attrs.field(default=None, kw_only=True)
    publisher_name: str | None = attrs.field(default=None, kw_only=True)
    pricing_detail_link: str | None = attrs.field(default=None, kw_only=True)
    small_icon_uri: str | None = attrs.field(default=None, kw_only=True)
    language: str | None = attrs.field(default=None, kw_only=True)
    os_state: str | None = attrs.field(default=None, kw_only=True)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class OSImageDetails:
    """An OS image with the progress of its replication to other regions.

    Attributes:
        affinity_group (str): ``<AffinityGroup>``. Affinity group of a user image.
        category (str): ``<Category>``. Public, User, and so on.
        label (str): ``<Label>``. Display name.
        location (str): ``<Location>``. Regions the image is available in, separated by semicolons.
        logical_size_in_gb (int): ``<LogicalSizeInGB>``. Size of the image.
        media_link (str): ``<MediaLink>``. URL of the VHD blob of a user image.
        name (str): ``<Name>``. Image name.
        os (str): ``<OS>``. Linux or Windows.
        eula (str): ``<Eula>``. License terms (usually a URL).
        description (str): ``<Description>``. Description.
        image_family (str): ``<ImageFamily>``. Group the image belongs to.
        show_in_gui (bool): ``<ShowInGui>``. Whether the portal lists the image.
        published_date (str): ``<PublishedDate>``. When the image was published (a date or date-time string).
        is_premium (bool): ``<IsPremium>``. Whether the image has extra charges.
        icon_uri (str): ``<IconUri>``. Icon shown in the portal.
        privacy_uri (str): ``<PrivacyUri>``. Privacy policy URL.
        recommended_vm_size (str): ``<RecommendedVMSize>``. Size suggested for machines created from the image.
        publisher_name (str): ``<PublisherName>``. Publisher of the image.
        pricing_detail_link (str): ``<PricingDetailLink>``. Pricing information URL.
        small_icon_uri (str): ``<SmallIconUri>``. Small icon shown in the portal.
        language (str): ``<Language>``. Language of the image.
        os_state (str): ``<OSState>``. Generalized or Specialized.
        io_type (str): ``<IOType>``. Storage type of the image VHD.
        replication_progress (ReplicationProgress): ``<ReplicationProgress>``. Replication progress per region.
    """

    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    category: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    logical_size_in_gb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    os: str | None = attrs.field(default=None, kw_only=True)
    eula: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    image_family: str | None = attrs.field(default=None, kw_only=True)
    show_in_gui: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    published_date: str | None = attrs.field(default=None, kw_only=True)
    is_premium: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    icon_uri: str | None = attrs.field(default=None, kw_only=True)
    privacy_uri: str | None = attrs.field(default=None, kw_only=True)
    recommended_vm_size: str | None = attrs.field(default=None, kw_only=True)
    publisher_name: str | None = attrs.field(default=None, kw_only=True)
    pricing_detail_link: str | None = attrs.field(default=None, kw_only=True)
    small_icon_uri: str | None = attrs.field(default=None, kw_only=True)
    language: str | None = attrs.field(default=None, kw_only=True)
    os_state: str | None = attrs.field(default=None, kw_only=True)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    replication_progress: list[ReplicationProgressElement] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(ReplicationProgress())), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class OSVirtualHardDisk:
    """The operating system disk of a virtual machine and the image it is created from.

    Attributes:
        source_image_name (str): ``<SourceImageName>``. OS image the disk is created from.
        media_link (str): ``<MediaLink>``. URL of the VHD blob the disk lives in.
        host_caching (str): ``<HostCaching>``. None, ReadOnly or ReadWrite.
        disk_label (str): ``<DiskLabel>``. Description of the disk.
        disk_name (str): ``<DiskName>``. Name of the disk in the disk repository.
        os (str): ``<OS>``. Linux or Windows.
        remote_source_image_link (str): ``<RemoteSourceImageLink>``. URL of a VHD in another storage account to create the disk from.
        io_type (str): ``<IOType>``. Standard or Provisioned (premium storage).
        resized_size_in_gb (int): ``<ResizedSizeInGB>``. New size requested for the disk.
    """

    source_image_name: str | None = None
    media_link: str | None = None
    host_caching: str | None = None
    disk_label: str | None = None
    disk_name: str | None = None
    os: str | None = None
    remote_source_image_link: str | None = None
    io_type: str | None = attrs.field(default=None, kw_only=True)
    resized_size_in_gb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.host_caching
                and not self.disk_label
                and not self.disk_name
                and not self.media_link
                and not self.source_image_name
                and not self.os
                and not self.remote_source_image_link
                and not self.io_type
                and self.resized_size_in_gb is None
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class PersistentVMRole:
    """A virtual machine role as its own document (get_role, add_role, update_role); the
    same shape as Role. Deployments also tag their Role entries with this type
    (i:type="PersistentVMRole").

    Attributes:
        role_name (str): ``<RoleName>``. Name of the virtual machine (role).
        os_version (str): ``<OsVersion>``. Guest OS version; empty for virtual machines.
        role_type (str): ``<RoleType>``. PersistentVMRole for virtual machines.
        license_type (str): ``<LicenseType>``. Windows_Server or Windows_Client to bring your own license.
        configuration_sets (ConfigurationSets): ``<ConfigurationSets>``. Provisioning (Linux or Windows) and network settings.
        resource_extension_references (ResourceExtensionReferences): ``<ResourceExtensionReferences>``. Extensions installed on the machine.
        vm_image_name (str): ``<VMImageName>``. VM image the machine is (or was) created from, instead of an OS disk
            image.
        media_location (str): ``<MediaLocation>``. Where the disks of a published VM image are copied to.
        availability_set_name (str): ``<AvailabilitySetName>``. Availability set the machine belongs to.
        data_virtual_hard_disks (DataVirtualHardDisks): ``<DataVirtualHardDisks>``. Attached data disks.
        os_virtual_hard_disk (OSVirtualHardDisk): ``<OSVirtualHardDisk>``. The operating system disk.
        role_size (str): ``<RoleSize>``. Size of the machine, such as Small or Standard_D1.
        default_win_rm_certificate_thumbprint (str): ``<DefaultWinRmCertificateThumbprint>``. Thumbprint of the certificate of the default WinRM HTTPS listener
            (Windows).
        provision_guest_agent (bool): ``<ProvisionGuestAgent>``. Whether the VM agent is installed (needed by resource extensions).
    """

    role_name: str | None = attrs.field(default=None, kw_only=True)
    os_version: str | None = attrs.field(default=None, kw_only=True)
    role_type: str | None = attrs.field(default=None, kw_only=True)
    license_type: str | None = attrs.field(default=None, kw_only=True)
    configuration_sets: list[ConfigurationSet] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(ConfigurationSets())), kw_only=True)
    resource_extension_references: list[ResourceExtensionReference] | None = attrs.field(default=None, kw_only=True)
    vm_image_name: str | None = attrs.field(default=None, kw_only=True)
    media_location: str | None = attrs.field(default=None, kw_only=True)
    availability_set_name: str | None = attrs.field(default=None, kw_only=True)
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(DataVirtualHardDisks())), kw_only=True)
    os_virtual_hard_disk: OSVirtualHardDisk | None = attrs.field(default=attrs.Factory(lambda: OSVirtualHardDisk()), kw_only=True)
    role_size: str | None = attrs.field(default=None, kw_only=True)
    default_win_rm_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    provision_guest_agent: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class PublicKey:
    """An SSH public key taken from a cloud service certificate.

    Attributes:
        fingerprint (str): ``<Fingerprint>``. Thumbprint of the certificate holding the key.
        path (str): ``<Path>``. File on the machine the key is written to.
    """

    fingerprint: str | None = None
    path: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ReplicationInput:
    """Request to replicate an image to regions (publishers only).

    Attributes:
        target_locations (ReplicationTargetLocations): ``<TargetLocations>``. Regions to replicate to.
        compute_image_attributes (ComputeImageAttributes): ``<ComputeImageAttributes>``. Offer, SKU and version of the image.
    """

    target_locations: list[str] | None = attrs.field(default=None, kw_only=True)
    compute_image_attributes: ComputeImageAttributes | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ReplicationProgressElement:
    """Replication progress of an image in one region.

    Attributes:
        location (str): ``<Location>``. Region.
        progress (int): ``<Progress>``. Percentage done.
    """

    location: str | None = attrs.field(default=None, kw_only=True)
    progress: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ResourceExtension:
    """A version of a resource extension that virtual machines can install.

    Attributes:
        publisher (str): ``<Publisher>``. Extension publisher.
        name (str): ``<Name>``. Extension name.
        version (str): ``<Version>``. Version.
        label (str): ``<Label>``. Display name.
        description (str): ``<Description>``. Description.
        public_configuration_schema (str): ``<PublicConfigurationSchema>``. Schema of the public configuration (base64, as sent).
        private_configuration_schema (str): ``<PrivateConfigurationSchema>``. Schema of the private configuration (base64, as sent).
        sample_config (str): ``<SampleConfig>``. Sample configuration (base64, as sent).
        replication_completed (bool): ``<ReplicationCompleted>``. Whether the version is available in every region.
        eula (str): ``<Eula>``. License terms URL.
        privacy_uri (str): ``<PrivacyUri>``. Privacy policy URL.
        homepage_uri (str): ``<HomepageUri>``. Home page URL.
        is_json_extension (bool): ``<IsJsonExtension>``. Whether the configuration is JSON (else XML).
        is_internal_extension (bool): ``<IsInternalExtension>``. Whether the extension is for internal use.
        disallow_major_version_upgrade (bool): ``<DisallowMajorVersionUpgrade>``. Whether automatic major version upgrades are blocked.
        supported_os (str): ``<SupportedOS>``. Operating system the extension supports.
        company_name (str): ``<CompanyName>``. Publisher company.
        published_date (str): ``<PublishedDate>``. When the version was published.
        regions (str): ``<Regions>``. Regions the version is available in, separated by semicolons.
    """

    publisher: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    version: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    public_configuration_schema: str | None = attrs.field(default=None, kw_only=True)
    private_configuration_schema: str | None = attrs.field(default=None, kw_only=True)
    sample_config: str | None = attrs.field(default=None, kw_only=True)
    replication_completed: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    eula: str | None = attrs.field(default=None, kw_only=True)
    privacy_uri: str | None = attrs.field(default=None, kw_only=True)
    homepage_uri: str | None = attrs.field(default=None, kw_only=True)
    is_json_extension: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    is_internal_extension: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    disallow_major_version_upgrade: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    supported_os: str | None = attrs.field(default=None, kw_only=True)
    company_name: str | None = attrs.field(default=None, kw_only=True)
    published_date: str | None = attrs.field(default=None, kw_only=True)
    regions: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, repr=False)
class ResourceExtensionParameterValue:
    """One configuration value of a resource extension.

    Attributes:
        key (str): ``<Key>``. Parameter name.
        value (str): ``<Value>``. Parameter value (base64-encoded by the caller).
        type (str): ``<Type>``. Public or Private.
    """

    key: str | None = attrs.field(default=None, kw_only=True)
    value: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __repr__(self) -> str:
        """As attrs writes it, but `value` is `<hidden>` while `type` is 'Private'."""
        return _repr_hiding(self, {'value': ('type', 'Private')})


@attrs.define(slots=False, eq=True)
class ResourceExtensionReference:
    """A resource extension installed on a virtual machine, with its parameters.

    Attributes:
        reference_name (str): ``<ReferenceName>``. Name of this reference within the machine.
        publisher (str): ``<Publisher>``. Extension publisher.
        name (str): ``<Name>``. Extension name.
        version (str): ``<Version>``. Extension version (wildcards such as 1.* allowed).
        resource_extension_parameter_values (ResourceExtensionParameterValues): ``<ResourceExtensionParameterValues>``. Configuration handed to the extension.
        state (str): ``<State>``. Enable, Disable or Uninstall.
        certificates (ResourceExtensionReferenceCertificates): ``<Certificates>``. Certificates the extension uses.
    """

    reference_name: str | None = None
    publisher: str | None = None
    name: str | None = None
    version: str | None = None
    resource_extension_parameter_values: list[ResourceExtensionParameterValue] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(ResourceExtensionParameterValues())), kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    certificates: list[ResourceExtensionReferenceCertificate] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(ResourceExtensionReferenceCertificates())), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ResourceExtensionReferenceCertificate:
    """A certificate used by a resource extension.

    Attributes:
        thumbprint (str): ``<Thumbprint>``. Certificate thumbprint.
        thumbprint_algorithm (str): ``<ThumbprintAlgorithm>``. Thumbprint algorithm, such as sha1.
    """

    thumbprint: str | None = attrs.field(default=None, kw_only=True)
    thumbprint_algorithm: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class RestartRoleOperation:
    """Request to restart a virtual machine.

    Attributes:
        operation_type (str): ``<OperationType>``. Always RestartRoleOperation.
    """

    operation_type: str | None = attrs.field(default='RestartRoleOperation', kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class Role:
    """A virtual machine (persistent VM role): its configuration sets, disks, size and
    extensions.

    Attributes:
        role_name (str): ``<RoleName>``. Name of the virtual machine (role).
        os_version (str): ``<OsVersion>``. Guest OS version; empty for virtual machines.
        role_type (str): ``<RoleType>``. PersistentVMRole for virtual machines.
        license_type (str): ``<LicenseType>``. Windows_Server or Windows_Client to bring your own license.
        configuration_sets (ConfigurationSets): ``<ConfigurationSets>``. Provisioning (Linux or Windows) and network settings.
        resource_extension_references (ResourceExtensionReferences): ``<ResourceExtensionReferences>``. Extensions installed on the machine.
        vm_image_name (str): ``<VMImageName>``. VM image the machine is (or was) created from, instead of an OS disk
            image.
        media_location (str): ``<MediaLocation>``. Where the disks of a published VM image are copied to.
        availability_set_name (str): ``<AvailabilitySetName>``. Availability set the machine belongs to.
        data_virtual_hard_disks (DataVirtualHardDisks): ``<DataVirtualHardDisks>``. Attached data disks.
        os_virtual_hard_disk (OSVirtualHardDisk): ``<OSVirtualHardDisk>``. The operating system disk.
        role_size (str): ``<RoleSize>``. Size of the machine, such as Small or Standard_D1.
        default_win_rm_certificate_thumbprint (str): ``<DefaultWinRmCertificateThumbprint>``. Thumbprint of the certificate of the default WinRM HTTPS listener
            (Windows).
        provision_guest_agent (bool): ``<ProvisionGuestAgent>``. Whether the VM agent is installed (needed by resource extensions).
    """

    role_name: str | None = attrs.field(default=None, kw_only=True)
    os_version: str | None = attrs.field(default=None, kw_only=True)
    role_type: str | None = attrs.field(default=None, kw_only=True)
    license_type: str | None = attrs.field(default=None, kw_only=True)
    configuration_sets: list[ConfigurationSet] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(ConfigurationSets())), kw_only=True)
    resource_extension_references: list[ResourceExtensionReference] | None = attrs.field(default=None, kw_only=True)
    vm_image_name: str | None = attrs.field(default=None, kw_only=True)
    media_location: str | None = attrs.field(default=None, kw_only=True)
    availability_set_name: str | None = attrs.field(default=None, kw_only=True)
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(DataVirtualHardDisks())), kw_only=True)
    os_virtual_hard_disk: OSVirtualHardDisk | None = attrs.field(default=attrs.Factory(lambda: OSVirtualHardDisk()), kw_only=True)
    role_size: str | None = attrs.field(default=None, kw_only=True)
    default_win_rm_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    provision_guest_agent: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class SSH:
    """SSH keys installed on a Linux machine.

    Attributes:
        public_keys (SSHPublicKeys): ``<PublicKeys>``. Public keys to authorize.
        key_pairs (SSHKeyPairs): ``<KeyPairs>``. Key pairs to install.
    """

    public_keys: list[PublicKey] | None = attrs.field(default=attrs.Factory(lambda: SSHPublicKeys()), kw_only=True)
    key_pairs: list[KeyPair] | None = attrs.field(default=attrs.Factory(lambda: SSHKeyPairs()), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ShutdownRoleOperation:
    """Request to shut down a virtual machine.

    Attributes:
        operation_type (str): ``<OperationType>``. Always ShutdownRoleOperation.
        post_shutdown_action (str): ``<PostShutdownAction>``. Stopped (keeps the resources) or StoppedDeallocated.
    """

    operation_type: str | None = attrs.field(default='ShutdownRoleOperation', kw_only=True)
    post_shutdown_action: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ShutdownRolesOperation:
    """Request to shut down several virtual machines of a deployment.

    Attributes:
        operation_type (str): ``<OperationType>``. Always ShutdownRolesOperation.
        roles (RoleNames): ``<Roles>``. Names of the virtual machines.
        post_shutdown_action (str): ``<PostShutdownAction>``. Stopped or StoppedDeallocated.
    """

    operation_type: str | None = attrs.field(default='ShutdownRolesOperation', kw_only=True)
    roles: list[str] | None = attrs.field(default=None, kw_only=True)
    post_shutdown_action: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class StartRoleOperation:
    """Request to start a virtual machine.

    Attributes:
        operation_type (str): ``<OperationType>``. Always StartRoleOperation.
    """

    operation_type: str | None = attrs.field(default='StartRoleOperation', kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class StartRolesOperation:
    """Request to start several virtual machines of a deployment.

    Attributes:
        operation_type (str): ``<OperationType>``. Always StartRolesOperation.
        roles (RoleNames): ``<Roles>``. Names of the virtual machines.
    """

    operation_type: str | None = attrs.field(default='StartRolesOperation', kw_only=True)
    roles: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class UnattendComponent:
    """A Windows setup component and its settings.

    Attributes:
        component_name (str): ``<ComponentName>``. Component name.
        component_settings (ComponentSettings): ``<ComponentSettings>``. Settings of the component.
    """

    component_name: str | None = attrs.field(default=None, kw_only=True)
    component_settings: list[ComponentSetting] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(ComponentSettings())), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class UnattendPass:
    """One Windows setup pass.

    Attributes:
        pass_name (str): ``<PassName>``. Pass name, such as oobeSystem.
        components (UnattendComponents): ``<Components>``. Components configured in the pass.
    """

    pass_name: str | None = attrs.field(default=None, kw_only=True)
    components: list[UnattendComponent] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(UnattendComponents())), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class VMImage:
    """A VM image: an OS disk and data disks registered together. The same shape is the
    body of create_vm_image and update_vm_image (fields the service reports are not sent
    back).

    Attributes:
        name (str): ``<Name>``. Image name.
        label (str): ``<Label>``. Display name.
        description (str): ``<Description>``. Description.
        category (str): ``<Category>``. Public, User, and so on.
        os_disk_configuration (OSDiskConfiguration): ``<OSDiskConfiguration>``. The operating system disk.
        data_disk_configurations (DataDiskConfigurations): ``<DataDiskConfigurations>``. The data disks.
        service_name (str): ``<ServiceName>``. Cloud service of the captured machine.
        deployment_name (str): ``<DeploymentName>``. Deployment of the captured machine.
        role_name (str): ``<RoleName>``. The captured machine.
        affinity_group (str): ``<AffinityGroup>``. Affinity group of the image.
        location (str): ``<Location>``. Regions the image is available in, separated by semicolons.
        created_time (Timestamp | datetime): ``<CreatedTime>``. When the image was created.
        modified_time (Timestamp | datetime): ``<ModifiedTime>``. When the image was last changed.
        language (str): ``<Language>``. Language of the image.
        image_family (str): ``<ImageFamily>``. Group the image belongs to.
        recommended_vm_size (str): ``<RecommendedVMSize>``. Size suggested for machines created from the image.
        is_premium (bool): ``<IsPremium>``. Whether the image has extra charges.
        eula (str): ``<Eula>``. License terms (usually a URL).
        icon_uri (str): ``<IconUri>``. Icon shown in the portal.
        small_icon_uri (str): ``<SmallIconUri>``. Small icon shown in the portal.
        privacy_uri (str): ``<PrivacyUri>``. Privacy policy URL.
        publisher_name (str): ``<PublisherName>``. Publisher of the image.
        published_date (str): ``<PublishedDate>``. When the image was published.
        show_in_gui (bool): ``<ShowInGui>``. Whether the portal lists the image.
        pricing_detail_link (str): ``<PricingDetailLink>``. Pricing information URL.
        vm_image_state (str): ``<VMImageState>``. Readiness of the image, such as VMImageReadyForUse.
        role_state_on_capture (str): ``<RoleStateOnCapture>``. State the machine was in when captured.
        role_size_on_capture (str): ``<RoleSizeOnCapture>``. Size the machine had when captured.
    """

    name: str | None = None
    label: str | None = None
    description: str | None = None
    category: str | None = attrs.field(default=None, kw_only=True)
    os_disk_configuration: OSDiskConfiguration | None = attrs.field(default=attrs.Factory(lambda: OSDiskConfiguration()), kw_only=True)
    data_disk_configurations: list[DataDiskConfiguration] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(DataDiskConfigurations())), kw_only=True)
    service_name: str | None = attrs.field(default=None, kw_only=True)
    deployment_name: str | None = attrs.field(default=None, kw_only=True)
    role_name: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    created_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    modified_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    language: str | None = attrs.field(default=None, kw_only=True)
    image_family: str | None = attrs.field(default=None, kw_only=True)
    recommended_vm_size: str | None = attrs.field(default=None, kw_only=True)
    is_premium: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    eula: str | None = attrs.field(default=None, kw_only=True)
    icon_uri: str | None = attrs.field(default=None, kw_only=True)
    small_icon_uri: str | None = attrs.field(default=None, kw_only=True)
    privacy_uri: str | None = attrs.field(default=None, kw_only=True)
    publisher_name: str | None = attrs.field(default=None, kw_only=True)
    published_date: str | None = attrs.field(default=None, kw_only=True)
    show_in_gui: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    pricing_detail_link: str | None = attrs.field(default=None, kw_only=True)
    vm_image_state: str | None = attrs.field(default=None, kw_only=True)
    role_state_on_capture: str | None = attrs.field(default=None, kw_only=True)
    role_size_on_capture: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class VirtualMachineDeployment:
    """Request to create a deployment holding one virtual machine.

    Attributes:
        name (str): ``<Name>``. Deployment name.
        deployment_slot (str): ``<DeploymentSlot>``. production or staging.
        label (str): ``<Label>``. Display name (plain text in this request).
        role_list (RoleList): ``<RoleList>``. The virtual machine to create.
        virtual_network_name (str): ``<VirtualNetworkName>``. Virtual network the machine joins.
        dns (VirtualMachineDns): ``<Dns>``. DNS servers of the deployment.
        reserved_ip_name (str): ``<ReservedIPName>``. Reserved IP address to use as the deployment's public address.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    deployment_slot: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    role_list: list[Role] | None = attrs.field(default=None, kw_only=True)
    virtual_network_name: str | None = attrs.field(default=None, kw_only=True)
    dns: VirtualMachineDns | None = attrs.field(default=None, kw_only=True)
    reserved_ip_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class VirtualMachineDns:
    """DNS settings sent with a virtual machine deployment.

    Attributes:
        dns_servers (VirtualMachineDnsServers): ``<DnsServers>``. The DNS servers.
    """

    dns_servers: list[DnsServer] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class WinRM:
    """Windows Remote Management settings of a Windows machine.

    Attributes:
        listeners (WinRMListeners): ``<Listeners>``. The WinRM listeners.
    """

    listeners: list[Listener] | None = attrs.field(default=attrs.Factory(lambda: WinRMListeners()), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.listeners
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True)
class CaptureRoleAsVMImage(CaptureAsVMImageOperation):
    """What to capture a virtual machine as: the name, label and description of the new VM
    image and its OS state.

    Attributes:
        os_state (str): ``<OSState>``. Generalized or Specialized.
        vm_image_name (str): ``<VMImageName>``. Name of the new VM image.
        vm_image_label (str): ``<VMImageLabel>``. Display name of the new VM image.
        description (str): ``<Description>``. Description of the image.
        language (str): ``<Language>``. Language of the image.
        image_family (str): ``<ImageFamily>``. Group the image belongs to.
        recommended_vm_size (str): ``<RecommendedVMSize>``. Size suggested for machines created from the image.
        operation_type (str): ``<OperationType>``. Always CaptureRoleAsVMImageOperation.
    """

    os_state: str | None = None
    vm_image_name: str | None = None
    vm_image_label: str | None = None
    description: str | None = None
    language: str | None = None
    image_family: str | None = None
    recommended_vm_size: str | None = None
    operation_type: str | None = attrs.field(default='CaptureRoleAsVMImageOperation', kw_only=True)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class LinuxConfigurationSet(ConfigurationSet):
    """Provisioning settings of a Linux virtual machine: host name, user account and SSH
    keys.

    Attributes:
        host_name (str): ``<HostName>``. Linux: host name.
        user_name (str): ``<UserName>``. Linux: name of the user account to create.
        user_password (str): ``<UserPassword>``. Linux: password of that account.
        disable_ssh_password_authentication (bool): ``<DisableSshPasswordAuthentication>``. Linux: allow only key-based SSH logons.
        custom_data (str): ``<CustomData>``. Data handed to the machine at provisioning (base64 on the wire).
        configuration_set_type (str): ``<ConfigurationSetType>``. LinuxProvisioningConfiguration, WindowsProvisioningConfiguration or
            NetworkConfiguration.
        computer_name (str): ``<ComputerName>``. Windows: computer name.
        admin_password (str): ``<AdminPassword>``. Windows: administrator password.
        reset_password_on_first_logon (bool): ``<ResetPasswordOnFirstLogon>``. Windows: force a password change at first logon.
        enable_automatic_updates (bool): ``<EnableAutomaticUpdates>``. Windows: turn on Windows Update.
        time_zone (str): ``<TimeZone>``. Windows: time zone name, such as Pacific Standard Time.
        domain_join (DomainJoin): ``<DomainJoin>``. Windows: Active Directory domain to join.
        stored_certificate_settings (StoredCertificateSettings): ``<StoredCertificateSettings>``. Windows: service certificates to install in the machine.
        win_rm (WinRM): ``<WinRM>``. Windows: WinRM listeners.
        admin_username (str): ``<AdminUsername>``. Windows: administrator account name.
        ssh (SSH): ``<SSH>``. Linux: SSH public keys and key pairs to install.
        additional_unattend_content (AdditionalUnattendContent): ``<AdditionalUnattendContent>``. Windows: extra unattend.xml content.
        input_endpoints (ConfigurationSetInputEndpoints): ``<InputEndpoints>``. Network: public endpoints of the machine.
        subnet_names (ConfigurationSetSubnetNames): ``<SubnetNames>``. Network: virtual network subnets the machine joins.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Network: fixed private address in the virtual network.
        public_ips (PublicIPs): ``<PublicIPs>``. Network: instance-level public IP addresses.
        network_interfaces (ConfigurationSetNetworkInterfaces): ``<NetworkInterfaces>``. Network: secondary network interfaces.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network: network security group applied to the machine.
    """

    host_name: str | None = None
    user_name: str | None = None
    user_password: str | None = attrs.field(default=None, repr=False)
    disable_ssh_password_authentication: bool | None = attrs.field(default=None, converter=_as_bool)
    custom_data: str | None = attrs.field(default=None, repr=False)
    configuration_set_type: str | None = attrs.field(default='LinuxProvisioningConfiguration', kw_only=True)
    computer_name: str | None = attrs.field(default=None, kw_only=True)
    admin_password: str | None = attrs.field(default=None, kw_only=True, repr=False)
    reset_password_on_first_logon: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    enable_automatic_updates: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    time_zone: str | None = attrs.field(default=None, kw_only=True)
    domain_join: DomainJoin | None = attrs.field(default=None, kw_only=True)
    stored_certificate_settings: list[CertificateSetting] | None = attrs.field(default=None, kw_only=True)
    win_rm: WinRM | None = attrs.field(default=None, kw_only=True)
    admin_username: str | None = attrs.field(default=None, kw_only=True)
    ssh: SSH | None = attrs.field(default=attrs.Factory(lambda: SSH()), kw_only=True)
    additional_unattend_content: AdditionalUnattendContent | None = attrs.field(default=None, kw_only=True)
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = attrs.field(default=None, kw_only=True)
    subnet_names: list[str] | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    public_ips: list[PublicIP] | None = attrs.field(default=None, kw_only=True)
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class WindowsConfigurationSet(ConfigurationSet):
    """Provisioning settings of a Windows virtual machine: computer name, administrator
    account, updates, time zone.

    Attributes:
        computer_name (str): ``<ComputerName>``. Windows: computer name.
        admin_password (str): ``<AdminPassword>``. Windows: administrator password.
        reset_password_on_first_logon (bool): ``<ResetPasswordOnFirstLogon>``. Windows: force a password change at first logon.
        enable_automatic_updates (bool): ``<EnableAutomaticUpdates>``. Windows: turn on Windows Update.
        time_zone (str): ``<TimeZone>``. Windows: time zone name, such as Pacific Standard Time.
        admin_username (str): ``<AdminUsername>``. Windows: administrator account name.
        custom_data (str): ``<CustomData>``. Data handed to the machine at provisioning (base64 on the wire).
        configuration_set_type (str): ``<ConfigurationSetType>``. LinuxProvisioningConfiguration, WindowsProvisioningConfiguration or
            NetworkConfiguration.
        domain_join (DomainJoin): ``<DomainJoin>``. Windows: Active Directory domain to join.
        stored_certificate_settings (StoredCertificateSettings): ``<StoredCertificateSettings>``. Windows: service certificates to install in the machine.
        win_rm (WinRM): ``<WinRM>``. Windows: WinRM listeners.
        host_name (str): ``<HostName>``. Linux: host name.
        user_name (str): ``<UserName>``. Linux: name of the user account to create.
        user_password (str): ``<UserPassword>``. Linux: password of that account.
        disable_ssh_password_authentication (bool): ``<DisableSshPasswordAuthentication>``. Linux: allow only key-based SSH logons.
        ssh (SSH): ``<SSH>``. Linux: SSH public keys and key pairs to install.
        additional_unattend_content (AdditionalUnattendContent): ``<AdditionalUnattendContent>``. Windows: extra unattend.xml content.
        input_endpoints (ConfigurationSetInputEndpoints): ``<InputEndpoints>``. Network: public endpoints of the machine.
        subnet_names (ConfigurationSetSubnetNames): ``<SubnetNames>``. Network: virtual network subnets the machine joins.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Network: fixed private address in the virtual network.
        public_ips (PublicIPs): ``<PublicIPs>``. Network: instance-level public IP addresses.
        network_interfaces (ConfigurationSetNetworkInterfaces): ``<NetworkInterfaces>``. Network: secondary network interfaces.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network: network security group applied to the machine.
    """

    computer_name: str | None = None
    admin_password: str | None = attrs.field(default=None, repr=False)
    reset_password_on_first_logon: bool | None = attrs.field(default=None, converter=_as_bool)
    enable_automatic_updates: bool | None = attrs.field(default=None, converter=_as_bool)
    time_zone: str | None = None
    admin_username: str | None = None
    custom_data: str | None = attrs.field(default=None, repr=False)
    configuration_set_type: str | None = attrs.field(default='WindowsProvisioningConfiguration', kw_only=True)
    domain_join: DomainJoin | None = attrs.field(default=attrs.Factory(lambda: DomainJoin()), kw_only=True)
    stored_certificate_settings: list[CertificateSetting] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(StoredCertificateSettings())), kw_only=True)
    win_rm: WinRM | None = attrs.field(default=attrs.Factory(lambda: WinRM()), kw_only=True)
    host_name: str | None = attrs.field(default=None, kw_only=True)
    user_name: str | None = attrs.field(default=None, kw_only=True)
    user_password: str | None = attrs.field(default=None, kw_only=True, repr=False)
    disable_ssh_password_authentication: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    ssh: SSH | None = attrs.field(default=None, kw_only=True)
    additional_unattend_content: AdditionalUnattendContent | None = attrs.field(default=attrs.Factory(lambda: AdditionalUnattendContent()), kw_only=True)
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = attrs.field(default=None, kw_only=True)
    subnet_names: list[str] | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    public_ips: list[PublicIP] | None = attrs.field(default=None, kw_only=True)
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)

