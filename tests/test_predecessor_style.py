"""Code written for the predecessor, run against the local endpoint with only the import
changed: string ports, mutated pre-filled objects, wrapper classes built by hand, `vars()`
dumps, a Scheduler job with datetimes, `None` from synchronous calls.

Every request it sends is captured: each XML body is validated by the endpoint against its
request type in the spec's XSD, and carries exactly what the code set — no empty `<DomainJoin>`,
no placeholder `<CertificateThumbprint>`.

Issue 14's examples follow: absent elements read as the predecessor's fresh defaults, ports
equal the text it returned, values survive a `vars()` walk, `parse_response_for_async_op`,
and models read back and sent to an update carry only what that operation accepts.

Each scenario runs twice: on the sync client and on the async one (generated.aio, the same
calls awaited one after another through tests.aio_view).
"""

from __future__ import annotations

import datetime
import json
import xml.etree.ElementTree as ET

import pytest

from tests.aio_view import make as make_of_kind

from generated import (AsynchronousOperationResult, ConfigurationSet,
                       ConfigurationSetInputEndpoint, DataVirtualHardDisks, HostedServices,
                       Listener, Locations, OSVirtualHardDisk, SchedulerManagementService,
                       UpgradeStatus, WindowsConfigurationSet, parse_response_for_async_op)

NS = "{http://schemas.microsoft.com/windowsazure}"
WINDOWS_IMAGE = ("a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us"
                 "-127GB.vhd")
BLOB = "https://mystorageaccount.blob.core.windows.net"


def capture(client) -> list[tuple[str, str, bytes | None]]:
    """Record (method, path, body) of every request the client sends (either client)."""
    import inspect

    sent: list[tuple[str, str, bytes | None]] = []
    transport = client._transport
    send_once = transport.send_once

    def recording_send(request):
        sent.append((request.method, request.target, request.body))
        return send_once(request)

    transport.send_once = recording_send
    if inspect.iscoroutinefunction(send_once):
        async def recording_async(request):
            return await recording_send(request)
        transport.send_once = recording_async
    return sent


def wait(client, result) -> None:
    client.wait_for_operation_status(result.request_id, timeout=60, sleep_interval=0.05)


@pytest.fixture(params=["sync", "aio"])
def kind(request) -> str:
    return request.param


def client_of(kind: str, cls: type, config: dict):
    return make_of_kind(kind, cls, config["subscription_id"], config["cert_file"],
                        host=config["host"], ca_file=config["ca_file"])


@pytest.fixture
def sms(asm_emulator, kind):
    from generated import ServiceManagementService
    client = client_of(kind, ServiceManagementService, asm_emulator.config)
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


def test_a_scheduler_job_with_datetimes(asm_emulator, kind):
    scheduler = client_of(kind, SchedulerManagementService, asm_emulator.config)
    sent = capture(scheduler)
    cs, jc = f"predstyle-sched-{kind}", f"predstyle-jobs-{kind}"
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


# --- issue 14: the last mile, through the public API against the local endpoint ------------

def to_dict(o):
    """The recursive walk scripts dump models with (issue 14)."""
    return {k: to_dict(v) if hasattr(v, "__dict__") else v for k, v in vars(o).items()}


LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"


def test_absent_elements_read_as_the_predecessors_fresh_defaults(sms):
    name = "lastmile" + datetime.datetime.now().strftime("%H%M%S%f")
    # A user image registered without ShowInGui: absent reads True, as it did.
    wait(sms, sms.add_os_image(name, f"{BLOB}/vhds/{name}.vhd", name, "Linux"))
    assert [i for i in sms.list_os_images() if i.show_in_gui and i.category == "User"][-1]
    mine = next(i for i in sms.list_os_images() if i.name == name)
    assert mine.show_in_gui is True and mine.is_premium is True   # both absent: the table's True

    wait(sms, sms.create_storage_account(name[:24], "d", "l", location="West US"))
    props = sms.get_storage_account_properties(name[:24]).storage_service_properties
    assert props.geo_replication_enabled is False
    assert props.last_geo_failover_time == "" and not props.last_geo_failover_time

    # A VM image with a data disk whose LUN the service leaves out.
    from generated import DataDiskConfiguration, OSDiskConfiguration, VMImage
    wait(sms, sms.create_vm_image(VMImage(
        name=name, label=name, os_disk_configuration=OSDiskConfiguration(
            os_state="Generalized", os="Linux", media_link=f"{BLOB}/vhds/{name}-os.vhd"),
        data_disk_configurations=[DataDiskConfiguration(
            media_link=f"{BLOB}/vhds/{name}-data.vhd", host_caching="ReadOnly")])))
    image = next(i for i in sms.list_vm_images() if i.name == name)
    assert image.deployment_name is None and image.service_name is None   # the table's None
    [disk] = image.data_disk_configurations
    assert disk.lun == -1 and disk.logical_disk_size_in_gb == -1

    deployment = _linux_vm(sms, name)
    assert isinstance(deployment.upgrade_status, UpgradeStatus)   # no upgrade running
    assert not deployment.upgrade_status and deployment.upgrade_status.upgrade_type == ""
    assert not deployment.persistent_vm_downtime_info
    assert sms.get_subscription().current_core_count >= 0


def _linux_vm(sms, name: str):
    """A cloud service `name` with a Linux VM `name` whose SSH endpoint is public port 59913
    (given as text, as scripts of the predecessor did)."""
    from generated import LinuxConfigurationSet
    wait(sms, sms.create_hosted_service(name, "label", location="West US"))
    config = LinuxConfigurationSet(name[:15], "azureuser", "P@ssw0rd!x", True)
    network = ConfigurationSet()
    network.input_endpoints.input_endpoints.append(
        ConfigurationSetInputEndpoint("ssh", "tcp", "59913", "22"))
    wait(sms, sms.create_virtual_machine_deployment(
        name, name, "production", name, name, config,
        OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/{name}.vhd"), network_config=network,
        role_size="Small"))
    return sms.get_deployment_by_name(name, name)


def test_numbers_equal_the_text_the_predecessor_returned(sms):
    name = "lastmilenum" + datetime.datetime.now().strftime("%H%M%S%f")
    deployment = _linux_vm(sms, name)
    [endpoint] = deployment.role_instance_list[0].instance_endpoints
    assert endpoint.public_port == "59913" and endpoint.local_port == "22"
    assert endpoint.public_port == 59913 and isinstance(endpoint.public_port, int)
    assert "ssh to port " + endpoint.public_port == "ssh to port 59913"
    assert json.loads(json.dumps(vars(endpoint), default=vars))["public_port"] == 59913
    role = sms.get_role(name, name, name)
    [network] = [c for c in role.configuration_sets
                 if c.configuration_set_type == "NetworkConfiguration"]
    [input_endpoint] = network.input_endpoints
    assert (input_endpoint.port, input_endpoint.local_port) == ("59913", "22")
    assert {22: "ssh"}[input_endpoint.local_port] == "ssh"   # hashes as the number


def test_every_value_survives_a_dict_walk(sms):
    name = "lastmilewalk" + datetime.datetime.now().strftime("%H%M%S%f")
    deployment = _linux_vm(sms, name)
    walked = to_dict(deployment)
    assert walked["created_time"] == deployment.created_time != {}
    assert walked["created_time"].startswith("20")
    [instance] = walked["role_instance_list"]["role_instances"]   # the wrapper's items
    assert instance.instance_name == name
    assert walked["role_list"]["roles"][0].role_name == name
    dumped = json.loads(json.dumps(vars(deployment), default=vars))
    assert dumped["created_time"] == deployment.created_time
    assert dumped["role_instance_list"][0]["instance_endpoints"][0]["public_port"] == 59913
    props = sms.get_hosted_service_properties(name).hosted_service_properties
    assert to_dict(props)["date_created"] == props.date_created != {}


def test_parse_response_for_async_op(sms):
    name = "lastmileraw" + datetime.datetime.now().strftime("%H%M%S%f")
    base = f"/{sms.subscription_id}/services/hostedservices"
    body = (f'<CreateHostedService xmlns="http://schemas.microsoft.com/windowsazure">'
            f"<ServiceName>{name}</ServiceName><Label>bGFiZWw=</Label>"
            "<Location>West US</Location></CreateHostedService>")
    response = sms.perform_post(base, body)
    result = parse_response_for_async_op(response)
    assert isinstance(result, AsynchronousOperationResult)
    assert result.request_id == response.request_id == sms.last_request_id
    wait(sms, result)
    update = ('<UpdateHostedService xmlns="http://schemas.microsoft.com/windowsazure">'
              "<Label>bmV3</Label></UpdateHostedService>")
    result = parse_response_for_async_op(sms.perform_put(f"{base}/{name}", update))
    assert result.request_id and sms.get_hosted_service_properties(
        name).hosted_service_properties.label == "new"
    result = parse_response_for_async_op(sms.perform_delete(f"{base}/{name}"))
    wait(sms, result)
    assert parse_response_for_async_op(None) is None


def test_a_model_read_and_sent_back_carries_only_what_the_operation_accepts(sms):
    sent = capture(sms)
    name = "lastmileshape" + datetime.datetime.now().strftime("%H%M%S%f")
    from generated import OSDiskConfiguration, VMImage
    wait(sms, sms.create_vm_image(VMImage(
        name=name, label=name, description="d", os_disk_configuration=OSDiskConfiguration(
            os_state="Generalized", os="Linux", media_link=f"{BLOB}/vhds/{name}-os.vhd"))))
    image = next(i for i in sms.list_vm_images() if i.name == name)
    image.label = "a new label"
    wait(sms, sms.update_vm_image(image.name, image))   # the endpoint validated the body
    [(_, _, body)] = [s for s in sent if s[0] == "PUT" and s[1].endswith(f"/vmimages/{name}")]
    tags = [c.tag[len(NS):] for c in ET.fromstring(body)]
    assert set(tags) <= {"Label", "Description", "OSDiskConfiguration",
                         "DataDiskConfigurations", "Language", "ImageFamily",
                         "RecommendedVMSize", "Eula", "IconUri", "SmallIconUri", "PrivacyUri",
                         "PublishedDate", "ShowInGui"}, tags
    assert "Name" not in tags and "Category" not in tags and "CreatedTime" not in tags
    assert next(i for i in sms.list_vm_images() if i.name == name).label == "a new label"

    # A role read back: its OS disk and network configuration sent to update_role.
    deployment = _linux_vm(sms, name)
    role = sms.get_role(name, name, name)
    network = next(c for c in role.configuration_sets
                   if c.configuration_set_type == "NetworkConfiguration")
    wait(sms, sms.update_role(name, name, name, os_virtual_hard_disk=role.os_virtual_hard_disk,
                              network_config=network, role_size="Medium"))
    [(_, _, body)] = [s for s in sent if s[0] == "PUT" and s[1].endswith(f"/roles/{name}")]
    assert b"<Vip>" not in body and b"<IOType>" not in body and b"<OsVersion>" not in body
    assert sms.get_role(name, name, name).role_size == "Medium"
    assert deployment.name == name
