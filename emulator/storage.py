"""Handlers of spec/operations/storage.toml: storage accounts."""

from __future__ import annotations

import base64
import copy
import re
import secrets

from . import data, states
from .base import Call, bad_request, conflict, handles, mgmt_url, name_key, not_found, now
from .lookups import check_placement

STORAGE_NAME_INVALID = ("The name is not a valid storage account name. Storage account names "
                        "must be between 3 and 24 characters in length and use numbers and "
                        "lower-case letters only.")
STORAGE_NAME = re.compile(r"[a-z0-9]{3,24}")


# --- storage accounts -------------------------------------------------------------------

def _storage(call: Call):
    name = call.arg("service_name")
    key, acct = call.store.find("storage", name_key(name))
    if acct is None:
        raise not_found(f"The storage account '{name}' was not found.")
    return key, acct


def _new_key() -> str:
    return base64.b64encode(secrets.token_bytes(64)).decode("ascii")


@handles("create_storage_account")
def create_storage_account(call: Call):
    b = call.body
    if not b.service_name or not STORAGE_NAME.fullmatch(b.service_name):
        raise bad_request(STORAGE_NAME_INVALID)
    if not b.label:
        raise bad_request("The label of the storage account is required.")
    region = check_placement(call, b.location, b.affinity_group)
    account_type = b.account_type or "Standard_GRS"
    if account_type not in data.STORAGE_ACCOUNT_TYPES + ["Premium_LRS"]:
        raise bad_request(f"The account type '{account_type}' is not valid.")
    if call.store.find("storage", name_key(b.service_name))[1] is not None:
        raise conflict(f"A storage account named '{b.service_name}' already exists in the "
                       "subscription.")
    geo = account_type in ("Standard_GRS", "Standard_RAGRS")
    name = b.service_name
    m = call.m
    call.store.put("storage", name_key(name), m.StorageService(
        url=mgmt_url(call, "services", "storageservices", name), service_name=name,
        storage_service_properties=m.StorageAccountProperties(
            description=b.description, affinity_group=b.affinity_group,
            location=None if b.affinity_group else region, label=b.label, status="Created",
            endpoints=[f"https://{name}.{svc}.core.windows.net/"
                       for svc in ("blob", "queue", "table", "file")],
            geo_primary_region=region, status_of_primary="Available",
            geo_secondary_region=data.PAIRED.get(region) if geo else None,
            status_of_secondary="Available" if geo else None, creation_time=now(),
            custom_domains=[], account_type=account_type),
        storage_service_keys=m.StorageServiceKeys(primary=_new_key(), secondary=_new_key()),
        extended_properties=dict(b.extended_properties or {}),
        capabilities=["PersistentVMRole"]))
    states.begin(call, "storage", name_key(name), ["Creating"])


def _storage_view(call: Call, acct, keys: bool):
    v = copy.copy(acct)
    v.url = mgmt_url(call, "services", "storageservices", acct.service_name)
    step = states.current(call.store, "storage", name_key(acct.service_name))
    if step is not None and v.storage_service_properties is not None:   # Creating
        v.storage_service_properties = copy.copy(v.storage_service_properties)
        v.storage_service_properties.status = step
    if not keys:
        v.storage_service_keys = None
    return v


@handles("list_storage_accounts")
def list_storage_accounts(call: Call):
    return [_storage_view(call, a, False) for a in call.store.values("storage")]


@handles("get_storage_account_properties")
def get_storage_account_properties(call: Call):
    return _storage_view(call, _storage(call)[1], False)


@handles("get_storage_account_keys")
def get_storage_account_keys(call: Call):
    acct = _storage(call)[1]
    return call.m.StorageService(url=_storage_view(call, acct, True).url,
                                 service_name=acct.service_name,
                                 storage_service_keys=copy.copy(acct.storage_service_keys))


@handles("regenerate_storage_account_keys")
def regenerate_storage_account_keys(call: Call):
    key, acct = _storage(call)
    which = (call.body.key_type or "").lower()
    if which not in ("primary", "secondary"):
        raise bad_request("KeyType must be Primary or Secondary.")
    setattr(acct.storage_service_keys, which, _new_key())
    call.store.touch("storage", key)
    return call.m.StorageService(url=_storage_view(call, acct, True).url,
                                 service_name=acct.service_name,
                                 storage_service_keys=copy.copy(acct.storage_service_keys))


@handles("update_storage_account")
def update_storage_account(call: Call):
    key, acct = _storage(call)
    b, p = call.body, acct.storage_service_properties
    for attr in ("description", "label", "account_type", "secondary_read_enabled"):
        if getattr(b, attr, None) is not None:
            setattr(p, attr, getattr(b, attr))
    if b.extended_properties:
        acct.extended_properties = {**(acct.extended_properties or {}), **b.extended_properties}
    call.store.touch("storage", key)


@handles("delete_storage_account")
def delete_storage_account(call: Call):
    key, _ = _storage(call)
    call.store.delete("storage", key)
    states.forget(call, "storage", key)


@handles("check_storage_account_name_availability")
def check_storage_account_name_availability(call: Call):
    name = call.arg("service_name")
    if not STORAGE_NAME.fullmatch(name or ""):
        return call.m.AvailabilityResponse(result=False, reason=STORAGE_NAME_INVALID)
    taken = call.store.find("storage", name_key(name))[1] is not None
    return call.m.AvailabilityResponse(
        result=not taken, reason="The storage account named is already taken." if taken else None)
