"""Code written for the predecessor, run against the local endpoint with only the import
changed: string ports, mutated pre-filled objects, wrapper classes built by hand, `vars()`
dumps, a Scheduler job with datetimes, `None` from synchronous calls.

Every request it sends is captured: each XML body is validated by the endpoint against its
request type in the spec's XSD, and carries exactly what the code set — no empty `<DomainJoin>`,
no placeholder `<CertificateThumbprint>`.
"""

from __future__ import annotations

import datetime
import json
import xml.etree.ElementTree as ET

import pytest

from generated import (ConfigurationSet, ConfigurationSetInputEndpoint, DataVirtualHardDisks,
                       HostedServices, Listener, Locations, OSVirtualHardDisk,
                       SchedulerManagementService, WindowsConfigurationSet)

NS = "{http://schemas.microsoft.com/windowsazure}"
WINDOWS_IMAGE = ("a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us"
                 "-127GB.vhd")
BLOB = "https://mystorageaccount.blob.core.windows.net"


def capture(client) -> list[tuple[str, str, bytes | None]]:
    """Record (method, path, body) of every request the client sends."""
    sent: list[tuple[str, str, bytes | None]] = []
    transport = client._transport
    send = transport.send

    def recording_send(method, path, headers, body, *args, **kwargs):
        sent.append((method, path, body))
        return send(method, path, headers, body, *args, **kwargs)

    transport.send = recording_send
    return sent


def wait(client, result) -> None:
    client.wait_for_operation_status(result.request_id, timeout=60, sleep_interval=0.05)


@pytest.fixture
def sms(asm_emulator):
    client = asm_emulator.emulator.client()
    yield client
    client.close()


def test_a_windows_vm_script_of_the_predecessors_day(sms):
    sent = capture(sms)
    name = "predstyle" + datetime.datetime.now().strftime("%H%M%S%f")

    assert sms.create_hosted_service(name, "label", location="West US") is not None  # async
    assert isinstance(sms.list_hosted_services(), HostedServices)
    assert isinstance(sms.list_locations(), Locations)

    config = WindowsConfigurationSet(name[:15], "P@ssw0rd!x", False, True,
                                     "Pacific Standard Time", "azureuser")
    config.win_rm.listeners.listeners.append(Listener("Http"))   # pre-filled, mutated
    network = ConfigurationSet()
    endpoint = ConfigurationSetInputEndpoint("web", "tcp", "80", "8080")  # ports as strings
    endpoint.load_balancer_probe.path = "/health"
    endpoint.load_balancer_probe.port = "8080"
    endpoint.load_balancer_probe.protocol = "http"
    network.input_endpoints.input_endpoints.append(endpoint)
    disks = DataVirtualHardDisks()                                   # a wrapper built by hand
    wait(sms, sms.create_virtual_machine_deployment(
        name, name, "production", name, name, config,
        OSVirtualHardDisk(WINDOWS_IMAGE, f"{BLOB}/vhds/{name}.vhd"), network_config=network,
        data_virtual_hard_disks=disks or None, role_size="Small"))

    [body] = [b for m, p, b in sent if m == "POST" and p.endswith(f"{name}/deployments")]
    doc = ET.fromstring(body)
    windows = next(c for c in doc.iter(f"{NS}ConfigurationSet")
                   if c.findtext(f"{NS}ConfigurationSetType") == "WindowsProvisioningConfiguration")
    tags = [child.tag[len(NS):] for child in windows]
    assert "DomainJoin" not in tags and "StoredCertificateSettings" not in tags
    assert "AdditionalUnattendContent" not in tags
    [listener] = windows.iter(f"{NS}Listener")
    assert [(c.tag[len(NS):], c.text) for c in listener] == [("Protocol", "Http")]
    [sent_endpoint] = doc.iter(f"{NS}InputEndpoint")
    assert sent_endpoint.findtext(f"{NS}Port") == "80"
    assert sent_endpoint.findtext(f"{NS}LocalPort") == "8080"
    probe = sent_endpoint.find(f"{NS}LoadBalancerProbe")
    assert [(c.tag[len(NS):], c.text) for c in probe] == [
        ("Path", "/health"), ("Port", "8080"), ("Protocol", "http")]
    assert endpoint.port == 80  # converted once, when set

    # Synchronous calls answer None; the request id stays reachable.
    assert sms.update_hosted_service(name, label="relabelled") is None
    assert sms.last_request_id

    # Scripts dump results with vars(); timestamps are text that is also a datetime.
    deployment = sms.get_deployment_by_name(name, name)
    dumped = json.loads(json.dumps(vars(deployment), default=vars))
    assert dumped["name"] == name
    assert dumped["role_instance_list"][0]["instance_name"] == name
    properties = sms.get_hosted_service_properties(name).hosted_service_properties
    assert isinstance(properties.date_created, str)
    assert properties.date_created.datetime.tzinfo is not None
    subscription = sms.get_subscription()
    assert subscription.current_virtual_network_sites >= 0

    # Only what the code set reached the service, in every request body (each one was
    # validated by the endpoint against its request type in the spec's XSD, or refused).
    for method, path, body in sent:
        if body:
            assert b"<DomainJoin" not in body and b"<CertificateThumbprint" not in body
            assert b"<AdditionalUnattendContent" not in body, (method, path)


def test_a_scheduler_job_with_datetimes(asm_emulator):
    c = asm_emulator.config
    scheduler = SchedulerManagementService(c["subscription_id"], c["cert_file"], host=c["host"],
                                           ca_file=c["ca_file"])
    sent = capture(scheduler)
    cs, jc = "predstyle-sched", "predstyle-jobs"
    wait(scheduler, scheduler.create_cloud_service(cs, "label", "description", "West Europe"))
    wait(scheduler, scheduler.create_job_collection(cs, jc, "Standard"))
    start = datetime.datetime(2030, 1, 1, 12, 30, 15)
    scheduler.create_job(cs, jc, "ping", {
        "startTime": start,
        "action": {"type": "http", "request": {"method": "GET", "uri": "http://example.com"}},
        "recurrence": {"frequency": "hour", "interval": 1, "endTime": datetime.date(2030, 2, 1)},
    })
    [body] = [b for m, p, b in sent if m == "PUT" and "/jobs/ping" in p]
    job = json.loads(body)
    assert job["startTime"] == "2030-01-01T12:30:15"
    assert job["recurrence"]["endTime"] == "2030-02-01"
    scheduler.close()
