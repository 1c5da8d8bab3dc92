"""The operations of spec/operations/affinity_groups.toml as data: one record per operation,
shared by the sync methods (client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import Operation

from .. import models as m
from .._xml import to_xml
from . import xml as x


def body_create_affinity_group(
    name: str,
    label: str,
    location: str,
    description: str | None,
) -> str:
    """The request body of `create_affinity_group`: <CreateAffinityGroup>."""
    return to_xml(x.write_CreateAffinityGroup, m.CreateAffinityGroup(
        name=name,
        label=label,
        description=description,
        location=location,
    ), 'CreateAffinityGroup')


create_affinity_group: Operation[None] = Operation(
    'create_affinity_group', 'POST', '/{subscription_id}/affinitygroups',
    ('name', 'label', 'location', 'description'),
    '2014-10-01',
    required=3,
    body=body_create_affinity_group,
)


delete_affinity_group: Operation[None] = Operation(
    'delete_affinity_group', 'DELETE', '/{subscription_id}/affinitygroups/{affinity_group_name}',
    ('affinity_group_name',),
    '2014-10-01',
    required=1,
)


get_affinity_group_properties: Operation[m.AffinityGroup] = Operation(
    'get_affinity_group_properties', 'GET', '/{subscription_id}/affinitygroups/{affinity_group_name}',
    ('affinity_group_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_AffinityGroup,
    root='{http://schemas.microsoft.com/windowsazure}AffinityGroup',
)


list_affinity_groups: Operation[list[m.AffinityGroup]] = Operation(
    'list_affinity_groups', 'GET', '/{subscription_id}/affinitygroups',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_AffinityGroups,
    root='{http://schemas.microsoft.com/windowsazure}AffinityGroups',
)


def body_update_affinity_group(
    affinity_group_name: str,
    label: str,
    description: str | None,
) -> str:
    """The request body of `update_affinity_group`: <UpdateAffinityGroup>."""
    return to_xml(x.write_UpdateAffinityGroup, m.UpdateAffinityGroup(
        label=label,
        description=description,
    ), 'UpdateAffinityGroup')


update_affinity_group: Operation[None] = Operation(
    'update_affinity_group', 'PUT', '/{subscription_id}/affinitygroups/{affinity_group_name}',
    ('affinity_group_name', 'label', 'description'),
    '2014-10-01',
    required=2,
    idempotent=True,
    body=body_update_affinity_group,
)
