"""The operations of spec/operations/hosted_services.toml as data, and its waiters
(spec/waiters/hosted_services.toml): one record per operation, shared by the sync methods
(client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import AsynchronousOperationResult, Operation
from asm_sdk_runtime.polling import Waiter

from .. import models as m
from .._xml import to_xml
from . import xml as x
from ..storage import xml as storage


def body_add_management_certificate(public_key: str, thumbprint: str, data: str) -> str:
    """The request body of `add_management_certificate`: <SubscriptionCertificate>."""
    return to_xml(x.write_SubscriptionCertificate__add_management_certificate, m.SubscriptionCertificate(
        subscription_certificate_public_key=public_key,
        subscription_certificate_thumbprint=thumbprint,
        subscription_certificate_data=data,
    ), 'SubscriptionCertificate')


add_management_certificate: Operation[None] = Operation(
    'add_management_certificate', 'POST', '/{subscription_id}/certificates',
    ('public_key', 'thumbprint', 'data'),
    '2014-10-01',
    required=3,
    body=body_add_management_certificate,
)


def body_add_service_certificate(
    service_name: str,
    data: str,
    certificate_format: str,
    password: str | None,
) -> str:
    """The request body of `add_service_certificate`: <CertificateFile>."""
    return to_xml(x.write_CertificateFile, m.CertificateFile(
        data=data,
        certificate_format=certificate_format,
        password=password,
    ), 'CertificateFile')


add_service_certificate: Operation[AsynchronousOperationResult] = Operation(
    'add_service_certificate', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/certificates',
    ('service_name', 'data', 'certificate_format', 'password'),
    '2014-10-01',
    required=3,
    body=body_add_service_certificate,
    returns_request_id=True,
)


def body_change_deployment_configuration(
    service_name: str,
    deployment_name: str,
    configuration: str,
    treat_warnings_as_error: bool,
    mode: str,
    extended_properties: dict[str, str] | None,
) -> str:
    """The request body of `change_deployment_configuration`: <ChangeConfiguration>."""
    return to_xml(x.write_ChangeConfiguration, m.ChangeConfiguration(
        configuration=configuration,
        treat_warnings_as_error=treat_warnings_as_error,
        mode=mode,
        extended_properties=extended_properties,
    ), 'ChangeConfiguration')


change_deployment_configuration: Operation[AsynchronousOperationResult] = Operation(
    'change_deployment_configuration', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=config',
    (
        'service_name',
        'deployment_name',
        'configuration',
        'treat_warnings_as_error',
        'mode',
        'extended_properties',
    ),
    '2014-10-01',
    required=3,
    body=body_change_deployment_configuration,
    returns_request_id=True,
)


check_hosted_service_name_availability: Operation[m.AvailabilityResponse] = Operation(
    'check_hosted_service_name_availability', 'GET', '/{subscription_id}/services/hostedservices/operations/isavailable/{service_name}',
    ('service_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=storage.read_AvailabilityResponse,
    root='{http://schemas.microsoft.com/windowsazure}AvailabilityResponse',
)


def body_create_deployment(
    service_name: str,
    deployment_slot: str,
    name: str,
    package_url: str,
    label: str,
    configuration: str,
    start_deployment: bool,
    treat_warnings_as_error: bool,
    extended_properties: dict[str, str] | None,
) -> str:
    """The request body of `create_deployment`: <CreateDeployment>."""
    return to_xml(x.write_CreateDeployment, m.CreateDeployment(
        name=name,
        package_url=package_url,
        label=label,
        configuration=configuration,
        start_deployment=start_deployment,
        treat_warnings_as_error=treat_warnings_as_error,
        extended_properties=extended_properties,
    ), 'CreateDeployment')


create_deployment: Operation[AsynchronousOperationResult] = Operation(
    'create_deployment', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}',
    (
        'service_name',
        'deployment_slot',
        'name',
        'package_url',
        'label',
        'configuration',
        'start_deployment',
        'treat_warnings_as_error',
        'extended_properties',
    ),
    '2014-10-01',
    required=6,
    body=body_create_deployment,
    returns_request_id=True,
)


def body_create_hosted_service(
    service_name: str,
    label: str,
    description: str | None,
    location: str | None,
    affinity_group: str | None,
    extended_properties: dict[str, str] | None,
) -> str:
    """The request body of `create_hosted_service`: <CreateHostedService>."""
    return to_xml(x.write_CreateHostedService, m.CreateHostedService(
        service_name=service_name,
        label=label,
        description=description,
        location=location,
        affinity_group=affinity_group,
        extended_properties=extended_properties,
    ), 'CreateHostedService')


create_hosted_service: Operation[AsynchronousOperationResult] = Operation(
    'create_hosted_service', 'POST', '/{subscription_id}/services/hostedservices',
    (
        'service_name',
        'label',
        'description',
        'location',
        'affinity_group',
        'extended_properties',
    ),
    '2014-10-01',
    required=2,
    body=body_create_hosted_service,
    returns_request_id=True,
)


delete_deployment: Operation[AsynchronousOperationResult] = Operation(
    'delete_deployment', 'DELETE', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}',
    ('service_name', 'deployment_name', 'delete_vhd'),
    '2014-10-01',
    required=2,
    query=(('comp', 'delete_vhd', 'media'),),
    returns_request_id=True,
)


delete_hosted_service: Operation[AsynchronousOperationResult] = Operation(
    'delete_hosted_service', 'DELETE', '/{subscription_id}/services/hostedservices/{service_name}',
    ('service_name', 'complete'),
    '2014-10-01',
    required=1,
    query=(('comp', 'complete', 'media'),),
    returns_request_id=True,
)


delete_management_certificate: Operation[None] = Operation(
    'delete_management_certificate', 'DELETE', '/{subscription_id}/certificates/{thumbprint}',
    ('thumbprint',),
    '2014-10-01',
    required=1,
)


def body_delete_role_instances(
    service_name: str,
    deployment_name: str,
    role_instance_names: list[str],
) -> str:
    """The request body of `delete_role_instances`: <RoleInstances>."""
    return to_xml(x.write_RoleInstanceNames, role_instance_names, 'RoleInstances')


delete_role_instances: Operation[AsynchronousOperationResult] = Operation(
    'delete_role_instances', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/?comp=delete',
    ('service_name', 'deployment_name', 'role_instance_names'),
    '2014-10-01',
    required=3,
    body=body_delete_role_instances,
    returns_request_id=True,
)


delete_service_certificate: Operation[AsynchronousOperationResult] = Operation(
    'delete_service_certificate', 'DELETE', '/{subscription_id}/services/hostedservices/{service_name}/certificates/{thumbalgorithm}-{thumbprint}',
    ('service_name', 'thumbalgorithm', 'thumbprint'),
    '2014-10-01',
    required=3,
    returns_request_id=True,
)


get_deployment_by_name: Operation[m.Deployment] = Operation(
    'get_deployment_by_name', 'GET', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}',
    ('service_name', 'deployment_name'),
    '2014-10-01',
    required=2,
    idempotent=True,
    reader=x.read_Deployment,
    root='{http://schemas.microsoft.com/windowsazure}Deployment',
)


get_deployment_by_slot: Operation[m.Deployment] = Operation(
    'get_deployment_by_slot', 'GET', '/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}',
    ('service_name', 'deployment_slot'),
    '2014-10-01',
    required=2,
    idempotent=True,
    reader=x.read_Deployment,
    root='{http://schemas.microsoft.com/windowsazure}Deployment',
)


get_hosted_service_properties: Operation[m.HostedService] = Operation(
    'get_hosted_service_properties', 'GET', '/{subscription_id}/services/hostedservices/{service_name}',
    ('service_name', 'embed_detail'),
    '2014-10-01',
    required=1,
    query=(('embed-detail', 'embed_detail', None),),
    idempotent=True,
    reader=x.read_HostedService,
    root='{http://schemas.microsoft.com/windowsazure}HostedService',
)


get_management_certificate: Operation[m.SubscriptionCertificate] = Operation(
    'get_management_certificate', 'GET', '/{subscription_id}/certificates/{thumbprint}',
    ('thumbprint',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_SubscriptionCertificate,
    root='{http://schemas.microsoft.com/windowsazure}SubscriptionCertificate',
)


get_service_certificate: Operation[m.Certificate] = Operation(
    'get_service_certificate', 'GET', '/{subscription_id}/services/hostedservices/{service_name}/certificates/{thumbalgorithm}-{thumbprint}',
    ('service_name', 'thumbalgorithm', 'thumbprint'),
    '2014-10-01',
    required=3,
    idempotent=True,
    reader=x.read_Certificate,
    root='{http://schemas.microsoft.com/windowsazure}Certificate',
)


get_subscription: Operation[m.Subscription] = Operation(
    'get_subscription', 'GET', '/{subscription_id}',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_Subscription,
    root='{http://schemas.microsoft.com/windowsazure}Subscription',
)


list_hosted_services: Operation[list[m.HostedService]] = Operation(
    'list_hosted_services', 'GET', '/{subscription_id}/services/hostedservices',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_HostedServices,
    root='{http://schemas.microsoft.com/windowsazure}HostedServices',
)


list_locations: Operation[list[m.Location]] = Operation(
    'list_locations', 'GET', '/{subscription_id}/locations',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_Locations,
    root='{http://schemas.microsoft.com/windowsazure}Locations',
)


list_management_certificates: Operation[list[m.SubscriptionCertificate]] = Operation(
    'list_management_certificates', 'GET', '/{subscription_id}/certificates',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_SubscriptionCertificates,
    root='{http://schemas.microsoft.com/windowsazure}SubscriptionCertificates',
)


list_operating_system_families: Operation[list[m.OperatingSystemFamily]] = Operation(
    'list_operating_system_families', 'GET', '/{subscription_id}/operatingsystemfamilies',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_OperatingSystemFamilies,
    root='{http://schemas.microsoft.com/windowsazure}OperatingSystemFamilies',
)


list_operating_systems: Operation[list[m.OperatingSystem]] = Operation(
    'list_operating_systems', 'GET', '/{subscription_id}/operatingsystems',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_OperatingSystems,
    root='{http://schemas.microsoft.com/windowsazure}OperatingSystems',
)


list_role_sizes: Operation[list[m.RoleSize]] = Operation(
    'list_role_sizes', 'GET', '/{subscription_id}/rolesizes',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_RoleSizes,
    root='{http://schemas.microsoft.com/windowsazure}RoleSizes',
)


list_service_certificates: Operation[list[m.Certificate]] = Operation(
    'list_service_certificates', 'GET', '/{subscription_id}/services/hostedservices/{service_name}/certificates',
    ('service_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_Certificates,
    root='{http://schemas.microsoft.com/windowsazure}Certificates',
)


list_subscription_operations: Operation[m.SubscriptionOperationCollection] = Operation(
    'list_subscription_operations', 'GET', '/{subscription_id}/operations',
    (
        'start_time',
        'end_time',
        'object_id_filter',
        'operation_result_filter',
        'continuation_token',
    ),
    '2014-10-01',
    query=(('StartTime', 'start_time', None), ('EndTime', 'end_time', None), ('ObjectIdFilter', 'object_id_filter', None), ('OperationResultFilter', 'operation_result_filter', None), ('ContinuationToken', 'continuation_token', None)),
    idempotent=True,
    reader=x.read_SubscriptionOperationCollection,
    root='{http://schemas.microsoft.com/windowsazure}SubscriptionOperationCollection',
)


list_subscriptions: Operation[list[m.Subscription]] = Operation(
    'list_subscriptions', 'GET', '/subscriptions',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_Subscriptions,
    root='{http://schemas.microsoft.com/windowsazure}Subscriptions',
)


reboot_role_instance: Operation[AsynchronousOperationResult] = Operation(
    'reboot_role_instance', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}?comp=reboot',
    ('service_name', 'deployment_name', 'role_instance_name'),
    '2014-10-01',
    required=3,
    returns_request_id=True,
)


rebuild_role_instance: Operation[AsynchronousOperationResult] = Operation(
    'rebuild_role_instance', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}?comp=rebuild&resources=allLocalDrives',
    ('service_name', 'deployment_name', 'role_instance_name'),
    '2014-10-01',
    required=3,
    returns_request_id=True,
)


reimage_role_instance: Operation[AsynchronousOperationResult] = Operation(
    'reimage_role_instance', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}?comp=reimage',
    ('service_name', 'deployment_name', 'role_instance_name'),
    '2014-10-01',
    required=3,
    returns_request_id=True,
)


def body_rollback_update_or_upgrade(
    service_name: str,
    deployment_name: str,
    mode: str,
    force: bool,
) -> str:
    """The request body of `rollback_update_or_upgrade`: <RollbackUpdateOrUpgrade>."""
    return to_xml(x.write_RollbackUpdateOrUpgrade, m.RollbackUpdateOrUpgrade(
        mode=mode,
        force=force,
    ), 'RollbackUpdateOrUpgrade')


rollback_update_or_upgrade: Operation[AsynchronousOperationResult] = Operation(
    'rollback_update_or_upgrade', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=rollback',
    ('service_name', 'deployment_name', 'mode', 'force'),
    '2014-10-01',
    required=4,
    body=body_rollback_update_or_upgrade,
    returns_request_id=True,
)


def body_swap_deployment(service_name: str, production: str, source_deployment: str) -> str:
    """The request body of `swap_deployment`: <Swap>."""
    return to_xml(x.write_Swap, m.Swap(
        production=production,
        source_deployment=source_deployment,
    ), 'Swap')


swap_deployment: Operation[AsynchronousOperationResult] = Operation(
    'swap_deployment', 'POST', '/{subscription_id}/services/hostedservices/{service_name}',
    ('service_name', 'production', 'source_deployment'),
    '2014-10-01',
    required=3,
    body=body_swap_deployment,
    returns_request_id=True,
)


def body_update_deployment_status(service_name: str, deployment_name: str, status: str) -> str:
    """The request body of `update_deployment_status`: <UpdateDeploymentStatus>."""
    return to_xml(x.write_UpdateDeploymentStatus, m.UpdateDeploymentStatus(
        status=status,
    ), 'UpdateDeploymentStatus')


update_deployment_status: Operation[AsynchronousOperationResult] = Operation(
    'update_deployment_status', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=status',
    ('service_name', 'deployment_name', 'status'),
    '2014-10-01',
    required=3,
    body=body_update_deployment_status,
    returns_request_id=True,
)


def body_update_hosted_service(
    service_name: str,
    label: str | None,
    description: str | None,
    extended_properties: dict[str, str] | None,
) -> str:
    """The request body of `update_hosted_service`: <UpdateHostedService>."""
    return to_xml(x.write_UpdateHostedService, m.UpdateHostedService(
        label=label,
        description=description,
        extended_properties=extended_properties,
    ), 'UpdateHostedService')


update_hosted_service: Operation[None] = Operation(
    'update_hosted_service', 'PUT', '/{subscription_id}/services/hostedservices/{service_name}',
    ('service_name', 'label', 'description', 'extended_properties'),
    '2014-10-01',
    required=1,
    body=body_update_hosted_service,
)


def body_upgrade_deployment(
    service_name: str,
    deployment_name: str,
    mode: str,
    package_url: str,
    configuration: str,
    label: str,
    force: bool,
    role_to_upgrade: str | None,
    extended_properties: dict[str, str] | None,
) -> str:
    """The request body of `upgrade_deployment`: <UpgradeDeployment>."""
    return to_xml(x.write_UpgradeDeployment, m.UpgradeDeployment(
        mode=mode,
        package_url=package_url,
        configuration=configuration,
        label=label,
        role_to_upgrade=role_to_upgrade,
        force=force,
        extended_properties=extended_properties,
    ), 'UpgradeDeployment')


upgrade_deployment: Operation[AsynchronousOperationResult] = Operation(
    'upgrade_deployment', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=upgrade',
    (
        'service_name',
        'deployment_name',
        'mode',
        'package_url',
        'configuration',
        'label',
        'force',
        'role_to_upgrade',
        'extended_properties',
    ),
    '2014-10-01',
    required=7,
    body=body_upgrade_deployment,
    returns_request_id=True,
)


def body_walk_upgrade_domain(service_name: str, deployment_name: str, upgrade_domain: int) -> str:
    """The request body of `walk_upgrade_domain`: <WalkUpgradeDomain>."""
    return to_xml(x.write_WalkUpgradeDomain, m.WalkUpgradeDomain(
        upgrade_domain=upgrade_domain,
    ), 'WalkUpgradeDomain')


walk_upgrade_domain: Operation[AsynchronousOperationResult] = Operation(
    'walk_upgrade_domain', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=walkupgradedomain',
    ('service_name', 'deployment_name', 'upgrade_domain'),
    '2014-10-01',
    required=3,
    body=body_walk_upgrade_domain,
    returns_request_id=True,
)


# Waiter deployment_deleted: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_deployment_deleted: Waiter[None] = Waiter('deployment_deleted', 15.0, (
    ('success', 'status', 404, None),
), get_deployment_by_name)


# Waiter deployment_running: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_deployment_running: Waiter[m.Deployment] = Waiter('deployment_running', 15.0, (
    ('success', 'path', 'Running', 'status'),
), get_deployment_by_name)


# Waiter hosted_service_deleted: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_hosted_service_deleted: Waiter[None] = Waiter('hosted_service_deleted', 15.0, (
    ('success', 'status', 404, None),
), get_hosted_service_properties)


# Waiter role_instances_ready: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_role_instances_ready: Waiter[m.Deployment] = Waiter('role_instances_ready', 15.0, (
    ('success', 'path_all', 'ReadyRole', 'role_instance_list[].instance_status'),
    ('failure', 'path_any', 'FailedStartingVM', 'role_instance_list[].instance_status'),
    ('failure', 'path_any', 'ProvisioningFailed', 'role_instance_list[].instance_status'),
), get_deployment_by_name)


# Waiter role_stopped: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_role_stopped: Waiter[m.Deployment] = Waiter('role_stopped', 15.0, (
    ('success', 'path_all', 'StoppedVM', 'role_instance_list[?role_name == {role_name}].instance_status'),
    ('success', 'path_all', 'StoppedDeallocated', 'role_instance_list[?role_name == {role_name}].instance_status'),
), get_deployment_by_name)
