"""Models of the Azure Service Management API defined in spec/schemas/hosted_services.xsd.

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

from asm_sdk_runtime.xml import Timestamp, _as_bool, _as_int, _as_text_int, _name_converters, _prefilled

from ..models import new as _new

if TYPE_CHECKING:
    from ..common.models import Error
    from ..virtual_machines.models import Role

__all__ = [
    'AvailableServices',
    'Certificates',
    'DeploymentDnsServers',
    'DeploymentExtensions',
    'DeploymentInputEndpoints',
    'DeploymentLoadBalancers',
    'Deployments',
    'ExtensionNamedRoles',
    'ExtensionSubStatusList',
    'GuestAgentParamList',
    'HostedServices',
    'InstanceEndpoints',
    'Locations',
    'OperatingSystemFamilies',
    'OperatingSystems',
    'PublicIPs',
    'ResourceExtensionStatusList',
    'RoleInstanceFqdns',
    'RoleInstanceIPConfigurations',
    'RoleInstanceList',
    'RoleInstanceNames',
    'RoleInstanceNetworkInterfaces',
    'RoleSizeNames',
    'RoleSizes',
    'StorageAccountTypes',
    'SubscriptionCertificates',
    'SubscriptionOperationParameters',
    'SubscriptionOperations',
    'Subscriptions',
    'VirtualIPs',
    'Certificate',
    'CertificateFile',
    'ChangeConfiguration',
    'ComputeCapabilities',
    'CreateDeployment',
    'CreateHostedService',
    'Deployment',
    'DeploymentDns',
    'DeploymentDnsServer',
    'DeploymentExtension',
    'DeploymentInputEndpoint',
    'DeploymentLoadBalancer',
    'ExtensionConfiguration',
    'ExtensionNamedRole',
    'ExtensionSettingStatus',
    'ExtensionSubStatus',
    'GuestAgentFormattedMessage',
    'GuestAgentMessage',
    'GuestAgentStatus',
    'HostedService',
    'HostedServiceProperties',
    'InstanceEndpoint',
    'LoadBalancerFrontendIpConfiguration',
    'Location',
    'OperatingSystem',
    'OperatingSystemFamily',
    'OperationCaller',
    'PersistentVMDowntimeInfo',
    'PublicIP',
    'ResourceExtensionStatus',
    'RoleInstance',
    'RoleInstanceIPConfiguration',
    'RoleInstanceNetworkInterface',
    'RoleSize',
    'RollbackUpdateOrUpgrade',
    'StorageCapabilities',
    'Subscription',
    'SubscriptionCertificate',
    'SubscriptionOperation',
    'SubscriptionOperationCollection',
    'SubscriptionOperationParameter',
    'SubscriptionOperationStatus',
    'Swap',
    'UpdateDeploymentStatus',
    'UpdateHostedService',
    'UpgradeDeployment',
    'UpgradeStatus',
    'VirtualIP',
    'WalkUpgradeDomain',
    'ConfigurationSetPublicIP',
    'ConfigurationSetPublicIPs',
    'InputEndpoint',
    'InputEndpoints',
    'RoleInstancePublicIP',
    'RoleInstancePublicIPs',
]


class AvailableServices(list[str]):
    """A list of str (``<AvailableService>`` elements).
    """

    __slots__ = ("_prefilled",)


class Certificates(list['Certificate']):
    """The certificates installed in a cloud service.

    Also answers to ``.certificates``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'certificates': list(self)}

    @property
    def certificates(self) -> Certificates:
        return self

    @certificates.setter
    def certificates(self, items: list[Any]) -> None:
        self[:] = items


class DeploymentDnsServers(list['DeploymentDnsServer']):
    """A list of DeploymentDnsServer (``<DnsServer>`` elements).
    """

    __slots__ = ("_prefilled",)


class DeploymentExtensions(list['DeploymentExtension']):
    """A list of DeploymentExtension (``<Extension>`` elements).
    """

    __slots__ = ("_prefilled",)


class DeploymentInputEndpoints(list['DeploymentInputEndpoint']):
    """A list of DeploymentInputEndpoint (``<InputEndpoint>`` elements).

    Also answers to ``.input_endpoints``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'input_endpoints': list(self)}

    @property
    def input_endpoints(self) -> DeploymentInputEndpoints:
        return self

    @input_endpoints.setter
    def input_endpoints(self, items: list[Any]) -> None:
        self[:] = items


InputEndpoints = DeploymentInputEndpoints  # the predecessor SDK's name


class DeploymentLoadBalancers(list['DeploymentLoadBalancer']):
    """A list of DeploymentLoadBalancer (``<LoadBalancer>`` elements).
    """

    __slots__ = ("_prefilled",)


class Deployments(list['Deployment']):
    """A list of Deployment (``<Deployment>`` elements).

    Also answers to ``.deployments``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'deployments': list(self)}

    @property
    def deployments(self) -> Deployments:
        return self

    @deployments.setter
    def deployments(self, items: list[Any]) -> None:
        self[:] = items


class ExtensionNamedRoles(list['ExtensionNamedRole']):
    """A list of ExtensionNamedRole (``<Role>`` elements).
    """

    __slots__ = ("_prefilled",)


class ExtensionSubStatusList(list['ExtensionSubStatus']):
    """A list of ExtensionSubStatus (``<SubStatus>`` elements).
    """

    __slots__ = ("_prefilled",)


class GuestAgentParamList(list[str]):
    """A list of str (``<Param>`` elements).
    """

    __slots__ = ("_prefilled",)


class HostedServices(list['HostedService']):
    """The cloud services of a subscription.

    Also answers to ``.hosted_services``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'hosted_services': list(self)}

    @property
    def hosted_services(self) -> HostedServices:
        return self

    @hosted_services.setter
    def hosted_services(self, items: list[Any]) -> None:
        self[:] = items


class InstanceEndpoints(list['InstanceEndpoint']):
    """A list of InstanceEndpoint (``<InstanceEndpoint>`` elements).

    Also answers to ``.instance_endpoints``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'instance_endpoints': list(self)}

    @property
    def instance_endpoints(self) -> InstanceEndpoints:
        return self

    @instance_endpoints.setter
    def instance_endpoints(self, items: list[Any]) -> None:
        self[:] = items


class Locations(list['Location']):
    """The data center regions available to the subscription.

    Also answers to ``.locations``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'locations': list(self)}

    @property
    def locations(self) -> Locations:
        return self

    @locations.setter
    def locations(self, items: list[Any]) -> None:
        self[:] = items


class OperatingSystemFamilies(list['OperatingSystemFamily']):
    """Guest OS versions grouped by family.

    Also answers to ``.operating_system_families``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'operating_system_families': list(self)}

    @property
    def operating_system_families(self) -> OperatingSystemFamilies:
        return self

    @operating_system_families.setter
    def operating_system_families(self, items: list[Any]) -> None:
        self[:] = items


class OperatingSystems(list['OperatingSystem']):
    """Guest OS versions for web and worker roles.

    Also answers to ``.operating_systems``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'operating_systems': list(self)}

    @property
    def operating_systems(self) -> OperatingSystems:
        return self

    @operating_systems.setter
    def operating_systems(self, items: list[Any]) -> None:
        self[:] = items


class PublicIPs(list['PublicIP']):
    """A list of PublicIP (``<PublicIP>`` elements).

    Also answers to ``.public_ips``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'public_ips': list(self)}

    @property
    def public_ips(self) -> PublicIPs:
        return self

    @public_ips.setter
    def public_ips(self, items: list[Any]) -> None:
        self[:] = items


ConfigurationSetPublicIPs = PublicIPs  # the predecessor SDK's name


RoleInstancePublicIPs = PublicIPs  # the predecessor SDK's name


class ResourceExtensionStatusList(list['ResourceExtensionStatus']):
    """A list of ResourceExtensionStatus (``<ResourceExtensionStatus>`` elements).
    """

    __slots__ = ("_prefilled",)


class RoleInstanceFqdns(list[str]):
    """A list of str (``<Fqdn>`` elements).
    """

    __slots__ = ("_prefilled",)


class RoleInstanceIPConfigurations(list['RoleInstanceIPConfiguration']):
    """A list of RoleInstanceIPConfiguration (``<IPConfiguration>`` elements).
    """

    __slots__ = ("_prefilled",)


class RoleInstanceList(list['RoleInstance']):
    """A list of RoleInstance (``<RoleInstance>`` elements).

    Also answers to ``.role_instances``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'role_instances': list(self)}

    @property
    def role_instances(self) -> RoleInstanceList:
        return self

    @role_instances.setter
    def role_instances(self, items: list[Any]) -> None:
        self[:] = items


class RoleInstanceNames(list[str]):
    """Body of a delete-role-instances request (root element RoleInstances).
    """

    __slots__ = ("_prefilled",)


class RoleInstanceNetworkInterfaces(list['RoleInstanceNetworkInterface']):
    """A list of RoleInstanceNetworkInterface (``<NetworkInterface>`` elements).
    """

    __slots__ = ("_prefilled",)


class RoleSizeNames(list[str]):
    """A list of str (``<RoleSize>`` elements).
    """

    __slots__ = ("_prefilled",)


class RoleSizes(list['RoleSize']):
    """The role sizes of the subscription.

    Also answers to ``.role_sizes``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'role_sizes': list(self)}

    @property
    def role_sizes(self) -> RoleSizes:
        return self

    @role_sizes.setter
    def role_sizes(self, items: list[Any]) -> None:
        self[:] = items


class StorageAccountTypes(list[str]):
    """A list of str (``<StorageAccountType>`` elements).
    """

    __slots__ = ("_prefilled",)


class SubscriptionCertificates(list['SubscriptionCertificate']):
    """The management certificates of the subscription.

    Also answers to ``.subscription_certificates``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'subscription_certificates': list(self)}

    @property
    def subscription_certificates(self) -> SubscriptionCertificates:
        return self

    @subscription_certificates.setter
    def subscription_certificates(self, items: list[Any]) -> None:
        self[:] = items


class SubscriptionOperationParameters(list['SubscriptionOperationParameter']):
    """A list of SubscriptionOperationParameter (``<OperationParameter>`` elements).
    """

    __slots__ = ("_prefilled",)


class SubscriptionOperations(list['SubscriptionOperation']):
    """A list of SubscriptionOperation (``<SubscriptionOperation>`` elements).

    Also answers to ``.subscription_operations``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'subscription_operations': list(self)}

    @property
    def subscription_operations(self) -> SubscriptionOperations:
        return self

    @subscription_operations.setter
    def subscription_operations(self, items: list[Any]) -> None:
        self[:] = items


class Subscriptions(list['Subscription']):
    """The subscriptions the caller can access.

    Also answers to ``.subscriptions``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'subscriptions': list(self)}

    @property
    def subscriptions(self) -> Subscriptions:
        return self

    @subscriptions.setter
    def subscriptions(self, items: list[Any]) -> None:
        self[:] = items


class VirtualIPs(list['VirtualIP']):
    """A list of VirtualIP (``<VirtualIP>`` elements).

    Also answers to ``.virtual_ips``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'virtual_ips': list(self)}

    @property
    def virtual_ips(self) -> VirtualIPs:
        return self

    @virtual_ips.setter
    def virtual_ips(self, items: list[Any]) -> None:
        self[:] = items


@attrs.define(slots=False, eq=True)
class Certificate:
    """A certificate stored in a cloud service for its roles to use.

    Attributes:
        certificate_url (str): ``<CertificateUrl>``. Management URL of the certificate.
        thumbprint (str): ``<Thumbprint>``. Thumbprint (hex) of the certificate.
        thumbprint_algorithm (str): ``<ThumbprintAlgorithm>``. Algorithm of the thumbprint, such as sha1.
        data (str): ``<Data>``. Public part of the certificate, base64-encoded .cer data.
    """

    certificate_url: str | None = attrs.field(default=None, kw_only=True)
    thumbprint: str | None = attrs.field(default=None, kw_only=True)
    thumbprint_algorithm: str | None = attrs.field(default=None, kw_only=True)
    data: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class CertificateFile:
    """Body of an add-service-certificate request.

    Attributes:
        data (str): ``<Data>``
        certificate_format (str): ``<CertificateFormat>``
        password (str): ``<Password>``
    """

    data: str | None = attrs.field(default=None, kw_only=True, repr=False)
    certificate_format: str | None = attrs.field(default=None, kw_only=True)
    password: str | None = attrs.field(default=None, kw_only=True, repr=False)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ChangeConfiguration:
    """Body of a change-deployment-configuration request.

    Attributes:
        configuration (str): ``<Configuration>``. The new .cscfg file, already base64-encoded by the caller.
        treat_warnings_as_error (bool): ``<TreatWarningsAsError>``
        mode (str): ``<Mode>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        extension_configuration (ExtensionConfiguration): ``<ExtensionConfiguration>``
    """

    configuration: str | None = attrs.field(default=None, kw_only=True)
    treat_warnings_as_error: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    mode: str | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    extension_configuration: ExtensionConfiguration | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ComputeCapabilities:
    """Role sizes that can be used for cloud service roles and for virtual machines.

    Attributes:
        web_worker_role_sizes (RoleSizeNames): ``<WebWorkerRoleSizes>``. Sizes available to web and worker roles.
        virtual_machines_role_sizes (RoleSizeNames): ``<VirtualMachinesRoleSizes>``. Sizes available to virtual machines.
    """

    web_worker_role_sizes: list[str] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(RoleSizeNames())), kw_only=True)
    virtual_machines_role_sizes: list[str] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(RoleSizeNames())), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.web_worker_role_sizes
                and not self.virtual_machines_role_sizes
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class CreateDeployment:
    """Body of a create-deployment request (a cloud service package into a slot).

    Attributes:
        name (str): ``<Name>``
        package_url (str): ``<PackageUrl>``
        label (str): ``<Label>``
        configuration (str): ``<Configuration>``. The .cscfg file, already base64-encoded by the caller.
        start_deployment (bool): ``<StartDeployment>``
        treat_warnings_as_error (bool): ``<TreatWarningsAsError>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        extension_configuration (ExtensionConfiguration): ``<ExtensionConfiguration>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    package_url: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    configuration: str | None = attrs.field(default=None, kw_only=True)
    start_deployment: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    treat_warnings_as_error: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    extension_configuration: ExtensionConfiguration | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class CreateHostedService:
    """Body of a create-cloud-service request.

    Attributes:
        service_name (str): ``<ServiceName>``
        label (str): ``<Label>``
        description (str): ``<Description>``
        location (str): ``<Location>``
        affinity_group (str): ``<AffinityGroup>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        reverse_dns_fqdn (str): ``<ReverseDnsFqdn>``
    """

    service_name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    reverse_dns_fqdn: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class Deployment:
    """A deployment of a cloud service: the roles running in one slot (production or
    staging), with their instances, addresses and configuration.

    Attributes:
        name (str): ``<Name>``. Unique name of the deployment.
        deployment_slot (str): ``<DeploymentSlot>``. Production or Staging.
        private_id (str): ``<PrivateID>``. Identifier Azure gives the deployment.
        status (str): ``<Status>``. Running, Suspended, RunningTransitioning, SuspendedTransitioning,
            Starting, Suspending, Deploying, Deleting.
        label (str): ``<Label>``. Display label (travels base64-encoded).
        url (str): ``<Url>``. Public URL of the deployment.
        configuration (str): ``<Configuration>``. The service configuration (.cscfg) XML, decoded from base64.
        role_instance_list (RoleInstanceList): ``<RoleInstanceList>``. The running instances of every role.
        upgrade_status (UpgradeStatus): ``<UpgradeStatus>``. Progress of an upgrade under way; absent when none is.
        upgrade_domain_count (int): ``<UpgradeDomainCount>``. Number of upgrade domains of the deployment.
        role_list (RoleList): ``<RoleList>``. The roles of the deployment (web/worker roles or virtual machines).
        sdk_version (str): ``<SdkVersion>``. Version of the SDK the package was built with.
        input_endpoint_list (DeploymentInputEndpoints): ``<InputEndpointList>``. Load-balanced endpoints of the deployment (older API versions).
        locked (bool): ``<Locked>``. True while a write operation holds the deployment.
        rollback_allowed (bool): ``<RollbackAllowed>``. True when an update or upgrade can be rolled back now.
        created_time (Timestamp | datetime): ``<CreatedTime>``. When the deployment was created.
        last_modified_time (Timestamp | datetime): ``<LastModifiedTime>``. When the deployment was last changed.
        virtual_network_name (str): ``<VirtualNetworkName>``. Virtual network the deployment is connected to.
        dns (DeploymentDns): ``<Dns>``. Custom DNS servers of the deployment.
        extended_properties (dict[str, str]): ``<ExtendedProperties>``. User-defined name/value pairs.
        persistent_vm_downtime_info (PersistentVMDowntimeInfo): ``<PersistentVMDowntime>``. Planned maintenance window for the deployment's virtual machines.
        virtual_ips (VirtualIPs): ``<VirtualIPs>``. Public virtual IP addresses of the deployment.
        extension_configuration (ExtensionConfiguration): ``<ExtensionConfiguration>``. Extensions enabled on the deployment's roles.
        reserved_ip_name (str): ``<ReservedIPName>``. Reserved IP address associated with the deployment.
        internal_dns_suffix (str): ``<InternalDnsSuffix>``. DNS suffix under which the role instances resolve each other.
        load_balancers (DeploymentLoadBalancers): ``<LoadBalancers>``. Internal load balancers of the deployment.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    deployment_slot: str | None = attrs.field(default=None, kw_only=True)
    private_id: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    url: str | None = attrs.field(default=None, kw_only=True)
    configuration: str | None = attrs.field(default=None, kw_only=True)
    role_instance_list: list[RoleInstance] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(RoleInstanceList())), kw_only=True)
    upgrade_status: UpgradeStatus | None = attrs.field(default=attrs.Factory(lambda: UpgradeStatus()), kw_only=True)
    upgrade_domain_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_text_int)
    role_list: list[Role] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(_new('RoleList'))), kw_only=True)
    sdk_version: str | None = attrs.field(default=None, kw_only=True)
    input_endpoint_list: list[DeploymentInputEndpoint] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(DeploymentInputEndpoints())), kw_only=True)
    locked: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    rollback_allowed: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    created_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    last_modified_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    virtual_network_name: str | None = attrs.field(default=None, kw_only=True)
    dns: DeploymentDns | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=attrs.Factory(dict), kw_only=True)
    persistent_vm_downtime_info: PersistentVMDowntimeInfo | None = attrs.field(default=attrs.Factory(lambda: PersistentVMDowntimeInfo()), kw_only=True)
    virtual_ips: list[VirtualIP] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(VirtualIPs())), kw_only=True)
    extension_configuration: ExtensionConfiguration | None = attrs.field(default=None, kw_only=True)
    reserved_ip_name: str | None = attrs.field(default=None, kw_only=True)
    internal_dns_suffix: str | None = attrs.field(default=None, kw_only=True)
    load_balancers: list[DeploymentLoadBalancer] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class DeploymentDns:
    """DNS settings of a deployment.

    Attributes:
        dns_servers (DeploymentDnsServers): ``<DnsServers>``. The DNS servers the role instances use.
    """

    dns_servers: list[DeploymentDnsServer] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class DeploymentDnsServer:
    """A DNS server configured on a deployment.

    Attributes:
        name (str): ``<Name>``
        address (str): ``<Address>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class DeploymentExtension:
    """Reference to an extension added to the cloud service.

    Attributes:
        id (str): ``<Id>``
        sequence_number (int): ``<SequenceNumber>``
        state (str): ``<State>``
    """

    id: str | None = attrs.field(default=None, kw_only=True)
    sequence_number: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    state: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class DeploymentInputEndpoint:
    """A load-balanced endpoint of a role, as listed on a deployment.

    Attributes:
        role_name (str): ``<RoleName>``
        vip (str): ``<Vip>``
        port (int): ``<Port>``
    """

    role_name: str | None = attrs.field(default=None, kw_only=True)
    vip: str | None = attrs.field(default=None, kw_only=True)
    port: int | None = attrs.field(default=None, kw_only=True, converter=_as_text_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


InputEndpoint = DeploymentInputEndpoint  # the predecessor SDK's name


@attrs.define(slots=False, eq=True)
class DeploymentLoadBalancer:
    """An internal load balancer of a deployment.

    Attributes:
        name (str): ``<Name>``
        frontend_ip_configuration (LoadBalancerFrontendIpConfiguration): ``<FrontendIpConfiguration>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    frontend_ip_configuration: LoadBalancerFrontendIpConfiguration | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ExtensionConfiguration:
    """Extensions applied to every role, or to named roles, of a cloud service deployment.

    Attributes:
        all_roles (DeploymentExtensions): ``<AllRoles>``. Extensions applied to all roles.
        named_roles (ExtensionNamedRoles): ``<NamedRoles>``. Extensions applied to particular roles.
    """

    all_roles: list[DeploymentExtension] | None = attrs.field(default=None, kw_only=True)
    named_roles: list[ExtensionNamedRole] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ExtensionNamedRole:
    """The extensions applied to one role.

    Attributes:
        role_name (str): ``<RoleName>``
        extensions (DeploymentExtensions): ``<Extensions>``
    """

    role_name: str | None = attrs.field(default=None, kw_only=True)
    extensions: list[DeploymentExtension] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ExtensionSettingStatus:
    """Status of applying an extension's settings.

    Attributes:
        timestamp (Timestamp | datetime): ``<Timestamp>``
        configuration_applied_time (Timestamp | datetime): ``<Configurationappliedtime>``
        name (str): ``<Name>``
        operation (str): ``<Operation>``
        status (str): ``<Status>``
        code (int): ``<Code>``
        formatted_message (GuestAgentFormattedMessage): ``<FormattedMessage>``
        sub_status_list (ExtensionSubStatusList): ``<SubStatusList>``
    """

    timestamp: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    configuration_applied_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    operation: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    code: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    formatted_message: GuestAgentFormattedMessage | None = attrs.field(default=None, kw_only=True)
    sub_status_list: list[ExtensionSubStatus] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ExtensionSubStatus:
    """One detailed status entry of an extension.

    Attributes:
        name (str): ``<Name>``
        status (str): ``<Status>``
        code (int): ``<Code>``
        formatted_message (GuestAgentFormattedMessage): ``<FormattedMessage>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    code: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    formatted_message: GuestAgentFormattedMessage | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class GuestAgentFormattedMessage:
    """A status message already rendered in one language.

    Attributes:
        language (str): ``<Language>``
        message (str): ``<Message>``
    """

    language: str | None = attrs.field(default=None, kw_only=True)
    message: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class GuestAgentMessage:
    """A localizable status message: resource id and its parameters.

    Attributes:
        message_resource_id (str): ``<MessageResourceId>``
        param_list (GuestAgentParamList): ``<ParamList>``
    """

    message_resource_id: str | None = attrs.field(default=None, kw_only=True)
    param_list: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class GuestAgentStatus:
    """What the VM agent inside an instance last reported.

    Attributes:
        protocol_version (str): ``<ProtocolVersion>``
        timestamp (Timestamp | datetime): ``<Timestamp>``
        guest_agent_version (str): ``<GuestAgentVersion>``
        status (str): ``<Status>``
        code (int): ``<Code>``
        message (GuestAgentMessage): ``<Message>``
        formatted_message (GuestAgentFormattedMessage): ``<FormattedMessage>``
    """

    protocol_version: str | None = attrs.field(default=None, kw_only=True)
    timestamp: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    guest_agent_version: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    code: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    message: GuestAgentMessage | None = attrs.field(default=None, kw_only=True)
    formatted_message: GuestAgentFormattedMessage | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class HostedService:
    """A cloud service (hosted service): a DNS name that holds a production and a staging
    deployment.

    Attributes:
        url (str): ``<Url>``. Management URL of the cloud service.
        service_name (str): ``<ServiceName>``. Name of the cloud service (the prefix of its cloudapp.net host
            name).
        hosted_service_properties (HostedServiceProperties): ``<HostedServiceProperties>``. Label, description, placement, status and dates of the service.
        deployments (Deployments): ``<Deployments>``. The deployments of the service; only filled when the properties are
            read with embed_detail=True.
        default_win_rm_certificate_thumbprint (str): ``<DefaultWinRMCertificateThumbprint>``. Thumbprint of the certificate used by default for WinRM over HTTPS
            on the service's virtual machines.
        compute_capabilities (ComputeCapabilities): ``<ComputeCapabilities>``. Role sizes the service can use (returned by the list operation).
    """

    url: str | None = attrs.field(default=None, kw_only=True)
    service_name: str | None = attrs.field(default=None, kw_only=True)
    hosted_service_properties: HostedServiceProperties | None = attrs.field(default=None, kw_only=True)
    deployments: list[Deployment] | None = attrs.field(default=None, kw_only=True)
    default_win_rm_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    compute_capabilities: ComputeCapabilities | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class HostedServiceProperties:
    """Descriptive and placement properties of a cloud service.

    Attributes:
        description (str): ``<Description>``. Free-text description.
        affinity_group (str): ``<AffinityGroup>``. Affinity group the service belongs to, when it was placed in one.
        location (str): ``<Location>``. Region of the service, when it was placed by location.
        label (str): ``<Label>``. Display label (sent base64-encoded, plain text here).
        status (str): ``<Status>``. Creating, Created, Deleting, Deleted, Changing, ResolvingDns.
        date_created (Timestamp | datetime): ``<DateCreated>``. When the service was created.
        date_last_modified (Timestamp | datetime): ``<DateLastModified>``. When the service was last changed.
        extended_properties (dict[str, str]): ``<ExtendedProperties>``. User-defined name/value pairs.
        guest_os_version (str): ``<GuestOSVersion>``. Guest OS version of the service's roles, when reported.
        reverse_dns_fqdn (str): ``<ReverseDnsFqdn>``. Host name that reverse DNS lookups of the service's address resolve
            to.
    """

    description: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    date_created: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    date_last_modified: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=attrs.Factory(dict), kw_only=True)
    guest_os_version: str | None = attrs.field(default=None, kw_only=True)
    reverse_dns_fqdn: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class InstanceEndpoint:
    """A public port of the deployment forwarded to a port of one instance.

    Attributes:
        name (str): ``<Name>``. Endpoint name.
        vip (str): ``<Vip>``. Virtual IP address the endpoint listens on.
        public_port (int): ``<PublicPort>``. Port on the virtual IP address.
        local_port (int): ``<LocalPort>``. Port on the instance.
        protocol (str): ``<Protocol>``. tcp or udp.
        idle_timeout_in_minutes (int): ``<IdleTimeoutInMinutes>``. Idle timeout of TCP connections through the endpoint.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    vip: str | None = attrs.field(default=None, kw_only=True)
    public_port: int | None = attrs.field(default=None, kw_only=True, converter=_as_text_int)
    local_port: int | None = attrs.field(default=None, kw_only=True, converter=_as_text_int)
    protocol: str | None = attrs.field(default=None, kw_only=True)
    idle_timeout_in_minutes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class LoadBalancerFrontendIpConfiguration:
    """Where an internal load balancer listens.

    Attributes:
        type (str): ``<Type>``
        subnet_name (str): ``<SubnetName>``
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``
    """

    type: str | None = attrs.field(default=None, kw_only=True)
    subnet_name: str | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class Location:
    """One Azure region and what can be placed in it.

    Attributes:
        name (str): ``<Name>``. Region name to pass as a location, such as "West US".
        display_name (str): ``<DisplayName>``. Region name as shown to people.
        available_services (AvailableServices): ``<AvailableServices>``. Kinds of service offered in the region (Compute, Storage,
            PersistentVMRole, ...).
        compute_capabilities (ComputeCapabilities): ``<ComputeCapabilities>``. Role sizes offered in the region.
        storage_capabilities (StorageCapabilities): ``<StorageCapabilities>``. Storage account types offered in the region.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    display_name: str | None = attrs.field(default=None, kw_only=True)
    available_services: list[str] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(AvailableServices())), kw_only=True)
    compute_capabilities: ComputeCapabilities | None = attrs.field(default=attrs.Factory(lambda: ComputeCapabilities()), kw_only=True)
    storage_capabilities: StorageCapabilities | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class OperatingSystem:
    """One guest OS version that web and worker roles can run.

    Attributes:
        version (str): ``<Version>``. Version string, such as WA-GUEST-OS-2.40_201506-01.
        label (str): ``<Label>``. Display name of the version.
        is_default (bool): ``<IsDefault>``. True for the version used when none is specified.
        is_active (bool): ``<IsActive>``. True while the version can still be deployed.
        family (int): ``<Family>``. Number of the OS family the version belongs to.
        family_label (str): ``<FamilyLabel>``. Display name of the OS family.
    """

    version: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    is_default: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    is_active: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    family: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    family_label: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class OperatingSystemFamily:
    """A guest OS family (roughly, a Windows Server release) and its versions.

    Attributes:
        name (str): ``<Name>``. Family number, as text.
        label (str): ``<Label>``. Display name of the family.
        operating_systems (OperatingSystems): ``<OperatingSystems>``. The versions in the family.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    operating_systems: list[OperatingSystem] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(OperatingSystems())), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class OperationCaller:
    """The originator of a logged operation.

    Attributes:
        used_service_management_api (bool): ``<UsedServiceManagementApi>``. True when the call came through the Service Management API.
        user_email_address (str): ``<UserEmailAddress>``. Email of the portal user, when the call came from the portal.
        subscription_certificate_thumbprint (str): ``<SubscriptionCertificateThumbprint>``. Thumbprint of the management certificate that authenticated the
            call.
        client_ip (str): ``<ClientIP>``
    """

    used_service_management_api: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    user_email_address: str | None = attrs.field(default=None, kw_only=True)
    subscription_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    client_ip: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (self.used_service_management_api in (None, False)
                and not self.user_email_address
                and not self.subscription_certificate_thumbprint
                and not self.client_ip
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True)
class PersistentVMDowntimeInfo:
    """A planned maintenance window of a deployment's virtual machines.

    Attributes:
        start_time (Timestamp | datetime): ``<StartTime>``
        end_time (Timestamp | datetime): ``<EndTime>``
        status (str): ``<Status>``
    """

    start_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    end_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.start_time
                and not self.end_time
                and not self.status
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class PublicIP:
    """An instance-level public IP address: requested in a VM's network configuration,
    reported on its role instance.

    Attributes:
        name (str): ``<Name>``. Name of the address.
        address (str): ``<Address>``. The address assigned (responses).
        idle_timeout_in_minutes (int): ``<IdleTimeoutInMinutes>``. TCP idle timeout.
        domain_name_label (str): ``<DomainNameLabel>``. DNS label of the address.
        fqdns (RoleInstanceFqdns): ``<Fqdns>``. Fully qualified domain names of the address (responses).
    """

    name: str | None = None
    address: str | None = attrs.field(default=None, kw_only=True)
    idle_timeout_in_minutes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    domain_name_label: str | None = attrs.field(default=None, kw_only=True)
    fqdns: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


ConfigurationSetPublicIP = PublicIP  # the predecessor SDK's name


RoleInstancePublicIP = PublicIP  # the predecessor SDK's name


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ResourceExtensionStatus:
    """Status of one resource extension handler on an instance.

    Attributes:
        handler_name (str): ``<HandlerName>``
        version (str): ``<Version>``
        status (str): ``<Status>``
        code (int): ``<Code>``
        formatted_message (GuestAgentFormattedMessage): ``<FormattedMessage>``
        extension_setting_status (ExtensionSettingStatus): ``<ExtensionSettingStatus>``
    """

    handler_name: str | None = attrs.field(default=None, kw_only=True)
    version: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    code: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    formatted_message: GuestAgentFormattedMessage | None = attrs.field(default=None, kw_only=True)
    extension_setting_status: ExtensionSettingStatus | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class RoleInstance:
    """One running instance of a role (a web/worker role instance or a virtual machine).

    Attributes:
        role_name (str): ``<RoleName>``. Role the instance belongs to.
        instance_name (str): ``<InstanceName>``. Name of the instance.
        instance_status (str): ``<InstanceStatus>``. State of the instance: ReadyRole, CreatingVM, StartingRole,
            StoppedVM, RoleStateUnknown, ...
        extended_instance_status (str): ``<ExtendedInstanceStatus>``. Additional status detail.
        instance_upgrade_domain (int): ``<InstanceUpgradeDomain>``. Upgrade domain of the instance.
        instance_fault_domain (int): ``<InstanceFaultDomain>``. Fault domain of the instance.
        instance_size (str): ``<InstanceSize>``. Role size of the instance (Small, Medium, ...).
        instance_state_details (str): ``<InstanceStateDetails>``. Snapshot of what the instance is doing, as text.
        instance_error_code (str): ``<InstanceErrorCode>``. Error code of the last failure of a virtual machine instance.
        ip_address (str): ``<IpAddress>``. Internal IP address of the instance.
        instance_endpoints (InstanceEndpoints): ``<InstanceEndpoints>``. Public endpoints mapped to the instance.
        power_state (str): ``<PowerState>``. Starting, Started, Stopping, Stopped or Unknown.
        host_name (str): ``<HostName>``. Host name of the virtual machine.
        remote_access_certificate_thumbprint (str): ``<RemoteAccessCertificateThumbprint>``. Thumbprint of the certificate for remote desktop access.
        guest_agent_status (GuestAgentStatus): ``<GuestAgentStatus>``. Status reported by the VM agent.
        resource_extension_status_list (ResourceExtensionStatusList): ``<ResourceExtensionStatusList>``. Status of each resource extension on the instance.
        public_ips (PublicIPs): ``<PublicIPs>``. Instance-level public IP addresses.
        network_interfaces (RoleInstanceNetworkInterfaces): ``<NetworkInterfaces>``. Secondary network interfaces of the instance.
        fqdn (str): ``<FQDN>``. Fully qualified domain name of the instance, where the service
            reports one.
    """

    role_name: str | None = attrs.field(default=None, kw_only=True)
    instance_name: str | None = attrs.field(default=None, kw_only=True)
    instance_status: str | None = attrs.field(default=None, kw_only=True)
    extended_instance_status: str | None = attrs.field(default=None, kw_only=True)
    instance_upgrade_domain: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    instance_fault_domain: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    instance_size: str | None = attrs.field(default=None, kw_only=True)
    instance_state_details: str | None = attrs.field(default=None, kw_only=True)
    instance_error_code: str | None = attrs.field(default=None, kw_only=True)
    ip_address: str | None = attrs.field(default=None, kw_only=True)
    instance_endpoints: list[InstanceEndpoint] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(InstanceEndpoints())), kw_only=True)
    power_state: str | None = attrs.field(default=None, kw_only=True)
    host_name: str | None = attrs.field(default=None, kw_only=True)
    remote_access_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    guest_agent_status: GuestAgentStatus | None = attrs.field(default=None, kw_only=True)
    resource_extension_status_list: list[ResourceExtensionStatus] | None = attrs.field(default=None, kw_only=True)
    public_ips: list[PublicIP] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(PublicIPs())), kw_only=True)
    network_interfaces: list[RoleInstanceNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    fqdn: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class RoleInstanceIPConfiguration:
    """Subnet and address of a network interface.

    Attributes:
        subnet_name (str): ``<SubnetName>``
        address (str): ``<Address>``
    """

    subnet_name: str | None = attrs.field(default=None, kw_only=True)
    address: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class RoleInstanceNetworkInterface:
    """A secondary network interface of a role instance.

    Attributes:
        name (str): ``<Name>``
        mac_address (str): ``<MacAddress>``
        ip_configurations (RoleInstanceIPConfigurations): ``<IPConfigurations>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    mac_address: str | None = attrs.field(default=None, kw_only=True)
    ip_configurations: list[RoleInstanceIPConfiguration] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class RoleSize:
    """A size a role instance or virtual machine can have.

    Attributes:
        name (str): ``<Name>``
        label (str): ``<Label>``
        cores (int): ``<Cores>``
        memory_in_mb (int): ``<MemoryInMb>``
        supported_by_web_worker_roles (bool): ``<SupportedByWebWorkerRoles>``
        supported_by_virtual_machines (bool): ``<SupportedByVirtualMachines>``
        max_data_disk_count (int): ``<MaxDataDiskCount>``
        web_worker_resource_disk_size_in_mb (int): ``<WebWorkerResourceDiskSizeInMb>``
        virtual_machine_resource_disk_size_in_mb (int): ``<VirtualMachineResourceDiskSizeInMb>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    cores: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    memory_in_mb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    supported_by_web_worker_roles: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    supported_by_virtual_machines: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    max_data_disk_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    web_worker_resource_disk_size_in_mb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    virtual_machine_resource_disk_size_in_mb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class RollbackUpdateOrUpgrade:
    """Body of a rollback-update-or-upgrade request.

    Attributes:
        mode (str): ``<Mode>``
        force (bool): ``<Force>``
    """

    mode: str | None = attrs.field(default=None, kw_only=True)
    force: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class StorageCapabilities:
    """Storage options of a region.

    Attributes:
        storage_account_types (StorageAccountTypes): ``<StorageAccountTypes>``. Replication types a storage account may use there (Standard_LRS,
            ...).
    """

    storage_account_types: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class Subscription:
    """A subscription: its name, administrators, quotas and current usage.

    Attributes:
        subscription_id (str): ``<SubscriptionID>``
        subscription_name (str): ``<SubscriptionName>``
        subscription_status (str): ``<SubscriptionStatus>``. Active, Disabled, ...
        account_admin_live_email_id (str): ``<AccountAdminLiveEmailId>``
        service_admin_live_email_id (str): ``<ServiceAdminLiveEmailId>``
        max_core_count (int): ``<MaxCoreCount>``
        max_storage_accounts (int): ``<MaxStorageAccounts>``
        max_hosted_services (int): ``<MaxHostedServices>``
        current_core_count (int): ``<CurrentCoreCount>``
        current_hosted_services (int): ``<CurrentHostedServices>``
        current_storage_accounts (int): ``<CurrentStorageAccounts>``
        max_virtual_network_sites (int): ``<MaxVirtualNetworkSites>``
        current_virtual_network_sites (int): ``<CurrentVirtualNetworkSites>``
        max_local_network_sites (int): ``<MaxLocalNetworkSites>``
        max_dns_servers (int): ``<MaxDnsServers>``
        offer_categories (str): ``<OfferCategories>``. Semicolon-separated offer categories of the subscription.
        aad_tenant_id (str): ``<AADTenantID>``
        created_time (Timestamp | datetime): ``<CreatedTime>``
        max_reserved_ips (int): ``<MaxReservedIPs>``
        current_reserved_ips (int): ``<CurrentReservedIPs>``
        max_public_ip_count (int): ``<MaxPublicIPCount>``
        current_network_security_groups (int): ``<CurrentNetworkSecurityGroups>``
        max_network_security_groups (int): ``<MaxNetworkSecurityGroups>``
        max_network_security_rules_per_group (int): ``<MaxNetworkSecurityRulesPerGroup>``
        current_route_tables (int): ``<CurrentRouteTables>``
        max_route_tables (int): ``<MaxRouteTables>``
        max_routes_per_route_table (int): ``<MaxRoutesPerRouteTable>``
    """

    subscription_id: str | None = attrs.field(default=None, kw_only=True)
    subscription_name: str | None = attrs.field(default=None, kw_only=True)
    subscription_status: str | None = attrs.field(default=None, kw_only=True)
    account_admin_live_email_id: str | None = attrs.field(default=None, kw_only=True)
    service_admin_live_email_id: str | None = attrs.field(default=None, kw_only=True)
    max_core_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_storage_accounts: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_hosted_services: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    current_core_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    current_hosted_services: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    current_storage_accounts: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_virtual_network_sites: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    current_virtual_network_sites: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_local_network_sites: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_dns_servers: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    offer_categories: str | None = attrs.field(default=None, kw_only=True)
    aad_tenant_id: str | None = attrs.field(default=None, kw_only=True)
    created_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    max_reserved_ips: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    current_reserved_ips: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_public_ip_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    current_network_security_groups: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_network_security_groups: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_network_security_rules_per_group: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    current_route_tables: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_route_tables: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_routes_per_route_table: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class SubscriptionCertificate:
    """A management certificate: a certificate that may authenticate Service Management
    calls for the subscription.

    Attributes:
        subscription_certificate_public_key (str): ``<SubscriptionCertificatePublicKey>``. Base64 of the certificate's public key.
        subscription_certificate_thumbprint (str): ``<SubscriptionCertificateThumbprint>``. Thumbprint (hex) of the certificate.
        subscription_certificate_data (str): ``<SubscriptionCertificateData>``. Base64 of the certificate's raw data (.cer).
        created (Timestamp | datetime): ``<Created>``. When the certificate was added.
    """

    subscription_certificate_public_key: str | None = attrs.field(default=None, kw_only=True)
    subscription_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    subscription_certificate_data: str | None = attrs.field(default=None, kw_only=True)
    created: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class SubscriptionOperation:
    """One entry of the subscription's operation log.

    Attributes:
        operation_id (str): ``<OperationId>``
        operation_object_id (str): ``<OperationObjectId>``. Management path of the object the operation acted on.
        operation_name (str): ``<OperationName>``
        operation_parameters (SubscriptionOperationParameters): ``<OperationParameters>``. Parameters the operation was called with.
        operation_caller (OperationCaller): ``<OperationCaller>``. Who started the operation.
        operation_status (SubscriptionOperationStatus): ``<OperationStatus>``. How the operation ended, or that it is still running.
        operation_started_time (Timestamp | datetime): ``<OperationStartedTime>``
        operation_completed_time (Timestamp | datetime): ``<OperationCompletedTime>``
        operation_kind (str): ``<OperationKind>``
    """

    operation_id: str | None = attrs.field(default=None, kw_only=True)
    operation_object_id: str | None = attrs.field(default=None, kw_only=True)
    operation_name: str | None = attrs.field(default=None, kw_only=True)
    operation_parameters: list[SubscriptionOperationParameter] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(SubscriptionOperationParameters())), kw_only=True)
    operation_caller: OperationCaller | None = attrs.field(default=attrs.Factory(lambda: OperationCaller()), kw_only=True)
    operation_status: SubscriptionOperationStatus | None = attrs.field(default=attrs.Factory(lambda: SubscriptionOperationStatus()), kw_only=True)
    operation_started_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    operation_completed_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    operation_kind: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class SubscriptionOperationCollection:
    """One page of the subscription's operation log.

    Attributes:
        subscription_operations (SubscriptionOperations): ``<SubscriptionOperations>``. The operations on this page.
        continuation_token (str): ``<ContinuationToken>``. Pass to the next call to get the next page; absent on the last page.
    """

    subscription_operations: list[SubscriptionOperation] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(SubscriptionOperations())), kw_only=True)
    continuation_token: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class SubscriptionOperationParameter:
    """A name/value parameter of a logged operation. (The live service puts Name and Value
    in its data-contract namespace; see docs/research/hosted_services.md.)

    Attributes:
        name (str): ``<Name>``
        value (str): ``<Value>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    value: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class SubscriptionOperationStatus:
    """Outcome of a logged operation.

    Attributes:
        id (str): ``<ID>`` Also answers to ``status_id``.
        status (str): ``<Status>``. InProgress, Succeeded or Failed.
        http_status_code (int): ``<HttpStatusCode>``
        error (Error): ``<Error>``
    """

    id: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    http_status_code: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    error: Error | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.id
                and not self.status
                and self.http_status_code in (None, 0)
                and not self.error
                and not self.unknown_elements)

    @property
    def status_id(self) -> str | None:
        """The predecessor SDK's name for `id`."""
        return self.id

    @status_id.setter
    def status_id(self, value: str | None) -> None:
        self.id = value


@attrs.define(slots=False, eq=True)
class Swap:
    """Body of a swap-deployment request.

    Attributes:
        production (str): ``<Production>``
        source_deployment (str): ``<SourceDeployment>``
    """

    production: str | None = attrs.field(default=None, kw_only=True)
    source_deployment: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class UpdateDeploymentStatus:
    """Body of an update-deployment-status request.

    Attributes:
        status (str): ``<Status>``
    """

    status: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class UpdateHostedService:
    """Body of an update-cloud-service request; absent elements are left unchanged.

    Attributes:
        label (str): ``<Label>``
        description (str): ``<Description>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        reverse_dns_fqdn (str): ``<ReverseDnsFqdn>``
    """

    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    reverse_dns_fqdn: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class UpgradeDeployment:
    """Body of an upgrade-deployment request (new package and configuration).

    Attributes:
        mode (str): ``<Mode>``
        package_url (str): ``<PackageUrl>``
        configuration (str): ``<Configuration>``
        label (str): ``<Label>``
        role_to_upgrade (str): ``<RoleToUpgrade>``
        force (bool): ``<Force>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        extension_configuration (ExtensionConfiguration): ``<ExtensionConfiguration>``
    """

    mode: str | None = attrs.field(default=None, kw_only=True)
    package_url: str | None = attrs.field(default=None, kw_only=True)
    configuration: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    role_to_upgrade: str | None = attrs.field(default=None, kw_only=True)
    force: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    extension_configuration: ExtensionConfiguration | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class UpgradeStatus:
    """Where an in-place upgrade of a deployment stands.

    Attributes:
        upgrade_type (str): ``<UpgradeType>``. Auto, Manual or Simultaneous.
        current_upgrade_domain_state (str): ``<CurrentUpgradeDomainState>``. Before or During.
        current_upgrade_domain (int): ``<CurrentUpgradeDomain>``. The upgrade domain being upgraded.
    """

    upgrade_type: str | None = attrs.field(default=None, kw_only=True)
    current_upgrade_domain_state: str | None = attrs.field(default=None, kw_only=True)
    current_upgrade_domain: int | None = attrs.field(default=None, kw_only=True, converter=_as_text_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.upgrade_type
                and not self.current_upgrade_domain_state
                and self.current_upgrade_domain is None
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class VirtualIP:
    """A public virtual IP address of a deployment.

    Attributes:
        address (str): ``<Address>``
        is_dns_programmed (bool): ``<IsDnsProgrammed>``. True once the service's DNS name points at this address.
        name (str): ``<Name>``
        is_reserved (bool): ``<IsReserved>``. True when the address is a reserved IP.
        reserved_ip_name (str): ``<ReservedIPName>``
        type (str): ``<Type>``
    """

    address: str | None = attrs.field(default=None, kw_only=True)
    is_dns_programmed: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    name: str | None = attrs.field(default=None, kw_only=True)
    is_reserved: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    reserved_ip_name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class WalkUpgradeDomain:
    """Body of a walk-upgrade-domain request.

    Attributes:
        upgrade_domain (int): ``<UpgradeDomain>``
    """

    upgrade_domain: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

