"""Lists that also answer to the predecessor SDK's name for their items.

The predecessor wrapped every list in an object holding it under one attribute
(`deployment.role_instance_list.role_instances`, `sms.list_os_images().images`,
`config.input_endpoints.input_endpoints.append(...)`). Here they are plain lists; each of
these subclasses adds that attribute as the list itself, so such code keeps working.
Names come from `py:items` on the list wrappers in spec/schemas.

Generated from spec/ by codegen; do not edit.
"""

from __future__ import annotations

__all__ = [
    'AffinityGroupsList',
    'AuthorizationRuleList',
    'CertificatesList',
    'CloudServiceList',
    'ComponentSettingsList',
    'ComponentsList',
    'ConfigurationSetsList',
    'DataDiskConfigurationsList',
    'DataVirtualHardDisksList',
    'DeploymentsList',
    'DisksList',
    'HostNameSslStateList',
    'HostedServicesList',
    'ImagesList',
    'InputEndpointsList',
    'InstanceEndpointsList',
    'KeyPairsList',
    'ListenersList',
    'LocationsList',
    'MetricAvailabilityList',
    'MetricDefinitionList',
    'MetricResponseList',
    'MetricSampleList',
    'OperatingSystemFamiliesList',
    'OperatingSystemsList',
    'PassesList',
    'PublicIpsList',
    'PublicKeysList',
    'ReplicationProgressElementsList',
    'ReservedIpsList',
    'ResourceList',
    'ResourceExtensionParameterValuesList',
    'ResourceExtensionsList',
    'RoleInstancesList',
    'RoleSizesList',
    'RolesList',
    'ServerList',
    'SiteList',
    'StorageServicesList',
    'StoredCertificateSettingsList',
    'SubnetsList',
    'SubscriptionCertificatesList',
    'SubscriptionOperationsList',
    'SubscriptionsList',
    'VirtualIpsList',
    'VirtualNetworkSitesList',
    'VmImagesList',
    'WebSpaceList',
]


class AffinityGroupsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.affinity_groups``."""

    __slots__ = ()

    @property
    def affinity_groups(self) -> AffinityGroupsList:
        return self


class AuthorizationRuleList(list):  # items are typed where the list is declared
    """A list that is also its own ``.authorization_rule``."""

    __slots__ = ()

    @property
    def authorization_rule(self) -> AuthorizationRuleList:
        return self


class CertificatesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.certificates``."""

    __slots__ = ()

    @property
    def certificates(self) -> CertificatesList:
        return self


class CloudServiceList(list):  # items are typed where the list is declared
    """A list that is also its own ``.cloud_service``."""

    __slots__ = ()

    @property
    def cloud_service(self) -> CloudServiceList:
        return self


class ComponentSettingsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.component_settings``."""

    __slots__ = ()

    @property
    def component_settings(self) -> ComponentSettingsList:
        return self


class ComponentsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.components``."""

    __slots__ = ()

    @property
    def components(self) -> ComponentsList:
        return self


class ConfigurationSetsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.configuration_sets``."""

    __slots__ = ()

    @property
    def configuration_sets(self) -> ConfigurationSetsList:
        return self


class DataDiskConfigurationsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.data_disk_configurations``."""

    __slots__ = ()

    @property
    def data_disk_configurations(self) -> DataDiskConfigurationsList:
        return self


class DataVirtualHardDisksList(list):  # items are typed where the list is declared
    """A list that is also its own ``.data_virtual_hard_disks``."""

    __slots__ = ()

    @property
    def data_virtual_hard_disks(self) -> DataVirtualHardDisksList:
        return self


class DeploymentsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.deployments``."""

    __slots__ = ()

    @property
    def deployments(self) -> DeploymentsList:
        return self


class DisksList(list):  # items are typed where the list is declared
    """A list that is also its own ``.disks``."""

    __slots__ = ()

    @property
    def disks(self) -> DisksList:
        return self


class HostNameSslStateList(list):  # items are typed where the list is declared
    """A list that is also its own ``.host_name_ssl_state``."""

    __slots__ = ()

    @property
    def host_name_ssl_state(self) -> HostNameSslStateList:
        return self


class HostedServicesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.hosted_services``."""

    __slots__ = ()

    @property
    def hosted_services(self) -> HostedServicesList:
        return self


class ImagesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.images``."""

    __slots__ = ()

    @property
    def images(self) -> ImagesList:
        return self


class InputEndpointsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.input_endpoints``."""

    __slots__ = ()

    @property
    def input_endpoints(self) -> InputEndpointsList:
        return self


class InstanceEndpointsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.instance_endpoints``."""

    __slots__ = ()

    @property
    def instance_endpoints(self) -> InstanceEndpointsList:
        return self


class KeyPairsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.key_pairs``."""

    __slots__ = ()

    @property
    def key_pairs(self) -> KeyPairsList:
        return self


class ListenersList(list):  # items are typed where the list is declared
    """A list that is also its own ``.listeners``."""

    __slots__ = ()

    @property
    def listeners(self) -> ListenersList:
        return self


class LocationsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.locations``."""

    __slots__ = ()

    @property
    def locations(self) -> LocationsList:
        return self


class MetricAvailabilityList(list):  # items are typed where the list is declared
    """A list that is also its own ``.metric_availability``."""

    __slots__ = ()

    @property
    def metric_availability(self) -> MetricAvailabilityList:
        return self


class MetricDefinitionList(list):  # items are typed where the list is declared
    """A list that is also its own ``.metric_definition``."""

    __slots__ = ()

    @property
    def metric_definition(self) -> MetricDefinitionList:
        return self


class MetricResponseList(list):  # items are typed where the list is declared
    """A list that is also its own ``.metric_response``."""

    __slots__ = ()

    @property
    def metric_response(self) -> MetricResponseList:
        return self


class MetricSampleList(list):  # items are typed where the list is declared
    """A list that is also its own ``.metric_sample``."""

    __slots__ = ()

    @property
    def metric_sample(self) -> MetricSampleList:
        return self


class OperatingSystemFamiliesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.operating_system_families``."""

    __slots__ = ()

    @property
    def operating_system_families(self) -> OperatingSystemFamiliesList:
        return self


class OperatingSystemsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.operating_systems``."""

    __slots__ = ()

    @property
    def operating_systems(self) -> OperatingSystemsList:
        return self


class PassesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.passes``."""

    __slots__ = ()

    @property
    def passes(self) -> PassesList:
        return self


class PublicIpsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.public_ips``."""

    __slots__ = ()

    @property
    def public_ips(self) -> PublicIpsList:
        return self


class PublicKeysList(list):  # items are typed where the list is declared
    """A list that is also its own ``.public_keys``."""

    __slots__ = ()

    @property
    def public_keys(self) -> PublicKeysList:
        return self


class ReplicationProgressElementsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.replication_progress_elements``."""

    __slots__ = ()

    @property
    def replication_progress_elements(self) -> ReplicationProgressElementsList:
        return self


class ReservedIpsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.reserved_ips``."""

    __slots__ = ()

    @property
    def reserved_ips(self) -> ReservedIpsList:
        return self


class ResourceList(list):  # items are typed where the list is declared
    """A list that is also its own ``.resource``."""

    __slots__ = ()

    @property
    def resource(self) -> ResourceList:
        return self


class ResourceExtensionParameterValuesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.resource_extension_parameter_values``."""

    __slots__ = ()

    @property
    def resource_extension_parameter_values(self) -> ResourceExtensionParameterValuesList:
        return self


class ResourceExtensionsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.resource_extensions``."""

    __slots__ = ()

    @property
    def resource_extensions(self) -> ResourceExtensionsList:
        return self


class RoleInstancesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.role_instances``."""

    __slots__ = ()

    @property
    def role_instances(self) -> RoleInstancesList:
        return self


class RoleSizesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.role_sizes``."""

    __slots__ = ()

    @property
    def role_sizes(self) -> RoleSizesList:
        return self


class RolesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.roles``."""

    __slots__ = ()

    @property
    def roles(self) -> RolesList:
        return self


class ServerList(list):  # items are typed where the list is declared
    """A list that is also its own ``.server``."""

    __slots__ = ()

    @property
    def server(self) -> ServerList:
        return self


class SiteList(list):  # items are typed where the list is declared
    """A list that is also its own ``.site``."""

    __slots__ = ()

    @property
    def site(self) -> SiteList:
        return self


class StorageServicesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.storage_services``."""

    __slots__ = ()

    @property
    def storage_services(self) -> StorageServicesList:
        return self


class StoredCertificateSettingsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.stored_certificate_settings``."""

    __slots__ = ()

    @property
    def stored_certificate_settings(self) -> StoredCertificateSettingsList:
        return self


class SubnetsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.subnets``."""

    __slots__ = ()

    @property
    def subnets(self) -> SubnetsList:
        return self


class SubscriptionCertificatesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.subscription_certificates``."""

    __slots__ = ()

    @property
    def subscription_certificates(self) -> SubscriptionCertificatesList:
        return self


class SubscriptionOperationsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.subscription_operations``."""

    __slots__ = ()

    @property
    def subscription_operations(self) -> SubscriptionOperationsList:
        return self


class SubscriptionsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.subscriptions``."""

    __slots__ = ()

    @property
    def subscriptions(self) -> SubscriptionsList:
        return self


class VirtualIpsList(list):  # items are typed where the list is declared
    """A list that is also its own ``.virtual_ips``."""

    __slots__ = ()

    @property
    def virtual_ips(self) -> VirtualIpsList:
        return self


class VirtualNetworkSitesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.virtual_network_sites``."""

    __slots__ = ()

    @property
    def virtual_network_sites(self) -> VirtualNetworkSitesList:
        return self


class VmImagesList(list):  # items are typed where the list is declared
    """A list that is also its own ``.vm_images``."""

    __slots__ = ()

    @property
    def vm_images(self) -> VmImagesList:
        return self


class WebSpaceList(list):  # items are typed where the list is declared
    """A list that is also its own ``.web_space``."""

    __slots__ = ()

    @property
    def web_space(self) -> WebSpaceList:
        return self
