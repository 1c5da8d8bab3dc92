"""Code written for the predecessor's wrapper objects keeps working (py:items lists).

The predecessor held every list in a wrapper object under one attribute
(`deployment.role_instance_list.role_instances`, `sms.list_os_images().images`) and users
filled request lists through it (`config.ssh.public_keys.public_keys.append(...)`). The
requests built that way must be the ones the real recordings show.
"""

from __future__ import annotations

import pytest

from generated import (CertificateSetting, ConfigurationSet, ConfigurationSetInputEndpoint,
                       Credentials, DomainJoin, KeyPair, LinuxConfigurationSet, Listener,
                       OSVirtualHardDisk, PublicIP, PublicKey, WindowsConfigurationSet, WinRM)
from tests.fakes import install, response
from tests.replay import canonical_xml, load_interactions, request_body, response_body

PREFIX = "test_legacy_mgmt_misc."

THUMBPRINT = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"


def recorded(name: str, method: str, path_part: str) -> tuple[bytes, bytes]:
    """(request body, response body) of the first recorded call with `path_part` in its URI."""
    for it in load_interactions(PREFIX + name):
        if it["request"]["method"] == method and path_part in it["request"]["uri"]:
            return request_body(it), response_body(it)
    raise AssertionError(f"no {method} …{path_part} in {name}")


def test_requests_built_through_wrapper_attributes_match_the_recording(sms, monkeypatch,
                                                                        recordings_dir):
    sent, _ = recorded("test_add_role_linux", "POST", "/deployments/utsvc604310ca/roles")
    # Filled the predecessor's way: through the wrapper attributes of a fresh object.
    config = LinuxConfigurationSet("hntsvc604310cab", "unittest", "u7;9jbp!", False)
    home = "/home/unittest/.ssh/"
    config.ssh.public_keys.public_keys.append(PublicKey(THUMBPRINT, home + "authorized_keys"))
    config.ssh.key_pairs.key_pairs.append(KeyPair(THUMBPRINT, home + "id_rsa"))
    disk = OSVirtualHardDisk(
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server-20150616.1-en-us-30GB",
        "http://storagename.blob.core.windows.net/utctnr604310ca/utsvc604310cab.vhd",
        disk_label="utsvc604310cab.vhd")
    fake = install(sms, monkeypatch, response(202))
    sms.add_role("utsvc604310ca", "utsvc604310ca", "utsvc604310cab", config, disk)
    assert canonical_xml(fake.only.body) == canonical_xml(sent)

    network = ConfigurationSet()
    network.input_endpoints.input_endpoints.append(
        ConfigurationSetInputEndpoint("utendpoint", "tcp", 59913, 3394))
    assert network.input_endpoints == [ConfigurationSetInputEndpoint("utendpoint", "tcp",
                                                                     59913, 3394)]


def test_a_keyless_linux_config_sends_an_empty_ssh_as_the_predecessor_did(sms, monkeypatch):
    fake = install(sms, monkeypatch, response(202))
    sms.create_virtual_machine_deployment(
        "myvm", "myvm", "production", "myvm", "myvm",
        LinuxConfigurationSet("myhostname", "myuser", "mypassword", True),
        OSVirtualHardDisk("image", "https://a.blob.core.windows.net/vhds/myvm.vhd"))
    body = fake.only.body.decode()
    assert "<DisableSshPasswordAuthentication>true</DisableSshPasswordAuthentication>" \
        "<SSH><PublicKeys></PublicKeys><KeyPairs></KeyPairs></SSH>" in body
    listeners = WinRM().listeners
    listeners.listeners.append(Listener("Http"))
    assert listeners == [Listener("Http")]


def test_results_answer_to_the_wrapper_attribute_names(sms, monkeypatch, recordings_dir):
    _, body = recorded("test_list_os_images", "GET", "/services/images")
    install(sms, monkeypatch, response(200, body))
    images = sms.list_os_images()
    assert isinstance(images, list) and images.images is images and len(images) > 100

    _, body = recorded("test_get_hosted_service_properties_with_embed_detail", "GET",
                       "embed-detail=true")
    install(sms, monkeypatch, response(200, body))
    service = sms.get_hosted_service_properties("utsvc75f61e6c", True)
    deployments = service.deployments.deployments
    assert [d.name for d in deployments] == ["utdeployment"]
    instances = deployments[0].role_instance_list
    assert instances.role_instances is instances and len(instances) >= 1
    assert deployments[0].role_list.roles == deployments[0].role_list

    # Still plain lists otherwise: equal to lists, sliced into lists, no other new names.
    assert images[:2] == list(images[:2]) and type(images[:2]) is list
    with pytest.raises(AttributeError):
        images.os_images  # noqa: B018


def test_the_predecessors_class_names_for_public_ips_and_domain_credentials(sms, monkeypatch):
    network = ConfigurationSet()
    network.public_ips = [PublicIP("pip1")]
    windows = WindowsConfigurationSet("mywinvm", "Pa55word!")
    windows.domain_join = DomainJoin(credentials=Credentials(domain="corp", username="joiner",
                                                         password="S3cret!"),
                                     join_domain="corp.example.com")
    fake = install(sms, monkeypatch, response(202))
    sms.add_role("svc", "dep", "mywinvm", windows, OSVirtualHardDisk("img", "https://a/b.vhd"),
                 network_config=network)
    body = fake.only.body.decode()
    assert "<PublicIPs><PublicIP><Name>pip1</Name></PublicIP></PublicIPs>" in body
    assert "<DomainJoin><Credentials><Domain>corp</Domain><Username>joiner</Username>" \
        "<Password>S3cret!</Password></Credentials><JoinDomain>corp.example.com</JoinDomain>" in body
    assert "S3cret!" not in repr(windows)


def test_windows_and_network_configs_filled_the_predecessors_way_match_the_recording(
        sms, monkeypatch, recordings_dir):
    sent, _ = recorded("test_add_update_delete_role_windows", "POST",
                       "/deployments/utsvca2701759/roles")
    windows = WindowsConfigurationSet("hntsvca2701759b", "u7;9jbp!", False, False,
                                      "Pacific Standard Time", "azureuser")
    windows.stored_certificate_settings.stored_certificate_settings.append(
        CertificateSetting(THUMBPRINT, "My", "LocalMachine"))
    windows.win_rm = WinRM()
    windows.win_rm.listeners.listeners.append(Listener("Https", THUMBPRINT))
    network = ConfigurationSet()
    network.input_endpoints.input_endpoints.append(
        ConfigurationSetInputEndpoint("utendpoint", "tcp", 59914, 3394))
    disk = OSVirtualHardDisk(
        "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-Technical-Preview-201505.01-en.us-127GB.vhd",
        "http://storagename.blob.core.windows.net/utctnra2701759/utsvca2701759b.vhd",
        disk_label="utsvca2701759b.vhd")
    fake = install(sms, monkeypatch, response(202))
    sms.add_role("utsvca2701759", "utsvca2701759", "utsvca2701759b", windows, disk,
                 network_config=network)
    assert canonical_xml(fake.only.body) == canonical_xml(sent)

    # Left empty, the pre-filled lists send nothing (py:omit-empty), as before.
    fake = install(sms, monkeypatch, response(202))
    sms.add_role("svc", "dep", "vm", WindowsConfigurationSet("vm", "Pa55word!"),
                 disk, network_config=ConfigurationSet())
    body = fake.only.body.decode()
    assert "StoredCertificateSettings" not in body and "PublicIPs" not in body
    assert "<InputEndpoints></InputEndpoints><SubnetNames></SubnetNames>" in body
