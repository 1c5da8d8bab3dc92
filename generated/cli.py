"""The `asm` command line: one command per operation of the spec.

    asm <area> <operation> [args]      e.g.  asm hosted-services list-locations

`<area>` is the operation's spec/operations/*.toml file and `<operation>` the Python method,
both with dashes.  Required parameters are positional (in order) or --flags; optional ones
are --flags.  Model parameters take JSON (inline, or @FILE), built into the generated model
classes from `MODELS`.  Everything generic (credentials, JSON in and out, tables, waiting,
exit codes) lives in `asm_sdk_runtime.cli`.

Generated from spec/ by codegen; do not edit.  Not imported by `generated/__init__.py`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection

from asm_sdk_runtime import cli as rt

# Client class -> module of `generated` that defines it.
SERVICES = {
    'SchedulerManagementService': 'generated.scheduler_management',
    'ServiceBusManagementService': 'generated.service_bus_management',
    'ServiceManagementService': 'generated.service_management',
    'SqlDatabaseManagementService': 'generated.sql_database_management',
    'WebsiteManagementService': 'generated.website_management',
}

# Model -> fields as (attribute, XML tag, kind, item kind, model, list class); the kinds
# are the spec's (str b64 int bool float datetime struct list map).
MODELS: dict[str, tuple[tuple[str, str, str, str | None, str | None, str | None], ...]] = {
    'AdditionalUnattendContent': (
        ('passes', 'Passes', 'list', 'struct', 'UnattendPass', 'UnattendPasses'),
    ),
    'AddressSpace': (
        ('address_prefixes', 'AddressPrefixes', 'list', 'str', None, 'AddressPrefixes'),
    ),
    'AffinityGroup': (
        ('name', 'Name', 'str', None, None, None),
        ('label', 'Label', 'b64', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('hosted_services', 'HostedServices', 'list', 'struct', 'HostedService', 'HostedServices'),
        ('storage_services', 'StorageServices', 'list', 'struct', 'StorageService', 'StorageServices'),
        ('capabilities', 'Capabilities', 'list', 'str', None, 'CapabilityNames'),
        ('created_time', 'CreatedTime', 'datetime', None, None, None),
        ('compute_capabilities', 'ComputeCapabilities', 'struct', None, 'ComputeCapabilities', None),
    ),
    'AttachedTo': (
        ('hosted_service_name', 'HostedServiceName', 'str', None, None, None),
        ('deployment_name', 'DeploymentName', 'str', None, None, None),
        ('role_name', 'RoleName', 'str', None, None, None),
    ),
    'AuthorizationRule': (
        ('claim_type', 'ClaimType', 'str', None, None, None),
        ('claim_value', 'ClaimValue', 'str', None, None, None),
        ('rights', 'Rights', 'list', 'str', None, 'AuthorizationRuleRights'),
        ('created_time', 'CreatedTime', 'datetime', None, None, None),
        ('modified_time', 'ModifiedTime', 'datetime', None, None, None),
        ('key_name', 'KeyName', 'str', None, None, None),
        ('primary_key', 'PrimaryKey', 'str', None, None, None),
        ('secondary_key', 'SecondaryKey', 'str', None, None, None),
    ),
    'AvailabilityResponse': (
        ('result', 'Result', 'bool', None, None, None),
        ('reason', 'Reason', 'str', None, None, None),
    ),
    'CaptureRoleAsVMImage': (
        ('operation_type', 'OperationType', 'str', None, None, None),
        ('os_state', 'OSState', 'str', None, None, None),
        ('vm_image_name', 'VMImageName', 'str', None, None, None),
        ('vm_image_label', 'VMImageLabel', 'str', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('language', 'Language', 'str', None, None, None),
        ('image_family', 'ImageFamily', 'str', None, None, None),
        ('recommended_vm_size', 'RecommendedVMSize', 'str', None, None, None),
    ),
    'Certificate': (
        ('certificate_url', 'CertificateUrl', 'str', None, None, None),
        ('thumbprint', 'Thumbprint', 'str', None, None, None),
        ('thumbprint_algorithm', 'ThumbprintAlgorithm', 'str', None, None, None),
        ('data', 'Data', 'str', None, None, None),
    ),
    'CertificateSetting': (
        ('store_location', 'StoreLocation', 'str', None, None, None),
        ('store_name', 'StoreName', 'str', None, None, None),
        ('thumbprint', 'Thumbprint', 'str', None, None, None),
    ),
    'CloudService': (
        ('name', 'Name', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('geo_region', 'GeoRegion', 'str', None, None, None),
        ('resources', 'Resources', 'list', 'struct', 'CloudServiceResource', 'CloudServiceResources'),
    ),
    'CloudServiceResource': (
        ('resource_provider_namespace', 'ResourceProviderNamespace', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('schema_version', 'SchemaVersion', 'str', None, None, None),
        ('e_tag', 'ETag', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('intrinsic_settings', 'IntrinsicSettings', 'struct', None, 'JobCollectionIntrinsicSettings', None),
        ('operation_status', 'OperationStatus', 'struct', None, 'ResourceOperationStatus', None),
        ('label', 'Label', 'str', None, None, None),
    ),
    'ComponentSetting': (
        ('setting_name', 'SettingName', 'str', None, None, None),
        ('content', 'Content', 'str', None, None, None),
    ),
    'ComputeCapabilities': (
        ('web_worker_role_sizes', 'WebWorkerRoleSizes', 'list', 'str', None, 'RoleSizeNames'),
        ('virtual_machines_role_sizes', 'VirtualMachinesRoleSizes', 'list', 'str', None, 'RoleSizeNames'),
    ),
    'ConfigurationSet': (
        ('configuration_set_type', 'ConfigurationSetType', 'str', None, None, None),
        ('computer_name', 'ComputerName', 'str', None, None, None),
        ('admin_password', 'AdminPassword', 'str', None, None, None),
        ('reset_password_on_first_logon', 'ResetPasswordOnFirstLogon', 'bool', None, None, None),
        ('enable_automatic_updates', 'EnableAutomaticUpdates', 'bool', None, None, None),
        ('time_zone', 'TimeZone', 'str', None, None, None),
        ('domain_join', 'DomainJoin', 'struct', None, 'DomainJoin', None),
        ('stored_certificate_settings', 'StoredCertificateSettings', 'list', 'struct', 'CertificateSetting', 'StoredCertificateSettings'),
        ('win_rm', 'WinRM', 'struct', None, 'WinRM', None),
        ('admin_username', 'AdminUsername', 'str', None, None, None),
        ('host_name', 'HostName', 'str', None, None, None),
        ('user_name', 'UserName', 'str', None, None, None),
        ('user_password', 'UserPassword', 'str', None, None, None),
        ('disable_ssh_password_authentication', 'DisableSshPasswordAuthentication', 'bool', None, None, None),
        ('ssh', 'SSH', 'struct', None, 'SSH', None),
        ('custom_data', 'CustomData', 'b64', None, None, None),
        ('additional_unattend_content', 'AdditionalUnattendContent', 'struct', None, 'AdditionalUnattendContent', None),
        ('input_endpoints', 'InputEndpoints', 'list', 'struct', 'ConfigurationSetInputEndpoint', 'ConfigurationSetInputEndpoints'),
        ('subnet_names', 'SubnetNames', 'list', 'str', None, 'ConfigurationSetSubnetNames'),
        ('static_virtual_network_ip_address', 'StaticVirtualNetworkIPAddress', 'str', None, None, None),
        ('public_ips', 'PublicIPs', 'list', 'struct', 'PublicIP', 'PublicIPs'),
        ('network_interfaces', 'NetworkInterfaces', 'list', 'struct', 'ConfigurationSetNetworkInterface', 'ConfigurationSetNetworkInterfaces'),
        ('network_security_group', 'NetworkSecurityGroup', 'str', None, None, None),
    ),
    'ConfigurationSetIPConfiguration': (
        ('subnet_name', 'SubnetName', 'str', None, None, None),
        ('static_virtual_network_ip_address', 'StaticVirtualNetworkIPAddress', 'str', None, None, None),
    ),
    'ConfigurationSetInputEndpoint': (
        ('load_balanced_endpoint_set_name', 'LoadBalancedEndpointSetName', 'str', None, None, None),
        ('local_port', 'LocalPort', 'int', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('port', 'Port', 'int', None, None, None),
        ('load_balancer_probe', 'LoadBalancerProbe', 'struct', None, 'LoadBalancerProbe', None),
        ('load_balancer_name', 'LoadBalancerName', 'str', None, None, None),
        ('protocol', 'Protocol', 'str', None, None, None),
        ('vip', 'Vip', 'str', None, None, None),
        ('enable_direct_server_return', 'EnableDirectServerReturn', 'bool', None, None, None),
        ('endpoint_acl', 'EndpointAcl', 'struct', None, 'EndpointAcl', None),
        ('idle_timeout_in_minutes', 'IdleTimeoutInMinutes', 'int', None, None, None),
        ('load_distribution', 'LoadDistribution', 'str', None, None, None),
        ('virtual_ip_name', 'VirtualIPName', 'str', None, None, None),
    ),
    'ConfigurationSetNetworkInterface': (
        ('name', 'Name', 'str', None, None, None),
        ('ip_configurations', 'IPConfigurations', 'list', 'struct', 'ConfigurationSetIPConfiguration', 'ConfigurationSetIPConfigurations'),
        ('network_security_group', 'NetworkSecurityGroup', 'str', None, None, None),
        ('ip_forwarding', 'IPForwarding', 'str', None, None, None),
    ),
    'CountDetails': (
        ('active_message_count', 'ActiveMessageCount', 'int', None, None, None),
        ('dead_letter_message_count', 'DeadLetterMessageCount', 'int', None, None, None),
        ('scheduled_message_count', 'ScheduledMessageCount', 'int', None, None, None),
        ('transfer_message_count', 'TransferMessageCount', 'int', None, None, None),
        ('transfer_dead_letter_message_count', 'TransferDeadLetterMessageCount', 'int', None, None, None),
    ),
    'CreateServerResponse': (
        ('server_name', '', 'str', None, None, None),
        ('fully_qualified_domain_name', 'FullyQualifiedDomainName', 'str', None, None, None),
    ),
    'CustomDomain': (
        ('name', 'Name', 'str', None, None, None),
        ('use_sub_domain_name', 'UseSubDomainName', 'bool', None, None, None),
    ),
    'DataDiskConfiguration': (
        ('name', 'Name', 'str', None, None, None),
        ('host_caching', 'HostCaching', 'str', None, None, None),
        ('lun', 'Lun', 'int', None, None, None),
        ('media_link', 'MediaLink', 'str', None, None, None),
        ('logical_disk_size_in_gb', 'LogicalDiskSizeInGB', 'int', None, None, None),
        ('io_type', 'IOType', 'str', None, None, None),
    ),
    'DataVirtualHardDisk': (
        ('host_caching', 'HostCaching', 'str', None, None, None),
        ('disk_label', 'DiskLabel', 'str', None, None, None),
        ('disk_name', 'DiskName', 'str', None, None, None),
        ('lun', 'Lun', 'int', None, None, None),
        ('logical_disk_size_in_gb', 'LogicalDiskSizeInGB', 'int', None, None, None),
        ('media_link', 'MediaLink', 'str', None, None, None),
        ('source_media_link', 'SourceMediaLink', 'str', None, None, None),
        ('io_type', 'IOType', 'str', None, None, None),
    ),
    'Database': (
        ('name', 'Name', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('self_link', 'SelfLink', 'str', None, None, None),
        ('parent_link', 'ParentLink', 'str', None, None, None),
        ('id', 'Id', 'int', None, None, None),
        ('edition', 'Edition', 'str', None, None, None),
        ('max_size_gb', 'MaxSizeGB', 'int', None, None, None),
        ('collation_name', 'CollationName', 'str', None, None, None),
        ('creation_date', 'CreationDate', 'datetime', None, None, None),
        ('is_federation_root', 'IsFederationRoot', 'bool', None, None, None),
        ('is_system_object', 'IsSystemObject', 'bool', None, None, None),
        ('size_mb', 'SizeMB', 'float', None, None, None),
        ('max_size_bytes', 'MaxSizeBytes', 'int', None, None, None),
        ('service_objective_id', 'ServiceObjectiveId', 'str', None, None, None),
        ('assigned_service_objective_id', 'AssignedServiceObjectiveId', 'str', None, None, None),
        ('service_objective_assignment_state', 'ServiceObjectiveAssignmentState', 'int', None, None, None),
        ('service_objective_assignment_state_description', 'ServiceObjectiveAssignmentStateDescription', 'str', None, None, None),
        ('service_objective_assignment_error_code', 'ServiceObjectiveAssignmentErrorCode', 'int', None, None, None),
        ('service_objective_assignment_error_description', 'ServiceObjectiveAssignmentErrorDescription', 'str', None, None, None),
        ('service_objective_assignment_success_date', 'ServiceObjectiveAssignmentSuccessDate', 'datetime', None, None, None),
        ('recovery_period_start_date', 'RecoveryPeriodStartDate', 'datetime', None, None, None),
        ('is_suspended', 'IsSuspended', 'bool', None, None, None),
    ),
    'Deployment': (
        ('name', 'Name', 'str', None, None, None),
        ('deployment_slot', 'DeploymentSlot', 'str', None, None, None),
        ('private_id', 'PrivateID', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('label', 'Label', 'b64', None, None, None),
        ('url', 'Url', 'str', None, None, None),
        ('configuration', 'Configuration', 'b64', None, None, None),
        ('role_instance_list', 'RoleInstanceList', 'list', 'struct', 'RoleInstance', 'RoleInstanceList'),
        ('upgrade_status', 'UpgradeStatus', 'struct', None, 'UpgradeStatus', None),
        ('upgrade_domain_count', 'UpgradeDomainCount', 'int', None, None, None),
        ('role_list', 'RoleList', 'list', 'struct', 'Role', 'RoleList'),
        ('sdk_version', 'SdkVersion', 'str', None, None, None),
        ('input_endpoint_list', 'InputEndpointList', 'list', 'struct', 'DeploymentInputEndpoint', 'DeploymentInputEndpoints'),
        ('locked', 'Locked', 'bool', None, None, None),
        ('rollback_allowed', 'RollbackAllowed', 'bool', None, None, None),
        ('created_time', 'CreatedTime', 'datetime', None, None, None),
        ('last_modified_time', 'LastModifiedTime', 'datetime', None, None, None),
        ('virtual_network_name', 'VirtualNetworkName', 'str', None, None, None),
        ('dns', 'Dns', 'struct', None, 'DeploymentDns', None),
        ('extended_properties', 'ExtendedProperties', 'map', 'struct', 'ExtendedProperty', None),
        ('persistent_vm_downtime_info', 'PersistentVMDowntime', 'struct', None, 'PersistentVMDowntimeInfo', None),
        ('virtual_ips', 'VirtualIPs', 'list', 'struct', 'VirtualIP', 'VirtualIPs'),
        ('extension_configuration', 'ExtensionConfiguration', 'struct', None, 'ExtensionConfiguration', None),
        ('reserved_ip_name', 'ReservedIPName', 'str', None, None, None),
        ('internal_dns_suffix', 'InternalDnsSuffix', 'str', None, None, None),
        ('load_balancers', 'LoadBalancers', 'list', 'struct', 'DeploymentLoadBalancer', 'DeploymentLoadBalancers'),
    ),
    'DeploymentDns': (
        ('dns_servers', 'DnsServers', 'list', 'struct', 'DeploymentDnsServer', 'DeploymentDnsServers'),
    ),
    'DeploymentDnsServer': (
        ('name', 'Name', 'str', None, None, None),
        ('address', 'Address', 'str', None, None, None),
    ),
    'DeploymentExtension': (
        ('id', 'Id', 'str', None, None, None),
        ('sequence_number', 'SequenceNumber', 'int', None, None, None),
        ('state', 'State', 'str', None, None, None),
    ),
    'DeploymentInputEndpoint': (
        ('role_name', 'RoleName', 'str', None, None, None),
        ('vip', 'Vip', 'str', None, None, None),
        ('port', 'Port', 'int', None, None, None),
    ),
    'DeploymentLoadBalancer': (
        ('name', 'Name', 'str', None, None, None),
        ('frontend_ip_configuration', 'FrontendIpConfiguration', 'struct', None, 'LoadBalancerFrontendIpConfiguration', None),
    ),
    'DimensionSetting': (
        ('name', 'Name', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('self_link', 'SelfLink', 'str', None, None, None),
        ('parent_link', 'ParentLink', 'str', None, None, None),
        ('id', 'Id', 'str', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('ordinal', 'Ordinal', 'int', None, None, None),
        ('is_default', 'IsDefault', 'bool', None, None, None),
    ),
    'Disk': (
        ('affinity_group', 'AffinityGroup', 'str', None, None, None),
        ('attached_to', 'AttachedTo', 'struct', None, 'AttachedTo', None),
        ('has_operating_system', 'HasOperatingSystem', 'bool', None, None, None),
        ('is_corrupted', 'IsCorrupted', 'bool', None, None, None),
        ('os', 'OS', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('logical_disk_size_in_gb', 'LogicalDiskSizeInGB', 'int', None, None, None),
        ('media_link', 'MediaLink', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('source_image_name', 'SourceImageName', 'str', None, None, None),
        ('created_time', 'CreatedTime', 'datetime', None, None, None),
        ('io_type', 'IOType', 'str', None, None, None),
    ),
    'DnsServer': (
        ('name', 'Name', 'str', None, None, None),
        ('address', 'Address', 'str', None, None, None),
    ),
    'DomainJoin': (
        ('credentials', 'Credentials', 'struct', None, 'DomainJoinCredentials', None),
        ('join_domain', 'JoinDomain', 'str', None, None, None),
        ('machine_object_ou', 'MachineObjectOU', 'str', None, None, None),
        ('provisioning', 'Provisioning', 'struct', None, 'DomainJoinProvisioning', None),
    ),
    'DomainJoinCredentials': (
        ('domain', 'Domain', 'str', None, None, None),
        ('username', 'Username', 'str', None, None, None),
        ('password', 'Password', 'str', None, None, None),
    ),
    'DomainJoinProvisioning': (
        ('account_data', 'AccountData', 'str', None, None, None),
    ),
    'EndpointAcl': (
        ('rules', 'Rules', 'list', 'struct', 'EndpointAclRule', 'EndpointAclRules'),
    ),
    'EndpointAclRule': (
        ('order', 'Order', 'int', None, None, None),
        ('action', 'Action', 'str', None, None, None),
        ('remote_subnet', 'RemoteSubnet', 'str', None, None, None),
        ('description', 'Description', 'str', None, None, None),
    ),
    'Error': (
        ('code', 'Code', 'str', None, None, None),
        ('message', 'Message', 'str', None, None, None),
    ),
    'EventLog': (
        ('name', 'Name', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('self_link', 'SelfLink', 'str', None, None, None),
        ('parent_link', 'ParentLink', 'str', None, None, None),
        ('database_name', 'DatabaseName', 'str', None, None, None),
        ('start_time_utc', 'StartTimeUtc', 'datetime', None, None, None),
        ('interval_size_in_minutes', 'IntervalSizeInMinutes', 'int', None, None, None),
        ('event_category', 'EventCategory', 'str', None, None, None),
        ('event_type', 'EventType', 'str', None, None, None),
        ('event_subtype', 'EventSubtype', 'int', None, None, None),
        ('event_subtype_description', 'EventSubtypeDescription', 'str', None, None, None),
        ('number_of_events', 'NumberOfEvents', 'int', None, None, None),
        ('severity', 'Severity', 'int', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('additional_data', 'AdditionalData', 'str', None, None, None),
    ),
    'ExtensionConfiguration': (
        ('all_roles', 'AllRoles', 'list', 'struct', 'DeploymentExtension', 'DeploymentExtensions'),
        ('named_roles', 'NamedRoles', 'list', 'struct', 'ExtensionNamedRole', 'ExtensionNamedRoles'),
    ),
    'ExtensionNamedRole': (
        ('role_name', 'RoleName', 'str', None, None, None),
        ('extensions', 'Extensions', 'list', 'struct', 'DeploymentExtension', 'DeploymentExtensions'),
    ),
    'ExtensionSettingStatus': (
        ('timestamp', 'Timestamp', 'datetime', None, None, None),
        ('configuration_applied_time', 'Configurationappliedtime', 'datetime', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('operation', 'Operation', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('code', 'Code', 'int', None, None, None),
        ('formatted_message', 'FormattedMessage', 'struct', None, 'GuestAgentFormattedMessage', None),
        ('sub_status_list', 'SubStatusList', 'list', 'struct', 'ExtensionSubStatus', 'ExtensionSubStatusList'),
    ),
    'ExtensionSubStatus': (
        ('name', 'Name', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('code', 'Code', 'int', None, None, None),
        ('formatted_message', 'FormattedMessage', 'struct', None, 'GuestAgentFormattedMessage', None),
    ),
    'FirewallRule': (
        ('name', 'Name', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('self_link', 'SelfLink', 'str', None, None, None),
        ('parent_link', 'ParentLink', 'str', None, None, None),
        ('start_ip_address', 'StartIPAddress', 'str', None, None, None),
        ('end_ip_address', 'EndIPAddress', 'str', None, None, None),
    ),
    'GuestAgentFormattedMessage': (
        ('language', 'Language', 'str', None, None, None),
        ('message', 'Message', 'str', None, None, None),
    ),
    'GuestAgentMessage': (
        ('message_resource_id', 'MessageResourceId', 'str', None, None, None),
        ('param_list', 'ParamList', 'list', 'str', None, 'GuestAgentParamList'),
    ),
    'GuestAgentStatus': (
        ('protocol_version', 'ProtocolVersion', 'str', None, None, None),
        ('timestamp', 'Timestamp', 'datetime', None, None, None),
        ('guest_agent_version', 'GuestAgentVersion', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('code', 'Code', 'int', None, None, None),
        ('message', 'Message', 'struct', None, 'GuestAgentMessage', None),
        ('formatted_message', 'FormattedMessage', 'struct', None, 'GuestAgentFormattedMessage', None),
    ),
    'HostNameSslState': (
        ('host_type', 'HostType', 'str', None, None, None),
        ('ip_based_ssl_state', 'IPBasedSslState', 'str', None, None, None),
        ('ip_based_ssl_result', 'IpBasedSslResult', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('ssl_state', 'SslState', 'str', None, None, None),
        ('thumbprint', 'Thumbprint', 'str', None, None, None),
        ('to_update', 'ToUpdate', 'bool', None, None, None),
        ('to_update_ip_based_ssl', 'ToUpdateIpBasedSsl', 'bool', None, None, None),
        ('virtual_ip', 'VirtualIP', 'str', None, None, None),
    ),
    'HostedService': (
        ('url', 'Url', 'str', None, None, None),
        ('service_name', 'ServiceName', 'str', None, None, None),
        ('hosted_service_properties', 'HostedServiceProperties', 'struct', None, 'HostedServiceProperties', None),
        ('deployments', 'Deployments', 'list', 'struct', 'Deployment', 'Deployments'),
        ('default_win_rm_certificate_thumbprint', 'DefaultWinRMCertificateThumbprint', 'str', None, None, None),
        ('compute_capabilities', 'ComputeCapabilities', 'struct', None, 'ComputeCapabilities', None),
    ),
    'HostedServiceProperties': (
        ('description', 'Description', 'str', None, None, None),
        ('affinity_group', 'AffinityGroup', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('label', 'Label', 'b64', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('date_created', 'DateCreated', 'datetime', None, None, None),
        ('date_last_modified', 'DateLastModified', 'datetime', None, None, None),
        ('extended_properties', 'ExtendedProperties', 'map', 'struct', 'ExtendedProperty', None),
        ('guest_os_version', 'GuestOSVersion', 'str', None, None, None),
        ('reverse_dns_fqdn', 'ReverseDnsFqdn', 'str', None, None, None),
    ),
    'InstanceEndpoint': (
        ('name', 'Name', 'str', None, None, None),
        ('vip', 'Vip', 'str', None, None, None),
        ('public_port', 'PublicPort', 'int', None, None, None),
        ('local_port', 'LocalPort', 'int', None, None, None),
        ('protocol', 'Protocol', 'str', None, None, None),
        ('idle_timeout_in_minutes', 'IdleTimeoutInMinutes', 'int', None, None, None),
    ),
    'JobCollection': (
        ('cloud_service_settings', 'CloudServiceSettings', 'struct', None, 'JobCollectionCloudServiceSettings', None),
        ('e_tag', 'ETag', 'str', None, None, None),
        ('intrinsic_settings', 'IntrinsicSettings', 'struct', None, 'JobCollectionIntrinsicSettings', None),
        ('name', 'Name', 'str', None, None, None),
        ('operation_status', 'OperationStatus', 'struct', None, 'ResourceOperationStatus', None),
        ('promotion_code', 'PromotionCode', 'str', None, None, None),
        ('resource_provider_namespace', 'ResourceProviderNamespace', 'str', None, None, None),
        ('schema_version', 'SchemaVersion', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('sub_state', 'SubState', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
    ),
    'JobCollectionCloudServiceSettings': (
        ('geo_region', 'GeoRegion', 'str', None, None, None),
    ),
    'JobCollectionIntrinsicSettings': (
        ('plan', 'Plan', 'str', None, None, None),
        ('quota', 'Quota', 'struct', None, 'JobCollectionQuota', None),
    ),
    'JobCollectionMaxRecurrence': (
        ('frequency', 'Frequency', 'str', None, None, None),
        ('interval', 'Interval', 'int', None, None, None),
    ),
    'JobCollectionQuota': (
        ('max_job_count', 'MaxJobCount', 'int', None, None, None),
        ('max_recurrence', 'MaxRecurrence', 'struct', None, 'JobCollectionMaxRecurrence', None),
    ),
    'KeyPair': (
        ('fingerprint', 'Fingerprint', 'str', None, None, None),
        ('path', 'Path', 'str', None, None, None),
    ),
    'LinuxConfigurationSet': (
        ('configuration_set_type', 'ConfigurationSetType', 'str', None, None, None),
        ('computer_name', 'ComputerName', 'str', None, None, None),
        ('admin_password', 'AdminPassword', 'str', None, None, None),
        ('reset_password_on_first_logon', 'ResetPasswordOnFirstLogon', 'bool', None, None, None),
        ('enable_automatic_updates', 'EnableAutomaticUpdates', 'bool', None, None, None),
        ('time_zone', 'TimeZone', 'str', None, None, None),
        ('domain_join', 'DomainJoin', 'struct', None, 'DomainJoin', None),
        ('stored_certificate_settings', 'StoredCertificateSettings', 'list', 'struct', 'CertificateSetting', 'StoredCertificateSettings'),
        ('win_rm', 'WinRM', 'struct', None, 'WinRM', None),
        ('admin_username', 'AdminUsername', 'str', None, None, None),
        ('host_name', 'HostName', 'str', None, None, None),
        ('user_name', 'UserName', 'str', None, None, None),
        ('user_password', 'UserPassword', 'str', None, None, None),
        ('disable_ssh_password_authentication', 'DisableSshPasswordAuthentication', 'bool', None, None, None),
        ('ssh', 'SSH', 'struct', None, 'SSH', None),
        ('custom_data', 'CustomData', 'b64', None, None, None),
        ('additional_unattend_content', 'AdditionalUnattendContent', 'struct', None, 'AdditionalUnattendContent', None),
        ('input_endpoints', 'InputEndpoints', 'list', 'struct', 'ConfigurationSetInputEndpoint', 'ConfigurationSetInputEndpoints'),
        ('subnet_names', 'SubnetNames', 'list', 'str', None, 'ConfigurationSetSubnetNames'),
        ('static_virtual_network_ip_address', 'StaticVirtualNetworkIPAddress', 'str', None, None, None),
        ('public_ips', 'PublicIPs', 'list', 'struct', 'PublicIP', 'PublicIPs'),
        ('network_interfaces', 'NetworkInterfaces', 'list', 'struct', 'ConfigurationSetNetworkInterface', 'ConfigurationSetNetworkInterfaces'),
        ('network_security_group', 'NetworkSecurityGroup', 'str', None, None, None),
    ),
    'Listener': (
        ('protocol', 'Protocol', 'str', None, None, None),
        ('certificate_thumbprint', 'CertificateThumbprint', 'str', None, None, None),
    ),
    'LoadBalancerFrontendIpConfiguration': (
        ('type', 'Type', 'str', None, None, None),
        ('subnet_name', 'SubnetName', 'str', None, None, None),
        ('static_virtual_network_ip_address', 'StaticVirtualNetworkIPAddress', 'str', None, None, None),
    ),
    'LoadBalancerProbe': (
        ('path', 'Path', 'str', None, None, None),
        ('port', 'Port', 'int', None, None, None),
        ('protocol', 'Protocol', 'str', None, None, None),
        ('interval_in_seconds', 'IntervalInSeconds', 'int', None, None, None),
        ('timeout_in_seconds', 'TimeoutInSeconds', 'int', None, None, None),
    ),
    'LocalNetworkConnection': (
        ('type', 'Type', 'str', None, None, None),
    ),
    'LocalNetworkSite': (
        ('name', 'Name', 'str', None, None, None),
        ('address_space', 'AddressSpace', 'struct', None, 'AddressSpace', None),
        ('vpn_gateway_address', 'VpnGatewayAddress', 'str', None, None, None),
        ('connections', 'Connections', 'list', 'struct', 'LocalNetworkConnection', 'LocalNetworkConnections'),
    ),
    'Location': (
        ('name', 'Name', 'str', None, None, None),
        ('display_name', 'DisplayName', 'str', None, None, None),
        ('available_services', 'AvailableServices', 'list', 'str', None, 'AvailableServices'),
        ('compute_capabilities', 'ComputeCapabilities', 'struct', None, 'ComputeCapabilities', None),
        ('storage_capabilities', 'StorageCapabilities', 'struct', None, 'StorageCapabilities', None),
    ),
    'MetricAvailability': (
        ('retention', 'Retention', 'str', None, None, None),
        ('time_grain', 'TimeGrain', 'str', None, None, None),
    ),
    'MetricData': (
        ('display_name', 'DisplayName', 'str', None, None, None),
        ('end_time', 'EndTime', 'datetime', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('primary_aggregation_type', 'PrimaryAggregationType', 'str', None, None, None),
        ('start_time', 'StartTime', 'datetime', None, None, None),
        ('time_grain', 'TimeGrain', 'str', None, None, None),
        ('unit', 'Unit', 'str', None, None, None),
        ('values', 'Values', 'list', 'struct', 'MetricSample', 'MetricSamples'),
    ),
    'MetricDefinition': (
        ('display_name', 'DisplayName', 'str', None, None, None),
        ('metric_availabilities', 'MetricAvailabilities', 'list', 'struct', 'MetricAvailability', 'MetricAvailabilities'),
        ('name', 'Name', 'str', None, None, None),
        ('primary_aggregation_type', 'PrimaryAggregationType', 'str', None, None, None),
        ('unit', 'Unit', 'str', None, None, None),
    ),
    'MetricProperties': (
        ('name', 'Name', 'str', None, None, None),
        ('primary_aggregation', 'PrimaryAggregation', 'str', None, None, None),
        ('unit', 'Unit', 'str', None, None, None),
        ('display_name', 'DisplayName', 'str', None, None, None),
    ),
    'MetricResponse': (
        ('code', 'Code', 'str', None, None, None),
        ('data', 'Data', 'struct', None, 'MetricData', None),
        ('message', 'Message', 'str', None, None, None),
    ),
    'MetricRollups': (
        ('time_grain', 'TimeGrain', 'str', None, None, None),
        ('retention', 'Retention', 'str', None, None, None),
    ),
    'MetricSample': (
        ('count', 'Count', 'int', None, None, None),
        ('maximum', 'Maximum', 'float', None, None, None),
        ('minimum', 'Minimum', 'float', None, None, None),
        ('time_created', 'TimeCreated', 'datetime', None, None, None),
        ('total', 'Total', 'float', None, None, None),
    ),
    'MetricValues': (
        ('timestamp', 'Timestamp', 'datetime', None, None, None),
        ('min', 'Min', 'int', None, None, None),
        ('max', 'Max', 'int', None, None, None),
        ('average', 'Average', 'float', None, None, None),
        ('total', 'Total', 'int', None, None, None),
    ),
    'NamespaceAvailability': (
        ('result', 'Result', 'bool', None, None, None),
        ('reason', 'ReasonDetail', 'str', None, None, None),
    ),
    'NotificationHubDescription': (
        ('registration_ttl', 'RegistrationTtl', 'str', None, None, None),
        ('authorization_rules', 'AuthorizationRules', 'list', 'struct', 'AuthorizationRule', 'AuthorizationRules'),
        ('name', 'Name', 'str', None, None, None),
    ),
    'OSDiskConfiguration': (
        ('name', 'Name', 'str', None, None, None),
        ('host_caching', 'HostCaching', 'str', None, None, None),
        ('os_state', 'OSState', 'str', None, None, None),
        ('os', 'OS', 'str', None, None, None),
        ('media_link', 'MediaLink', 'str', None, None, None),
        ('logical_disk_size_in_gb', 'LogicalDiskSizeInGB', 'int', None, None, None),
        ('io_type', 'IOType', 'str', None, None, None),
    ),
    'OSImage': (
        ('affinity_group', 'AffinityGroup', 'str', None, None, None),
        ('category', 'Category', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('logical_size_in_gb', 'LogicalSizeInGB', 'int', None, None, None),
        ('media_link', 'MediaLink', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('os', 'OS', 'str', None, None, None),
        ('eula', 'Eula', 'str', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('image_family', 'ImageFamily', 'str', None, None, None),
        ('show_in_gui', 'ShowInGui', 'bool', None, None, None),
        ('published_date', 'PublishedDate', 'str', None, None, None),
        ('is_premium', 'IsPremium', 'bool', None, None, None),
        ('icon_uri', 'IconUri', 'str', None, None, None),
        ('privacy_uri', 'PrivacyUri', 'str', None, None, None),
        ('recommended_vm_size', 'RecommendedVMSize', 'str', None, None, None),
        ('publisher_name', 'PublisherName', 'str', None, None, None),
        ('pricing_detail_link', 'PricingDetailLink', 'str', None, None, None),
        ('small_icon_uri', 'SmallIconUri', 'str', None, None, None),
        ('language', 'Language', 'str', None, None, None),
        ('os_state', 'OSState', 'str', None, None, None),
        ('io_type', 'IOType', 'str', None, None, None),
    ),
    'OSImageDetails': (
        ('affinity_group', 'AffinityGroup', 'str', None, None, None),
        ('category', 'Category', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('logical_size_in_gb', 'LogicalSizeInGB', 'int', None, None, None),
        ('media_link', 'MediaLink', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('os', 'OS', 'str', None, None, None),
        ('eula', 'Eula', 'str', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('image_family', 'ImageFamily', 'str', None, None, None),
        ('show_in_gui', 'ShowInGui', 'bool', None, None, None),
        ('published_date', 'PublishedDate', 'str', None, None, None),
        ('is_premium', 'IsPremium', 'bool', None, None, None),
        ('icon_uri', 'IconUri', 'str', None, None, None),
        ('privacy_uri', 'PrivacyUri', 'str', None, None, None),
        ('recommended_vm_size', 'RecommendedVMSize', 'str', None, None, None),
        ('publisher_name', 'PublisherName', 'str', None, None, None),
        ('pricing_detail_link', 'PricingDetailLink', 'str', None, None, None),
        ('small_icon_uri', 'SmallIconUri', 'str', None, None, None),
        ('language', 'Language', 'str', None, None, None),
        ('os_state', 'OSState', 'str', None, None, None),
        ('io_type', 'IOType', 'str', None, None, None),
        ('replication_progress', 'ReplicationProgress', 'list', 'struct', 'ReplicationProgressElement', 'ReplicationProgress'),
    ),
    'OSVirtualHardDisk': (
        ('host_caching', 'HostCaching', 'str', None, None, None),
        ('disk_label', 'DiskLabel', 'str', None, None, None),
        ('disk_name', 'DiskName', 'str', None, None, None),
        ('media_link', 'MediaLink', 'str', None, None, None),
        ('source_image_name', 'SourceImageName', 'str', None, None, None),
        ('os', 'OS', 'str', None, None, None),
        ('remote_source_image_link', 'RemoteSourceImageLink', 'str', None, None, None),
        ('io_type', 'IOType', 'str', None, None, None),
        ('resized_size_in_gb', 'ResizedSizeInGB', 'int', None, None, None),
    ),
    'OperatingSystem': (
        ('version', 'Version', 'str', None, None, None),
        ('label', 'Label', 'b64', None, None, None),
        ('is_default', 'IsDefault', 'bool', None, None, None),
        ('is_active', 'IsActive', 'bool', None, None, None),
        ('family', 'Family', 'int', None, None, None),
        ('family_label', 'FamilyLabel', 'b64', None, None, None),
    ),
    'OperatingSystemFamily': (
        ('name', 'Name', 'str', None, None, None),
        ('label', 'Label', 'b64', None, None, None),
        ('operating_systems', 'OperatingSystems', 'list', 'struct', 'OperatingSystem', 'OperatingSystems'),
    ),
    'Operation': (
        ('id', 'ID', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('http_status_code', 'HttpStatusCode', 'int', None, None, None),
        ('error', 'Error', 'struct', None, 'Error', None),
    ),
    'OperationCaller': (
        ('used_service_management_api', 'UsedServiceManagementApi', 'bool', None, None, None),
        ('user_email_address', 'UserEmailAddress', 'str', None, None, None),
        ('subscription_certificate_thumbprint', 'SubscriptionCertificateThumbprint', 'str', None, None, None),
        ('client_ip', 'ClientIP', 'str', None, None, None),
    ),
    'PersistentVMDowntimeInfo': (
        ('start_time', 'StartTime', 'datetime', None, None, None),
        ('end_time', 'EndTime', 'datetime', None, None, None),
        ('status', 'Status', 'str', None, None, None),
    ),
    'PersistentVMRole': (
        ('role_name', 'RoleName', 'str', None, None, None),
        ('os_version', 'OsVersion', 'str', None, None, None),
        ('role_type', 'RoleType', 'str', None, None, None),
        ('license_type', 'LicenseType', 'str', None, None, None),
        ('configuration_sets', 'ConfigurationSets', 'list', 'struct', 'ConfigurationSet', 'ConfigurationSets'),
        ('resource_extension_references', 'ResourceExtensionReferences', 'list', 'struct', 'ResourceExtensionReference', 'ResourceExtensionReferences'),
        ('vm_image_name', 'VMImageName', 'str', None, None, None),
        ('media_location', 'MediaLocation', 'str', None, None, None),
        ('availability_set_name', 'AvailabilitySetName', 'str', None, None, None),
        ('data_virtual_hard_disks', 'DataVirtualHardDisks', 'list', 'struct', 'DataVirtualHardDisk', 'DataVirtualHardDisks'),
        ('os_virtual_hard_disk', 'OSVirtualHardDisk', 'struct', None, 'OSVirtualHardDisk', None),
        ('role_size', 'RoleSize', 'str', None, None, None),
        ('default_win_rm_certificate_thumbprint', 'DefaultWinRmCertificateThumbprint', 'str', None, None, None),
        ('provision_guest_agent', 'ProvisionGuestAgent', 'bool', None, None, None),
    ),
    'PublicIP': (
        ('name', 'Name', 'str', None, None, None),
        ('address', 'Address', 'str', None, None, None),
        ('idle_timeout_in_minutes', 'IdleTimeoutInMinutes', 'int', None, None, None),
        ('domain_name_label', 'DomainNameLabel', 'str', None, None, None),
        ('fqdns', 'Fqdns', 'list', 'str', None, 'RoleInstanceFqdns'),
    ),
    'PublicKey': (
        ('fingerprint', 'Fingerprint', 'str', None, None, None),
        ('path', 'Path', 'str', None, None, None),
    ),
    'PublishData': (
        ('publish_profiles', 'publishProfile', 'list', 'struct', 'PublishProfile', None),
    ),
    'PublishProfile': (
        ('databases', 'databases', 'list', 'struct', 'PublishProfileDatabase', 'PublishProfileDatabases'),
        ('profile_name', 'profileName', 'str', None, None, None),
        ('publish_method', 'publishMethod', 'str', None, None, None),
        ('publish_url', 'publishUrl', 'str', None, None, None),
        ('msdeploysite', 'msdeploySite', 'str', None, None, None),
        ('ftp_passive_mode', 'ftpPassiveMode', 'str', None, None, None),
        ('user_name', 'userName', 'str', None, None, None),
        ('user_pwd', 'userPWD', 'str', None, None, None),
        ('destination_app_url', 'destinationAppUrl', 'str', None, None, None),
        ('sql_server_db_connection_string', 'SQLServerDBConnectionString', 'str', None, None, None),
        ('my_sqldb_connection_string', 'mySQLDBConnectionString', 'str', None, None, None),
        ('hosting_provider_forum_link', 'hostingProviderForumLink', 'str', None, None, None),
        ('control_panel_link', 'controlPanelLink', 'str', None, None, None),
        ('web_system', 'webSystem', 'str', None, None, None),
    ),
    'PublishProfileDatabase': (
        ('name', 'name', 'str', None, None, None),
        ('connection_string', 'connectionString', 'str', None, None, None),
        ('provider_name', 'providerName', 'str', None, None, None),
        ('type', 'type', 'str', None, None, None),
    ),
    'QueueDescription': (
        ('lock_duration', 'LockDuration', 'str', None, None, None),
        ('max_size_in_megabytes', 'MaxSizeInMegabytes', 'int', None, None, None),
        ('requires_duplicate_detection', 'RequiresDuplicateDetection', 'bool', None, None, None),
        ('requires_session', 'RequiresSession', 'bool', None, None, None),
        ('default_message_time_to_live', 'DefaultMessageTimeToLive', 'str', None, None, None),
        ('dead_lettering_on_message_expiration', 'DeadLetteringOnMessageExpiration', 'bool', None, None, None),
        ('duplicate_detection_history_time_window', 'DuplicateDetectionHistoryTimeWindow', 'str', None, None, None),
        ('max_delivery_count', 'MaxDeliveryCount', 'int', None, None, None),
        ('enable_batched_operations', 'EnableBatchedOperations', 'bool', None, None, None),
        ('size_in_bytes', 'SizeInBytes', 'int', None, None, None),
        ('message_count', 'MessageCount', 'int', None, None, None),
        ('is_anonymous_accessible', 'IsAnonymousAccessible', 'bool', None, None, None),
        ('authorization_rules', 'AuthorizationRules', 'list', 'struct', 'AuthorizationRule', 'AuthorizationRules'),
        ('status', 'Status', 'str', None, None, None),
        ('created_at', 'CreatedAt', 'datetime', None, None, None),
        ('updated_at', 'UpdatedAt', 'datetime', None, None, None),
        ('accessed_at', 'AccessedAt', 'datetime', None, None, None),
        ('support_ordering', 'SupportOrdering', 'bool', None, None, None),
        ('count_details', 'CountDetails', 'struct', None, 'CountDetails', None),
        ('auto_delete_on_idle', 'AutoDeleteOnIdle', 'str', None, None, None),
        ('entity_availability_status', 'EntityAvailabilityStatus', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
    ),
    'RelayDescription': (
        ('path', 'Path', 'str', None, None, None),
        ('listener_type', 'ListenerType', 'str', None, None, None),
        ('listener_count', 'ListenerCount', 'int', None, None, None),
        ('created_at', 'CreatedAt', 'datetime', None, None, None),
        ('updated_at', 'UpdatedAt', 'datetime', None, None, None),
        ('name', 'Name', 'str', None, None, None),
    ),
    'ReplicationProgressElement': (
        ('location', 'Location', 'str', None, None, None),
        ('progress', 'Progress', 'int', None, None, None),
    ),
    'ReservedIP': (
        ('name', 'Name', 'str', None, None, None),
        ('address', 'Address', 'str', None, None, None),
        ('id', 'Id', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('in_use', 'InUse', 'bool', None, None, None),
        ('service_name', 'ServiceName', 'str', None, None, None),
        ('deployment_name', 'DeploymentName', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('virtual_ip_name', 'VirtualIPName', 'str', None, None, None),
    ),
    'ResourceExtension': (
        ('publisher', 'Publisher', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('version', 'Version', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('public_configuration_schema', 'PublicConfigurationSchema', 'str', None, None, None),
        ('private_configuration_schema', 'PrivateConfigurationSchema', 'str', None, None, None),
        ('sample_config', 'SampleConfig', 'str', None, None, None),
        ('replication_completed', 'ReplicationCompleted', 'bool', None, None, None),
        ('eula', 'Eula', 'str', None, None, None),
        ('privacy_uri', 'PrivacyUri', 'str', None, None, None),
        ('homepage_uri', 'HomepageUri', 'str', None, None, None),
        ('is_json_extension', 'IsJsonExtension', 'bool', None, None, None),
        ('is_internal_extension', 'IsInternalExtension', 'bool', None, None, None),
        ('disallow_major_version_upgrade', 'DisallowMajorVersionUpgrade', 'bool', None, None, None),
        ('supported_os', 'SupportedOS', 'str', None, None, None),
        ('company_name', 'CompanyName', 'str', None, None, None),
        ('published_date', 'PublishedDate', 'str', None, None, None),
        ('regions', 'Regions', 'str', None, None, None),
    ),
    'ResourceExtensionParameterValue': (
        ('key', 'Key', 'str', None, None, None),
        ('value', 'Value', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
    ),
    'ResourceExtensionReference': (
        ('reference_name', 'ReferenceName', 'str', None, None, None),
        ('publisher', 'Publisher', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('version', 'Version', 'str', None, None, None),
        ('resource_extension_parameter_values', 'ResourceExtensionParameterValues', 'list', 'struct', 'ResourceExtensionParameterValue', 'ResourceExtensionParameterValues'),
        ('state', 'State', 'str', None, None, None),
        ('certificates', 'Certificates', 'list', 'struct', 'ResourceExtensionReferenceCertificate', 'ResourceExtensionReferenceCertificates'),
    ),
    'ResourceExtensionReferenceCertificate': (
        ('thumbprint', 'Thumbprint', 'str', None, None, None),
        ('thumbprint_algorithm', 'ThumbprintAlgorithm', 'str', None, None, None),
    ),
    'ResourceExtensionStatus': (
        ('handler_name', 'HandlerName', 'str', None, None, None),
        ('version', 'Version', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('code', 'Code', 'int', None, None, None),
        ('formatted_message', 'FormattedMessage', 'struct', None, 'GuestAgentFormattedMessage', None),
        ('extension_setting_status', 'ExtensionSettingStatus', 'struct', None, 'ExtensionSettingStatus', None),
    ),
    'ResourceNameAvailabilityResponse': (
        ('is_available', 'IsAvailable', 'bool', None, None, None),
    ),
    'ResourceOperationError': (
        ('http_code', 'HttpCode', 'int', None, None, None),
        ('message', 'Message', 'str', None, None, None),
    ),
    'ResourceOperationStatus': (
        ('type', 'Type', 'str', None, None, None),
        ('error', 'Error', 'struct', None, 'ResourceOperationError', None),
        ('result', 'Result', 'str', None, None, None),
    ),
    'Role': (
        ('role_name', 'RoleName', 'str', None, None, None),
        ('os_version', 'OsVersion', 'str', None, None, None),
        ('role_type', 'RoleType', 'str', None, None, None),
        ('license_type', 'LicenseType', 'str', None, None, None),
        ('configuration_sets', 'ConfigurationSets', 'list', 'struct', 'ConfigurationSet', 'ConfigurationSets'),
        ('resource_extension_references', 'ResourceExtensionReferences', 'list', 'struct', 'ResourceExtensionReference', 'ResourceExtensionReferences'),
        ('vm_image_name', 'VMImageName', 'str', None, None, None),
        ('media_location', 'MediaLocation', 'str', None, None, None),
        ('availability_set_name', 'AvailabilitySetName', 'str', None, None, None),
        ('data_virtual_hard_disks', 'DataVirtualHardDisks', 'list', 'struct', 'DataVirtualHardDisk', 'DataVirtualHardDisks'),
        ('os_virtual_hard_disk', 'OSVirtualHardDisk', 'struct', None, 'OSVirtualHardDisk', None),
        ('role_size', 'RoleSize', 'str', None, None, None),
        ('default_win_rm_certificate_thumbprint', 'DefaultWinRmCertificateThumbprint', 'str', None, None, None),
        ('provision_guest_agent', 'ProvisionGuestAgent', 'bool', None, None, None),
    ),
    'RoleInstance': (
        ('role_name', 'RoleName', 'str', None, None, None),
        ('instance_name', 'InstanceName', 'str', None, None, None),
        ('instance_status', 'InstanceStatus', 'str', None, None, None),
        ('extended_instance_status', 'ExtendedInstanceStatus', 'str', None, None, None),
        ('instance_upgrade_domain', 'InstanceUpgradeDomain', 'int', None, None, None),
        ('instance_fault_domain', 'InstanceFaultDomain', 'int', None, None, None),
        ('instance_size', 'InstanceSize', 'str', None, None, None),
        ('instance_state_details', 'InstanceStateDetails', 'str', None, None, None),
        ('instance_error_code', 'InstanceErrorCode', 'str', None, None, None),
        ('ip_address', 'IpAddress', 'str', None, None, None),
        ('instance_endpoints', 'InstanceEndpoints', 'list', 'struct', 'InstanceEndpoint', 'InstanceEndpoints'),
        ('power_state', 'PowerState', 'str', None, None, None),
        ('host_name', 'HostName', 'str', None, None, None),
        ('remote_access_certificate_thumbprint', 'RemoteAccessCertificateThumbprint', 'str', None, None, None),
        ('guest_agent_status', 'GuestAgentStatus', 'struct', None, 'GuestAgentStatus', None),
        ('resource_extension_status_list', 'ResourceExtensionStatusList', 'list', 'struct', 'ResourceExtensionStatus', 'ResourceExtensionStatusList'),
        ('public_ips', 'PublicIPs', 'list', 'struct', 'PublicIP', 'PublicIPs'),
        ('network_interfaces', 'NetworkInterfaces', 'list', 'struct', 'RoleInstanceNetworkInterface', 'RoleInstanceNetworkInterfaces'),
        ('fqdn', 'FQDN', 'str', None, None, None),
    ),
    'RoleInstanceIPConfiguration': (
        ('subnet_name', 'SubnetName', 'str', None, None, None),
        ('address', 'Address', 'str', None, None, None),
    ),
    'RoleInstanceNetworkInterface': (
        ('name', 'Name', 'str', None, None, None),
        ('mac_address', 'MacAddress', 'str', None, None, None),
        ('ip_configurations', 'IPConfigurations', 'list', 'struct', 'RoleInstanceIPConfiguration', 'RoleInstanceIPConfigurations'),
    ),
    'RoleSize': (
        ('name', 'Name', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('cores', 'Cores', 'int', None, None, None),
        ('memory_in_mb', 'MemoryInMb', 'int', None, None, None),
        ('supported_by_web_worker_roles', 'SupportedByWebWorkerRoles', 'bool', None, None, None),
        ('supported_by_virtual_machines', 'SupportedByVirtualMachines', 'bool', None, None, None),
        ('max_data_disk_count', 'MaxDataDiskCount', 'int', None, None, None),
        ('web_worker_resource_disk_size_in_mb', 'WebWorkerResourceDiskSizeInMb', 'int', None, None, None),
        ('virtual_machine_resource_disk_size_in_mb', 'VirtualMachineResourceDiskSizeInMb', 'int', None, None, None),
    ),
    'SSH': (
        ('public_keys', 'PublicKeys', 'list', 'struct', 'PublicKey', 'SSHPublicKeys'),
        ('key_pairs', 'KeyPairs', 'list', 'struct', 'KeyPair', 'SSHKeyPairs'),
    ),
    'Server': (
        ('name', 'Name', 'str', None, None, None),
        ('administrator_login', 'AdministratorLogin', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('geo_paired_region', 'GeoPairedRegion', 'str', None, None, None),
        ('fully_qualified_domain_name', 'FullyQualifiedDomainName', 'str', None, None, None),
        ('version', 'Version', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
    ),
    'ServerQuota': (
        ('name', 'Name', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('self_link', 'SelfLink', 'str', None, None, None),
        ('parent_link', 'ParentLink', 'str', None, None, None),
        ('value', 'Value', 'int', None, None, None),
    ),
    'ServiceBusNamespace': (
        ('name', 'Name', 'str', None, None, None),
        ('region', 'Region', 'str', None, None, None),
        ('default_key', 'DefaultKey', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('created_at', 'CreatedAt', 'datetime', None, None, None),
        ('acs_management_endpoint', 'AcsManagementEndpoint', 'str', None, None, None),
        ('servicebus_endpoint', 'ServiceBusEndpoint', 'str', None, None, None),
        ('connection_string', 'ConnectionString', 'str', None, None, None),
        ('subscription_id', 'SubscriptionId', 'str', None, None, None),
        ('enabled', 'Enabled', 'bool', None, None, None),
        ('critical', 'Critical', 'bool', None, None, None),
        ('updated_at', 'UpdatedAt', 'datetime', None, None, None),
        ('create_acs_namespace', 'CreateACSNamespace', 'bool', None, None, None),
        ('event_hub_enabled', 'EventHubEnabled', 'bool', None, None, None),
        ('namespace_type', 'NamespaceType', 'str', None, None, None),
        ('resource_group', 'ResourceGroup', 'str', None, None, None),
    ),
    'ServiceBusRegion': (
        ('code', 'Code', 'str', None, None, None),
        ('fullname', 'FullName', 'str', None, None, None),
    ),
    'ServiceObjective': (
        ('name', 'Name', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('self_link', 'SelfLink', 'str', None, None, None),
        ('parent_link', 'ParentLink', 'str', None, None, None),
        ('id', 'Id', 'str', None, None, None),
        ('is_default', 'IsDefault', 'bool', None, None, None),
        ('is_system', 'IsSystem', 'bool', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('enabled', 'Enabled', 'bool', None, None, None),
        ('dimension_settings', 'DimensionSettings', 'list', 'struct', 'DimensionSetting', 'DimensionSettings'),
    ),
    'Site': (
        ('admin_enabled', 'AdminEnabled', 'bool', None, None, None),
        ('availability_state', 'AvailabilityState', 'str', None, None, None),
        ('cers', 'Cers', 'str', None, None, None),
        ('client_affinity_enabled', 'ClientAffinityEnabled', 'bool', None, None, None),
        ('client_cert_enabled', 'ClientCertEnabled', 'bool', None, None, None),
        ('cloning_info', 'CloningInfo', 'str', None, None, None),
        ('compute_mode', 'ComputeMode', 'str', None, None, None),
        ('content_availability_state', 'ContentAvailabilityState', 'str', None, None, None),
        ('csrs', 'Csrs', 'str', None, None, None),
        ('deployment_id', 'DeploymentId', 'str', None, None, None),
        ('enabled', 'Enabled', 'bool', None, None, None),
        ('enabled_host_names', 'EnabledHostNames', 'list', 'str', None, 'HostNameList'),
        ('gateway_site_name', 'GatewaySiteName', 'str', None, None, None),
        ('host_name_ssl_states', 'HostNameSslStates', 'list', 'struct', 'HostNameSslState', 'HostNameSslStates'),
        ('host_names', 'HostNames', 'list', 'str', None, 'HostNameList'),
        ('hosting_environment', 'HostingEnvironment', 'str', None, None, None),
        ('hosting_environment_id', 'HostingEnvironmentId', 'str', None, None, None),
        ('kind', 'Kind', 'str', None, None, None),
        ('last_modified_time_utc', 'LastModifiedTimeUtc', 'datetime', None, None, None),
        ('micro_service', 'MicroService', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('outbound_ip_addresses', 'OutboundIpAddresses', 'str', None, None, None),
        ('owner', 'Owner', 'str', None, None, None),
        ('premium_app_deployed', 'PremiumAppDeployed', 'bool', None, None, None),
        ('repository_site_name', 'RepositorySiteName', 'str', None, None, None),
        ('runtime_availability_state', 'RuntimeAvailabilityState', 'str', None, None, None),
        ('sku', 'SKU', 'str', None, None, None),
        ('ssl_certificates', 'SSLCertificates', 'str', None, None, None),
        ('scm_site_also_stopped', 'ScmSiteAlsoStopped', 'bool', None, None, None),
        ('self_link', 'SelfLink', 'str', None, None, None),
        ('server_farm', 'ServerFarm', 'str', None, None, None),
        ('server_farm_id', 'ServerFarmId', 'str', None, None, None),
        ('site_config', 'SiteConfig', 'str', None, None, None),
        ('site_mode', 'SiteMode', 'str', None, None, None),
        ('site_properties', 'SiteProperties', 'struct', None, 'SiteProperties', None),
        ('state', 'State', 'str', None, None, None),
        ('storage_recovery_default_state', 'StorageRecoveryDefaultState', 'str', None, None, None),
        ('target_swap_slot', 'TargetSwapSlot', 'str', None, None, None),
        ('traffic_manager_host_names', 'TrafficManagerHostNames', 'list', 'str', None, 'HostNameList'),
        ('usage_state', 'UsageState', 'str', None, None, None),
        ('web_space', 'WebSpace', 'str', None, None, None),
    ),
    'SiteProperties': (
        ('app_settings', 'AppSettings', 'map', 'struct', 'NameValuePair', None),
        ('metadata', 'Metadata', 'map', 'struct', 'NameValuePair', None),
        ('properties', 'Properties', 'map', 'struct', 'NameValuePair', None),
    ),
    'StorageAccountProperties': (
        ('description', 'Description', 'str', None, None, None),
        ('affinity_group', 'AffinityGroup', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('label', 'Label', 'b64', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('endpoints', 'Endpoints', 'list', 'str', None, 'StorageEndpoints'),
        ('geo_replication_enabled', 'GeoReplicationEnabled', 'bool', None, None, None),
        ('geo_primary_region', 'GeoPrimaryRegion', 'str', None, None, None),
        ('status_of_primary', 'StatusOfPrimary', 'str', None, None, None),
        ('geo_secondary_region', 'GeoSecondaryRegion', 'str', None, None, None),
        ('status_of_secondary', 'StatusOfSecondary', 'str', None, None, None),
        ('last_geo_failover_time', 'LastGeoFailoverTime', 'datetime', None, None, None),
        ('creation_time', 'CreationTime', 'datetime', None, None, None),
        ('custom_domains', 'CustomDomains', 'list', 'struct', 'CustomDomain', 'CustomDomains'),
        ('secondary_read_enabled', 'SecondaryReadEnabled', 'bool', None, None, None),
        ('secondary_endpoints', 'SecondaryEndpoints', 'list', 'str', None, 'StorageEndpoints'),
        ('account_type', 'AccountType', 'str', None, None, None),
    ),
    'StorageCapabilities': (
        ('storage_account_types', 'StorageAccountTypes', 'list', 'str', None, 'StorageAccountTypes'),
    ),
    'StorageService': (
        ('url', 'Url', 'str', None, None, None),
        ('service_name', 'ServiceName', 'str', None, None, None),
        ('storage_service_properties', 'StorageServiceProperties', 'struct', None, 'StorageAccountProperties', None),
        ('storage_service_keys', 'StorageServiceKeys', 'struct', None, 'StorageServiceKeys', None),
        ('extended_properties', 'ExtendedProperties', 'map', 'struct', 'ExtendedProperty', None),
        ('capabilities', 'Capabilities', 'list', 'str', None, 'CapabilityNames'),
    ),
    'StorageServiceKeys': (
        ('primary', 'Primary', 'str', None, None, None),
        ('secondary', 'Secondary', 'str', None, None, None),
    ),
    'Subnet': (
        ('name', 'Name', 'str', None, None, None),
        ('address_prefix', 'AddressPrefix', 'str', None, None, None),
        ('network_security_group', 'NetworkSecurityGroup', 'str', None, None, None),
    ),
    'Subscription': (
        ('subscription_id', 'SubscriptionID', 'str', None, None, None),
        ('subscription_name', 'SubscriptionName', 'str', None, None, None),
        ('subscription_status', 'SubscriptionStatus', 'str', None, None, None),
        ('account_admin_live_email_id', 'AccountAdminLiveEmailId', 'str', None, None, None),
        ('service_admin_live_email_id', 'ServiceAdminLiveEmailId', 'str', None, None, None),
        ('max_core_count', 'MaxCoreCount', 'int', None, None, None),
        ('max_storage_accounts', 'MaxStorageAccounts', 'int', None, None, None),
        ('max_hosted_services', 'MaxHostedServices', 'int', None, None, None),
        ('current_core_count', 'CurrentCoreCount', 'int', None, None, None),
        ('current_hosted_services', 'CurrentHostedServices', 'int', None, None, None),
        ('current_storage_accounts', 'CurrentStorageAccounts', 'int', None, None, None),
        ('max_virtual_network_sites', 'MaxVirtualNetworkSites', 'int', None, None, None),
        ('current_virtual_network_sites', 'CurrentVirtualNetworkSites', 'int', None, None, None),
        ('max_local_network_sites', 'MaxLocalNetworkSites', 'int', None, None, None),
        ('max_dns_servers', 'MaxDnsServers', 'int', None, None, None),
        ('offer_categories', 'OfferCategories', 'str', None, None, None),
        ('aad_tenant_id', 'AADTenantID', 'str', None, None, None),
        ('created_time', 'CreatedTime', 'datetime', None, None, None),
        ('max_reserved_ips', 'MaxReservedIPs', 'int', None, None, None),
        ('current_reserved_ips', 'CurrentReservedIPs', 'int', None, None, None),
        ('max_public_ip_count', 'MaxPublicIPCount', 'int', None, None, None),
        ('current_network_security_groups', 'CurrentNetworkSecurityGroups', 'int', None, None, None),
        ('max_network_security_groups', 'MaxNetworkSecurityGroups', 'int', None, None, None),
        ('max_network_security_rules_per_group', 'MaxNetworkSecurityRulesPerGroup', 'int', None, None, None),
        ('current_route_tables', 'CurrentRouteTables', 'int', None, None, None),
        ('max_route_tables', 'MaxRouteTables', 'int', None, None, None),
        ('max_routes_per_route_table', 'MaxRoutesPerRouteTable', 'int', None, None, None),
    ),
    'SubscriptionCertificate': (
        ('subscription_certificate_public_key', 'SubscriptionCertificatePublicKey', 'str', None, None, None),
        ('subscription_certificate_thumbprint', 'SubscriptionCertificateThumbprint', 'str', None, None, None),
        ('subscription_certificate_data', 'SubscriptionCertificateData', 'str', None, None, None),
        ('created', 'Created', 'datetime', None, None, None),
    ),
    'SubscriptionOperation': (
        ('operation_id', 'OperationId', 'str', None, None, None),
        ('operation_object_id', 'OperationObjectId', 'str', None, None, None),
        ('operation_name', 'OperationName', 'str', None, None, None),
        ('operation_parameters', 'OperationParameters', 'list', 'struct', 'SubscriptionOperationParameter', 'SubscriptionOperationParameters'),
        ('operation_caller', 'OperationCaller', 'struct', None, 'OperationCaller', None),
        ('operation_status', 'OperationStatus', 'struct', None, 'SubscriptionOperationStatus', None),
        ('operation_started_time', 'OperationStartedTime', 'datetime', None, None, None),
        ('operation_completed_time', 'OperationCompletedTime', 'datetime', None, None, None),
        ('operation_kind', 'OperationKind', 'str', None, None, None),
    ),
    'SubscriptionOperationParameter': (
        ('name', 'Name', 'str', None, None, None),
        ('value', 'Value', 'str', None, None, None),
    ),
    'SubscriptionOperationStatus': (
        ('id', 'ID', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('http_status_code', 'HttpStatusCode', 'int', None, None, None),
        ('error', 'Error', 'struct', None, 'Error', None),
    ),
    'TopicDescription': (
        ('default_message_time_to_live', 'DefaultMessageTimeToLive', 'str', None, None, None),
        ('max_size_in_megabytes', 'MaxSizeInMegabytes', 'int', None, None, None),
        ('requires_duplicate_detection', 'RequiresDuplicateDetection', 'bool', None, None, None),
        ('duplicate_detection_history_time_window', 'DuplicateDetectionHistoryTimeWindow', 'str', None, None, None),
        ('enable_batched_operations', 'EnableBatchedOperations', 'bool', None, None, None),
        ('size_in_bytes', 'SizeInBytes', 'int', None, None, None),
        ('filtering_messages_before_publishing', 'FilteringMessagesBeforePublishing', 'bool', None, None, None),
        ('is_anonymous_accessible', 'IsAnonymousAccessible', 'bool', None, None, None),
        ('authorization_rules', 'AuthorizationRules', 'list', 'struct', 'AuthorizationRule', 'AuthorizationRules'),
        ('status', 'Status', 'str', None, None, None),
        ('created_at', 'CreatedAt', 'datetime', None, None, None),
        ('updated_at', 'UpdatedAt', 'datetime', None, None, None),
        ('accessed_at', 'AccessedAt', 'datetime', None, None, None),
        ('support_ordering', 'SupportOrdering', 'bool', None, None, None),
        ('count_details', 'CountDetails', 'struct', None, 'CountDetails', None),
        ('subscription_count', 'SubscriptionCount', 'int', None, None, None),
        ('name', 'Name', 'str', None, None, None),
    ),
    'UnattendComponent': (
        ('component_name', 'ComponentName', 'str', None, None, None),
        ('component_settings', 'ComponentSettings', 'list', 'struct', 'ComponentSetting', 'ComponentSettings'),
    ),
    'UnattendPass': (
        ('pass_name', 'PassName', 'str', None, None, None),
        ('components', 'Components', 'list', 'struct', 'UnattendComponent', 'UnattendComponents'),
    ),
    'UpgradeStatus': (
        ('upgrade_type', 'UpgradeType', 'str', None, None, None),
        ('current_upgrade_domain_state', 'CurrentUpgradeDomainState', 'str', None, None, None),
        ('current_upgrade_domain', 'CurrentUpgradeDomain', 'int', None, None, None),
    ),
    'VMImage': (
        ('name', 'Name', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('category', 'Category', 'str', None, None, None),
        ('description', 'Description', 'str', None, None, None),
        ('os_disk_configuration', 'OSDiskConfiguration', 'struct', None, 'OSDiskConfiguration', None),
        ('data_disk_configurations', 'DataDiskConfigurations', 'list', 'struct', 'DataDiskConfiguration', 'DataDiskConfigurations'),
        ('service_name', 'ServiceName', 'str', None, None, None),
        ('deployment_name', 'DeploymentName', 'str', None, None, None),
        ('role_name', 'RoleName', 'str', None, None, None),
        ('affinity_group', 'AffinityGroup', 'str', None, None, None),
        ('location', 'Location', 'str', None, None, None),
        ('created_time', 'CreatedTime', 'datetime', None, None, None),
        ('modified_time', 'ModifiedTime', 'datetime', None, None, None),
        ('language', 'Language', 'str', None, None, None),
        ('image_family', 'ImageFamily', 'str', None, None, None),
        ('recommended_vm_size', 'RecommendedVMSize', 'str', None, None, None),
        ('is_premium', 'IsPremium', 'bool', None, None, None),
        ('eula', 'Eula', 'str', None, None, None),
        ('icon_uri', 'IconUri', 'str', None, None, None),
        ('small_icon_uri', 'SmallIconUri', 'str', None, None, None),
        ('privacy_uri', 'PrivacyUri', 'str', None, None, None),
        ('publisher_name', 'PublisherName', 'str', None, None, None),
        ('published_date', 'PublishedDate', 'str', None, None, None),
        ('show_in_gui', 'ShowInGui', 'bool', None, None, None),
        ('pricing_detail_link', 'PricingDetailLink', 'str', None, None, None),
        ('vm_image_state', 'VMImageState', 'str', None, None, None),
        ('role_state_on_capture', 'RoleStateOnCapture', 'str', None, None, None),
        ('role_size_on_capture', 'RoleSizeOnCapture', 'str', None, None, None),
    ),
    'VirtualIP': (
        ('address', 'Address', 'str', None, None, None),
        ('is_dns_programmed', 'IsDnsProgrammed', 'bool', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('is_reserved', 'IsReserved', 'bool', None, None, None),
        ('reserved_ip_name', 'ReservedIPName', 'str', None, None, None),
        ('type', 'Type', 'str', None, None, None),
    ),
    'VirtualNetworkDns': (
        ('dns_servers', 'DnsServers', 'list', 'struct', 'DnsServer', 'VirtualNetworkDnsServers'),
    ),
    'VirtualNetworkGateway': (
        ('profile', 'Profile', 'str', None, None, None),
        ('sites', 'Sites', 'list', 'struct', 'LocalNetworkSite', 'LocalNetworkSites'),
        ('vpn_client_address_pool', 'VPNClientAddressPool', 'struct', None, 'AddressSpace', None),
    ),
    'VirtualNetworkSite': (
        ('name', 'Name', 'str', None, None, None),
        ('id', 'Id', 'str', None, None, None),
        ('label', 'Label', 'str', None, None, None),
        ('affinity_group', 'AffinityGroup', 'str', None, None, None),
        ('state', 'State', 'str', None, None, None),
        ('in_use', 'InUse', 'bool', None, None, None),
        ('address_space', 'AddressSpace', 'struct', None, 'AddressSpace', None),
        ('subnets', 'Subnets', 'list', 'struct', 'Subnet', 'Subnets'),
        ('dns', 'Dns', 'struct', None, 'VirtualNetworkDns', None),
        ('gateway', 'Gateway', 'struct', None, 'VirtualNetworkGateway', None),
        ('location', 'Location', 'str', None, None, None),
        ('migration_state', 'MigrationState', 'str', None, None, None),
    ),
    'WebSpace': (
        ('availability_state', 'AvailabilityState', 'str', None, None, None),
        ('compute_mode', 'ComputeMode', 'str', None, None, None),
        ('current_number_of_workers', 'CurrentNumberOfWorkers', 'int', None, None, None),
        ('current_worker_size', 'CurrentWorkerSize', 'str', None, None, None),
        ('geo_location', 'GeoLocation', 'str', None, None, None),
        ('geo_region', 'GeoRegion', 'str', None, None, None),
        ('hosting_environment', 'HostingEnvironment', 'str', None, None, None),
        ('name', 'Name', 'str', None, None, None),
        ('number_of_workers', 'NumberOfWorkers', 'int', None, None, None),
        ('plan', 'Plan', 'str', None, None, None),
        ('status', 'Status', 'str', None, None, None),
        ('subscription', 'Subscription', 'str', None, None, None),
        ('worker_size', 'WorkerSize', 'str', None, None, None),
    ),
    'WinRM': (
        ('listeners', 'Listeners', 'list', 'struct', 'Listener', 'WinRMListeners'),
    ),
    'WindowsConfigurationSet': (
        ('configuration_set_type', 'ConfigurationSetType', 'str', None, None, None),
        ('computer_name', 'ComputerName', 'str', None, None, None),
        ('admin_password', 'AdminPassword', 'str', None, None, None),
        ('reset_password_on_first_logon', 'ResetPasswordOnFirstLogon', 'bool', None, None, None),
        ('enable_automatic_updates', 'EnableAutomaticUpdates', 'bool', None, None, None),
        ('time_zone', 'TimeZone', 'str', None, None, None),
        ('domain_join', 'DomainJoin', 'struct', None, 'DomainJoin', None),
        ('stored_certificate_settings', 'StoredCertificateSettings', 'list', 'struct', 'CertificateSetting', 'StoredCertificateSettings'),
        ('win_rm', 'WinRM', 'struct', None, 'WinRM', None),
        ('admin_username', 'AdminUsername', 'str', None, None, None),
        ('host_name', 'HostName', 'str', None, None, None),
        ('user_name', 'UserName', 'str', None, None, None),
        ('user_password', 'UserPassword', 'str', None, None, None),
        ('disable_ssh_password_authentication', 'DisableSshPasswordAuthentication', 'bool', None, None, None),
        ('ssh', 'SSH', 'struct', None, 'SSH', None),
        ('custom_data', 'CustomData', 'b64', None, None, None),
        ('additional_unattend_content', 'AdditionalUnattendContent', 'struct', None, 'AdditionalUnattendContent', None),
        ('input_endpoints', 'InputEndpoints', 'list', 'struct', 'ConfigurationSetInputEndpoint', 'ConfigurationSetInputEndpoints'),
        ('subnet_names', 'SubnetNames', 'list', 'str', None, 'ConfigurationSetSubnetNames'),
        ('static_virtual_network_ip_address', 'StaticVirtualNetworkIPAddress', 'str', None, None, None),
        ('public_ips', 'PublicIPs', 'list', 'struct', 'PublicIP', 'PublicIPs'),
        ('network_interfaces', 'NetworkInterfaces', 'list', 'struct', 'ConfigurationSetNetworkInterface', 'ConfigurationSetNetworkInterfaces'),
        ('network_security_group', 'NetworkSecurityGroup', 'str', None, None, None),
    ),
}

# Base model -> variant -> the fields the variant fixes (how JSON picks a variant).
VARIANTS: dict[str, dict[str, dict[str, object]]] = {
    'ConfigurationSet': {
        'LinuxConfigurationSet': {'configuration_set_type': 'LinuxProvisioningConfiguration'},
        'WindowsConfigurationSet': {'configuration_set_type': 'WindowsProvisioningConfiguration'},
    },
}

# List wrappers given as parameters -> (item kind, item model, list class).
WRAPPERS: dict[str, tuple[str | None, str | None, str | None]] = {
}

# Model -> the columns `-o table` and `-o tsv` show (the spec's `cli_columns`): field
# paths through nested models, each column named by its last step.
TABLES: dict[str, tuple[str, ...]] = {
    'AffinityGroup': ('name', 'label', 'location', 'created_time'),
    'Certificate': ('thumbprint', 'thumbprint_algorithm', 'certificate_url'),
    'CloudService': ('name', 'label', 'geo_region'),
    'Database': ('name', 'edition', 'max_size_gb', 'state', 'creation_date'),
    'Deployment': ('name', 'deployment_slot', 'status', 'label', 'upgrade_domain_count', 'created_time'),
    'Disk': ('name', 'os', 'logical_disk_size_in_gb', 'attached_to.hosted_service_name', 'attached_to.role_name', 'location', 'media_link'),
    'EventLog': ('start_time_utc', 'database_name', 'event_category', 'event_type', 'severity', 'number_of_events'),
    'FirewallRule': ('name', 'start_ip_address', 'end_ip_address'),
    'HostedService': ('service_name', 'hosted_service_properties.status', 'hosted_service_properties.location', 'hosted_service_properties.affinity_group', 'hosted_service_properties.label', 'hosted_service_properties.date_created'),
    'Location': ('name', 'display_name'),
    'MetricDefinition': ('name', 'display_name', 'unit', 'primary_aggregation_type'),
    'NotificationHubDescription': ('name', 'registration_ttl'),
    'OSImage': ('name', 'os', 'category', 'logical_size_in_gb', 'published_date'),
    'OperatingSystem': ('version', 'family', 'family_label', 'is_default', 'is_active'),
    'OperatingSystemFamily': ('name', 'label'),
    'Operation': ('id', 'status', 'http_status_code', 'error.code', 'error.message'),
    'QueueDescription': ('name', 'status', 'message_count', 'size_in_bytes', 'max_size_in_megabytes'),
    'RelayDescription': ('name', 'path', 'listener_type', 'listener_count'),
    'ReservedIP': ('name', 'address', 'state', 'in_use', 'location', 'service_name', 'deployment_name'),
    'ResourceExtension': ('publisher', 'name', 'version', 'label'),
    'RoleInstance': ('role_name', 'instance_name', 'instance_status', 'power_state', 'instance_size', 'ip_address', 'host_name'),
    'RoleSize': ('name', 'cores', 'memory_in_mb', 'max_data_disk_count', 'supported_by_virtual_machines', 'supported_by_web_worker_roles'),
    'Server': ('name', 'location', 'version', 'state', 'administrator_login', 'fully_qualified_domain_name'),
    'ServerQuota': ('name', 'value'),
    'ServiceBusNamespace': ('name', 'region', 'status', 'namespace_type', 'created_at'),
    'ServiceBusRegion': ('code', 'fullname'),
    'ServiceObjective': ('name', 'id', 'is_default', 'enabled'),
    'Site': ('name', 'state', 'web_space', 'availability_state', 'usage_state'),
    'StorageService': ('service_name', 'storage_service_properties.status', 'storage_service_properties.location', 'storage_service_properties.affinity_group', 'storage_service_properties.account_type'),
    'Subscription': ('subscription_id', 'subscription_name', 'subscription_status', 'current_core_count', 'max_core_count', 'current_storage_accounts', 'max_storage_accounts'),
    'SubscriptionCertificate': ('subscription_certificate_thumbprint', 'created'),
    'SubscriptionOperation': ('operation_id', 'operation_name', 'operation_status.status', 'operation_status.http_status_code', 'operation_started_time', 'operation_completed_time', 'operation_object_id'),
    'TopicDescription': ('name', 'status', 'subscription_count', 'size_in_bytes', 'max_size_in_megabytes'),
    'VMImage': ('name', 'category', 'os_disk_configuration.os', 'os_disk_configuration.os_state', 'location', 'created_time'),
    'VirtualNetworkSite': ('name', 'state', 'location', 'affinity_group', 'in_use'),
    'WebSpace': ('name', 'geo_region', 'status', 'plan', 'worker_size', 'number_of_workers'),
}

# Client class -> the x-ms-version its requests send (`asm --version`).
API_VERSIONS = {
    'SchedulerManagementService': '2014-10-01',
    'ServiceBusManagementService': '2012-03-01',
    'ServiceManagementService': '2014-10-01',
    'SqlDatabaseManagementService': '2014-10-01',
    'WebsiteManagementService': '2014-10-01',
}

AREAS = {
    'affinity-groups': 'Affinity groups',
    'common': 'The client class and the operations every area relies on',
    'hosted-services': 'Cloud services, deployments, role instances, certificates, locations, guest OS versions, role sizes and the subscription',
    'networking': 'Networking: reserved IP addresses, deployment DNS servers, virtual network sites',
    'scheduler': 'Scheduler: cloud services that hold job collections, job collections and jobs',
    'servicebus': 'Service Bus management: namespaces, regions, the entities of a namespace and their metrics',
    'sqldatabase': 'Azure SQL Database servers, databases and firewall rules: the SqlDatabaseManagementService client',
    'storage': 'Storage accounts (classic storage services)',
    'virtual-machines': 'Virtual machines and images: VM deployments and roles, role operations, OS images, VM images, disks, data disks and resource extensions',
    'website': 'Web sites (classic): the WebsiteManagementService client',
}


def _area_affinity_groups(area: rt.AreaParsers) -> None:
    p = area.command(
        'create-affinity-group',
        'ServiceManagementService', 'create_affinity_group',
        'Create an affinity group in a region.',
        positional=['name', 'label', 'location'],
        result='none',
        example='asm affinity-groups create-affinity-group "$NAME" "$LABEL" "$LOCATION"')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the new affinity group, unique in the subscription.')
    rt.arg(p, '--label', 'str', required=True,
           doc='Display name (up to 100 characters); base64-encoded on the wire.')
    rt.arg(p, '--location', 'str', required=True,
           doc="Region of the group, such as 'West US'.")
    rt.arg(p, '--description', 'str',
           doc='Free-text description (up to 1024 characters).')
    p = area.command(
        'delete-affinity-group',
        'ServiceManagementService', 'delete_affinity_group',
        'Delete an affinity group; it must no longer hold any cloud service, storage '
        'account or virtual network.',
        positional=['affinity_group_name'],
        result='none',
        example='asm affinity-groups delete-affinity-group "$AFFINITY_GROUP_NAME"')
    rt.arg(p, '--affinity-group-name', 'str', required=True,
           doc='Name of the affinity group.')
    p = area.command(
        'get-affinity-group-properties',
        'ServiceManagementService', 'get_affinity_group_properties',
        'Get an affinity group with the cloud services and storage accounts placed in it.',
        positional=['affinity_group_name'],
        result='model', model='AffinityGroup',
        example='asm affinity-groups get-affinity-group-properties "$AFFINITY_GROUP_NAME"')
    rt.arg(p, '--affinity-group-name', 'str', required=True,
           doc='Name of the affinity group.')
    p = area.command(
        'list-affinity-groups',
        'ServiceManagementService', 'list_affinity_groups',
        'List the affinity groups of the subscription.',
        positional=[],
        result='list', model='AffinityGroup',
        example='asm affinity-groups list-affinity-groups -o table')
    p = area.command(
        'update-affinity-group',
        'ServiceManagementService', 'update_affinity_group',
        'Change the label and description of an affinity group.',
        positional=['affinity_group_name', 'label'],
        result='none',
        example='asm affinity-groups update-affinity-group "$AFFINITY_GROUP_NAME" "$LABEL"')
    rt.arg(p, '--affinity-group-name', 'str', required=True,
           doc='Name of the affinity group.')
    rt.arg(p, '--label', 'str', required=True,
           doc='New display name (up to 100 characters).')
    rt.arg(p, '--description', 'str',
           doc='New description; None keeps the current one.')


def _area_common(area: rt.AreaParsers) -> None:
    p = area.command(
        'get-operation-status',
        'ServiceManagementService', 'get_operation_status',
        'Get the status of an asynchronous operation from the request id it returned.',
        positional=['request_id'],
        result='model', model='Operation',
        example='asm common get-operation-status "$REQUEST_ID"')
    rt.arg(p, '--request-id', 'str', required=True,
           doc='The x-ms-request-id of the asynchronous call.')
    p = area.command(
        'wait-for-operation-status',
        'ServiceManagementService', 'wait_for_operation_status',
        'Wait until an asynchronous operation ends, from the request id it answered; '
        'print its final status.\n'
        '\n'
        'The operation itself is not affected by the waiting: interrupted, wait again the'
        ' same way.',
        positional=['request_id'],
        result='model', model='Operation', waits='operation',
        example='asm common wait-for-operation-status "$REQUEST_ID"')
    rt.arg(p, '--request-id', 'str', required=True,
           doc='The x-ms-request-id of the asynchronous call.')
    rt.arg(p, '--wait-for-status', 'str',
           doc='The status that ends the wait. (default: Succeeded)')
    rt.arg(p, '--timeout', 'float', default=1800,
           doc='Seconds to wait before giving up (default: 1800).')
    rt.arg(p, '--sleep-interval', 'float',
           doc='Fixed seconds between status checks (default: soon at first, backing off '
               'to 5).')
    p = area.command(
        'wait-for-operations',
        'ServiceManagementService', 'wait_for_operations',
        'Wait until several asynchronous operations end, polling them together; print '
        'their final statuses.\n'
        '\n'
        'Fails (exit 1) when any failed or was still running at the timeout, naming each.',
        positional=['request_ids'],
        result='list', model='Operation', waits='operations',
        example='asm common wait-for-operations "$REQUEST_IDS" -o table')
    rt.arg(p, '--request-ids', 'str_list', required=True,
           doc='The x-ms-request-ids of the asynchronous calls: every argument left, or '
               'a,b,c.')
    rt.arg(p, '--timeout', 'float', default=1800,
           doc='Seconds to wait before giving up (default: 1800).')
    rt.arg(p, '--sleep-interval', 'float',
           doc='Fixed seconds between status checks (default: soon at first, backing off '
               'to 5).')


def _area_hosted_services(area: rt.AreaParsers) -> None:
    p = area.command(
        'add-management-certificate',
        'ServiceManagementService', 'add_management_certificate',
        'Add a management certificate to the subscription.',
        positional=['public_key', 'thumbprint', 'data'],
        result='none',
        example='asm hosted-services add-management-certificate "$PUBLIC_KEY" "$THUMBPRINT" "$DATA"')
    rt.arg(p, '--public-key', 'str', required=True,
           doc="Base64 of the certificate's public key.")
    rt.arg(p, '--thumbprint', 'str', required=True,
           doc='Thumbprint of the certificate, in hex.')
    rt.arg(p, '--data', 'str', required=True,
           doc="Base64 of the certificate's raw .cer data.")
    p = area.command(
        'add-service-certificate',
        'ServiceManagementService', 'add_service_certificate',
        'Install a certificate (.pfx or .cer) in a cloud service for its roles to use.',
        positional=['service_name', 'data', 'certificate_format'],
        result='none', is_async=True,
        example='asm hosted-services add-service-certificate "$SERVICE_NAME" "$DATA" "$CERTIFICATE_FORMAT" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--data', 'str', required=True,
           doc='The certificate file, base64-encoded.')
    rt.arg(p, '--certificate-format', 'str', required=True,
           doc="'pfx' or 'cer'.")
    rt.arg(p, '--password', 'str',
           doc='Password of a .pfx file.')
    p = area.command(
        'change-deployment-configuration',
        'ServiceManagementService', 'change_deployment_configuration',
        'Upload a new service configuration (.cscfg) to a running deployment.',
        positional=['service_name', 'deployment_name', 'configuration'],
        result='none', is_async=True,
        example='asm hosted-services change-deployment-configuration "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$CONFIGURATION" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--configuration', 'str', required=True,
           doc='The new service configuration file, already base64-encoded.')
    rt.arg(p, '--treat-warnings-as-error', 'bool',
           doc='Fail the change when validation reports warnings. (default: False)')
    rt.arg(p, '--mode', 'str',
           doc="'Auto' to walk all upgrade domains, 'Manual' to walk them with "
               "walk_upgrade_domain, or 'Simultaneous'. (default: Auto)")
    rt.arg(p, '--extended-properties', 'map',
           doc='Name/value pairs to store with the deployment.')
    p = area.command(
        'check-hosted-service-name-availability',
        'ServiceManagementService', 'check_hosted_service_name_availability',
        'Check whether a cloud service name is still free.',
        positional=['service_name'],
        result='model', model='AvailabilityResponse',
        example='asm hosted-services check-hosted-service-name-availability "$SERVICE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='The name to check.')
    p = area.command(
        'create-deployment',
        'ServiceManagementService', 'create_deployment',
        'Deploy a service package (.cspkg) with its configuration into the production or '
        'staging slot.',
        positional=['service_name', 'deployment_slot', 'name', 'package_url', 'label', 'configuration'],
        result='none', is_async=True,
        example='asm hosted-services create-deployment "$SERVICE_NAME" "$DEPLOYMENT_SLOT" "$NAME" "$PACKAGE_URL" "$LABEL" "$CONFIGURATION" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-slot', 'str', required=True,
           doc="'production' or 'staging'.")
    rt.arg(p, '--name', 'str', required=True,
           doc='Unique name for the deployment.')
    rt.arg(p, '--package-url', 'str', required=True,
           doc='URL of the .cspkg package in blob storage (same subscription, or a SAS '
               'URL).')
    rt.arg(p, '--label', 'str', required=True,
           doc='Display label (base64-encoded on the wire).')
    rt.arg(p, '--configuration', 'str', required=True,
           doc='The service configuration (.cscfg) file, already base64-encoded.')
    rt.arg(p, '--start-deployment', 'bool',
           doc='Start the deployment as soon as it is created. (default: False)')
    rt.arg(p, '--treat-warnings-as-error', 'bool',
           doc='Fail the deployment when the package validation reports warnings. '
               '(default: False)')
    rt.arg(p, '--extended-properties', 'map',
           doc='User-defined name/value pairs to store with the deployment.')
    p = area.command(
        'create-hosted-service',
        'ServiceManagementService', 'create_hosted_service',
        'Create a cloud service. Give either a location or an affinity group.',
        positional=['service_name', 'label'],
        result='none', is_async=True,
        example='asm hosted-services create-hosted-service "$SERVICE_NAME" "$LABEL" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the new cloud service; unique in Azure, it becomes '
               '<name>.cloudapp.net.')
    rt.arg(p, '--label', 'str', required=True,
           doc='Display label, up to 100 characters (base64-encoded on the wire).')
    rt.arg(p, '--description', 'str',
           doc='Free-text description, up to 1024 characters.')
    rt.arg(p, '--location', 'str',
           doc="Region of the service, such as 'West US'; required unless "
               '--affinity-group is given.')
    rt.arg(p, '--affinity-group', 'str',
           doc='Affinity group to place the service in; required unless location is '
               'given.')
    rt.arg(p, '--extended-properties', 'map',
           doc='User-defined name/value pairs to store with the service.')
    p = area.command(
        'delete-deployment',
        'ServiceManagementService', 'delete_deployment',
        'Delete a deployment; with --delete-vhd also delete its disks and their blobs.',
        positional=['service_name', 'deployment_name'],
        result='none', is_async=True,
        example='asm hosted-services delete-deployment "$SERVICE_NAME" "$DEPLOYMENT_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--delete-vhd', 'bool',
           doc="Also delete the OS and data disks of the deployment's virtual machines "
               'and their blobs. (default: False)')
    p = area.command(
        'delete-hosted-service',
        'ServiceManagementService', 'delete_hosted_service',
        'Delete a cloud service; with --complete also delete its disks and their blobs.',
        positional=['service_name'],
        result='none', is_async=True,
        example='asm hosted-services delete-hosted-service "$SERVICE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--complete', 'bool',
           doc='Also delete the OS and data disks of the service and their source blobs. '
               '(default: False)')
    p = area.command(
        'delete-management-certificate',
        'ServiceManagementService', 'delete_management_certificate',
        'Remove a management certificate from the subscription.',
        positional=['thumbprint'],
        result='none',
        example='asm hosted-services delete-management-certificate "$THUMBPRINT"')
    rt.arg(p, '--thumbprint', 'str', required=True,
           doc='Thumbprint of the certificate, in hex.')
    p = area.command(
        'delete-role-instances',
        'ServiceManagementService', 'delete_role_instances',
        'Remove role instances from a deployment (scale in by name).',
        positional=['service_name', 'deployment_name', 'role_instance_names'],
        result='none', is_async=True,
        example='asm hosted-services delete-role-instances "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_INSTANCE_NAMES" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--role-instance-names', 'str_list', required=True,
           doc='Names of the role instances to delete.')
    p = area.command(
        'delete-service-certificate',
        'ServiceManagementService', 'delete_service_certificate',
        'Remove a certificate from a cloud service.',
        positional=['service_name', 'thumbalgorithm', 'thumbprint'],
        result='none', is_async=True,
        example='asm hosted-services delete-service-certificate "$SERVICE_NAME" "$THUMBALGORITHM" "$THUMBPRINT" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--thumbalgorithm', 'str', required=True,
           doc="Algorithm of the thumbprint, such as 'sha1'.")
    rt.arg(p, '--thumbprint', 'str', required=True,
           doc='Thumbprint of the certificate, in hex.')
    p = area.command(
        'get-deployment-by-name',
        'ServiceManagementService', 'get_deployment_by_name',
        'Get a deployment of a cloud service by its name.',
        positional=['service_name', 'deployment_name'],
        result='model', model='Deployment',
        example='asm hosted-services get-deployment-by-name "$SERVICE_NAME" "$DEPLOYMENT_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    p = area.command(
        'get-deployment-by-slot',
        'ServiceManagementService', 'get_deployment_by_slot',
        'Get the deployment in a slot (production or staging) of a cloud service.',
        positional=['service_name', 'deployment_slot'],
        result='model', model='Deployment',
        example='asm hosted-services get-deployment-by-slot "$SERVICE_NAME" "$DEPLOYMENT_SLOT"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-slot', 'str', required=True,
           doc="'production' or 'staging'.")
    p = area.command(
        'get-hosted-service-properties',
        'ServiceManagementService', 'get_hosted_service_properties',
        "Get a cloud service's properties and, with --embed-detail, its deployments too.",
        positional=['service_name'],
        result='model', model='HostedService',
        example='asm hosted-services get-hosted-service-properties "$SERVICE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--embed-detail', 'bool',
           doc='Also return the deployments of the service, with their role instances. '
               '(default: False)')
    p = area.command(
        'get-management-certificate',
        'ServiceManagementService', 'get_management_certificate',
        'Get one management certificate of the subscription.',
        positional=['thumbprint'],
        result='model', model='SubscriptionCertificate',
        example='asm hosted-services get-management-certificate "$THUMBPRINT"')
    rt.arg(p, '--thumbprint', 'str', required=True,
           doc='Thumbprint of the certificate, in hex.')
    p = area.command(
        'get-service-certificate',
        'ServiceManagementService', 'get_service_certificate',
        'Get the public data of one certificate installed in a cloud service.',
        positional=['service_name', 'thumbalgorithm', 'thumbprint'],
        result='model', model='Certificate',
        example='asm hosted-services get-service-certificate "$SERVICE_NAME" "$THUMBALGORITHM" "$THUMBPRINT"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--thumbalgorithm', 'str', required=True,
           doc="Algorithm of the thumbprint, such as 'sha1'.")
    rt.arg(p, '--thumbprint', 'str', required=True,
           doc='Thumbprint of the certificate, in hex.')
    p = area.command(
        'get-subscription',
        'ServiceManagementService', 'get_subscription',
        "Get the subscription's name, status, quotas and current usage.",
        positional=[],
        result='model', model='Subscription',
        example='asm hosted-services get-subscription')
    p = area.command(
        'list-hosted-services',
        'ServiceManagementService', 'list_hosted_services',
        'List the cloud services of the subscription.',
        positional=[],
        result='list', model='HostedService',
        example='asm hosted-services list-hosted-services -o table')
    p = area.command(
        'list-locations',
        'ServiceManagementService', 'list_locations',
        'List the regions (locations) where services can be placed, with what each '
        'offers.',
        positional=[],
        result='list', model='Location',
        example='asm hosted-services list-locations -o table')
    p = area.command(
        'list-management-certificates',
        'ServiceManagementService', 'list_management_certificates',
        'List the management certificates that may authenticate calls for the '
        'subscription.',
        positional=[],
        result='list', model='SubscriptionCertificate',
        example='asm hosted-services list-management-certificates -o table')
    p = area.command(
        'list-operating-system-families',
        'ServiceManagementService', 'list_operating_system_families',
        'List the guest OS versions grouped by OS family.',
        positional=[],
        result='list', model='OperatingSystemFamily',
        example='asm hosted-services list-operating-system-families -o table')
    p = area.command(
        'list-operating-systems',
        'ServiceManagementService', 'list_operating_systems',
        'List the guest OS versions that web and worker roles can run.',
        positional=[],
        result='list', model='OperatingSystem',
        example='asm hosted-services list-operating-systems -o table')
    p = area.command(
        'list-role-sizes',
        'ServiceManagementService', 'list_role_sizes',
        'List the role sizes available to the subscription, with cores, memory and disk '
        'limits.',
        positional=[],
        result='list', model='RoleSize',
        example='asm hosted-services list-role-sizes -o table')
    p = area.command(
        'list-service-certificates',
        'ServiceManagementService', 'list_service_certificates',
        'List the certificates installed in a cloud service.',
        positional=['service_name'],
        result='list', model='Certificate',
        example='asm hosted-services list-service-certificates "$SERVICE_NAME" -o table')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    p = area.command(
        'list-subscription-operations',
        'ServiceManagementService', 'list_subscription_operations',
        'List the operations performed on the subscription in a time range, one page at a'
        ' time.',
        positional=[],
        result='model', model='SubscriptionOperation', paging=('continuation_token', 'continuation_token', 'subscription_operations'),
        example='asm hosted-services list-subscription-operations')
    rt.arg(p, '--start-time', 'str',
           doc='Start of the range, an ISO 8601 date/time (the service requires it).')
    rt.arg(p, '--end-time', 'str',
           doc='End of the range, an ISO 8601 date/time (the service requires it).')
    rt.arg(p, '--object-id-filter', 'str',
           doc='Only operations on this object (its management path).')
    rt.arg(p, '--operation-result-filter', 'str',
           doc="Only operations that ended so: 'Succeeded', 'Failed' or 'InProgress'.")
    rt.arg(p, '--continuation-token', 'str',
           doc='Token from the previous page, to get the next one.')
    p = area.command(
        'list-subscriptions',
        'ServiceManagementService', 'list_subscriptions',
        'List the subscriptions the caller can access (needs an Azure Active Directory '
        'token, not a certificate).',
        positional=[],
        result='list', model='Subscription',
        example='asm hosted-services list-subscriptions -o table')
    p = area.command(
        'reboot-role-instance',
        'ServiceManagementService', 'reboot_role_instance',
        'Reboot one role instance of a deployment.',
        positional=['service_name', 'deployment_name', 'role_instance_name'],
        result='none', is_async=True,
        example='asm hosted-services reboot-role-instance "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_INSTANCE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--role-instance-name', 'str', required=True,
           doc='Name of the role instance.')
    p = area.command(
        'rebuild-role-instance',
        'ServiceManagementService', 'rebuild_role_instance',
        'Reinstall the operating system of a web or worker role instance and reset all '
        'its local drives.',
        positional=['service_name', 'deployment_name', 'role_instance_name'],
        result='none', is_async=True,
        example='asm hosted-services rebuild-role-instance "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_INSTANCE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--role-instance-name', 'str', required=True,
           doc='Name of the role instance.')
    p = area.command(
        'reimage-role-instance',
        'ServiceManagementService', 'reimage_role_instance',
        'Reinstall the operating system of a web or worker role instance, keeping its '
        'local storage.',
        positional=['service_name', 'deployment_name', 'role_instance_name'],
        result='none', is_async=True,
        example='asm hosted-services reimage-role-instance "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_INSTANCE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--role-instance-name', 'str', required=True,
           doc='Name of the role instance.')
    p = area.command(
        'rollback-update-or-upgrade',
        'ServiceManagementService', 'rollback_update_or_upgrade',
        'Cancel an upgrade or configuration change under way and return the deployment to'
        ' its previous state.',
        positional=['service_name', 'deployment_name', 'mode', 'force'],
        result='none', is_async=True,
        example='asm hosted-services rollback-update-or-upgrade "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$MODE" "$FORCE" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--mode', 'str', required=True,
           doc="'Auto' or 'Manual' (walk the rollback with walk_upgrade_domain).")
    rt.arg(p, '--force', 'bool', required=True,
           doc='Go on even when the rollback would lose local data of role instances.')
    p = area.command(
        'swap-deployment',
        'ServiceManagementService', 'swap_deployment',
        'Swap the production and staging deployments of a cloud service (a virtual IP '
        'swap).',
        positional=['service_name', 'production', 'source_deployment'],
        result='none', is_async=True,
        example='asm hosted-services swap-deployment "$SERVICE_NAME" "$PRODUCTION" "$SOURCE_DEPLOYMENT" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--production', 'str', required=True,
           doc='Name of the deployment now in production.')
    rt.arg(p, '--source-deployment', 'str', required=True,
           doc='Name of the deployment now in staging, to move to production.')
    p = area.command(
        'update-deployment-status',
        'ServiceManagementService', 'update_deployment_status',
        "Start ('Running') or stop ('Suspended') a deployment.",
        positional=['service_name', 'deployment_name', 'status'],
        result='none', is_async=True,
        example='asm hosted-services update-deployment-status "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$STATUS" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--status', 'str', required=True,
           doc="'Running' or 'Suspended'.")
    p = area.command(
        'update-hosted-service',
        'ServiceManagementService', 'update_hosted_service',
        'Change the label, description or extended properties of a cloud service.',
        positional=['service_name'],
        result='none',
        example='asm hosted-services update-hosted-service "$SERVICE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--label', 'str',
           doc='New display label; None leaves it unchanged.')
    rt.arg(p, '--description', 'str',
           doc='New description; None leaves it unchanged.')
    rt.arg(p, '--extended-properties', 'map',
           doc='Name/value pairs to add or change.')
    p = area.command(
        'upgrade-deployment',
        'ServiceManagementService', 'upgrade_deployment',
        'Upgrade a deployment in place to a new package and configuration.',
        positional=['service_name', 'deployment_name', 'mode', 'package_url', 'configuration', 'label', 'force'],
        result='none', is_async=True,
        example='asm hosted-services upgrade-deployment "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$MODE" "$PACKAGE_URL" "$CONFIGURATION" "$LABEL" "$FORCE" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--mode', 'str', required=True,
           doc="'Auto', 'Manual' (walk domains with walk_upgrade_domain) or "
               "'Simultaneous'.")
    rt.arg(p, '--package-url', 'str', required=True,
           doc='URL of the new .cspkg package in blob storage.')
    rt.arg(p, '--configuration', 'str', required=True,
           doc='The new service configuration file, already base64-encoded.')
    rt.arg(p, '--label', 'str', required=True,
           doc='New display label (base64-encoded on the wire).')
    rt.arg(p, '--force', 'bool', required=True,
           doc='Go on even when the upgrade would lose local data of role instances.')
    rt.arg(p, '--role-to-upgrade', 'str',
           doc='Upgrade only this role; None upgrades all of them.')
    rt.arg(p, '--extended-properties', 'map',
           doc='Name/value pairs to store with the deployment.')
    p = area.command(
        'wait-until-deployment-deleted',
        'ServiceManagementService', 'wait_until_deployment_deleted',
        'Wait until a deployment no longer exists (its GET answers 404).',
        positional=['service_name', 'deployment_name'],
        result='model', waiter=True, model='Deployment',
        progress=('status', None, 'item'),
        example='asm hosted-services wait-until-deployment-deleted "$SERVICE_NAME" "$DEPLOYMENT_NAME" --timeout 900')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 900.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')
    p = area.command(
        'wait-until-deployment-running',
        'ServiceManagementService', 'wait_until_deployment_running',
        "Wait until a deployment's status is Running.",
        positional=['service_name', 'deployment_name'],
        result='model', waiter=True, model='Deployment',
        progress=('path', 'status', 'item'),
        example='asm hosted-services wait-until-deployment-running "$SERVICE_NAME" "$DEPLOYMENT_NAME" --timeout 900')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 900.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')
    p = area.command(
        'wait-until-hosted-service-deleted',
        'ServiceManagementService', 'wait_until_hosted_service_deleted',
        'Wait until a cloud service no longer exists (its GET answers 404).',
        positional=['service_name'],
        result='model', waiter=True, model='HostedService',
        progress=('status', None, 'item'),
        example='asm hosted-services wait-until-hosted-service-deleted "$SERVICE_NAME" --timeout 600')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 600.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')
    p = area.command(
        'wait-until-role-instances-ready',
        'ServiceManagementService', 'wait_until_role_instances_ready',
        'Wait until every role instance of a deployment is ReadyRole.\n'
        '\n'
        'Fails as soon as one instance is FailedStartingVM or ProvisioningFailed; an '
        'instance still\n'
        "CreatingVM when the timeout runs out shows in the timeout error's `state`.",
        positional=['service_name', 'deployment_name'],
        result='model', waiter=True, model='Deployment',
        progress=('path_all', 'role_instance_list[].instance_status', 'role instance'),
        example='asm hosted-services wait-until-role-instances-ready "$SERVICE_NAME" "$DEPLOYMENT_NAME" --timeout 900')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 900.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')
    p = area.command(
        'wait-until-role-stopped',
        'ServiceManagementService', 'wait_until_role_stopped',
        'Wait until every instance of one role of a deployment is stopped (StoppedVM, or '
        'StoppedDeallocated when its resources were released).',
        positional=['service_name', 'deployment_name', 'role_name'],
        result='model', waiter=True, model='Deployment',
        progress=('path_all', 'role_instance_list[?role_name == {role_name}].instance_status', 'role instance'),
        example='asm hosted-services wait-until-role-stopped "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" --timeout 900')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the role (the virtual machine).')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 900.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')
    p = area.command(
        'walk-upgrade-domain',
        'ServiceManagementService', 'walk_upgrade_domain',
        'Upgrade the next upgrade domain of a manual-mode upgrade or configuration '
        'change.',
        positional=['service_name', 'deployment_name', 'upgrade_domain'],
        result='none', is_async=True,
        example='asm hosted-services walk-upgrade-domain "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$UPGRADE_DOMAIN" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the cloud service.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--upgrade-domain', 'int', required=True,
           doc='Number (from 0) of the upgrade domain to upgrade.')


def _area_networking(area: rt.AreaParsers) -> None:
    p = area.command(
        'add-dns-server',
        'ServiceManagementService', 'add_dns_server',
        'Add a DNS server to the settings of a virtual machine deployment.',
        positional=['service_name', 'deployment_name', 'dns_server_name', 'address'],
        result='none', is_async=True,
        example='asm networking add-dns-server "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$DNS_SERVER_NAME" "$ADDRESS" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service that owns the deployment.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--dns-server-name', 'str', required=True,
           doc='Name for the DNS server entry.')
    rt.arg(p, '--address', 'str', required=True,
           doc='IPv4 address of the DNS server.')
    p = area.command(
        'associate-reserved-ip-address',
        'ServiceManagementService', 'associate_reserved_ip_address',
        'Bind a reserved IP address to a running cloud service deployment.',
        positional=['name', 'service_name', 'deployment_name'],
        result='none', is_async=True,
        example='asm networking associate-reserved-ip-address "$NAME" "$SERVICE_NAME" "$DEPLOYMENT_NAME" --wait')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the reserved IP.')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service that owns the deployment.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment to bind the address to.')
    rt.arg(p, '--virtual-ip-name', 'str',
           doc='Virtual IP of the deployment to use (multi-VIP deployments); None uses '
               'the default one.')
    p = area.command(
        'create-reserved-ip-address',
        'ServiceManagementService', 'create_reserved_ip_address',
        'Reserve a public IP address in a region.',
        positional=['name'],
        result='none', is_async=True,
        example='asm networking create-reserved-ip-address "$NAME" --wait')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the new reservation.')
    rt.arg(p, '--label', 'str',
           doc='Display name (sent as plain text).')
    rt.arg(p, '--location', 'str',
           doc="Region to reserve the address in, such as 'West US'.")
    p = area.command(
        'delete-dns-server',
        'ServiceManagementService', 'delete_dns_server',
        'Remove a DNS server entry from a virtual machine deployment.',
        positional=['service_name', 'deployment_name', 'dns_server_name'],
        result='none', is_async=True,
        example='asm networking delete-dns-server "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$DNS_SERVER_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service that owns the deployment.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--dns-server-name', 'str', required=True,
           doc='Name of the DNS server entry to remove.')
    p = area.command(
        'delete-reserved-ip-address',
        'ServiceManagementService', 'delete_reserved_ip_address',
        'Release a reserved IP address; it must not be bound to a deployment.',
        positional=['name'],
        result='none', is_async=True,
        example='asm networking delete-reserved-ip-address "$NAME" --wait')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the reserved IP.')
    p = area.command(
        'disassociate-reserved-ip-address',
        'ServiceManagementService', 'disassociate_reserved_ip_address',
        'Unbind a reserved IP address from a cloud service deployment.',
        positional=['name', 'service_name', 'deployment_name'],
        result='none', is_async=True,
        example='asm networking disassociate-reserved-ip-address "$NAME" "$SERVICE_NAME" "$DEPLOYMENT_NAME" --wait')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the reserved IP.')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service that owns the deployment.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment the address is bound to.')
    rt.arg(p, '--virtual-ip-name', 'str',
           doc='Virtual IP of the deployment the address is bound to; None means the '
               'default one.')
    p = area.command(
        'get-reserved-ip-address',
        'ServiceManagementService', 'get_reserved_ip_address',
        'Get a reserved IP address and what it is bound to.',
        positional=['name'],
        result='model', model='ReservedIP',
        example='asm networking get-reserved-ip-address "$NAME"')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the reserved IP.')
    p = area.command(
        'list-reserved-ip-addresses',
        'ServiceManagementService', 'list_reserved_ip_addresses',
        'List the reserved IP addresses of the subscription.',
        positional=[],
        result='list', model='ReservedIP',
        example='asm networking list-reserved-ip-addresses -o table')
    p = area.command(
        'list-virtual-network-sites',
        'ServiceManagementService', 'list_virtual_network_sites',
        'List the virtual networks configured in the subscription.',
        positional=[],
        result='list', model='VirtualNetworkSite',
        example='asm networking list-virtual-network-sites -o table')
    p = area.command(
        'update-dns-server',
        'ServiceManagementService', 'update_dns_server',
        'Change the address of a DNS server entry of a virtual machine deployment.',
        positional=['service_name', 'deployment_name', 'dns_server_name', 'address'],
        result='none', is_async=True,
        example='asm networking update-dns-server "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$DNS_SERVER_NAME" "$ADDRESS" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service that owns the deployment.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the deployment.')
    rt.arg(p, '--dns-server-name', 'str', required=True,
           doc='Name of the DNS server entry to change.')
    rt.arg(p, '--address', 'str', required=True,
           doc='New IPv4 address of the DNS server.')


def _area_scheduler(area: rt.AreaParsers) -> None:
    p = area.command(
        'check-job-collection-name',
        'SchedulerManagementService', 'check_job_collection_name',
        'Check whether a job collection name is still free in a cloud service.',
        positional=['cloud_service_id', 'job_collection_id'],
        result='model', model='ResourceNameAvailabilityResponse',
        example='asm scheduler check-job-collection-name "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID"')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Job collection name to check.')
    p = area.command(
        'create-cloud-service',
        'SchedulerManagementService', 'create_cloud_service',
        'Create a cloud service to hold job collections in one region.',
        positional=['cloud_service_id', 'label', 'description', 'geo_region'],
        result='none', is_async=True,
        example='asm scheduler create-cloud-service "$CLOUD_SERVICE_ID" "$LABEL" "$DESCRIPTION" "$GEO_REGION" --wait')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the new cloud service.')
    rt.arg(p, '--label', 'str', required=True,
           doc='Display name (sent as plain text).')
    rt.arg(p, '--description', 'str', required=True,
           doc='Free-text description.')
    rt.arg(p, '--geo-region', 'str', required=True,
           doc="Region of the cloud service, such as 'West Europe'.")
    p = area.command(
        'create-job',
        'SchedulerManagementService', 'create_job',
        "Create (or replace) a job from its JSON definition: a dict with 'action', "
        "'recurrence',\n"
        "'startTime', 'state', ... as the Scheduler REST API describes jobs. The service "
        'answers 201\n'
        'with the job and an x-ms-request-id to wait on.',
        positional=['cloud_service_id', 'job_collection_id', 'job_id', 'job'],
        result='json', is_async=True,
        example='asm scheduler create-job "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID" "$JOB_ID" @job.json --wait')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Name of the job collection.')
    rt.arg(p, '--job-id', 'str', required=True,
           doc='Id of the job.')
    rt.arg(p, '--job', 'json', required=True,
           doc="The job definition, sent as JSON (keys in the dict's order).")
    p = area.command(
        'create-job-collection',
        'SchedulerManagementService', 'create_job_collection',
        'Create a job collection in a cloud service.',
        positional=['cloud_service_id', 'job_collection_id'],
        result='none', is_async=True,
        example='asm scheduler create-job-collection "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID" --wait')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Name of the new job collection.')
    rt.arg(p, '--plan', 'str',
           doc="Plan: 'Free', 'Standard' or 'Premium'. (default: Standard)")
    p = area.command(
        'delete-cloud-service',
        'SchedulerManagementService', 'delete_cloud_service',
        'Delete a cloud service and the job collections in it.',
        positional=['cloud_service_id'],
        result='none', is_async=True,
        example='asm scheduler delete-cloud-service "$CLOUD_SERVICE_ID" --wait')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    p = area.command(
        'delete-job',
        'SchedulerManagementService', 'delete_job',
        'Delete a job.',
        positional=['cloud_service_id', 'job_collection_id', 'job_id'],
        result='none', is_async=True,
        example='asm scheduler delete-job "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID" "$JOB_ID" --wait')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Name of the job collection.')
    rt.arg(p, '--job-id', 'str', required=True,
           doc='Id of the job.')
    p = area.command(
        'delete-job-collection',
        'SchedulerManagementService', 'delete_job_collection',
        'Delete a job collection and its jobs.',
        positional=['cloud_service_id', 'job_collection_id'],
        result='none', is_async=True,
        example='asm scheduler delete-job-collection "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID" --wait')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Name of the job collection.')
    p = area.command(
        'get-all-jobs',
        'SchedulerManagementService', 'get_all_jobs',
        'Get all jobs of a job collection, as the parsed JSON list the service sends.',
        positional=['cloud_service_id', 'job_collection_id'],
        result='json',
        example='asm scheduler get-all-jobs "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID"')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Name of the job collection.')
    p = area.command(
        'get-cloud-service',
        'SchedulerManagementService', 'get_cloud_service',
        'Get a cloud service with the job collections it holds.',
        positional=['cloud_service_id'],
        result='model', model='CloudService',
        example='asm scheduler get-cloud-service "$CLOUD_SERVICE_ID"')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    p = area.command(
        'get-job',
        'SchedulerManagementService', 'get_job',
        'Get a job with its current status, as the parsed JSON dict the service sends.',
        positional=['cloud_service_id', 'job_collection_id', 'job_id'],
        result='json',
        example='asm scheduler get-job "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID" "$JOB_ID"')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Name of the job collection.')
    rt.arg(p, '--job-id', 'str', required=True,
           doc='Id of the job.')
    p = area.command(
        'get-job-collection',
        'SchedulerManagementService', 'get_job_collection',
        'Get a job collection: plan, state and the result of its last operation.',
        positional=['cloud_service_id', 'job_collection_id'],
        result='model', model='JobCollection',
        example='asm scheduler get-job-collection "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID"')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Name of the job collection.')
    p = area.command(
        'list-cloud-services',
        'SchedulerManagementService', 'list_cloud_services',
        'List the cloud services of the subscription that hold scheduler job collections.',
        positional=[],
        result='list', model='CloudService',
        example='asm scheduler list-cloud-services -o table')
    p = area.command(
        'wait-until-job-collection-started',
        'SchedulerManagementService', 'wait_until_job_collection_started',
        "Wait until a job collection's state is Started.",
        positional=['cloud_service_id', 'job_collection_id'],
        result='model', waiter=True, model='JobCollection',
        progress=('path', 'state', 'item'),
        example='asm scheduler wait-until-job-collection-started "$CLOUD_SERVICE_ID" "$JOB_COLLECTION_ID" --timeout 300')
    rt.arg(p, '--cloud-service-id', 'str', required=True,
           doc='Id (name) of the cloud service.')
    rt.arg(p, '--job-collection-id', 'str', required=True,
           doc='Name of the job collection.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 300.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')


def _area_servicebus(area: rt.AreaParsers) -> None:
    p = area.command(
        'check-namespace-availability',
        'ServiceBusManagementService', 'check_namespace_availability',
        'Check whether a Service Bus namespace name is still free.',
        positional=['name'],
        result='model', model='NamespaceAvailability',
        example='asm servicebus check-namespace-availability "$NAME"')
    rt.arg(p, '--name', 'str', required=True,
           doc='Namespace name to check.')
    p = area.command(
        'create-namespace',
        'ServiceBusManagementService', 'create_namespace',
        'Create a Service Bus namespace in a region; returns it in its first '
        "('Activating') state.",
        positional=['name', 'region'],
        result='model', model='ServiceBusNamespace',
        example='asm servicebus create-namespace "$NAME" "$REGION"')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the new namespace, unique across Azure.')
    rt.arg(p, '--region', 'str', required=True,
           doc="Region to create it in, such as 'West US' (see get_regions).")
    p = area.command(
        'delete-namespace',
        'ServiceBusManagementService', 'delete_namespace',
        "Delete a Service Bus namespace and everything in it; it shows status 'Removing' "
        'for a while.',
        positional=['name'],
        result='none',
        example='asm servicebus delete-namespace "$NAME"')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    p = area.command(
        'get-metrics-data-notification-hub',
        'ServiceBusManagementService', 'get_metrics_data_notification_hub',
        'Get the values of a notification hub metric at one rollup, filtered by an OData '
        'expression.',
        positional=['name', 'hub_name', 'metric', 'rollup', 'filter_expresssion'],
        result='list', model='MetricValues',
        example='asm servicebus get-metrics-data-notification-hub "$NAME" "$HUB_NAME" "$METRIC" "$ROLLUP" "$FILTER_EXPRESSSION" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--hub-name', 'str', required=True,
           doc='Name of the notification hub.')
    rt.arg(p, '--metric', 'str', required=True,
           doc='Metric name, from get_supported_metrics_notification_hub.')
    rt.arg(p, '--rollup', 'str', required=True,
           doc='Rollup (time grain) name, from get_metrics_rollups_notification_hub, such'
               " as 'PT5M'.")
    rt.arg(p, '--filter-expresssion', 'str', required=True,
           doc='OData filter on the values, such as "Timestamp gt '
               'datetime\'2014-10-01T00:00:00Z\'" (sent as $filter; the name keeps the '
               "predecessor's spelling).")
    p = area.command(
        'get-metrics-data-queue',
        'ServiceBusManagementService', 'get_metrics_data_queue',
        'Get the values of a queue metric at one rollup, filtered by an OData expression.',
        positional=['name', 'queue_name', 'metric', 'rollup', 'filter_expresssion'],
        result='list', model='MetricValues',
        example='asm servicebus get-metrics-data-queue "$NAME" "$QUEUE_NAME" "$METRIC" "$ROLLUP" "$FILTER_EXPRESSSION" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--queue-name', 'str', required=True,
           doc='Name of the queue.')
    rt.arg(p, '--metric', 'str', required=True,
           doc='Metric name, from get_supported_metrics_queue.')
    rt.arg(p, '--rollup', 'str', required=True,
           doc="Rollup (time grain) name, from get_metrics_rollups_queue, such as 'PT5M'.")
    rt.arg(p, '--filter-expresssion', 'str', required=True,
           doc='OData filter on the values, such as "Timestamp gt '
               'datetime\'2014-10-01T00:00:00Z\'" (sent as $filter; the name keeps the '
               "predecessor's spelling).")
    p = area.command(
        'get-metrics-data-relay',
        'ServiceBusManagementService', 'get_metrics_data_relay',
        'Get the values of a relay metric at one rollup, filtered by an OData expression.',
        positional=['name', 'relay_name', 'metric', 'rollup', 'filter_expresssion'],
        result='list', model='MetricValues',
        example='asm servicebus get-metrics-data-relay "$NAME" "$RELAY_NAME" "$METRIC" "$ROLLUP" "$FILTER_EXPRESSSION" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--relay-name', 'str', required=True,
           doc='Name of the relay.')
    rt.arg(p, '--metric', 'str', required=True,
           doc='Metric name, from get_supported_metrics_relay.')
    rt.arg(p, '--rollup', 'str', required=True,
           doc="Rollup (time grain) name, from get_metrics_rollups_relay, such as 'PT5M'.")
    rt.arg(p, '--filter-expresssion', 'str', required=True,
           doc='OData filter on the values, such as "Timestamp gt '
               'datetime\'2014-10-01T00:00:00Z\'" (sent as $filter; the name keeps the '
               "predecessor's spelling).")
    p = area.command(
        'get-metrics-data-topic',
        'ServiceBusManagementService', 'get_metrics_data_topic',
        'Get the values of a topic metric at one rollup, filtered by an OData expression.',
        positional=['name', 'topic_name', 'metric', 'rollup', 'filter_expresssion'],
        result='list', model='MetricValues',
        example='asm servicebus get-metrics-data-topic "$NAME" "$TOPIC_NAME" "$METRIC" "$ROLLUP" "$FILTER_EXPRESSSION" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--topic-name', 'str', required=True,
           doc='Name of the topic.')
    rt.arg(p, '--metric', 'str', required=True,
           doc='Metric name, from get_supported_metrics_topic.')
    rt.arg(p, '--rollup', 'str', required=True,
           doc="Rollup (time grain) name, from get_metrics_rollups_topic, such as 'PT5M'.")
    rt.arg(p, '--filter-expresssion', 'str', required=True,
           doc='OData filter on the values, such as "Timestamp gt '
               'datetime\'2014-10-01T00:00:00Z\'" (sent as $filter; the name keeps the '
               "predecessor's spelling).")
    p = area.command(
        'get-metrics-rollups-notification-hub',
        'ServiceBusManagementService', 'get_metrics_rollups_notification_hub',
        'List the aggregation intervals (rollups) of a notification hub metric and how '
        'long each is kept.',
        positional=['name', 'hub_name', 'metric'],
        result='list', model='MetricRollups',
        example='asm servicebus get-metrics-rollups-notification-hub "$NAME" "$HUB_NAME" "$METRIC" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--hub-name', 'str', required=True,
           doc='Name of the notification hub.')
    rt.arg(p, '--metric', 'str', required=True,
           doc='Metric name, from get_supported_metrics_notification_hub.')
    p = area.command(
        'get-metrics-rollups-queue',
        'ServiceBusManagementService', 'get_metrics_rollups_queue',
        'List the aggregation intervals (rollups) of a queue metric and how long each is '
        'kept.',
        positional=['name', 'queue_name', 'metric'],
        result='list', model='MetricRollups',
        example='asm servicebus get-metrics-rollups-queue "$NAME" "$QUEUE_NAME" "$METRIC" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--queue-name', 'str', required=True,
           doc='Name of the queue.')
    rt.arg(p, '--metric', 'str', required=True,
           doc='Metric name, from get_supported_metrics_queue.')
    p = area.command(
        'get-metrics-rollups-relay',
        'ServiceBusManagementService', 'get_metrics_rollups_relay',
        'List the aggregation intervals (rollups) of a relay metric and how long each is '
        'kept.',
        positional=['name', 'relay_name', 'metric'],
        result='list', model='MetricRollups',
        example='asm servicebus get-metrics-rollups-relay "$NAME" "$RELAY_NAME" "$METRIC" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--relay-name', 'str', required=True,
           doc='Name of the relay.')
    rt.arg(p, '--metric', 'str', required=True,
           doc='Metric name, from get_supported_metrics_relay.')
    p = area.command(
        'get-metrics-rollups-topic',
        'ServiceBusManagementService', 'get_metrics_rollups_topic',
        'List the aggregation intervals (rollups) of a topic metric and how long each is '
        'kept.',
        positional=['name', 'topic_name', 'metric'],
        result='list', model='MetricRollups',
        example='asm servicebus get-metrics-rollups-topic "$NAME" "$TOPIC_NAME" "$METRIC" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--topic-name', 'str', required=True,
           doc='Name of the topic.')
    rt.arg(p, '--metric', 'str', required=True,
           doc='Metric name, from get_supported_metrics_topic.')
    p = area.command(
        'get-namespace',
        'ServiceBusManagementService', 'get_namespace',
        'Get a Service Bus namespace: region, state, endpoints, and its key once it is '
        'active.',
        positional=['name'],
        result='model', model='ServiceBusNamespace',
        example='asm servicebus get-namespace "$NAME"')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    p = area.command(
        'get-regions',
        'ServiceBusManagementService', 'get_regions',
        'List the regions that can host Service Bus namespaces.',
        positional=[],
        result='list', model='ServiceBusRegion',
        example='asm servicebus get-regions -o table')
    p = area.command(
        'get-supported-metrics-notification-hub',
        'ServiceBusManagementService', 'get_supported_metrics_notification_hub',
        'List the metrics Service Bus records for a notification hub.',
        positional=['name', 'hub_name'],
        result='list', model='MetricProperties',
        example='asm servicebus get-supported-metrics-notification-hub "$NAME" "$HUB_NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--hub-name', 'str', required=True,
           doc='Name of the notification hub.')
    p = area.command(
        'get-supported-metrics-queue',
        'ServiceBusManagementService', 'get_supported_metrics_queue',
        'List the metrics Service Bus records for a queue.',
        positional=['name', 'queue_name'],
        result='list', model='MetricProperties',
        example='asm servicebus get-supported-metrics-queue "$NAME" "$QUEUE_NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--queue-name', 'str', required=True,
           doc='Name of the queue.')
    p = area.command(
        'get-supported-metrics-relay',
        'ServiceBusManagementService', 'get_supported_metrics_relay',
        'List the metrics Service Bus records for a relay.',
        positional=['name', 'relay_name'],
        result='list', model='MetricProperties',
        example='asm servicebus get-supported-metrics-relay "$NAME" "$RELAY_NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--relay-name', 'str', required=True,
           doc='Name of the relay.')
    p = area.command(
        'get-supported-metrics-topic',
        'ServiceBusManagementService', 'get_supported_metrics_topic',
        'List the metrics Service Bus records for a topic.',
        positional=['name', 'topic_name'],
        result='list', model='MetricProperties',
        example='asm servicebus get-supported-metrics-topic "$NAME" "$TOPIC_NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--topic-name', 'str', required=True,
           doc='Name of the topic.')
    p = area.command(
        'list-namespaces',
        'ServiceBusManagementService', 'list_namespaces',
        'List the Service Bus namespaces of the subscription.',
        positional=[],
        result='list', model='ServiceBusNamespace',
        example='asm servicebus list-namespaces -o table')
    p = area.command(
        'list-notification-hubs',
        'ServiceBusManagementService', 'list_notification_hubs',
        'List the notification hubs of a Service Bus namespace.',
        positional=['name'],
        result='list', model='NotificationHubDescription',
        example='asm servicebus list-notification-hubs "$NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    p = area.command(
        'list-queues',
        'ServiceBusManagementService', 'list_queues',
        'List the queues of a Service Bus namespace.',
        positional=['name'],
        result='list', model='QueueDescription',
        example='asm servicebus list-queues "$NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    p = area.command(
        'list-relays',
        'ServiceBusManagementService', 'list_relays',
        'List the relays of a Service Bus namespace.',
        positional=['name'],
        result='list', model='RelayDescription',
        example='asm servicebus list-relays "$NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    p = area.command(
        'list-topics',
        'ServiceBusManagementService', 'list_topics',
        'List the topics of a Service Bus namespace.',
        positional=['name'],
        result='list', model='TopicDescription',
        example='asm servicebus list-topics "$NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    p = area.command(
        'wait-until-namespace-active',
        'ServiceBusManagementService', 'wait_until_namespace_active',
        "Wait until a Service Bus namespace's status is Active.",
        positional=['name'],
        result='model', waiter=True, model='ServiceBusNamespace',
        progress=('path', 'status', 'item'),
        example='asm servicebus wait-until-namespace-active "$NAME" --timeout 600')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the namespace.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 600.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')


def _area_sqldatabase(area: rt.AreaParsers) -> None:
    p = area.command(
        'create-database',
        'SqlDatabaseManagementService', 'create_database',
        'Create a database on a server; returns the new database.',
        positional=['server_name', 'name', 'service_objective_id'],
        result='model', model='Database',
        example='asm sqldatabase create-database "$SERVER_NAME" "$NAME" "$SERVICE_OBJECTIVE_ID"')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the new database.')
    rt.arg(p, '--service-objective-id', 'str', required=True,
           doc='Id of the performance level (see list_service_level_objectives).')
    rt.arg(p, '--edition', 'str',
           doc='Service tier: Basic, Standard or Premium.')
    rt.arg(p, '--collation-name', 'str',
           doc='Collation; the server default when None.')
    rt.arg(p, '--max-size-bytes', 'int',
           doc='Maximum size in bytes (allowed values depend on the edition).')
    p = area.command(
        'create-firewall-rule',
        'SqlDatabaseManagementService', 'create_firewall_rule',
        'Allow an IPv4 address range to connect to a server; returns the new rule.',
        positional=['server_name', 'name', 'start_ip_address', 'end_ip_address'],
        result='model', model='FirewallRule',
        example='asm sqldatabase create-firewall-rule "$SERVER_NAME" "$NAME" "$START_IP_ADDRESS" "$END_IP_ADDRESS"')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the rule.')
    rt.arg(p, '--start-ip-address', 'str', required=True,
           doc='First IPv4 address of the range.')
    rt.arg(p, '--end-ip-address', 'str', required=True,
           doc='Last IPv4 address of the range.')
    p = area.command(
        'create-server',
        'SqlDatabaseManagementService', 'create_server',
        'Create a SQL Database server; Azure picks its name, which the result carries '
        '(server_name).',
        positional=['admin_login', 'admin_password', 'location'],
        result='model', model='CreateServerResponse',
        example='asm sqldatabase create-server "$ADMIN_LOGIN" "$ADMIN_PASSWORD" "$LOCATION"')
    rt.arg(p, '--admin-login', 'str', required=True,
           doc='Login name of the server administrator.')
    rt.arg(p, '--admin-password', 'str', required=True,
           doc="Password of the server administrator (must meet SQL Server's complexity "
               'rules).')
    rt.arg(p, '--location', 'str', required=True,
           doc="Region to create the server in, such as 'West US'.")
    p = area.command(
        'delete-database',
        'SqlDatabaseManagementService', 'delete_database',
        'Delete a database.',
        positional=['server_name', 'name'],
        result='none',
        example='asm sqldatabase delete-database "$SERVER_NAME" "$NAME"')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the database.')
    p = area.command(
        'delete-firewall-rule',
        'SqlDatabaseManagementService', 'delete_firewall_rule',
        'Delete a firewall rule of a server.',
        positional=['server_name', 'name'],
        result='none',
        example='asm sqldatabase delete-firewall-rule "$SERVER_NAME" "$NAME"')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the rule.')
    p = area.command(
        'delete-server',
        'SqlDatabaseManagementService', 'delete_server',
        'Delete a server and every database on it.',
        positional=['server_name'],
        result='none',
        example='asm sqldatabase delete-server "$SERVER_NAME"')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    p = area.command(
        'get-server-event-logs',
        'SqlDatabaseManagementService', 'get_server_event_logs',
        "Get the aggregated connection, deadlock and throttling events of a server's "
        'databases.',
        positional=['server_name', 'start_date', 'interval_size_in_minutes'],
        result='list', model='EventLog',
        example='asm sqldatabase get-server-event-logs "$SERVER_NAME" "$START_DATE" "$INTERVAL_SIZE_IN_MINUTES" -o table')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--start-date', 'str', required=True,
           doc="Start of the period, in UTC, such as '2015-07-01 16:05:00'.")
    rt.arg(p, '--interval-size-in-minutes', 'int', required=True,
           doc='Aggregation interval: 5, 60 or 1440.')
    rt.arg(p, '--event-types', 'str',
           doc='Comma-separated event types (connection_successful, connection_failed, '
               'connection_terminated, deadlock, throttling, '
               "throttling_long_transaction); '' for all. (default: )")
    p = area.command(
        'list-databases',
        'SqlDatabaseManagementService', 'list_databases',
        'List the databases of a server (master included).',
        positional=['name'],
        result='list', model='Database',
        example='asm sqldatabase list-databases "$NAME" -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the server.')
    p = area.command(
        'list-firewall-rules',
        'SqlDatabaseManagementService', 'list_firewall_rules',
        'List the firewall rules of a server.',
        positional=['server_name'],
        result='list', model='FirewallRule',
        example='asm sqldatabase list-firewall-rules "$SERVER_NAME" -o table')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    p = area.command(
        'list-quotas',
        'SqlDatabaseManagementService', 'list_quotas',
        'List the quotas of a server (such as its total DTUs).',
        positional=['server_name'],
        result='list', model='ServerQuota',
        example='asm sqldatabase list-quotas "$SERVER_NAME" -o table')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    p = area.command(
        'list-servers',
        'SqlDatabaseManagementService', 'list_servers',
        'List the SQL Database servers of the subscription.',
        positional=[],
        result='list', model='Server',
        example='asm sqldatabase list-servers -o table')
    p = area.command(
        'list-service-level-objectives',
        'SqlDatabaseManagementService', 'list_service_level_objectives',
        'List the performance levels (service objectives) databases of a server can be '
        'given.',
        positional=['server_name'],
        result='list', model='ServiceObjective',
        example='asm sqldatabase list-service-level-objectives "$SERVER_NAME" -o table')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    p = area.command(
        'set-server-admin-password',
        'SqlDatabaseManagementService', 'set_server_admin_password',
        'Replace the administrator password of a server.',
        positional=['server_name', 'admin_password'],
        result='none',
        example='asm sqldatabase set-server-admin-password "$SERVER_NAME" "$ADMIN_PASSWORD"')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--admin-password', 'str', required=True,
           doc='The new administrator password.')
    p = area.command(
        'update-database',
        'SqlDatabaseManagementService', 'update_database',
        'Rename a database or change its tier, size or performance level; returns the '
        'database.',
        positional=['server_name', 'name'],
        result='model', model='Database',
        example='asm sqldatabase update-database "$SERVER_NAME" "$NAME"')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--name', 'str', required=True,
           doc='Current name of the database.')
    rt.arg(p, '--new-database-name', 'str',
           doc='New name; None keeps the name.')
    rt.arg(p, '--service-objective-id', 'str',
           doc='Id of the new performance level; None keeps it.')
    rt.arg(p, '--edition', 'str',
           doc='New service tier; None keeps it.')
    rt.arg(p, '--max-size-bytes', 'int',
           doc='New maximum size in bytes; None keeps it.')
    p = area.command(
        'update-firewall-rule',
        'SqlDatabaseManagementService', 'update_firewall_rule',
        'Change the address range of a firewall rule; returns the updated rule.',
        positional=['server_name', 'name', 'start_ip_address', 'end_ip_address'],
        result='model', model='FirewallRule',
        example='asm sqldatabase update-firewall-rule "$SERVER_NAME" "$NAME" "$START_IP_ADDRESS" "$END_IP_ADDRESS"')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the rule.')
    rt.arg(p, '--start-ip-address', 'str', required=True,
           doc='First IPv4 address of the range.')
    rt.arg(p, '--end-ip-address', 'str', required=True,
           doc='Last IPv4 address of the range.')
    p = area.command(
        'wait-until-database-online',
        'SqlDatabaseManagementService', 'wait_until_database_online',
        'Wait until a database of a server is listed with state Normal.',
        positional=['name', 'database_name'],
        result='list', waiter=True, model='Database',
        progress=('path_any', '[?name == {database_name}].state', 'database'),
        example='asm sqldatabase wait-until-database-online "$NAME" "$DATABASE_NAME" --timeout 600 -o table')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--database-name', 'str', required=True,
           doc='Name of the database.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 600.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')
    p = area.command(
        'wait-until-server-ready',
        'SqlDatabaseManagementService', 'wait_until_server_ready',
        'Wait until a SQL Database server is listed with state Ready.',
        positional=['server_name'],
        result='list', waiter=True, model='Server',
        progress=('path_any', '[?name == {server_name}].state', 'server'),
        example='asm sqldatabase wait-until-server-ready "$SERVER_NAME" --timeout 300 -o table')
    rt.arg(p, '--server-name', 'str', required=True,
           doc='Name of the server.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 300.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')


def _area_storage(area: rt.AreaParsers) -> None:
    p = area.command(
        'check-storage-account-name-availability',
        'ServiceManagementService', 'check_storage_account_name_availability',
        'Check whether a storage account name is still free.',
        positional=['service_name'],
        result='model', model='AvailabilityResponse',
        example='asm storage check-storage-account-name-availability "$SERVICE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='The account name to check.')
    p = area.command(
        'create-storage-account',
        'ServiceManagementService', 'create_storage_account',
        'Create a storage account in a region or an affinity group (give exactly one of '
        'location and --affinity-group).',
        positional=['service_name', 'description', 'label'],
        result='none', is_async=True,
        example='asm storage create-storage-account "$SERVICE_NAME" "$DESCRIPTION" "$LABEL" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Account name: 3-24 lower-case letters and digits, unique across Azure.')
    rt.arg(p, '--description', 'str', required=True,
           doc='Free-text description (up to 1024 characters).')
    rt.arg(p, '--label', 'str', required=True,
           doc='Display name (up to 100 characters); base64-encoded on the wire.')
    rt.arg(p, '--affinity-group', 'str',
           doc='Affinity group to place the account in.')
    rt.arg(p, '--location', 'str',
           doc="Region to place the account in, such as 'West US'.")
    rt.arg(p, '--geo-replication-enabled', 'bool',
           doc='Obsolete and not sent; choose the redundancy with --account-type instead.')
    rt.arg(p, '--extended-properties', 'map',
           doc='User-defined name/value pairs to attach.')
    rt.arg(p, '--account-type', 'str',
           doc='Redundancy: Standard_LRS, Standard_ZRS, Standard_GRS, Standard_RAGRS or '
               'Premium_LRS. (default: Standard_GRS)')
    p = area.command(
        'delete-storage-account',
        'ServiceManagementService', 'delete_storage_account',
        'Delete a storage account and all the data it holds.',
        positional=['service_name'],
        result='none', is_async=True,
        example='asm storage delete-storage-account "$SERVICE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the storage account.')
    p = area.command(
        'get-storage-account-keys',
        'ServiceManagementService', 'get_storage_account_keys',
        'Get the primary and secondary access keys of a storage account (in '
        'storage_service_keys).',
        positional=['service_name'],
        result='model', model='StorageService',
        example='asm storage get-storage-account-keys "$SERVICE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the storage account.')
    p = area.command(
        'get-storage-account-properties',
        'ServiceManagementService', 'get_storage_account_properties',
        'Get the description, placement, state and replication settings of a storage '
        'account.',
        positional=['service_name'],
        result='model', model='StorageService',
        example='asm storage get-storage-account-properties "$SERVICE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the storage account.')
    p = area.command(
        'list-storage-accounts',
        'ServiceManagementService', 'list_storage_accounts',
        'List the storage accounts of the subscription with their properties.',
        positional=[],
        result='list', model='StorageService',
        example='asm storage list-storage-accounts -o table')
    p = area.command(
        'regenerate-storage-account-keys',
        'ServiceManagementService', 'regenerate_storage_account_keys',
        'Replace one access key of a storage account with a new random key; returns both '
        'keys.',
        positional=['service_name', 'key_type'],
        result='model', model='StorageService',
        example='asm storage regenerate-storage-account-keys "$SERVICE_NAME" "$KEY_TYPE"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the storage account.')
    rt.arg(p, '--key-type', 'str', required=True,
           doc="Which key to replace: 'Primary' or 'Secondary'.")
    p = area.command(
        'update-storage-account',
        'ServiceManagementService', 'update_storage_account',
        'Change the description, label, extended properties or redundancy of a storage '
        'account.',
        positional=['service_name'],
        result='none',
        example='asm storage update-storage-account "$SERVICE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the storage account.')
    rt.arg(p, '--description', 'str',
           doc='New description; None keeps the current one.')
    rt.arg(p, '--label', 'str',
           doc='New display name; None keeps the current one.')
    rt.arg(p, '--geo-replication-enabled', 'bool',
           doc='Obsolete and not sent; choose the redundancy with --account-type instead.')
    rt.arg(p, '--extended-properties', 'map',
           doc='Name/value pairs to add or overwrite.')
    rt.arg(p, '--account-type', 'str',
           doc='Redundancy to switch to: Standard_LRS, Standard_GRS or Standard_RAGRS. '
               '(default: Standard_GRS)')
    p = area.command(
        'wait-until-storage-account-created',
        'ServiceManagementService', 'wait_until_storage_account_created',
        "Wait until a storage account's status is Created.",
        positional=['service_name'],
        result='model', waiter=True, model='StorageService',
        progress=('path', 'storage_service_properties.status', 'item'),
        example='asm storage wait-until-storage-account-created "$SERVICE_NAME" --timeout 600')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Name of the storage account.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 600.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')


def _area_virtual_machines(area: rt.AreaParsers) -> None:
    p = area.command(
        'add-data-disk',
        'ServiceManagementService', 'add_data_disk',
        'Attach a data disk to a virtual machine: an existing disk, a VHD blob, or a new '
        'empty disk.',
        positional=['service_name', 'deployment_name', 'role_name', 'lun'],
        result='none', is_async=True,
        example='asm virtual-machines add-data-disk "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" "$LUN" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--lun', 'int', required=True,
           doc='Logical unit number (slot) for the disk, 0 to 15 or more depending on '
               'size.')
    rt.arg(p, '--host-caching', 'str',
           doc='None, ReadOnly or ReadWrite (service default: ReadOnly).')
    rt.arg(p, '--media-link', 'str',
           doc='URL of the VHD blob to use or to create.')
    rt.arg(p, '--disk-label', 'str',
           doc='Description of the disk.')
    rt.arg(p, '--disk-name', 'str',
           doc='Existing disk of the repository to attach.')
    rt.arg(p, '--logical-disk-size-in-gb', 'int',
           doc='Size of a new empty disk.')
    rt.arg(p, '--source-media-link', 'str',
           doc='URL of a VHD blob to attach as is.')
    p = area.command(
        'add-disk',
        'ServiceManagementService', 'add_disk',
        'Register a VHD blob of the subscription as a disk.',
        positional=['has_operating_system', 'label', 'media_link', 'name'],
        result='none',
        example='asm virtual-machines add-disk "$HAS_OPERATING_SYSTEM" "$LABEL" "$MEDIA_LINK" "$NAME"')
    rt.arg(p, '--has-operating-system', 'bool', required=True,
           doc='Deprecated and not sent; the os argument decides.')
    rt.arg(p, '--label', 'str', required=True,
           doc='Description of the disk.')
    rt.arg(p, '--media-link', 'str', required=True,
           doc='URL of the VHD blob, in a storage account of the subscription.')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the disk.')
    rt.arg(p, '--os', 'str',
           doc='Linux or Windows for an OS disk; None for a data disk.')
    p = area.command(
        'add-os-image',
        'ServiceManagementService', 'add_os_image',
        'Register a VHD blob of the subscription as an OS image.',
        positional=['label', 'media_link', 'name', 'os'],
        result='none', is_async=True,
        example='asm virtual-machines add-os-image "$LABEL" "$MEDIA_LINK" "$NAME" "$OS" --wait')
    rt.arg(p, '--label', 'str', required=True,
           doc='Display name of the image.')
    rt.arg(p, '--media-link', 'str', required=True,
           doc='URL of the VHD blob, in a storage account of the subscription.')
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the image.')
    rt.arg(p, '--os', 'str', required=True,
           doc='Linux or Windows.')
    p = area.command(
        'add-role',
        'ServiceManagementService', 'add_role',
        'Add a virtual machine to an existing virtual machine deployment.',
        positional=['service_name', 'deployment_name', 'role_name'],
        result='none', is_async=True,
        example='asm virtual-machines add-role "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the deployment.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment to add the machine to.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the new virtual machine.')
    rt.arg(p, '--system-config', 'model', model='ConfigurationSet',
           doc='A LinuxConfigurationSet or WindowsConfigurationSet (may be None for a '
               'specialized VM image).')
    rt.arg(p, '--os-virtual-hard-disk', 'model', model='OSVirtualHardDisk',
           doc='OS disk and its source image; None when --vm-image-name is given.')
    rt.arg(p, '--network-config', 'model', model='ConfigurationSet',
           doc='Network configuration set.')
    rt.arg(p, '--availability-set-name', 'str',
           doc='Availability set to place the machine in.')
    rt.arg(p, '--data-virtual-hard-disks', 'model_list', model='DataVirtualHardDisk',
           doc='Data disks to attach.')
    rt.arg(p, '--role-size', 'str',
           doc='Machine size.')
    rt.arg(p, '--role-type', 'str',
           doc='Always PersistentVMRole. (default: PersistentVMRole)')
    rt.arg(p, '--resource-extension-references', 'model_list', model='ResourceExtensionReference',
           doc='Extensions to install.')
    rt.arg(p, '--provision-guest-agent', 'bool',
           doc='Whether to install the VM agent.')
    rt.arg(p, '--vm-image-name', 'str',
           doc='VM image to create the machine from.')
    rt.arg(p, '--media-location', 'str',
           doc='Where to copy the VHDs of a published VM image.')
    p = area.command(
        'capture-role',
        'ServiceManagementService', 'capture_role',
        'Capture a stopped virtual machine as an OS image in the image repository.',
        positional=['service_name', 'deployment_name', 'role_name', 'post_capture_action', 'target_image_name', 'target_image_label'],
        result='none', is_async=True,
        example='asm virtual-machines capture-role "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" "$POST_CAPTURE_ACTION" "$TARGET_IMAGE_NAME" "$TARGET_IMAGE_LABEL" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--post-capture-action', 'str', required=True,
           doc='Delete (remove the machine) or Reprovision.')
    rt.arg(p, '--target-image-name', 'str', required=True,
           doc='Name of the new OS image.')
    rt.arg(p, '--target-image-label', 'str', required=True,
           doc='Display name of the new OS image.')
    rt.arg(p, '--provisioning-configuration', 'model', model='ConfigurationSet',
           doc='Linux or Windows settings used when reprovisioning.')
    p = area.command(
        'capture-vm-image',
        'ServiceManagementService', 'capture_vm_image',
        'Capture a virtual machine with its data disks as a VM image.',
        positional=['service_name', 'deployment_name', 'role_name', 'options'],
        result='none', is_async=True,
        example='asm virtual-machines capture-vm-image "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" @options.json --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--options', 'model', model='CaptureRoleAsVMImage', required=True,
           doc='Name, label, OS state and other details of the new VM image.')
    p = area.command(
        'create-virtual-machine-deployment',
        'ServiceManagementService', 'create_virtual_machine_deployment',
        'Create a deployment holding one virtual machine in an existing cloud service.\n'
        '\n'
        "The machine's OS disk comes from an OS image (--os-virtual-hard-disk) or the "
        'whole machine\n'
        'from a VM image (--vm-image-name, with --os-virtual-hard-disk None).',
        positional=['service_name', 'deployment_name', 'deployment_slot', 'label', 'role_name'],
        result='none', is_async=True,
        example='asm virtual-machines create-virtual-machine-deployment "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$DEPLOYMENT_SLOT" "$LABEL" "$ROLE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service to deploy into.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Name of the new deployment, unique within the cloud service.')
    rt.arg(p, '--deployment-slot', 'str', required=True,
           doc='production or staging.')
    rt.arg(p, '--label', 'str', required=True,
           doc='Display name of the deployment (up to 100 characters).')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--system-config', 'model', model='ConfigurationSet',
           doc='A LinuxConfigurationSet or WindowsConfigurationSet (may be None for a '
               'specialized VM image).')
    rt.arg(p, '--os-virtual-hard-disk', 'model', model='OSVirtualHardDisk',
           doc='OS disk and the image it is made from; None when --vm-image-name is '
               'given.')
    rt.arg(p, '--network-config', 'model', model='ConfigurationSet',
           doc='Network configuration set: endpoints, subnets, public IPs.')
    rt.arg(p, '--availability-set-name', 'str',
           doc='Availability set to place the machine in.')
    rt.arg(p, '--data-virtual-hard-disks', 'model_list', model='DataVirtualHardDisk',
           doc='Data disks to attach.')
    rt.arg(p, '--role-size', 'str',
           doc='Machine size, such as Small or Standard_D1 (service default: Small).')
    rt.arg(p, '--role-type', 'str',
           doc='Always PersistentVMRole. (default: PersistentVMRole)')
    rt.arg(p, '--virtual-network-name', 'str',
           doc='Virtual network the deployment joins.')
    rt.arg(p, '--resource-extension-references', 'model_list', model='ResourceExtensionReference',
           doc='Extensions to install (needs the VM agent).')
    rt.arg(p, '--provision-guest-agent', 'bool',
           doc='Whether to install the VM agent.')
    rt.arg(p, '--vm-image-name', 'str',
           doc='VM image to create the machine from.')
    rt.arg(p, '--media-location', 'str',
           doc='Where to copy the VHDs of a published VM image.')
    rt.arg(p, '--dns-servers', 'model_list', model='DnsServer',
           doc='DNS servers of the deployment.')
    rt.arg(p, '--reserved-ip-name', 'str',
           doc='Reserved IP address to use as the public address.')
    p = area.command(
        'create-vm-image',
        'ServiceManagementService', 'create_vm_image',
        'Register existing VHD blobs (an OS disk and optional data disks) as a VM image.',
        positional=['vm_image'],
        result='none', is_async=True,
        example='asm virtual-machines create-vm-image @vm_image.json --wait')
    rt.arg(p, '--vm-image', 'model', model='VMImage', required=True,
           doc='The image: name, label, OS disk configuration (OS state, OS, media link) '
               'and optional details.')
    p = area.command(
        'delete-data-disk',
        'ServiceManagementService', 'delete_data_disk',
        'Detach a data disk from a virtual machine, and optionally delete its VHD blob.',
        positional=['service_name', 'deployment_name', 'role_name', 'lun'],
        result='none', is_async=True,
        example='asm virtual-machines delete-data-disk "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" "$LUN" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--lun', 'int', required=True,
           doc='Logical unit number of the disk.')
    rt.arg(p, '--delete-vhd', 'bool',
           doc='Also delete the disk and its VHD blob. (default: False)')
    p = area.command(
        'delete-disk',
        'ServiceManagementService', 'delete_disk',
        'Delete a disk that no virtual machine uses, and optionally its VHD blob.',
        positional=['disk_name'],
        result='none',
        example='asm virtual-machines delete-disk "$DISK_NAME"')
    rt.arg(p, '--disk-name', 'str', required=True,
           doc='Name of the disk.')
    rt.arg(p, '--delete-vhd', 'bool',
           doc='Also delete the VHD blob. (default: False)')
    p = area.command(
        'delete-os-image',
        'ServiceManagementService', 'delete_os_image',
        'Delete an OS image of the subscription, and optionally its VHD blob.',
        positional=['image_name'],
        result='none', is_async=True,
        example='asm virtual-machines delete-os-image "$IMAGE_NAME" --wait')
    rt.arg(p, '--image-name', 'str', required=True,
           doc='Name of the image.')
    rt.arg(p, '--delete-vhd', 'bool',
           doc='Also delete the VHD blob. (default: False)')
    p = area.command(
        'delete-role',
        'ServiceManagementService', 'delete_role',
        'Delete a virtual machine from a deployment that has more than one.',
        positional=['service_name', 'deployment_name', 'role_name'],
        result='none', is_async=True,
        example='asm virtual-machines delete-role "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--complete', 'bool',
           doc="Also delete the machine's disks and their VHD blobs. (default: False)")
    p = area.command(
        'delete-vm-image',
        'ServiceManagementService', 'delete_vm_image',
        'Delete a VM image, and optionally its VHD blobs.',
        positional=['vm_image_name'],
        result='none', is_async=True,
        example='asm virtual-machines delete-vm-image "$VM_IMAGE_NAME" --wait')
    rt.arg(p, '--vm-image-name', 'str', required=True,
           doc='Name of the image.')
    rt.arg(p, '--delete-vhd', 'bool',
           doc='Also delete the VHD blobs. (default: False)')
    p = area.command(
        'get-data-disk',
        'ServiceManagementService', 'get_data_disk',
        'Get a data disk attached to a virtual machine.',
        positional=['service_name', 'deployment_name', 'role_name', 'lun'],
        result='model', model='DataVirtualHardDisk',
        example='asm virtual-machines get-data-disk "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" "$LUN"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--lun', 'int', required=True,
           doc='Logical unit number of the disk.')
    p = area.command(
        'get-disk',
        'ServiceManagementService', 'get_disk',
        'Get a disk of the disk repository.',
        positional=['disk_name'],
        result='model', model='Disk',
        example='asm virtual-machines get-disk "$DISK_NAME"')
    rt.arg(p, '--disk-name', 'str', required=True,
           doc='Name of the disk.')
    p = area.command(
        'get-os-image',
        'ServiceManagementService', 'get_os_image',
        'Get an OS image.',
        positional=['image_name'],
        result='model', model='OSImage',
        example='asm virtual-machines get-os-image "$IMAGE_NAME"')
    rt.arg(p, '--image-name', 'str', required=True,
           doc='Name of the image.')
    p = area.command(
        'get-os-image-details',
        'ServiceManagementService', 'get_os_image_details',
        'Get an OS image with the progress of its replication to other regions.',
        positional=['image_name'],
        result='model', model='OSImageDetails',
        example='asm virtual-machines get-os-image-details "$IMAGE_NAME"')
    rt.arg(p, '--image-name', 'str', required=True,
           doc='Name of the image.')
    p = area.command(
        'get-role',
        'ServiceManagementService', 'get_role',
        'Get the configuration of a virtual machine.',
        positional=['service_name', 'deployment_name', 'role_name'],
        result='model', model='PersistentVMRole',
        example='asm virtual-machines get-role "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME"')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    p = area.command(
        'list-disks',
        'ServiceManagementService', 'list_disks',
        "List the disks in the subscription's disk repository.",
        positional=[],
        result='list', model='Disk',
        example='asm virtual-machines list-disks -o table')
    p = area.command(
        'list-os-images',
        'ServiceManagementService', 'list_os_images',
        'List the OS images available to the subscription: platform images and the '
        "subscription's own.",
        positional=[],
        result='list', model='OSImage',
        example='asm virtual-machines list-os-images -o table')
    p = area.command(
        'list-resource-extension-versions',
        'ServiceManagementService', 'list_resource_extension_versions',
        'List every version of one resource extension.',
        positional=['publisher_name', 'extension_name'],
        result='list', model='ResourceExtension',
        example='asm virtual-machines list-resource-extension-versions "$PUBLISHER_NAME" "$EXTENSION_NAME" -o table')
    rt.arg(p, '--publisher-name', 'str', required=True,
           doc='Publisher of the extension.')
    rt.arg(p, '--extension-name', 'str', required=True,
           doc='Name of the extension.')
    p = area.command(
        'list-resource-extensions',
        'ServiceManagementService', 'list_resource_extensions',
        'List the latest version of every resource extension virtual machines can '
        'install.',
        positional=[],
        result='list', model='ResourceExtension',
        example='asm virtual-machines list-resource-extensions -o table')
    p = area.command(
        'list-vm-images',
        'ServiceManagementService', 'list_vm_images',
        'List the VM images available to the subscription, optionally filtered.',
        positional=[],
        result='list', model='VMImage',
        example='asm virtual-machines list-vm-images -o table')
    rt.arg(p, '--location', 'str',
           doc='Only images available in this region.')
    rt.arg(p, '--publisher', 'str',
           doc='Only images of this publisher.')
    rt.arg(p, '--category', 'str',
           doc='Only images of this category, such as Public or User.')
    p = area.command(
        'replicate-vm-image',
        'ServiceManagementService', 'replicate_vm_image',
        'Replicate an image to regions so that it can be published (image publishers '
        'only).',
        positional=['vm_image_name', 'regions', 'offer', 'sku', 'version'],
        result='none', is_async=True,
        example='asm virtual-machines replicate-vm-image "$VM_IMAGE_NAME" "$REGIONS" "$OFFER" "$SKU" "$VERSION" --wait')
    rt.arg(p, '--vm-image-name', 'str', required=True,
           doc='Name of the image to replicate.')
    rt.arg(p, '--regions', 'str_list', required=True,
           doc='Regions to replicate to.')
    rt.arg(p, '--offer', 'str', required=True,
           doc='Marketplace offer of the image.')
    rt.arg(p, '--sku', 'str', required=True,
           doc='Marketplace SKU of the image.')
    rt.arg(p, '--version', 'str', required=True,
           doc='Version of the image, such as 1.0.0.')
    p = area.command(
        'restart-role',
        'ServiceManagementService', 'restart_role',
        'Restart a virtual machine.',
        positional=['service_name', 'deployment_name', 'role_name'],
        result='none', is_async=True,
        example='asm virtual-machines restart-role "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    p = area.command(
        'share-vm-image',
        'ServiceManagementService', 'share_vm_image',
        'Share a replicated image with other subscriptions (image publishers only).',
        positional=['vm_image_name', 'permission'],
        result='none', is_async=True,
        example='asm virtual-machines share-vm-image "$VM_IMAGE_NAME" "$PERMISSION" --wait')
    rt.arg(p, '--vm-image-name', 'str', required=True,
           doc='Name of the image.')
    rt.arg(p, '--permission', 'str', required=True,
           doc='public, msdn or private.')
    p = area.command(
        'shutdown-role',
        'ServiceManagementService', 'shutdown_role',
        'Shut down a virtual machine.',
        positional=['service_name', 'deployment_name', 'role_name'],
        result='none', is_async=True,
        example='asm virtual-machines shutdown-role "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--post-shutdown-action', 'str',
           doc='Stopped (keeps the compute resources, still billed) or '
               'StoppedDeallocated. (default: Stopped)')
    p = area.command(
        'shutdown-roles',
        'ServiceManagementService', 'shutdown_roles',
        'Shut down several virtual machines of a deployment.',
        positional=['service_name', 'deployment_name', 'role_names'],
        result='none', is_async=True,
        example='asm virtual-machines shutdown-roles "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAMES" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machines.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machines.')
    rt.arg(p, '--role-names', 'str_list', required=True,
           doc='Names of the virtual machines.')
    rt.arg(p, '--post-shutdown-action', 'str',
           doc='Stopped or StoppedDeallocated. (default: Stopped)')
    p = area.command(
        'start-role',
        'ServiceManagementService', 'start_role',
        'Start a stopped virtual machine.',
        positional=['service_name', 'deployment_name', 'role_name'],
        result='none', is_async=True,
        example='asm virtual-machines start-role "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    p = area.command(
        'start-roles',
        'ServiceManagementService', 'start_roles',
        'Start several virtual machines of a deployment.',
        positional=['service_name', 'deployment_name', 'role_names'],
        result='none', is_async=True,
        example='asm virtual-machines start-roles "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAMES" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machines.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machines.')
    rt.arg(p, '--role-names', 'str_list', required=True,
           doc='Names of the virtual machines.')
    p = area.command(
        'unreplicate-vm-image',
        'ServiceManagementService', 'unreplicate_vm_image',
        'Remove the replicas of an image from every region (image publishers only).',
        positional=['vm_image_name'],
        result='none', is_async=True,
        example='asm virtual-machines unreplicate-vm-image "$VM_IMAGE_NAME" --wait')
    rt.arg(p, '--vm-image-name', 'str', required=True,
           doc="Name of the image (the subscription's own name, not the published one).")
    p = area.command(
        'update-data-disk',
        'ServiceManagementService', 'update_data_disk',
        'Change a data disk attached to a virtual machine (caching, LUN, label).',
        positional=['service_name', 'deployment_name', 'role_name', 'lun'],
        result='none', is_async=True,
        example='asm virtual-machines update-data-disk "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" "$LUN" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--lun', 'int', required=True,
           doc='Current logical unit number of the disk.')
    rt.arg(p, '--host-caching', 'str',
           doc='None, ReadOnly or ReadWrite.')
    rt.arg(p, '--media-link', 'str',
           doc="URL of the disk's VHD blob.")
    rt.arg(p, '--updated-lun', 'int',
           doc='New logical unit number.')
    rt.arg(p, '--disk-label', 'str',
           doc='Description of the disk.')
    rt.arg(p, '--disk-name', 'str',
           doc='Name of the disk.')
    rt.arg(p, '--logical-disk-size-in-gb', 'int',
           doc='Size of the disk.')
    p = area.command(
        'update-disk',
        'ServiceManagementService', 'update_disk',
        'Change the label of a disk.',
        positional=['disk_name'],
        result='none',
        example='asm virtual-machines update-disk "$DISK_NAME"')
    rt.arg(p, '--disk-name', 'str', required=True,
           doc='Name of the disk to change.')
    rt.arg(p, '--has-operating-system', 'bool',
           doc='Deprecated; not sent.')
    rt.arg(p, '--label', 'str',
           doc='New description of the disk.')
    rt.arg(p, '--media-link', 'str',
           doc='Deprecated; not sent.')
    rt.arg(p, '--name', 'str',
           doc='Deprecated; not sent.')
    rt.arg(p, '--os', 'str',
           doc='Deprecated; not sent.')
    p = area.command(
        'update-os-image',
        'ServiceManagementService', 'update_os_image',
        'Change the label of an OS image of the subscription.',
        positional=['image_name', 'label', 'media_link', 'name', 'os'],
        result='none', is_async=True,
        example='asm virtual-machines update-os-image "$IMAGE_NAME" "$LABEL" "$MEDIA_LINK" "$NAME" "$OS" --wait')
    rt.arg(p, '--image-name', 'str', required=True,
           doc='Name of the image to change.')
    rt.arg(p, '--label', 'str', required=True,
           doc='New display name.')
    rt.arg(p, '--media-link', 'str', required=True,
           doc="URL of the image's VHD blob.")
    rt.arg(p, '--name', 'str', required=True,
           doc='Name of the image.')
    rt.arg(p, '--os', 'str', required=True,
           doc='Linux or Windows.')
    p = area.command(
        'update-os-image-from-image-reference',
        'ServiceManagementService', 'update_os_image_from_image_reference',
        'Change the descriptive details of an OS image (label, description, EULA, icons, '
        '...) from an OSImage object.',
        positional=['image_name', 'os_image'],
        result='none', is_async=True,
        example='asm virtual-machines update-os-image-from-image-reference "$IMAGE_NAME" @os_image.json --wait')
    rt.arg(p, '--image-name', 'str', required=True,
           doc='Name of the image to change.')
    rt.arg(p, '--os-image', 'model', model='OSImage', required=True,
           doc='The new details; fields left None are not sent.')
    p = area.command(
        'update-role',
        'ServiceManagementService', 'update_role',
        'Change the network settings, disks, size or extensions of a virtual machine.',
        positional=['service_name', 'deployment_name', 'role_name'],
        result='none', is_async=True,
        example='asm virtual-machines update-role "$SERVICE_NAME" "$DEPLOYMENT_NAME" "$ROLE_NAME" --wait')
    rt.arg(p, '--service-name', 'str', required=True,
           doc='Cloud service of the machine.')
    rt.arg(p, '--deployment-name', 'str', required=True,
           doc='Deployment of the machine.')
    rt.arg(p, '--role-name', 'str', required=True,
           doc='Name of the virtual machine.')
    rt.arg(p, '--os-virtual-hard-disk', 'model', model='OSVirtualHardDisk',
           doc='New OS disk settings (such as host caching).')
    rt.arg(p, '--network-config', 'model', model='ConfigurationSet',
           doc='The complete new network configuration set.')
    rt.arg(p, '--availability-set-name', 'str',
           doc='Availability set of the machine.')
    rt.arg(p, '--data-virtual-hard-disks', 'model_list', model='DataVirtualHardDisk',
           doc='Data disks of the machine.')
    rt.arg(p, '--role-size', 'str',
           doc='New machine size.')
    rt.arg(p, '--role-type', 'str',
           doc='Always PersistentVMRole. (default: PersistentVMRole)')
    rt.arg(p, '--resource-extension-references', 'model_list', model='ResourceExtensionReference',
           doc='Extensions of the machine.')
    rt.arg(p, '--provision-guest-agent', 'bool',
           doc='Whether the VM agent is installed.')
    p = area.command(
        'update-vm-image',
        'ServiceManagementService', 'update_vm_image',
        'Change the label, description, disk caching and other details of a VM image.',
        positional=['vm_image_name', 'vm_image'],
        result='none', is_async=True,
        example='asm virtual-machines update-vm-image "$VM_IMAGE_NAME" @vm_image.json --wait')
    rt.arg(p, '--vm-image-name', 'str', required=True,
           doc='Name of the image to change.')
    rt.arg(p, '--vm-image', 'model', model='VMImage', required=True,
           doc='The new details; fields left None are not sent.')
    p = area.command(
        'wait-until-os-image-available',
        'ServiceManagementService', 'wait_until_os_image_available',
        'Wait until an OS image exists (its GET answers; 404 means not yet).',
        positional=['image_name'],
        result='model', waiter=True, model='OSImage',
        progress=('status', None, 'item'),
        example='asm virtual-machines wait-until-os-image-available "$IMAGE_NAME" --timeout 900')
    rt.arg(p, '--image-name', 'str', required=True,
           doc='Name of the image.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 900.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')
    p = area.command(
        'wait-until-vm-image-available',
        'ServiceManagementService', 'wait_until_vm_image_available',
        'Wait until a VM image (e.g. one being captured) is listed as VMImageReadyForUse.',
        positional=['vm_image_name'],
        result='list', waiter=True, model='VMImage',
        progress=('path_any', '[?name == {vm_image_name}].vm_image_state', 'VM image'),
        example='asm virtual-machines wait-until-vm-image-available "$VM_IMAGE_NAME" --timeout 1800 -o table')
    rt.arg(p, '--vm-image-name', 'str', required=True,
           doc='Name of the VM image.')
    rt.arg(p, '--location', 'str',
           doc='Only images available in this region.')
    rt.arg(p, '--publisher', 'str',
           doc='Only images of this publisher.')
    rt.arg(p, '--category', 'str',
           doc='Only images of this category, such as Public or User.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 1800.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')


def _area_website(area: rt.AreaParsers) -> None:
    p = area.command(
        'create-site',
        'WebsiteManagementService', 'create_site',
        'Create a site (and its web space when the region has none yet); returns the new '
        'site.',
        positional=['webspace_name', 'website_name', 'geo_region', 'host_names'],
        result='model', model='Site',
        example='asm website create-site "$WEBSPACE_NAME" "$WEBSITE_NAME" "$GEO_REGION" "$HOST_NAMES"')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc="Name of the web space, such as 'eastuswebspace'.")
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the new site (NAME.azurewebsites.net).')
    rt.arg(p, '--geo-region', 'str', required=True,
           doc="Region of the web space, such as 'East US'.")
    rt.arg(p, '--host-names', 'str_list', required=True,
           doc='Host names of the site; one in azurewebsites.net, matching the site name.')
    rt.arg(p, '--plan', 'str',
           doc="Web space plan; must be 'VirtualDedicatedPlan'. (default: "
               'VirtualDedicatedPlan)')
    rt.arg(p, '--compute-mode', 'str',
           doc="'Shared' (Free and Shared tiers) or 'Dedicated' (Standard; needs "
               '--server-farm). (default: Shared)')
    rt.arg(p, '--server-farm', 'str',
           doc='Server farm to run in, for the Dedicated compute mode.')
    rt.arg(p, '--site-mode', 'str',
           doc="'Limited' (Free) or 'Basic' (Shared), for the Shared compute mode.")
    p = area.command(
        'delete-site',
        'WebsiteManagementService', 'delete_site',
        'Delete a site, optionally with its server farm (when left empty) and its '
        'metrics.',
        positional=['webspace_name', 'website_name'],
        result='none',
        example='asm website delete-site "$WEBSPACE_NAME" "$WEBSITE_NAME"')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    rt.arg(p, '--delete-empty-server-farm', 'bool',
           doc='Also delete the server farm if no other site uses it. (default: False)')
    rt.arg(p, '--delete-metrics', 'bool',
           doc="Also delete the site's metrics. (default: False)")
    p = area.command(
        'get-historical-usage-metrics',
        'WebsiteManagementService', 'get_historical_usage_metrics',
        "Get the values of a site's metrics over a time range (the last hour by default).",
        positional=['webspace_name', 'website_name'],
        result='list', model='MetricResponse',
        example='asm website get-historical-usage-metrics "$WEBSPACE_NAME" "$WEBSITE_NAME" -o table')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    rt.arg(p, '--metrics', 'str_list',
           doc='Names of the metrics to get (see get_metric_definitions); all when None.')
    rt.arg(p, '--start-time', 'str',
           doc="Start of the range, ISO 8601 UTC such as '2015-07-01T00:00:00Z'.")
    rt.arg(p, '--end-time', 'str',
           doc='End of the range, ISO 8601 UTC.')
    rt.arg(p, '--time-grain', 'str',
           doc="Sample interval, such as 'PT1M', 'PT1H' or 'P1D'.")
    p = area.command(
        'get-metric-definitions',
        'WebsiteManagementService', 'get_metric_definitions',
        'List the metrics a site reports, with their units and the time grains they are '
        'kept at.',
        positional=['webspace_name', 'website_name'],
        result='list', model='MetricDefinition',
        example='asm website get-metric-definitions "$WEBSPACE_NAME" "$WEBSITE_NAME" -o table')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    p = area.command(
        'get-publish-profile',
        'WebsiteManagementService', 'get_publish_profile',
        'Get the publish profiles (Web Deploy and FTP endpoints and credentials) of a '
        'site.',
        positional=['webspace_name', 'website_name'],
        result='model', model='PublishData',
        example='asm website get-publish-profile "$WEBSPACE_NAME" "$WEBSITE_NAME"')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    p = area.command(
        'get-publish-profile-xml',
        'WebsiteManagementService', 'get_publish_profile_xml',
        'Get the publish profiles of a site as the XML text Azure returns (to save as a '
        '.PublishSettings file).',
        positional=['webspace_name', 'website_name'],
        result='text',
        example='asm website get-publish-profile-xml "$WEBSPACE_NAME" "$WEBSITE_NAME"')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    p = area.command(
        'get-site',
        'WebsiteManagementService', 'get_site',
        'Get the state, host names and settings of a site.',
        positional=['webspace_name', 'website_name'],
        result='model', model='Site',
        example='asm website get-site "$WEBSPACE_NAME" "$WEBSITE_NAME"')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    p = area.command(
        'get-webspace',
        'WebsiteManagementService', 'get_webspace',
        'Get the region, plan and status of a web space.',
        positional=['webspace_name'],
        result='model', model='WebSpace',
        example='asm website get-webspace "$WEBSPACE_NAME"')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc="Name of the web space, such as 'eastuswebspace'.")
    p = area.command(
        'list-sites',
        'WebsiteManagementService', 'list_sites',
        'List the sites of a web space.',
        positional=['webspace_name'],
        result='list', model='Site',
        example='asm website list-sites "$WEBSPACE_NAME" -o table')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    p = area.command(
        'list-webspaces',
        'WebsiteManagementService', 'list_webspaces',
        'List the web spaces (one per region in use) of the subscription.',
        positional=[],
        result='list', model='WebSpace',
        example='asm website list-webspaces -o table')
    p = area.command(
        'restart-site',
        'WebsiteManagementService', 'restart_site',
        'Restart a site; wait on the returned request id.',
        positional=['webspace_name', 'website_name'],
        result='none', is_async=True,
        example='asm website restart-site "$WEBSPACE_NAME" "$WEBSITE_NAME" --wait')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    p = area.command(
        'update-site',
        'WebsiteManagementService', 'update_site',
        "Change the state of a site ('Running' or 'Stopped'); wait on the returned "
        'request id.',
        positional=['webspace_name', 'website_name'],
        result='none', is_async=True,
        example='asm website update-site "$WEBSPACE_NAME" "$WEBSITE_NAME" --wait')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    rt.arg(p, '--state', 'str',
           doc="'Running' or 'Stopped'; None sends no change.")
    p = area.command(
        'wait-until-site-running',
        'WebsiteManagementService', 'wait_until_site_running',
        "Wait until a web site's state is Running.",
        positional=['webspace_name', 'website_name'],
        result='model', waiter=True, model='Site',
        progress=('path', 'state', 'item'),
        example='asm website wait-until-site-running "$WEBSPACE_NAME" "$WEBSITE_NAME" --timeout 300')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 300.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')
    p = area.command(
        'wait-until-site-stopped',
        'WebsiteManagementService', 'wait_until_site_stopped',
        "Wait until a web site's state is Stopped.",
        positional=['webspace_name', 'website_name'],
        result='model', waiter=True, model='Site',
        progress=('path', 'state', 'item'),
        example='asm website wait-until-site-stopped "$WEBSPACE_NAME" "$WEBSITE_NAME" --timeout 300')
    rt.arg(p, '--webspace-name', 'str', required=True,
           doc='Name of the web space.')
    rt.arg(p, '--website-name', 'str', required=True,
           doc='Name of the site.')
    rt.arg(p, '--timeout', 'float',
           doc='Seconds to wait before giving up. (default: 300.0)')
    rt.arg(p, '--delay', 'float',
           doc='Fixed seconds between calls (default: soon at first, then backing off).')


# Area -> the function adding its commands.
BUILDERS = {
    'affinity-groups': _area_affinity_groups,
    'common': _area_common,
    'hosted-services': _area_hosted_services,
    'networking': _area_networking,
    'scheduler': _area_scheduler,
    'servicebus': _area_servicebus,
    'sqldatabase': _area_sqldatabase,
    'storage': _area_storage,
    'virtual-machines': _area_virtual_machines,
    'website': _area_website,
}


def build_parser(areas: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The command tree; only the commands of `areas` are added (default: every area)."""
    root = rt.Root(SERVICES, MODELS, VARIANTS, WRAPPERS, TABLES, API_VERSIONS)
    for name, doc in AREAS.items():
        area = root.area(name, doc, BUILDERS[name])
        if areas is None or name in areas:
            area.build()
    root.completion_command()
    return root.parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `asm` console script; returns the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    # Only the areas named on the command line are built: a command line names one.
    return rt.run(build_parser(AREAS.keys() & set(args)), args)


if __name__ == "__main__":
    sys.exit(main())
