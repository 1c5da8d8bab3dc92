"""Models of the Azure Service Management API.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

__all__ = [
    'AdditionalUnattendContent',
    'AddressSpace',
    'AffinityGroup',
    'AttachedTo',
    'AvailabilityResponse',
    'CaptureAsVMImageOperation',
    'CaptureRoleOperation',
    'Certificate',
    'CertificateFile',
    'CertificateSetting',
    'ChangeConfiguration',
    'ComponentSetting',
    'ComputeCapabilities',
    'ComputeImageAttributes',
    'ConfigurationSet',
    'ConfigurationSetIPConfiguration',
    'ConfigurationSetInputEndpoint',
    'ConfigurationSetNetworkInterface',
    'ConfigurationSetPublicIP',
    'CreateAffinityGroup',
    'CreateDeployment',
    'CreateHostedService',
    'CreateStorageServiceInput',
    'CustomDomain',
    'DataDiskConfiguration',
    'DataVirtualHardDisk',
    'Deployment',
    'DeploymentDns',
    'DeploymentDnsServer',
    'DeploymentExtension',
    'DeploymentInputEndpoint',
    'DeploymentLoadBalancer',
    'Disk',
    'DnsServer',
    'DomainJoin',
    'DomainJoinCredentials',
    'DomainJoinProvisioning',
    'EndpointAcl',
    'EndpointAclRule',
    'Error',
    'ExtendedProperty',
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
    'KeyPair',
    'Listener',
    'LoadBalancerFrontendIpConfiguration',
    'LoadBalancerProbe',
    'LocalNetworkConnection',
    'LocalNetworkSite',
    'Location',
    'NetworkConfigurationSet',
    'OSDiskConfiguration',
    'OSImage',
    'OSImageDetails',
    'OSVirtualHardDisk',
    'OperatingSystem',
    'OperatingSystemFamily',
    'Operation',
    'OperationCaller',
    'PersistentVMDowntimeInfo',
    'PersistentVMRole',
    'PublicKey',
    'RegenerateKeys',
    'ReplicationInput',
    'ReplicationProgressElement',
    'ReservedIP',
    'ReservedIPAssociation',
    'ResourceExtension',
    'ResourceExtensionParameterValue',
    'ResourceExtensionReference',
    'ResourceExtensionReferenceCertificate',
    'ResourceExtensionStatus',
    'RestartRoleOperation',
    'Role',
    'RoleInstance',
    'RoleInstanceIPConfiguration',
    'RoleInstanceNetworkInterface',
    'RoleInstancePublicIP',
    'RoleSize',
    'RollbackUpdateOrUpgrade',
    'SSH',
    'ShutdownRoleOperation',
    'ShutdownRolesOperation',
    'StartRoleOperation',
    'StartRolesOperation',
    'StorageAccountProperties',
    'StorageCapabilities',
    'StorageService',
    'StorageServiceKeys',
    'Subnet',
    'Subscription',
    'SubscriptionCertificate',
    'SubscriptionOperation',
    'SubscriptionOperationCollection',
    'SubscriptionOperationParameter',
    'SubscriptionOperationStatus',
    'Swap',
    'UnattendComponent',
    'UnattendPass',
    'UpdateAffinityGroup',
    'UpdateDeploymentStatus',
    'UpdateHostedService',
    'UpdateStorageServiceInput',
    'UpgradeDeployment',
    'UpgradeStatus',
    'VMImage',
    'VirtualIP',
    'VirtualMachineDeployment',
    'VirtualMachineDns',
    'VirtualNetworkDns',
    'VirtualNetworkGateway',
    'VirtualNetworkSite',
    'WalkUpgradeDomain',
    'WinRM',
    'CaptureRoleAsVMImage',
    'LinuxConfigurationSet',
    'WindowsConfigurationSet',
]


@attrs.define(slots=True, eq=True)
class AdditionalUnattendContent:
    """Extra unattend.xml settings for Windows setup.

    Attributes:
        passes (list[UnattendPass]): ``<Passes>``. Setup passes with their components.
    """

    passes: list[UnattendPass] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class AddressSpace:
    """A set of address ranges in CIDR notation.

    Attributes:
        address_prefixes (list[str]): ``<AddressPrefixes>``. The ranges, such as 10.0.0.0/8.
    """

    address_prefixes: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class AffinityGroup:
    """A named placement group that keeps cloud services and storage accounts close
    together in one region.

    Attributes:
        name (str): ``<Name>``. The affinity group name.
        label (str): ``<Label>``. Display name of the group.
        description (str): ``<Description>``. Free-text description (may be empty).
        location (str): ``<Location>``. Region the group lives in.
        hosted_services (list[HostedService]): ``<HostedServices>``. Cloud services in the group (only from
            get_affinity_group_properties).
        storage_services (list[StorageService]): ``<StorageServices>``. Storage accounts in the group (only from
            get_affinity_group_properties).
        capabilities (list[str]): ``<Capabilities>``. Features available to the group, such as PersistentVMRole and
            HighMemory.
        created_time (datetime): ``<CreatedTime>``. When the group was created (UTC).
        compute_capabilities (ComputeCapabilities): ``<ComputeCapabilities>``. Role sizes that can be deployed in the group (only from
            list_affinity_groups).
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    hosted_services: list[HostedService] | None = attrs.field(default=None, kw_only=True)
    storage_services: list[StorageService] | None = attrs.field(default=None, kw_only=True)
    capabilities: list[str] | None = attrs.field(default=None, kw_only=True)
    created_time: datetime | None = attrs.field(default=None, kw_only=True)
    compute_capabilities: ComputeCapabilities | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class AvailabilityResponse:
    """Whether a proposed account or cloud service name is still free.

    Attributes:
        result (bool): ``<Result>``. True when the name can be used.
        reason (str): ``<Reason>``. Why the name cannot be used; None when it can.
    """

    result: bool | None = attrs.field(default=None, kw_only=True)
    reason: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class CertificateFile:
    """Body of an add-service-certificate request.

    Attributes:
        data (str): ``<Data>``
        certificate_format (str): ``<CertificateFormat>``
        password (str): ``<Password>``
    """

    data: str | None = attrs.field(default=None, kw_only=True)
    certificate_format: str | None = attrs.field(default=None, kw_only=True)
    password: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    treat_warnings_as_error: bool | None = attrs.field(default=None, kw_only=True)
    mode: str | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    extension_configuration: ExtensionConfiguration | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ComponentSetting:
    """One unattend.xml setting.

    Attributes:
        setting_name (str): ``<SettingName>``. Setting name, such as AutoLogon.
        content (str): ``<Content>``. XML content of the setting (base64-encoded by the caller).
    """

    setting_name: str | None = attrs.field(default=None, kw_only=True)
    content: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ComputeCapabilities:
    """Role sizes that can be used for cloud service roles and for virtual machines.

    Attributes:
        web_worker_role_sizes (list[str]): ``<WebWorkerRoleSizes>``. Sizes available to web and worker roles.
        virtual_machines_role_sizes (list[str]): ``<VirtualMachinesRoleSizes>``. Sizes available to virtual machines.
    """

    web_worker_role_sizes: list[str] | None = attrs.field(default=None, kw_only=True)
    virtual_machines_role_sizes: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
        stored_certificate_settings (list[CertificateSetting]): ``<StoredCertificateSettings>``. Windows: service certificates to install in the machine.
        win_rm (WinRM): ``<WinRM>``. Windows: WinRM listeners.
        admin_username (str): ``<AdminUsername>``. Windows: administrator account name.
        host_name (str): ``<HostName>``. Linux: host name.
        user_name (str): ``<UserName>``. Linux: name of the user account to create.
        user_password (str): ``<UserPassword>``. Linux: password of that account.
        disable_ssh_password_authentication (bool): ``<DisableSshPasswordAuthentication>``. Linux: allow only key-based SSH logons.
        ssh (SSH): ``<SSH>``. Linux: SSH public keys and key pairs to install.
        custom_data (str): ``<CustomData>``. Data handed to the machine at provisioning (base64 on the wire).
        additional_unattend_content (AdditionalUnattendContent): ``<AdditionalUnattendContent>``. Windows: extra unattend.xml content.
        input_endpoints (list[ConfigurationSetInputEndpoint]): ``<InputEndpoints>``. Network: public endpoints of the machine.
        subnet_names (list[str]): ``<SubnetNames>``. Network: virtual network subnets the machine joins.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Network: fixed private address in the virtual network.
        public_ips (list[ConfigurationSetPublicIP]): ``<PublicIPs>``. Network: instance-level public IP addresses.
        network_interfaces (list[ConfigurationSetNetworkInterface]): ``<NetworkInterfaces>``. Network: secondary network interfaces.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network: network security group applied to the machine.
    """

    configuration_set_type: str | None = attrs.field(default='NetworkConfiguration', kw_only=True)
    computer_name: str | None = attrs.field(default=None, kw_only=True)
    admin_password: str | None = attrs.field(default=None, kw_only=True)
    reset_password_on_first_logon: bool | None = attrs.field(default=None, kw_only=True)
    enable_automatic_updates: bool | None = attrs.field(default=None, kw_only=True)
    time_zone: str | None = attrs.field(default=None, kw_only=True)
    domain_join: DomainJoin | None = attrs.field(default=None, kw_only=True)
    stored_certificate_settings: list[CertificateSetting] | None = attrs.field(default=None, kw_only=True)
    win_rm: WinRM | None = attrs.field(default=None, kw_only=True)
    admin_username: str | None = attrs.field(default=None, kw_only=True)
    host_name: str | None = attrs.field(default=None, kw_only=True)
    user_name: str | None = attrs.field(default=None, kw_only=True)
    user_password: str | None = attrs.field(default=None, kw_only=True)
    disable_ssh_password_authentication: bool | None = attrs.field(default=None, kw_only=True)
    ssh: SSH | None = attrs.field(default=None, kw_only=True)
    custom_data: str | None = attrs.field(default=None, kw_only=True)
    additional_unattend_content: AdditionalUnattendContent | None = attrs.field(default=None, kw_only=True)
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = attrs.field(default=attrs.Factory(list), kw_only=True)
    subnet_names: list[str] | None = attrs.field(default=attrs.Factory(list), kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    public_ips: list[ConfigurationSetPublicIP] | None = attrs.field(default=None, kw_only=True)
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ConfigurationSetIPConfiguration:
    """Subnet and optional fixed address of a network interface.

    Attributes:
        subnet_name (str): ``<SubnetName>``. Subnet of the interface.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Fixed private address, if any.
    """

    subnet_name: str | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    port: int | None = None
    local_port: int | None = None
    load_balanced_endpoint_set_name: str | None = ''
    enable_direct_server_return: bool | None = False
    idle_timeout_in_minutes: int | None = 4
    load_balancer_probe: LoadBalancerProbe | None = attrs.field(default=None, kw_only=True)
    load_balancer_name: str | None = attrs.field(default=None, kw_only=True)
    vip: str | None = attrs.field(default=None, kw_only=True)
    endpoint_acl: EndpointAcl | None = attrs.field(default=None, kw_only=True)
    load_distribution: str | None = attrs.field(default=None, kw_only=True)
    virtual_ip_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ConfigurationSetNetworkInterface:
    """A secondary network interface of a virtual machine.

    Attributes:
        name (str): ``<Name>``. Interface name.
        ip_configurations (list[ConfigurationSetIPConfiguration]): ``<IPConfigurations>``. Addresses of the interface.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network security group applied to the interface.
        ip_forwarding (str): ``<IPForwarding>``. Whether IP forwarding is enabled.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    ip_configurations: list[ConfigurationSetIPConfiguration] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
    ip_forwarding: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ConfigurationSetPublicIP:
    """An instance-level public IP address requested for a virtual machine.

    Attributes:
        name (str): ``<Name>``. Name of the address.
        idle_timeout_in_minutes (int): ``<IdleTimeoutInMinutes>``. TCP idle timeout.
        domain_name_label (str): ``<DomainNameLabel>``. DNS label of the address.
    """

    name: str | None = None
    idle_timeout_in_minutes: int | None = attrs.field(default=None, kw_only=True)
    domain_name_label: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class CreateAffinityGroup:
    """Body of a create-affinity-group request.

    Attributes:
        name (str): ``<Name>``
        label (str): ``<Label>``
        description (str): ``<Description>``
        location (str): ``<Location>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    start_deployment: bool | None = attrs.field(default=None, kw_only=True)
    treat_warnings_as_error: bool | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    extension_configuration: ExtensionConfiguration | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class CreateStorageServiceInput:
    """Body of a create-storage-account request.

    Attributes:
        service_name (str): ``<ServiceName>``
        description (str): ``<Description>``
        label (str): ``<Label>``
        affinity_group (str): ``<AffinityGroup>``
        location (str): ``<Location>``
        geo_replication_enabled (bool): ``<GeoReplicationEnabled>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        secondary_read_enabled (bool): ``<SecondaryReadEnabled>``
        account_type (str): ``<AccountType>``
    """

    service_name: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    geo_replication_enabled: bool | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    secondary_read_enabled: bool | None = attrs.field(default=None, kw_only=True)
    account_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class CustomDomain:
    """A custom domain name mapped onto a storage account.

    Attributes:
        name (str): ``<Name>``. The custom domain (the CNAME source).
        use_sub_domain_name (bool): ``<UseSubDomainName>``. Whether indirect CNAME validation through the asverify subdomain is
            used.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    use_sub_domain_name: bool | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    lun: int | None = attrs.field(default=None, kw_only=True)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    logical_disk_size_in_gb: int | None = attrs.field(default=None, kw_only=True)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    lun: int | None = None
    logical_disk_size_in_gb: int | None = None
    source_media_link: str | None = None
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
        role_instance_list (list[RoleInstance]): ``<RoleInstanceList>``. The running instances of every role.
        upgrade_status (UpgradeStatus): ``<UpgradeStatus>``. Progress of an upgrade under way; absent when none is.
        upgrade_domain_count (int): ``<UpgradeDomainCount>``. Number of upgrade domains of the deployment.
        role_list (list[Role]): ``<RoleList>``. The roles of the deployment (web/worker roles or virtual machines).
        sdk_version (str): ``<SdkVersion>``. Version of the SDK the package was built with.
        input_endpoint_list (list[DeploymentInputEndpoint]): ``<InputEndpointList>``. Load-balanced endpoints of the deployment (older API versions).
        locked (bool): ``<Locked>``. True while a write operation holds the deployment.
        rollback_allowed (bool): ``<RollbackAllowed>``. True when an update or upgrade can be rolled back now.
        created_time (datetime): ``<CreatedTime>``. When the deployment was created.
        last_modified_time (datetime): ``<LastModifiedTime>``. When the deployment was last changed.
        virtual_network_name (str): ``<VirtualNetworkName>``. Virtual network the deployment is connected to.
        dns (DeploymentDns): ``<Dns>``. Custom DNS servers of the deployment.
        extended_properties (dict[str, str]): ``<ExtendedProperties>``. User-defined name/value pairs.
        persistent_vm_downtime_info (PersistentVMDowntimeInfo): ``<PersistentVMDowntime>``. Planned maintenance window for the deployment's virtual machines.
        virtual_ips (list[VirtualIP]): ``<VirtualIPs>``. Public virtual IP addresses of the deployment.
        extension_configuration (ExtensionConfiguration): ``<ExtensionConfiguration>``. Extensions enabled on the deployment's roles.
        reserved_ip_name (str): ``<ReservedIPName>``. Reserved IP address associated with the deployment.
        internal_dns_suffix (str): ``<InternalDnsSuffix>``. DNS suffix under which the role instances resolve each other.
        load_balancers (list[DeploymentLoadBalancer]): ``<LoadBalancers>``. Internal load balancers of the deployment.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    deployment_slot: str | None = attrs.field(default=None, kw_only=True)
    private_id: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    url: str | None = attrs.field(default=None, kw_only=True)
    configuration: str | None = attrs.field(default=None, kw_only=True)
    role_instance_list: list[RoleInstance] | None = attrs.field(default=None, kw_only=True)
    upgrade_status: UpgradeStatus | None = attrs.field(default=None, kw_only=True)
    upgrade_domain_count: int | None = attrs.field(default=None, kw_only=True)
    role_list: list[Role] | None = attrs.field(default=None, kw_only=True)
    sdk_version: str | None = attrs.field(default=None, kw_only=True)
    input_endpoint_list: list[DeploymentInputEndpoint] | None = attrs.field(default=None, kw_only=True)
    locked: bool | None = attrs.field(default=None, kw_only=True)
    rollback_allowed: bool | None = attrs.field(default=None, kw_only=True)
    created_time: datetime | None = attrs.field(default=None, kw_only=True)
    last_modified_time: datetime | None = attrs.field(default=None, kw_only=True)
    virtual_network_name: str | None = attrs.field(default=None, kw_only=True)
    dns: DeploymentDns | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    persistent_vm_downtime_info: PersistentVMDowntimeInfo | None = attrs.field(default=None, kw_only=True)
    virtual_ips: list[VirtualIP] | None = attrs.field(default=None, kw_only=True)
    extension_configuration: ExtensionConfiguration | None = attrs.field(default=None, kw_only=True)
    reserved_ip_name: str | None = attrs.field(default=None, kw_only=True)
    internal_dns_suffix: str | None = attrs.field(default=None, kw_only=True)
    load_balancers: list[DeploymentLoadBalancer] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DeploymentDns:
    """DNS settings of a deployment.

    Attributes:
        dns_servers (list[DeploymentDnsServer]): ``<DnsServers>``. The DNS servers the role instances use.
    """

    dns_servers: list[DeploymentDnsServer] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DeploymentDnsServer:
    """A DNS server configured on a deployment.

    Attributes:
        name (str): ``<Name>``
        address (str): ``<Address>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DeploymentExtension:
    """Reference to an extension added to the cloud service.

    Attributes:
        id (str): ``<Id>``
        sequence_number (int): ``<SequenceNumber>``
        state (str): ``<State>``
    """

    id: str | None = attrs.field(default=None, kw_only=True)
    sequence_number: int | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DeploymentInputEndpoint:
    """A load-balanced endpoint of a role, as listed on a deployment.

    Attributes:
        role_name (str): ``<RoleName>``
        vip (str): ``<Vip>``
        port (int): ``<Port>``
    """

    role_name: str | None = attrs.field(default=None, kw_only=True)
    vip: str | None = attrs.field(default=None, kw_only=True)
    port: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DeploymentLoadBalancer:
    """An internal load balancer of a deployment.

    Attributes:
        name (str): ``<Name>``
        frontend_ip_configuration (LoadBalancerFrontendIpConfiguration): ``<FrontendIpConfiguration>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    frontend_ip_configuration: LoadBalancerFrontendIpConfiguration | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
        created_time (datetime): ``<CreatedTime>``. When the disk was created.
        io_type (str): ``<IOType>``. Storage type of the VHD.
    """

    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    attached_to: AttachedTo | None = attrs.field(default=None, kw_only=True)
    has_operating_system: bool | None = attrs.field(default=None, kw_only=True)
    is_corrupted: bool | None = attrs.field(default=None, kw_only=True)
    os: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    logical_disk_size_in_gb: int | None = attrs.field(default=None, kw_only=True)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    source_image_name: str | None = attrs.field(default=None, kw_only=True)
    created_time: datetime | None = attrs.field(default=None, kw_only=True)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DnsServer:
    """A DNS server used by the virtual machines of a deployment.

    Attributes:
        name (str): ``<Name>``. Name of the entry.
        address (str): ``<Address>``. IPv4 address of the server.
    """

    name: str | None = None
    address: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DomainJoin:
    """Active Directory domain a Windows machine joins at provisioning.

    Attributes:
        credentials (DomainJoinCredentials): ``<Credentials>``. Account used to join.
        join_domain (str): ``<JoinDomain>``. Domain to join.
        machine_object_ou (str): ``<MachineObjectOU>``. Organizational unit for the computer account.
        provisioning (DomainJoinProvisioning): ``<Provisioning>``. Offline domain join data.
    """

    credentials: DomainJoinCredentials | None = attrs.field(default=None, kw_only=True)
    join_domain: str | None = attrs.field(default=None, kw_only=True)
    machine_object_ou: str | None = attrs.field(default=None, kw_only=True)
    provisioning: DomainJoinProvisioning | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DomainJoinCredentials:
    """Account used to join a domain.

    Attributes:
        domain (str): ``<Domain>``. Domain of the account.
        username (str): ``<Username>``. Account name.
        password (str): ``<Password>``. Account password.
    """

    domain: str | None = attrs.field(default=None, kw_only=True)
    username: str | None = attrs.field(default=None, kw_only=True)
    password: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class DomainJoinProvisioning:
    """Offline domain join data.

    Attributes:
        account_data (str): ``<AccountData>``. The djoin.exe account data.
    """

    account_data: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class EndpointAcl:
    """Access control list of an endpoint.

    Attributes:
        rules (list[EndpointAclRule]): ``<Rules>``. The rules, applied in order.
    """

    rules: list[EndpointAclRule] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class EndpointAclRule:
    """One permit or deny rule of an endpoint ACL.

    Attributes:
        order (int): ``<Order>``. Priority; lower numbers apply first.
        action (str): ``<Action>``. permit or deny.
        remote_subnet (str): ``<RemoteSubnet>``. Remote address range in CIDR form.
        description (str): ``<Description>``. Free text.
    """

    order: int | None = attrs.field(default=None, kw_only=True)
    action: str | None = attrs.field(default=None, kw_only=True)
    remote_subnet: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class Error:
    """The error Azure reports for a failed request or operation.

    Attributes:
        code (str): ``<Code>``. Azure's error code, such as ResourceNotFound.
        message (str): ``<Message>``. Human-readable explanation.
    """

    code: str | None = attrs.field(default=None, kw_only=True)
    message: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ExtendedProperty:
    """A user-defined name/value pair attached to a resource.

    Attributes:
        name (str): ``<Name>``
        value (str): ``<Value>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    value: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ExtensionConfiguration:
    """Extensions applied to every role, or to named roles, of a cloud service deployment.

    Attributes:
        all_roles (list[DeploymentExtension]): ``<AllRoles>``. Extensions applied to all roles.
        named_roles (list[ExtensionNamedRole]): ``<NamedRoles>``. Extensions applied to particular roles.
    """

    all_roles: list[DeploymentExtension] | None = attrs.field(default=None, kw_only=True)
    named_roles: list[ExtensionNamedRole] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ExtensionNamedRole:
    """The extensions applied to one role.

    Attributes:
        role_name (str): ``<RoleName>``
        extensions (list[DeploymentExtension]): ``<Extensions>``
    """

    role_name: str | None = attrs.field(default=None, kw_only=True)
    extensions: list[DeploymentExtension] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ExtensionSettingStatus:
    """Status of applying an extension's settings.

    Attributes:
        timestamp (datetime): ``<Timestamp>``
        configuration_applied_time (datetime): ``<Configurationappliedtime>``
        name (str): ``<Name>``
        operation (str): ``<Operation>``
        status (str): ``<Status>``
        code (int): ``<Code>``
        formatted_message (GuestAgentFormattedMessage): ``<FormattedMessage>``
        sub_status_list (list[ExtensionSubStatus]): ``<SubStatusList>``
    """

    timestamp: datetime | None = attrs.field(default=None, kw_only=True)
    configuration_applied_time: datetime | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    operation: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    code: int | None = attrs.field(default=None, kw_only=True)
    formatted_message: GuestAgentFormattedMessage | None = attrs.field(default=None, kw_only=True)
    sub_status_list: list[ExtensionSubStatus] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    code: int | None = attrs.field(default=None, kw_only=True)
    formatted_message: GuestAgentFormattedMessage | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class GuestAgentFormattedMessage:
    """A status message already rendered in one language.

    Attributes:
        language (str): ``<Language>``
        message (str): ``<Message>``
    """

    language: str | None = attrs.field(default=None, kw_only=True)
    message: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class GuestAgentMessage:
    """A localizable status message: resource id and its parameters.

    Attributes:
        message_resource_id (str): ``<MessageResourceId>``
        param_list (list[str]): ``<ParamList>``
    """

    message_resource_id: str | None = attrs.field(default=None, kw_only=True)
    param_list: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class GuestAgentStatus:
    """What the VM agent inside an instance last reported.

    Attributes:
        protocol_version (str): ``<ProtocolVersion>``
        timestamp (datetime): ``<Timestamp>``
        guest_agent_version (str): ``<GuestAgentVersion>``
        status (str): ``<Status>``
        code (int): ``<Code>``
        message (GuestAgentMessage): ``<Message>``
        formatted_message (GuestAgentFormattedMessage): ``<FormattedMessage>``
    """

    protocol_version: str | None = attrs.field(default=None, kw_only=True)
    timestamp: datetime | None = attrs.field(default=None, kw_only=True)
    guest_agent_version: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    code: int | None = attrs.field(default=None, kw_only=True)
    message: GuestAgentMessage | None = attrs.field(default=None, kw_only=True)
    formatted_message: GuestAgentFormattedMessage | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class HostedService:
    """A cloud service (hosted service): a DNS name that holds a production and a staging
    deployment.

    Attributes:
        url (str): ``<Url>``. Management URL of the cloud service.
        service_name (str): ``<ServiceName>``. Name of the cloud service (the prefix of its cloudapp.net host
            name).
        hosted_service_properties (HostedServiceProperties): ``<HostedServiceProperties>``. Label, description, placement, status and dates of the service.
        deployments (list[Deployment]): ``<Deployments>``. The deployments of the service; only filled when the properties are
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class HostedServiceProperties:
    """Descriptive and placement properties of a cloud service.

    Attributes:
        description (str): ``<Description>``. Free-text description.
        affinity_group (str): ``<AffinityGroup>``. Affinity group the service belongs to, when it was placed in one.
        location (str): ``<Location>``. Region of the service, when it was placed by location.
        label (str): ``<Label>``. Display label (sent base64-encoded, plain text here).
        status (str): ``<Status>``. Creating, Created, Deleting, Deleted, Changing, ResolvingDns.
        date_created (datetime): ``<DateCreated>``. When the service was created.
        date_last_modified (datetime): ``<DateLastModified>``. When the service was last changed.
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
    date_created: datetime | None = attrs.field(default=None, kw_only=True)
    date_last_modified: datetime | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    guest_os_version: str | None = attrs.field(default=None, kw_only=True)
    reverse_dns_fqdn: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    public_port: int | None = attrs.field(default=None, kw_only=True)
    local_port: int | None = attrs.field(default=None, kw_only=True)
    protocol: str | None = attrs.field(default=None, kw_only=True)
    idle_timeout_in_minutes: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class KeyPair:
    """An SSH key pair taken from a cloud service certificate.

    Attributes:
        fingerprint (str): ``<Fingerprint>``. Thumbprint of the certificate holding the key pair.
        path (str): ``<Path>``. File on the machine the private key is written to.
    """

    fingerprint: str | None = None
    path: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class Listener:
    """A WinRM listener.

    Attributes:
        protocol (str): ``<Protocol>``. Http or Https.
        certificate_thumbprint (str): ``<CertificateThumbprint>``. Certificate of an Https listener (default: a self-signed one).
    """

    protocol: str | None = None
    certificate_thumbprint: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    port: int | None = attrs.field(default=None, kw_only=True)
    protocol: str | None = attrs.field(default=None, kw_only=True)
    interval_in_seconds: int | None = attrs.field(default=None, kw_only=True)
    timeout_in_seconds: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class LocalNetworkConnection:
    """A connection from the gateway to a local network site.

    Attributes:
        type (str): ``<Type>``. Connection type, such as IPsec.
    """

    type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class LocalNetworkSite:
    """An on-premises network the virtual network gateway can reach.

    Attributes:
        name (str): ``<Name>``. Name of the local network.
        address_space (AddressSpace): ``<AddressSpace>``. Address ranges of the local network.
        vpn_gateway_address (str): ``<VpnGatewayAddress>``. Public address of the on-premises VPN device.
        connections (list[LocalNetworkConnection]): ``<Connections>``. Connections to this local network.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address_space: AddressSpace | None = attrs.field(default=None, kw_only=True)
    vpn_gateway_address: str | None = attrs.field(default=None, kw_only=True)
    connections: list[LocalNetworkConnection] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class Location:
    """One Azure region and what can be placed in it.

    Attributes:
        name (str): ``<Name>``. Region name to pass as a location, such as "West US".
        display_name (str): ``<DisplayName>``. Region name as shown to people.
        available_services (list[str]): ``<AvailableServices>``. Kinds of service offered in the region (Compute, Storage,
            PersistentVMRole, ...).
        compute_capabilities (ComputeCapabilities): ``<ComputeCapabilities>``. Role sizes offered in the region.
        storage_capabilities (StorageCapabilities): ``<StorageCapabilities>``. Storage account types offered in the region.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    display_name: str | None = attrs.field(default=None, kw_only=True)
    available_services: list[str] | None = attrs.field(default=None, kw_only=True)
    compute_capabilities: ComputeCapabilities | None = attrs.field(default=None, kw_only=True)
    storage_capabilities: StorageCapabilities | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class NetworkConfigurationSet:
    """The network kind of ConfigurationSet; the service tags returned network sets with
    this type (i:type="NetworkConfigurationSet").

    Attributes:
        configuration_set_type (str): ``<ConfigurationSetType>``. LinuxProvisioningConfiguration, WindowsProvisioningConfiguration or
            NetworkConfiguration.
        input_endpoints (list[ConfigurationSetInputEndpoint]): ``<InputEndpoints>``. Network: public endpoints of the machine.
        subnet_names (list[str]): ``<SubnetNames>``. Network: virtual network subnets the machine joins.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Network: fixed private address in the virtual network.
        public_ips (list[ConfigurationSetPublicIP]): ``<PublicIPs>``. Network: instance-level public IP addresses.
        network_interfaces (list[ConfigurationSetNetworkInterface]): ``<NetworkInterfaces>``. Network: secondary network interfaces.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network: network security group applied to the machine.
    """

    configuration_set_type: str | None = attrs.field(default=None, kw_only=True)
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = attrs.field(default=None, kw_only=True)
    subnet_names: list[str] | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    public_ips: list[ConfigurationSetPublicIP] | None = attrs.field(default=None, kw_only=True)
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    logical_disk_size_in_gb: int | None = attrs.field(default=None, kw_only=True)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    logical_size_in_gb: int | None = attrs.field(default=None, kw_only=True)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    os: str | None = attrs.field(default=None, kw_only=True)
    eula: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    image_family: str | None = attrs.field(default=None, kw_only=True)
    show_in_gui: bool | None = attrs.field(default=None, kw_only=True)
    published_date: str | None = attrs.field(default=None, kw_only=True)
    is_premium: bool | None = attrs.field(default=None, kw_only=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
        replication_progress (list[ReplicationProgressElement]): ``<ReplicationProgress>``. Replication progress per region.
    """

    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    category: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    logical_size_in_gb: int | None = attrs.field(default=None, kw_only=True)
    media_link: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    os: str | None = attrs.field(default=None, kw_only=True)
    eula: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    image_family: str | None = attrs.field(default=None, kw_only=True)
    show_in_gui: bool | None = attrs.field(default=None, kw_only=True)
    published_date: str | None = attrs.field(default=None, kw_only=True)
    is_premium: bool | None = attrs.field(default=None, kw_only=True)
    icon_uri: str | None = attrs.field(default=None, kw_only=True)
    privacy_uri: str | None = attrs.field(default=None, kw_only=True)
    recommended_vm_size: str | None = attrs.field(default=None, kw_only=True)
    publisher_name: str | None = attrs.field(default=None, kw_only=True)
    pricing_detail_link: str | None = attrs.field(default=None, kw_only=True)
    small_icon_uri: str | None = attrs.field(default=None, kw_only=True)
    language: str | None = attrs.field(default=None, kw_only=True)
    os_state: str | None = attrs.field(default=None, kw_only=True)
    io_type: str | None = attrs.field(default=None, kw_only=True)
    replication_progress: list[ReplicationProgressElement] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    resized_size_in_gb: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    is_default: bool | None = attrs.field(default=None, kw_only=True)
    is_active: bool | None = attrs.field(default=None, kw_only=True)
    family: int | None = attrs.field(default=None, kw_only=True)
    family_label: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class OperatingSystemFamily:
    """A guest OS family (roughly, a Windows Server release) and its versions.

    Attributes:
        name (str): ``<Name>``. Family number, as text.
        label (str): ``<Label>``. Display name of the family.
        operating_systems (list[OperatingSystem]): ``<OperatingSystems>``. The versions in the family.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    operating_systems: list[OperatingSystem] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class Operation:
    """Status of an asynchronous operation.

    Attributes:
        id (str): ``<ID>``. The request id of the operation.
        status (str): ``<Status>``. InProgress, Succeeded or Failed.
        http_status_code (int): ``<HttpStatusCode>``. The HTTP status the operation ended with.
        error (Error): ``<Error>``. Why the operation failed, when it did.
    """

    id: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    http_status_code: int | None = attrs.field(default=None, kw_only=True)
    error: Error | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class OperationCaller:
    """The originator of a logged operation.

    Attributes:
        used_service_management_api (bool): ``<UsedServiceManagementApi>``. True when the call came through the Service Management API.
        user_email_address (str): ``<UserEmailAddress>``. Email of the portal user, when the call came from the portal.
        subscription_certificate_thumbprint (str): ``<SubscriptionCertificateThumbprint>``. Thumbprint of the management certificate that authenticated the
            call.
        client_ip (str): ``<ClientIP>``
    """

    used_service_management_api: bool | None = attrs.field(default=None, kw_only=True)
    user_email_address: str | None = attrs.field(default=None, kw_only=True)
    subscription_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    client_ip: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class PersistentVMDowntimeInfo:
    """A planned maintenance window of a deployment's virtual machines.

    Attributes:
        start_time (datetime): ``<StartTime>``
        end_time (datetime): ``<EndTime>``
        status (str): ``<Status>``
    """

    start_time: datetime | None = attrs.field(default=None, kw_only=True)
    end_time: datetime | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class PersistentVMRole:
    """A virtual machine role as its own document (get_role, add_role, update_role); the
    same shape as Role. Deployments also tag their Role entries with this type
    (i:type="PersistentVMRole").

    Attributes:
        role_name (str): ``<RoleName>``. Name of the virtual machine (role).
        os_version (str): ``<OsVersion>``. Guest OS version; empty for virtual machines.
        role_type (str): ``<RoleType>``. PersistentVMRole for virtual machines.
        license_type (str): ``<LicenseType>``. Windows_Server or Windows_Client to bring your own license.
        configuration_sets (list[ConfigurationSet]): ``<ConfigurationSets>``. Provisioning (Linux or Windows) and network settings.
        resource_extension_references (list[ResourceExtensionReference]): ``<ResourceExtensionReferences>``. Extensions installed on the machine.
        vm_image_name (str): ``<VMImageName>``. VM image the machine is (or was) created from, instead of an OS disk
            image.
        media_location (str): ``<MediaLocation>``. Where the disks of a published VM image are copied to.
        availability_set_name (str): ``<AvailabilitySetName>``. Availability set the machine belongs to.
        data_virtual_hard_disks (list[DataVirtualHardDisk]): ``<DataVirtualHardDisks>``. Attached data disks.
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
    configuration_sets: list[ConfigurationSet] | None = attrs.field(default=None, kw_only=True)
    resource_extension_references: list[ResourceExtensionReference] | None = attrs.field(default=None, kw_only=True)
    vm_image_name: str | None = attrs.field(default=None, kw_only=True)
    media_location: str | None = attrs.field(default=None, kw_only=True)
    availability_set_name: str | None = attrs.field(default=None, kw_only=True)
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None = attrs.field(default=None, kw_only=True)
    os_virtual_hard_disk: OSVirtualHardDisk | None = attrs.field(default=None, kw_only=True)
    role_size: str | None = attrs.field(default=None, kw_only=True)
    default_win_rm_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    provision_guest_agent: bool | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class PublicKey:
    """An SSH public key taken from a cloud service certificate.

    Attributes:
        fingerprint (str): ``<Fingerprint>``. Thumbprint of the certificate holding the key.
        path (str): ``<Path>``. File on the machine the key is written to.
    """

    fingerprint: str | None = None
    path: str | None = None
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class RegenerateKeys:
    """Body of a regenerate-keys request.

    Attributes:
        key_type (str): ``<KeyType>``. Primary or Secondary.
    """

    key_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ReplicationInput:
    """Request to replicate an image to regions (publishers only).

    Attributes:
        target_locations (list[str]): ``<TargetLocations>``. Regions to replicate to.
        compute_image_attributes (ComputeImageAttributes): ``<ComputeImageAttributes>``. Offer, SKU and version of the image.
    """

    target_locations: list[str] | None = attrs.field(default=None, kw_only=True)
    compute_image_attributes: ComputeImageAttributes | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ReplicationProgressElement:
    """Replication progress of an image in one region.

    Attributes:
        location (str): ``<Location>``. Region.
        progress (int): ``<Progress>``. Percentage done.
    """

    location: str | None = attrs.field(default=None, kw_only=True)
    progress: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ReservedIP:
    """A public IP address reserved in the subscription, optionally bound to a cloud
    service deployment.

    Attributes:
        name (str): ``<Name>``. Name of the reservation.
        address (str): ``<Address>``. The reserved IPv4 address.
        id (str): ``<Id>``. Unique identifier (a GUID) of the reservation.
        label (str): ``<Label>``. Display name (plain text, not base64).
        state (str): ``<State>``. Created, Creating, Updating, Deleting or Unavailable.
        in_use (bool): ``<InUse>``. Whether the address is bound to a deployment.
        service_name (str): ``<ServiceName>``. Cloud service using the address, if any.
        deployment_name (str): ``<DeploymentName>``. Deployment using the address, if any.
        location (str): ``<Location>``. Region of the address.
        virtual_ip_name (str): ``<VirtualIPName>``. Virtual IP of the deployment the address is bound to (multi-VIP
            deployments).
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address: str | None = attrs.field(default=None, kw_only=True)
    id: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    in_use: bool | None = attrs.field(default=None, kw_only=True)
    service_name: str | None = attrs.field(default=None, kw_only=True)
    deployment_name: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    virtual_ip_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ReservedIPAssociation:
    """Body of an associate or disassociate reserved IP request.

    Attributes:
        service_name (str): ``<ServiceName>``
        deployment_name (str): ``<DeploymentName>``
        virtual_ip_name (str): ``<VirtualIPName>``
    """

    service_name: str | None = attrs.field(default=None, kw_only=True)
    deployment_name: str | None = attrs.field(default=None, kw_only=True)
    virtual_ip_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    replication_completed: bool | None = attrs.field(default=None, kw_only=True)
    eula: str | None = attrs.field(default=None, kw_only=True)
    privacy_uri: str | None = attrs.field(default=None, kw_only=True)
    homepage_uri: str | None = attrs.field(default=None, kw_only=True)
    is_json_extension: bool | None = attrs.field(default=None, kw_only=True)
    is_internal_extension: bool | None = attrs.field(default=None, kw_only=True)
    disallow_major_version_upgrade: bool | None = attrs.field(default=None, kw_only=True)
    supported_os: str | None = attrs.field(default=None, kw_only=True)
    company_name: str | None = attrs.field(default=None, kw_only=True)
    published_date: str | None = attrs.field(default=None, kw_only=True)
    regions: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ResourceExtensionReference:
    """A resource extension installed on a virtual machine, with its parameters.

    Attributes:
        reference_name (str): ``<ReferenceName>``. Name of this reference within the machine.
        publisher (str): ``<Publisher>``. Extension publisher.
        name (str): ``<Name>``. Extension name.
        version (str): ``<Version>``. Extension version (wildcards such as 1.* allowed).
        resource_extension_parameter_values (list[ResourceExtensionParameterValue]): ``<ResourceExtensionParameterValues>``. Configuration handed to the extension.
        state (str): ``<State>``. Enable, Disable or Uninstall.
        certificates (list[ResourceExtensionReferenceCertificate]): ``<Certificates>``. Certificates the extension uses.
    """

    reference_name: str | None = None
    publisher: str | None = None
    name: str | None = None
    version: str | None = None
    resource_extension_parameter_values: list[ResourceExtensionParameterValue] | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    certificates: list[ResourceExtensionReferenceCertificate] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ResourceExtensionReferenceCertificate:
    """A certificate used by a resource extension.

    Attributes:
        thumbprint (str): ``<Thumbprint>``. Certificate thumbprint.
        thumbprint_algorithm (str): ``<ThumbprintAlgorithm>``. Thumbprint algorithm, such as sha1.
    """

    thumbprint: str | None = attrs.field(default=None, kw_only=True)
    thumbprint_algorithm: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    code: int | None = attrs.field(default=None, kw_only=True)
    formatted_message: GuestAgentFormattedMessage | None = attrs.field(default=None, kw_only=True)
    extension_setting_status: ExtensionSettingStatus | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class RestartRoleOperation:
    """Request to restart a virtual machine.

    Attributes:
        operation_type (str): ``<OperationType>``. Always RestartRoleOperation.
    """

    operation_type: str | None = attrs.field(default='RestartRoleOperation', kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class Role:
    """A virtual machine (persistent VM role): its configuration sets, disks, size and
    extensions.

    Attributes:
        role_name (str): ``<RoleName>``. Name of the virtual machine (role).
        os_version (str): ``<OsVersion>``. Guest OS version; empty for virtual machines.
        role_type (str): ``<RoleType>``. PersistentVMRole for virtual machines.
        license_type (str): ``<LicenseType>``. Windows_Server or Windows_Client to bring your own license.
        configuration_sets (list[ConfigurationSet]): ``<ConfigurationSets>``. Provisioning (Linux or Windows) and network settings.
        resource_extension_references (list[ResourceExtensionReference]): ``<ResourceExtensionReferences>``. Extensions installed on the machine.
        vm_image_name (str): ``<VMImageName>``. VM image the machine is (or was) created from, instead of an OS disk
            image.
        media_location (str): ``<MediaLocation>``. Where the disks of a published VM image are copied to.
        availability_set_name (str): ``<AvailabilitySetName>``. Availability set the machine belongs to.
        data_virtual_hard_disks (list[DataVirtualHardDisk]): ``<DataVirtualHardDisks>``. Attached data disks.
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
    configuration_sets: list[ConfigurationSet] | None = attrs.field(default=None, kw_only=True)
    resource_extension_references: list[ResourceExtensionReference] | None = attrs.field(default=None, kw_only=True)
    vm_image_name: str | None = attrs.field(default=None, kw_only=True)
    media_location: str | None = attrs.field(default=None, kw_only=True)
    availability_set_name: str | None = attrs.field(default=None, kw_only=True)
    data_virtual_hard_disks: list[DataVirtualHardDisk] | None = attrs.field(default=None, kw_only=True)
    os_virtual_hard_disk: OSVirtualHardDisk | None = attrs.field(default=None, kw_only=True)
    role_size: str | None = attrs.field(default=None, kw_only=True)
    default_win_rm_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    provision_guest_agent: bool | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
        instance_endpoints (list[InstanceEndpoint]): ``<InstanceEndpoints>``. Public endpoints mapped to the instance.
        power_state (str): ``<PowerState>``. Starting, Started, Stopping, Stopped or Unknown.
        host_name (str): ``<HostName>``. Host name of the virtual machine.
        remote_access_certificate_thumbprint (str): ``<RemoteAccessCertificateThumbprint>``. Thumbprint of the certificate for remote desktop access.
        guest_agent_status (GuestAgentStatus): ``<GuestAgentStatus>``. Status reported by the VM agent.
        resource_extension_status_list (list[ResourceExtensionStatus]): ``<ResourceExtensionStatusList>``. Status of each resource extension on the instance.
        public_ips (list[RoleInstancePublicIP]): ``<PublicIPs>``. Instance-level public IP addresses.
        network_interfaces (list[RoleInstanceNetworkInterface]): ``<NetworkInterfaces>``. Secondary network interfaces of the instance.
    """

    role_name: str | None = attrs.field(default=None, kw_only=True)
    instance_name: str | None = attrs.field(default=None, kw_only=True)
    instance_status: str | None = attrs.field(default=None, kw_only=True)
    extended_instance_status: str | None = attrs.field(default=None, kw_only=True)
    instance_upgrade_domain: int | None = attrs.field(default=None, kw_only=True)
    instance_fault_domain: int | None = attrs.field(default=None, kw_only=True)
    instance_size: str | None = attrs.field(default=None, kw_only=True)
    instance_state_details: str | None = attrs.field(default=None, kw_only=True)
    instance_error_code: str | None = attrs.field(default=None, kw_only=True)
    ip_address: str | None = attrs.field(default=None, kw_only=True)
    instance_endpoints: list[InstanceEndpoint] | None = attrs.field(default=None, kw_only=True)
    power_state: str | None = attrs.field(default=None, kw_only=True)
    host_name: str | None = attrs.field(default=None, kw_only=True)
    remote_access_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    guest_agent_status: GuestAgentStatus | None = attrs.field(default=None, kw_only=True)
    resource_extension_status_list: list[ResourceExtensionStatus] | None = attrs.field(default=None, kw_only=True)
    public_ips: list[RoleInstancePublicIP] | None = attrs.field(default=None, kw_only=True)
    network_interfaces: list[RoleInstanceNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class RoleInstanceIPConfiguration:
    """Subnet and address of a network interface.

    Attributes:
        subnet_name (str): ``<SubnetName>``
        address (str): ``<Address>``
    """

    subnet_name: str | None = attrs.field(default=None, kw_only=True)
    address: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class RoleInstanceNetworkInterface:
    """A secondary network interface of a role instance.

    Attributes:
        name (str): ``<Name>``
        mac_address (str): ``<MacAddress>``
        ip_configurations (list[RoleInstanceIPConfiguration]): ``<IPConfigurations>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    mac_address: str | None = attrs.field(default=None, kw_only=True)
    ip_configurations: list[RoleInstanceIPConfiguration] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class RoleInstancePublicIP:
    """A public IP address assigned to a single role instance.

    Attributes:
        name (str): ``<Name>``
        address (str): ``<Address>``
        idle_timeout_in_minutes (int): ``<IdleTimeoutInMinutes>``
        domain_name_label (str): ``<DomainNameLabel>``
        fqdns (list[str]): ``<Fqdns>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address: str | None = attrs.field(default=None, kw_only=True)
    idle_timeout_in_minutes: int | None = attrs.field(default=None, kw_only=True)
    domain_name_label: str | None = attrs.field(default=None, kw_only=True)
    fqdns: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    cores: int | None = attrs.field(default=None, kw_only=True)
    memory_in_mb: int | None = attrs.field(default=None, kw_only=True)
    supported_by_web_worker_roles: bool | None = attrs.field(default=None, kw_only=True)
    supported_by_virtual_machines: bool | None = attrs.field(default=None, kw_only=True)
    max_data_disk_count: int | None = attrs.field(default=None, kw_only=True)
    web_worker_resource_disk_size_in_mb: int | None = attrs.field(default=None, kw_only=True)
    virtual_machine_resource_disk_size_in_mb: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class RollbackUpdateOrUpgrade:
    """Body of a rollback-update-or-upgrade request.

    Attributes:
        mode (str): ``<Mode>``
        force (bool): ``<Force>``
    """

    mode: str | None = attrs.field(default=None, kw_only=True)
    force: bool | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class SSH:
    """SSH keys installed on a Linux machine.

    Attributes:
        public_keys (list[PublicKey]): ``<PublicKeys>``. Public keys to authorize.
        key_pairs (list[KeyPair]): ``<KeyPairs>``. Key pairs to install.
    """

    public_keys: list[PublicKey] | None = attrs.field(default=None, kw_only=True)
    key_pairs: list[KeyPair] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ShutdownRoleOperation:
    """Request to shut down a virtual machine.

    Attributes:
        operation_type (str): ``<OperationType>``. Always ShutdownRoleOperation.
        post_shutdown_action (str): ``<PostShutdownAction>``. Stopped (keeps the resources) or StoppedDeallocated.
    """

    operation_type: str | None = attrs.field(default='ShutdownRoleOperation', kw_only=True)
    post_shutdown_action: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class ShutdownRolesOperation:
    """Request to shut down several virtual machines of a deployment.

    Attributes:
        operation_type (str): ``<OperationType>``. Always ShutdownRolesOperation.
        roles (list[str]): ``<Roles>``. Names of the virtual machines.
        post_shutdown_action (str): ``<PostShutdownAction>``. Stopped or StoppedDeallocated.
    """

    operation_type: str | None = attrs.field(default='ShutdownRolesOperation', kw_only=True)
    roles: list[str] | None = attrs.field(default=None, kw_only=True)
    post_shutdown_action: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class StartRoleOperation:
    """Request to start a virtual machine.

    Attributes:
        operation_type (str): ``<OperationType>``. Always StartRoleOperation.
    """

    operation_type: str | None = attrs.field(default='StartRoleOperation', kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class StartRolesOperation:
    """Request to start several virtual machines of a deployment.

    Attributes:
        operation_type (str): ``<OperationType>``. Always StartRolesOperation.
        roles (list[str]): ``<Roles>``. Names of the virtual machines.
    """

    operation_type: str | None = attrs.field(default='StartRolesOperation', kw_only=True)
    roles: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class StorageAccountProperties:
    """Descriptive and replication properties of a storage account.

    Attributes:
        description (str): ``<Description>``. Free-text description given at creation or update.
        affinity_group (str): ``<AffinityGroup>``. Affinity group the account was placed in, when it was created in
            one.
        location (str): ``<Location>``. Region of the account, when it was created with a location.
        label (str): ``<Label>``. Display name of the account.
        status (str): ``<Status>``. Provisioning state: Creating, Created, ResolvingDns, Deleting.
        endpoints (list[str]): ``<Endpoints>``. Service endpoint URLs of the account.
        geo_replication_enabled (bool): ``<GeoReplicationEnabled>``. Whether data is replicated to a second region (sent only by old API
            versions; see account_type).
        geo_primary_region (str): ``<GeoPrimaryRegion>``. Region currently holding the primary copy.
        status_of_primary (str): ``<StatusOfPrimary>``. Available or Unavailable.
        geo_secondary_region (str): ``<GeoSecondaryRegion>``. Region holding the replica; empty for locally redundant accounts.
        status_of_secondary (str): ``<StatusOfSecondary>``. Available or Unavailable; empty for locally redundant accounts.
        last_geo_failover_time (datetime): ``<LastGeoFailoverTime>``. When the account last failed over to its secondary region, if ever.
        creation_time (datetime): ``<CreationTime>``. When the account was created (UTC).
        custom_domains (list[CustomDomain]): ``<CustomDomains>``. Custom domains mapped onto the account.
        secondary_read_enabled (bool): ``<SecondaryReadEnabled>``. Whether the secondary copy is readable (old API versions only).
        secondary_endpoints (list[str]): ``<SecondaryEndpoints>``. Read-only endpoint URLs of the secondary region (read-access geo-
            redundant accounts).
        account_type (str): ``<AccountType>``. Redundancy: Standard_LRS, Standard_ZRS, Standard_GRS, Standard_RAGRS
            or Premium_LRS.
    """

    description: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    endpoints: list[str] | None = attrs.field(default=None, kw_only=True)
    geo_replication_enabled: bool | None = attrs.field(default=None, kw_only=True)
    geo_primary_region: str | None = attrs.field(default=None, kw_only=True)
    status_of_primary: str | None = attrs.field(default=None, kw_only=True)
    geo_secondary_region: str | None = attrs.field(default=None, kw_only=True)
    status_of_secondary: str | None = attrs.field(default=None, kw_only=True)
    last_geo_failover_time: datetime | None = attrs.field(default=None, kw_only=True)
    creation_time: datetime | None = attrs.field(default=None, kw_only=True)
    custom_domains: list[CustomDomain] | None = attrs.field(default=None, kw_only=True)
    secondary_read_enabled: bool | None = attrs.field(default=None, kw_only=True)
    secondary_endpoints: list[str] | None = attrs.field(default=None, kw_only=True)
    account_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class StorageCapabilities:
    """Storage options of a region.

    Attributes:
        storage_account_types (list[str]): ``<StorageAccountTypes>``. Replication types a storage account may use there (Standard_LRS,
            ...).
    """

    storage_account_types: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class StorageService:
    """A storage account. Property and list calls fill the properties; the keys calls fill
    only url and storage_service_keys.

    Attributes:
        url (str): ``<Url>``. Management URL of the account.
        service_name (str): ``<ServiceName>``. The account name (3-24 lower-case letters and digits).
        storage_service_properties (StorageAccountProperties): ``<StorageServiceProperties>``. Description, placement, state and replication of the account.
        storage_service_keys (StorageServiceKeys): ``<StorageServiceKeys>``. Access keys (only from get_storage_account_keys and
            regenerate_storage_account_keys).
        extended_properties (dict[str, str]): ``<ExtendedProperties>``. User-defined name/value pairs (Azure adds ResourceGroup and
            ResourceLocation).
        capabilities (list[str]): ``<Capabilities>``. Features the account supports.
    """

    url: str | None = attrs.field(default=None, kw_only=True)
    service_name: str | None = attrs.field(default=None, kw_only=True)
    storage_service_properties: StorageAccountProperties | None = attrs.field(default=None, kw_only=True)
    storage_service_keys: StorageServiceKeys | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    capabilities: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class StorageServiceKeys:
    """The two access keys of a storage account.

    Attributes:
        primary (str): ``<Primary>``. The primary access key (base64).
        secondary (str): ``<Secondary>``. The secondary access key (base64).
    """

    primary: str | None = attrs.field(default=None, kw_only=True)
    secondary: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class Subnet:
    """A subnet of a virtual network.

    Attributes:
        name (str): ``<Name>``. Subnet name.
        address_prefix (str): ``<AddressPrefix>``. Address range of the subnet in CIDR notation.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network security group applied to the subnet, if any.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address_prefix: str | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
        created_time (datetime): ``<CreatedTime>``
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
    max_core_count: int | None = attrs.field(default=None, kw_only=True)
    max_storage_accounts: int | None = attrs.field(default=None, kw_only=True)
    max_hosted_services: int | None = attrs.field(default=None, kw_only=True)
    current_core_count: int | None = attrs.field(default=None, kw_only=True)
    current_hosted_services: int | None = attrs.field(default=None, kw_only=True)
    current_storage_accounts: int | None = attrs.field(default=None, kw_only=True)
    max_virtual_network_sites: int | None = attrs.field(default=None, kw_only=True)
    current_virtual_network_sites: int | None = attrs.field(default=None, kw_only=True)
    max_local_network_sites: int | None = attrs.field(default=None, kw_only=True)
    max_dns_servers: int | None = attrs.field(default=None, kw_only=True)
    offer_categories: str | None = attrs.field(default=None, kw_only=True)
    aad_tenant_id: str | None = attrs.field(default=None, kw_only=True)
    created_time: datetime | None = attrs.field(default=None, kw_only=True)
    max_reserved_ips: int | None = attrs.field(default=None, kw_only=True)
    current_reserved_ips: int | None = attrs.field(default=None, kw_only=True)
    max_public_ip_count: int | None = attrs.field(default=None, kw_only=True)
    current_network_security_groups: int | None = attrs.field(default=None, kw_only=True)
    max_network_security_groups: int | None = attrs.field(default=None, kw_only=True)
    max_network_security_rules_per_group: int | None = attrs.field(default=None, kw_only=True)
    current_route_tables: int | None = attrs.field(default=None, kw_only=True)
    max_route_tables: int | None = attrs.field(default=None, kw_only=True)
    max_routes_per_route_table: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class SubscriptionCertificate:
    """A management certificate: a certificate that may authenticate Service Management
    calls for the subscription.

    Attributes:
        subscription_certificate_public_key (str): ``<SubscriptionCertificatePublicKey>``. Base64 of the certificate's public key.
        subscription_certificate_thumbprint (str): ``<SubscriptionCertificateThumbprint>``. Thumbprint (hex) of the certificate.
        subscription_certificate_data (str): ``<SubscriptionCertificateData>``. Base64 of the certificate's raw data (.cer).
        created (datetime): ``<Created>``. When the certificate was added.
    """

    subscription_certificate_public_key: str | None = attrs.field(default=None, kw_only=True)
    subscription_certificate_thumbprint: str | None = attrs.field(default=None, kw_only=True)
    subscription_certificate_data: str | None = attrs.field(default=None, kw_only=True)
    created: datetime | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class SubscriptionOperation:
    """One entry of the subscription's operation log.

    Attributes:
        operation_id (str): ``<OperationId>``
        operation_object_id (str): ``<OperationObjectId>``. Management path of the object the operation acted on.
        operation_name (str): ``<OperationName>``
        operation_parameters (list[SubscriptionOperationParameter]): ``<OperationParameters>``. Parameters the operation was called with.
        operation_caller (OperationCaller): ``<OperationCaller>``. Who started the operation.
        operation_status (SubscriptionOperationStatus): ``<OperationStatus>``. How the operation ended, or that it is still running.
        operation_started_time (datetime): ``<OperationStartedTime>``
        operation_completed_time (datetime): ``<OperationCompletedTime>``
        operation_kind (str): ``<OperationKind>``
    """

    operation_id: str | None = attrs.field(default=None, kw_only=True)
    operation_object_id: str | None = attrs.field(default=None, kw_only=True)
    operation_name: str | None = attrs.field(default=None, kw_only=True)
    operation_parameters: list[SubscriptionOperationParameter] | None = attrs.field(default=None, kw_only=True)
    operation_caller: OperationCaller | None = attrs.field(default=None, kw_only=True)
    operation_status: SubscriptionOperationStatus | None = attrs.field(default=None, kw_only=True)
    operation_started_time: datetime | None = attrs.field(default=None, kw_only=True)
    operation_completed_time: datetime | None = attrs.field(default=None, kw_only=True)
    operation_kind: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class SubscriptionOperationCollection:
    """One page of the subscription's operation log.

    Attributes:
        subscription_operations (list[SubscriptionOperation]): ``<SubscriptionOperations>``. The operations on this page.
        continuation_token (str): ``<ContinuationToken>``. Pass to the next call to get the next page; absent on the last page.
    """

    subscription_operations: list[SubscriptionOperation] | None = attrs.field(default=None, kw_only=True)
    continuation_token: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class SubscriptionOperationStatus:
    """Outcome of a logged operation.

    Attributes:
        id (str): ``<ID>``
        status (str): ``<Status>``. InProgress, Succeeded or Failed.
        http_status_code (int): ``<HttpStatusCode>``
        error (Error): ``<Error>``
    """

    id: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    http_status_code: int | None = attrs.field(default=None, kw_only=True)
    error: Error | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class Swap:
    """Body of a swap-deployment request.

    Attributes:
        production (str): ``<Production>``
        source_deployment (str): ``<SourceDeployment>``
    """

    production: str | None = attrs.field(default=None, kw_only=True)
    source_deployment: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class UnattendComponent:
    """A Windows setup component and its settings.

    Attributes:
        component_name (str): ``<ComponentName>``. Component name.
        component_settings (list[ComponentSetting]): ``<ComponentSettings>``. Settings of the component.
    """

    component_name: str | None = attrs.field(default=None, kw_only=True)
    component_settings: list[ComponentSetting] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class UnattendPass:
    """One Windows setup pass.

    Attributes:
        pass_name (str): ``<PassName>``. Pass name, such as oobeSystem.
        components (list[UnattendComponent]): ``<Components>``. Components configured in the pass.
    """

    pass_name: str | None = attrs.field(default=None, kw_only=True)
    components: list[UnattendComponent] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class UpdateAffinityGroup:
    """Body of an update-affinity-group request.

    Attributes:
        label (str): ``<Label>``
        description (str): ``<Description>``
    """

    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class UpdateDeploymentStatus:
    """Body of an update-deployment-status request.

    Attributes:
        status (str): ``<Status>``
    """

    status: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class UpdateStorageServiceInput:
    """Body of an update-storage-account request; absent elements are left unchanged.

    Attributes:
        description (str): ``<Description>``
        label (str): ``<Label>``
        geo_replication_enabled (bool): ``<GeoReplicationEnabled>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        custom_domains (list[CustomDomain]): ``<CustomDomains>``
        secondary_read_enabled (bool): ``<SecondaryReadEnabled>``
        account_type (str): ``<AccountType>``
    """

    description: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    geo_replication_enabled: bool | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    custom_domains: list[CustomDomain] | None = attrs.field(default=None, kw_only=True)
    secondary_read_enabled: bool | None = attrs.field(default=None, kw_only=True)
    account_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    force: bool | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    extension_configuration: ExtensionConfiguration | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class UpgradeStatus:
    """Where an in-place upgrade of a deployment stands.

    Attributes:
        upgrade_type (str): ``<UpgradeType>``. Auto, Manual or Simultaneous.
        current_upgrade_domain_state (str): ``<CurrentUpgradeDomainState>``. Before or During.
        current_upgrade_domain (int): ``<CurrentUpgradeDomain>``. The upgrade domain being upgraded.
    """

    upgrade_type: str | None = attrs.field(default=None, kw_only=True)
    current_upgrade_domain_state: str | None = attrs.field(default=None, kw_only=True)
    current_upgrade_domain: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
        data_disk_configurations (list[DataDiskConfiguration]): ``<DataDiskConfigurations>``. The data disks.
        service_name (str): ``<ServiceName>``. Cloud service of the captured machine.
        deployment_name (str): ``<DeploymentName>``. Deployment of the captured machine.
        role_name (str): ``<RoleName>``. The captured machine.
        affinity_group (str): ``<AffinityGroup>``. Affinity group of the image.
        location (str): ``<Location>``. Regions the image is available in, separated by semicolons.
        created_time (datetime): ``<CreatedTime>``. When the image was created.
        modified_time (datetime): ``<ModifiedTime>``. When the image was last changed.
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
    os_disk_configuration: OSDiskConfiguration | None = attrs.field(default=None, kw_only=True)
    data_disk_configurations: list[DataDiskConfiguration] | None = attrs.field(default=None, kw_only=True)
    service_name: str | None = attrs.field(default=None, kw_only=True)
    deployment_name: str | None = attrs.field(default=None, kw_only=True)
    role_name: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    created_time: datetime | None = attrs.field(default=None, kw_only=True)
    modified_time: datetime | None = attrs.field(default=None, kw_only=True)
    language: str | None = attrs.field(default=None, kw_only=True)
    image_family: str | None = attrs.field(default=None, kw_only=True)
    recommended_vm_size: str | None = attrs.field(default=None, kw_only=True)
    is_premium: bool | None = attrs.field(default=None, kw_only=True)
    eula: str | None = attrs.field(default=None, kw_only=True)
    icon_uri: str | None = attrs.field(default=None, kw_only=True)
    small_icon_uri: str | None = attrs.field(default=None, kw_only=True)
    privacy_uri: str | None = attrs.field(default=None, kw_only=True)
    publisher_name: str | None = attrs.field(default=None, kw_only=True)
    published_date: str | None = attrs.field(default=None, kw_only=True)
    show_in_gui: bool | None = attrs.field(default=None, kw_only=True)
    pricing_detail_link: str | None = attrs.field(default=None, kw_only=True)
    vm_image_state: str | None = attrs.field(default=None, kw_only=True)
    role_state_on_capture: str | None = attrs.field(default=None, kw_only=True)
    role_size_on_capture: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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
    is_dns_programmed: bool | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    is_reserved: bool | None = attrs.field(default=None, kw_only=True)
    reserved_ip_name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class VirtualMachineDeployment:
    """Request to create a deployment holding one virtual machine.

    Attributes:
        name (str): ``<Name>``. Deployment name.
        deployment_slot (str): ``<DeploymentSlot>``. production or staging.
        label (str): ``<Label>``. Display name (plain text in this request).
        role_list (list[Role]): ``<RoleList>``. The virtual machine to create.
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
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class VirtualMachineDns:
    """DNS settings sent with a virtual machine deployment.

    Attributes:
        dns_servers (list[DnsServer]): ``<DnsServers>``. The DNS servers.
    """

    dns_servers: list[DnsServer] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class VirtualNetworkDns:
    """DNS settings of a virtual network.

    Attributes:
        dns_servers (list[DnsServer]): ``<DnsServers>``. DNS servers handed to machines in the network.
    """

    dns_servers: list[DnsServer] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class VirtualNetworkGateway:
    """The VPN gateway of a virtual network.

    Attributes:
        profile (str): ``<Profile>``. Gateway size: Small, Medium, Large or ExtraLarge.
        sites (list[LocalNetworkSite]): ``<Sites>``. Local network sites the gateway connects to.
        vpn_client_address_pool (AddressSpace): ``<VPNClientAddressPool>``. Addresses handed out to point-to-site VPN clients.
    """

    profile: str | None = attrs.field(default=None, kw_only=True)
    sites: list[LocalNetworkSite] | None = attrs.field(default=None, kw_only=True)
    vpn_client_address_pool: AddressSpace | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class VirtualNetworkSite:
    """A virtual network configured in the subscription.

    Attributes:
        name (str): ``<Name>``. Network name.
        id (str): ``<Id>``. Unique identifier (a GUID) of the network.
        label (str): ``<Label>``. Display name of the network.
        affinity_group (str): ``<AffinityGroup>``. Affinity group of the network (older, affinity-group based
            networks).
        state (str): ``<State>``. Created, Creating, Updating, Deleting or Unavailable.
        in_use (bool): ``<InUse>``. Whether any deployment uses the network.
        address_space (AddressSpace): ``<AddressSpace>``. Address ranges of the whole network.
        subnets (list[Subnet]): ``<Subnets>``. Subnets of the network.
        dns (VirtualNetworkDns): ``<Dns>``. DNS servers of the network.
        gateway (VirtualNetworkGateway): ``<Gateway>``. VPN gateway, when one is configured.
        location (str): ``<Location>``. Region of the network (regional networks).
        migration_state (str): ``<MigrationState>``. Progress of a migration to Resource Manager, if one was started.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    id: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    in_use: bool | None = attrs.field(default=None, kw_only=True)
    address_space: AddressSpace | None = attrs.field(default=None, kw_only=True)
    subnets: list[Subnet] | None = attrs.field(default=None, kw_only=True)
    dns: VirtualNetworkDns | None = attrs.field(default=None, kw_only=True)
    gateway: VirtualNetworkGateway | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    migration_state: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class WalkUpgradeDomain:
    """Body of a walk-upgrade-domain request.

    Attributes:
        upgrade_domain (int): ``<UpgradeDomain>``
    """

    upgrade_domain: int | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
class WinRM:
    """Windows Remote Management settings of a Windows machine.

    Attributes:
        listeners (list[Listener]): ``<Listeners>``. The WinRM listeners.
    """

    listeners: list[Listener] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=True, eq=True)
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


@attrs.define(slots=True, eq=True)
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
        stored_certificate_settings (list[CertificateSetting]): ``<StoredCertificateSettings>``. Windows: service certificates to install in the machine.
        win_rm (WinRM): ``<WinRM>``. Windows: WinRM listeners.
        admin_username (str): ``<AdminUsername>``. Windows: administrator account name.
        ssh (SSH): ``<SSH>``. Linux: SSH public keys and key pairs to install.
        additional_unattend_content (AdditionalUnattendContent): ``<AdditionalUnattendContent>``. Windows: extra unattend.xml content.
        input_endpoints (list[ConfigurationSetInputEndpoint]): ``<InputEndpoints>``. Network: public endpoints of the machine.
        subnet_names (list[str]): ``<SubnetNames>``. Network: virtual network subnets the machine joins.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Network: fixed private address in the virtual network.
        public_ips (list[ConfigurationSetPublicIP]): ``<PublicIPs>``. Network: instance-level public IP addresses.
        network_interfaces (list[ConfigurationSetNetworkInterface]): ``<NetworkInterfaces>``. Network: secondary network interfaces.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network: network security group applied to the machine.
    """

    host_name: str | None = None
    user_name: str | None = None
    user_password: str | None = None
    disable_ssh_password_authentication: bool | None = None
    custom_data: str | None = None
    configuration_set_type: str | None = attrs.field(default='LinuxProvisioningConfiguration', kw_only=True)
    computer_name: str | None = attrs.field(default=None, kw_only=True)
    admin_password: str | None = attrs.field(default=None, kw_only=True)
    reset_password_on_first_logon: bool | None = attrs.field(default=None, kw_only=True)
    enable_automatic_updates: bool | None = attrs.field(default=None, kw_only=True)
    time_zone: str | None = attrs.field(default=None, kw_only=True)
    domain_join: DomainJoin | None = attrs.field(default=None, kw_only=True)
    stored_certificate_settings: list[CertificateSetting] | None = attrs.field(default=None, kw_only=True)
    win_rm: WinRM | None = attrs.field(default=None, kw_only=True)
    admin_username: str | None = attrs.field(default=None, kw_only=True)
    ssh: SSH | None = attrs.field(default=None, kw_only=True)
    additional_unattend_content: AdditionalUnattendContent | None = attrs.field(default=None, kw_only=True)
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = attrs.field(default=None, kw_only=True)
    subnet_names: list[str] | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    public_ips: list[ConfigurationSetPublicIP] | None = attrs.field(default=None, kw_only=True)
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)


@attrs.define(slots=True, eq=True)
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
        stored_certificate_settings (list[CertificateSetting]): ``<StoredCertificateSettings>``. Windows: service certificates to install in the machine.
        win_rm (WinRM): ``<WinRM>``. Windows: WinRM listeners.
        host_name (str): ``<HostName>``. Linux: host name.
        user_name (str): ``<UserName>``. Linux: name of the user account to create.
        user_password (str): ``<UserPassword>``. Linux: password of that account.
        disable_ssh_password_authentication (bool): ``<DisableSshPasswordAuthentication>``. Linux: allow only key-based SSH logons.
        ssh (SSH): ``<SSH>``. Linux: SSH public keys and key pairs to install.
        additional_unattend_content (AdditionalUnattendContent): ``<AdditionalUnattendContent>``. Windows: extra unattend.xml content.
        input_endpoints (list[ConfigurationSetInputEndpoint]): ``<InputEndpoints>``. Network: public endpoints of the machine.
        subnet_names (list[str]): ``<SubnetNames>``. Network: virtual network subnets the machine joins.
        static_virtual_network_ip_address (str): ``<StaticVirtualNetworkIPAddress>``. Network: fixed private address in the virtual network.
        public_ips (list[ConfigurationSetPublicIP]): ``<PublicIPs>``. Network: instance-level public IP addresses.
        network_interfaces (list[ConfigurationSetNetworkInterface]): ``<NetworkInterfaces>``. Network: secondary network interfaces.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network: network security group applied to the machine.
    """

    computer_name: str | None = None
    admin_password: str | None = None
    reset_password_on_first_logon: bool | None = None
    enable_automatic_updates: bool | None = None
    time_zone: str | None = None
    admin_username: str | None = None
    custom_data: str | None = None
    configuration_set_type: str | None = attrs.field(default='WindowsProvisioningConfiguration', kw_only=True)
    domain_join: DomainJoin | None = attrs.field(default=None, kw_only=True)
    stored_certificate_settings: list[CertificateSetting] | None = attrs.field(default=None, kw_only=True)
    win_rm: WinRM | None = attrs.field(default=None, kw_only=True)
    host_name: str | None = attrs.field(default=None, kw_only=True)
    user_name: str | None = attrs.field(default=None, kw_only=True)
    user_password: str | None = attrs.field(default=None, kw_only=True)
    disable_ssh_password_authentication: bool | None = attrs.field(default=None, kw_only=True)
    ssh: SSH | None = attrs.field(default=None, kw_only=True)
    additional_unattend_content: AdditionalUnattendContent | None = attrs.field(default=None, kw_only=True)
    input_endpoints: list[ConfigurationSetInputEndpoint] | None = attrs.field(default=None, kw_only=True)
    subnet_names: list[str] | None = attrs.field(default=None, kw_only=True)
    static_virtual_network_ip_address: str | None = attrs.field(default=None, kw_only=True)
    public_ips: list[ConfigurationSetPublicIP] | None = attrs.field(default=None, kw_only=True)
    network_interfaces: list[ConfigurationSetNetworkInterface] | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
