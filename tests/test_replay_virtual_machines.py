"""Replay of the real recordings of the virtual machine operations.

Each test creates what the recorded run created (cloud service, service certificate,
virtual machine deployment) with the SDK's public API and model classes, waits the way
the recording shows (operation status polls, then deployment polls until a role instance
reaches a state), runs the operation under test and checks the parsed answers.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from generated import (AzureBadRequestHttpError, AzureMissingResourceHttpError,
                       CaptureRoleAsVMImage, CertificateSetting, ConfigurationSet,
                       ConfigurationSetInputEndpoint, KeyPair, LinuxConfigurationSet, Listener,
                       OSVirtualHardDisk, PublicKey, SSH, WindowsConfigurationSet, WinRM)
from tests.replay import replay

pytestmark = pytest.mark.usefixtures("no_sleep")

PREFIX = "test_legacy_mgmt_misc."
STORAGE = "http://storagename.blob.core.windows.net"
LINUX_IMAGE = "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server-20150616.1-en-us-30GB"
WINDOWS_IMAGE = ("a699494373c04fc0bc8f2bb1389d6106__Windows-Server-Technical-Preview-201505.01"
                 "-en.us-127GB.vhd")
PASSWORD = "u7;9jbp!"
LINUX_USER = "unittest"
WINDOWS_ADMIN = "azureuser"
# The .pfx the recorded runs installed in every cloud service (password "Python"), and
# its thumbprint, which the machines reference for SSH keys, WinRM and the cert store.
SERVICE_CERT_PASSWORD = "Python"
SERVICE_CERT_THUMBPRINT = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"
SERVICE_CERT_PFX = (
    "MIIJ7AIBAzCCCagGCSqGSIb3DQEHAaCCCZkEggmVMIIJkTCCBfoGCSqGSIb3DQEHAaCCBesEggXnMIIF4zCCBd8G"
    "CyqGSIb3DQEMCgECoIIE/jCCBPowHAYKKoZIhvcNAQwBAzAOBAhxOU59DvbmnAICB9AEggTYNM2UfOCtA1G0fhKN"
    "mu79z8/yUm5ybh5JamZqZ4Ra21wTc1khmVmWr0OAYhttaKtqtHfyFv7UY/cojg+fdOPCI+Fa8qQI7oXGEU7hS4O7"
    "VH3R/bDESctPB4TRdhjb88hLC+CdQc64PwjHFoaUHEQHFMsi7ujbi1u4Xg8YRqg4eKoG0AAraEQgyS3+1oWndtUO"
    "dqvOAsAG/bshiK47pgxMTgHpYjtOMtjcPqrwYq5aZQNWdJMXjl4JnmGJpO1dGqlSyr3uJuPobuq18diFS+JMJk/n"
    "Qt50GF/SkscQn3TCLc6g6AjuKqdnSQTM34eNkZanKyyBuRmVUvM+zcKP6riiRDB86wrfNcT3sPDh9x6BSiTaxWKD"
    "k4IziWUMy8WJ/qItaVm2klIyez9JeEgcN2PhI2B1SFxH2qliyCmJ+308RFJHlQZDNZhpTRNgkulYfiswr5xOVEcU"
    "7J6eithmmD72xANSiiTbtFH10Bu10FN4SbSvOYQiGIjDVG4awAPVC9gURm88PciIimz1ne0WN3Ioj92BTC78kNoM"
    "I7+NDiVV01W+/CNK8J1WCTkKWRxTui8Ykm2z63gh9KmSZyEstFDFIz2WbJEKM8N4vjzGpNhRYOHpxFaCm2E/yoNj"
    "4MyHmo9XGtYsqhA0Jy12Wmx/fVGeZb3Az8Y5MYCQasc9XwvzACf2+RKsz6ey7jTb+Exo0gQB13PNFLEs83R57bDa"
    "8vgQupYBFcsamw/RvqmXn8sGw53kd71VVElrfaCNluvAFrLPdaH3F/+J8KHdV7Xs9A1ITvgpHbw2BnQBPwH3pSXZ"
    "Yh5+7it6WSNIHbv8h33Ue+vPLby5Huhg86R4nZkjJbeQXsfVpvC+llhOBHUX+UJth76a/d0iAewPO90rDNx+Nqff"
    "+Q7hPoUgxE8HtrbhZNY3qNFfyRGLbCZJpb+6DE7WsDSogFE5gY7gnmJwtT+FBlIocysaBn1NMH8fo/2zyuAOUfjH"
    "vuIR+K/NzcMdn5WL7bYjmvJwRIAaPScZV56NzNbZdHsHAU2ujvE+sGNmwr4wz3Db6Q9VfzkNWEzDmRlYEsRYNqQ/"
    "E7O2KQWETzZSGTEXgz57APE0d/cOprX+9PXZTdqqjOCU12YLtJobIcBZz+AFPMJRlY+pjuIu8wTzbWX7yoek3zmN"
    "9iZAZT5gNYCwIwo06Of2gvgssQ4X53QmJc/oD6WSyZpcS67JOQ8bHXIT1Lg9FBAfgXWEQ+BwIBK1SEJYlZJm0JkJ"
    "3Og7t3rgAmuv5YOfbFLo484946izfQeoUF5qrn/qSiqNOnYNMLvaXWT2pWE9V6u8max0l5dA5qNR772ahMQEH1iZ"
    "u/K8gKfQ/z6Ea1yxFVwGtf9uNSuvS2M3MFa4Dos8FtxxQgOIEoiV4qc2yQIyiAKYusRI+K3PMnqSyg9S3eh0LCbu"
    "I8CYESpolrFCMyNFSwJpM+pUDA5GkRM/gYGLAhtZtLxgZBZYn81DgiRmk4igRIjNKWcy5l0eWN5KPBQve0QVXFB9"
    "z0A2GqOGEHJTZS5rww61hVaNyp2nBa8Mrd9afnogoEcb1SBRsU5QTsP91XGj8zdljL2t+jJDNUxi6nbNQN6onRY1"
    "ewpdCKxFzFyR/75nrEPBd8UrDTZ7k/FcNxIlAA2KPH2Dt3r8EZfEKDGBzTATBgkqhkiG9w0BCRUxBgQEAQAAADBX"
    "BgkqhkiG9w0BCRQxSh5IAGUANAA1ADcAOQAyAGYAYQAtAGUAMQA3AGUALQA0ADEAMgAzAC0AOQBiAGYANwAtADEA"
    "ZQBjADkAMQA4ADMAOQAxAGIAOAAxMF0GCSsGAQQBgjcRATFQHk4ATQBpAGMAcgBvAHMAbwBmAHQAIABTAHQAcgBv"
    "AG4AZwAgAEMAcgB5AHAAdABvAGcAcgBhAHAAaABpAGMAIABQAHIAbwB2AGkAZABlAHIwggOPBgkqhkiG9w0BBwag"
    "ggOAMIIDfAIBADCCA3UGCSqGSIb3DQEHATAcBgoqhkiG9w0BDAEGMA4ECLA43UrS9nGWAgIH0ICCA0isAHOSVK2C"
    "8XAZpu2dTiJfB51QqgbUuZ4QdPu+INKT3x5x775SMC2wbFEjvjhA3hys6D/ALV4q97JpKc6YUDZMP4zl2yYx6Pr6"
    "chTudRCwlrAKqk0Sp0IBZrxZBVBgRsz9pt3VRR9bI9ElHD8j/ahZ+Hx+mxlfUePrabOqlzw9FVmrqBIhhmAs9Ax0"
    "l5mvY3p7ww1Vm0K2sVdOZdsKx27Cf7rg4rC6JJ3tPvTfJDUkTCPFgFtam+vZSiMoYbz00Kj2uPBJbkpG2ngjK8ON"
    "HzWq8PF6K6Feut5vrjeswR/bm9gGPtrjAU0qBuP5YfJqei6zvs+hXzYOcnnhxFlfHz/QvVJM9losSm17kq0SSqG4"
    "HD1XF6C6eiH3pySa2mnw3kEivulBYFUO2jmSGroNlwz6/LVoM+801h0vJayFxP7xRntQr0z5agzyNfCZ8249dgJ4"
    "y2UJmSRArdv5h+gYXIra2pNRHVUfPFTIZw3Yf5Uhz83ta3JxIM0BCtwQBsWpJSs3q9tokLQa/wJY6Qj5pVw3pxv+"
    "497DrOVCiCwAI3GVTa0QylscKFMnEjxIpYCLDNnY0fRXDYA94AfhDkdjlXLMFZLuwRrfTHqfyaDuFdq9cT2FuhM1"
    "J73reMriMGfu+UzTTWd4UZa/mGGRZM9eWvrIvgkvLQr+T250wa7igbJwh3FXRm7TqZSkLOpW3p+Losw0GJIz2k5D"
    "W61gkPYY0hMwzpniDrN8pc5BCo8Wtb4UBfW5+J5oQn2oKj2B3BuflL+jgYjXb6YRe1TTstJWmTR4/CrZc2ecNHTM"
    "GYlr7bOptaGcw9z/JaCjdoElUNSITVj6TQCa//jko+tdbM1cCtzE7Ty8ARs2XghxbhgLV5KyYZ0q06/tYvaT0vx4"
    "PZi64X1weIEmcHJRgdz9dC3+8SrtABoxxft9MD7DvtRNcWiZ+qdKfKEsGgZXYAPgYg/xObaiR9Sz2QGYv1BqoNAt"
    "alJLscn7UmGZnzjgyvD3GpvxPnZIZr3pAAyWZKUsL7eFCDjwJu/DlUni31ZI0sNJvcJZkWl5gGtuoTf3q4v80wKl"
    "NFVsUCrWRosITNlQun8Q+0NR6MZp8vvMKfRnJr7CkcZOAa7rzZjGF+EwOzAfMAcGBSsOAwIaBBQyyvu2Rm6lFW3e"
    "9sQk83bjO1g2pAQU8PYpZ4LXqCe9cmNgCFNqmt4fCOQCAgfQ"
)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# --- setup helpers: what a user writes to get a virtual machine running -----------------

def wait(sms, result) -> None:
    """Wait for an asynchronous call to succeed, as the recorded runs did."""
    op = sms.wait_for_operation_status(result.request_id, timeout=600, sleep_interval=5)
    assert op.status == "Succeeded"


def create_service(sms, name: str, *, location: str | None = "West US",
                   affinity_group: str | None = None,
                   extended_properties: dict[str, str] | None = None) -> None:
    """A cloud service labelled and described after its name, plus the service certificate."""
    wait(sms, sms.create_hosted_service(name, name + "label", name + "description", location,
                                        affinity_group,
                                        extended_properties or {"ext1": "val1", "ext2": "42"}))
    wait(sms, sms.add_service_certificate(name, SERVICE_CERT_PFX, "pfx", SERVICE_CERT_PASSWORD))


def find_os_image(sms, name: str):
    """The OS image to deploy from, checked to be offered to the subscription."""
    images = sms.list_os_images()
    image = next(i for i in images if i.name == name)
    assert image.category == "Public"
    return image


def host_name(role_name: str) -> str:
    """Computer names have at most 15 characters."""
    return "hn" + role_name[-13:]


def linux_config(role_name: str) -> LinuxConfigurationSet:
    config = LinuxConfigurationSet(host_name(role_name), LINUX_USER, PASSWORD, False)
    home = f"/home/{LINUX_USER}/.ssh/"
    config.ssh = SSH(public_keys=[PublicKey(SERVICE_CERT_THUMBPRINT, home + "authorized_keys")],
                     key_pairs=[KeyPair(SERVICE_CERT_THUMBPRINT, home + "id_rsa")])
    return config


def windows_config(role_name: str) -> WindowsConfigurationSet:
    config = WindowsConfigurationSet(host_name(role_name), PASSWORD, False, False,
                                     "Pacific Standard Time", WINDOWS_ADMIN)
    config.stored_certificate_settings = [
        CertificateSetting(SERVICE_CERT_THUMBPRINT, "My", "LocalMachine")]
    config.win_rm = WinRM(listeners=[Listener("Https", SERVICE_CERT_THUMBPRINT)])
    return config


def network_config(name: str = "utendpoint", port: int = 59913, local_port: int = 3394,
                   subnet: str | None = None) -> ConfigurationSet:
    network = ConfigurationSet()
    network.input_endpoints.append(ConfigurationSetInputEndpoint(name, "tcp", port, local_port))
    if subnet is not None:
        network.subnet_names.append(subnet)
    return network


def media_link(service_name: str, role_name: str) -> str:
    """The VHD blob of a machine: container utctnr<suffix of the service name>."""
    return f"{STORAGE}/utctnr{service_name[5:]}/{role_name}.vhd"


def os_disk(service_name: str, role_name: str, image_name: str) -> OSVirtualHardDisk:
    return OSVirtualHardDisk(image_name, media_link(service_name, role_name),
                             disk_label=role_name + ".vhd")


def instance(deployment, role_name: str):
    return next(i for i in deployment.role_instance_list if i.instance_name == role_name)


def wait_for_role(sms, service_name: str, deployment_name: str, role_name: str,
                  status: str = "ReadyRole", max_polls: int = 200):
    """Poll the deployment until the machine's instance reaches `status`; returns it."""
    for _ in range(max_polls):
        deployment = sms.get_deployment_by_name(service_name, deployment_name)
        if instance(deployment, role_name).instance_status == status:
            return deployment
        time.sleep(5)
    raise AssertionError(f"{role_name} never reached {status}")


def create_vm(sms, service_name: str, role_name: str, system_config, disk: OSVirtualHardDisk):
    """One-machine deployment named after the service, waited for until ReadyRole."""
    result = sms.create_virtual_machine_deployment(
        service_name, service_name, "production", service_name + "label", role_name,
        system_config, disk, network_config(), role_size="Small")
    wait(sms, result)
    return wait_for_role(sms, service_name, service_name, role_name)


def create_linux_vm(sms, service_name: str, role_name: str):
    image = find_os_image(sms, LINUX_IMAGE)
    assert image.os == "Linux"
    return create_vm(sms, service_name, role_name, linux_config(role_name),
                     os_disk(service_name, role_name, image.name))


def create_windows_vm(sms, service_name: str, role_name: str):
    image = find_os_image(sms, WINDOWS_IMAGE)
    assert image.os == "Windows"
    return create_vm(sms, service_name, role_name, windows_config(role_name),
                     os_disk(service_name, role_name, image.name))


def assert_running_vm(deployment, role_name: str, *, host: str | None = None,
                      power_state: str = "Started", port: int = 59913) -> None:
    vm = instance(deployment, role_name)
    assert deployment.status == "Running"
    assert vm.role_name == role_name
    assert vm.instance_status == "ReadyRole"
    assert vm.power_state == power_state
    assert vm.host_name == (host or host_name(role_name))
    endpoint = vm.instance_endpoints[0]
    assert (endpoint.name, endpoint.public_port, endpoint.local_port, endpoint.protocol) == \
        ("utendpoint", port, 3394, "tcp")


# --- tests -----------------------------------------------------------------------------

def test_add_role_linux(sms):
    service, role_a, role_b = "utsvc604310ca", "utsvc604310caa", "utsvc604310cab"
    with replay(PREFIX + "test_add_role_linux"):
        create_service(sms, service, extended_properties={"ext2": "42", "ext1": "val1"})
        create_linux_vm(sms, service, role_a)
        deployment = sms.get_deployment_by_name(service, service)
        assert_running_vm(deployment, role_a, host="hntsvc604310caa")
        assert deployment.label == "utsvc604310calabel"
        assert deployment.deployment_slot == "Production"
        assert deployment.created_time == utc(2015, 7, 2, 16, 46, 55)
        assert deployment.virtual_ips[0].address == "23.99.59.184"
        assert "<Instances count=\"1\" />" in deployment.configuration
        assert sms.get_role(service, service, role_a).role_size == "Small"

        image = find_os_image(sms, LINUX_IMAGE)
        result = sms.add_role(service, service, role_b, linux_config(role_b),
                              os_disk(service, role_b, image.name))
        wait(sms, result)
        deployment = wait_for_role(sms, service, service, role_b)
        assert [i.instance_status for i in deployment.role_instance_list] == \
            ["ReadyRole", "ReadyRole"]

        first = sms.get_role(service, service, role_a)
        second = sms.get_role(service, service, role_b)
        hosted = sms.get_hosted_service_properties(service, True)

    assert first.role_name == role_a
    assert first.os_virtual_hard_disk.media_link == media_link(service, role_a)
    assert second.role_name == role_b
    assert second.role_type == "PersistentVMRole"
    assert second.role_size == "Small"
    assert second.os_virtual_hard_disk.source_image_name == LINUX_IMAGE
    assert second.os_virtual_hard_disk.disk_label == "utsvc604310cab.vhd"
    assert second.os_virtual_hard_disk.disk_name == \
        "utsvc604310ca-utsvc604310cab-0-201507021649590140"
    assert second.os_virtual_hard_disk.os == "Linux"
    assert second.configuration_sets[0].configuration_set_type == "NetworkConfiguration"
    assert second.configuration_sets[0].input_endpoints == []
    assert hosted.service_name == service
    assert hosted.hosted_service_properties.label == "utsvc604310calabel"
    assert hosted.hosted_service_properties.location == "West US"
    assert hosted.hosted_service_properties.extended_properties["ext1"] == "val1"
    assert [r.role_name for r in hosted.deployments[0].role_list] == [role_a, role_b]
    assert [i.host_name for i in hosted.deployments[0].role_instance_list] == \
        ["hntsvc604310caa", "hntsvc604310cab"]


def test_add_update_delete_role_windows(sms):
    service, role_a, role_b = "utsvca2701759", "utsvca2701759a", "utsvca2701759b"
    with replay(PREFIX + "test_add_update_delete_role_windows"):
        create_service(sms, service, extended_properties={"ext2": "42", "ext1": "val1"})
        create_windows_vm(sms, service, role_a)
        assert_running_vm(sms.get_deployment_by_name(service, service), role_a)

        # add a second machine
        image = find_os_image(sms, WINDOWS_IMAGE)
        wait(sms, sms.add_role(service, service, role_b, windows_config(role_b),
                               os_disk(service, role_b, image.name), network_config(port=59914)))
        deployment = wait_for_role(sms, service, service, role_b)
        assert_running_vm(deployment, role_b, port=59914)

        # resize the first one and replace its endpoint
        before = sms.get_role(service, service, role_a)
        assert before.role_size == "Small"
        assert before.default_win_rm_certificate_thumbprint == \
            "F52A7B81439FF47EE989B449F5F20D832C9C4345"
        assert before.os_virtual_hard_disk.os == "Windows"
        wait(sms, sms.update_role(service, service, role_a,
                                  network_config=network_config("endupdate", 50055, 5555),
                                  role_size="Medium"))
        deployment = wait_for_role(sms, service, service, role_a)
        assert instance(deployment, role_a).instance_size == "Medium"
        assert instance(deployment, role_a).instance_endpoints[0].public_port == 50055
        after = sms.get_role(service, service, role_a)
        assert after.role_size == "Medium"
        endpoint = after.configuration_sets[0].input_endpoints[0]
        assert (endpoint.name, endpoint.port, endpoint.local_port) == ("endupdate", 50055, 5555)

        # delete the second one
        wait(sms, sms.delete_role(service, service, role_b))
        assert sms.get_role(service, service, role_a).role_name == role_a
        with pytest.raises(AzureMissingResourceHttpError) as err:
            sms.get_role(service, service, role_b)

    assert err.value.status == 404
    assert err.value.code == "ResourceNotFound"
    assert err.value.message == \
        "Role utsvca2701759b was not found in the currently deployed service."
    assert err.value.request_id == "39ff8b249073bc3fa00880e7518b4c71"


def test_capture_role(sms):
    service = "utsvc408a1006"
    with replay(PREFIX + "test_capture_role"):
        create_service(sms, service)
        create_windows_vm(sms, service, service)
        assert_running_vm(sms.get_deployment_by_name(service, service), service)

        wait(sms, sms.shutdown_role(service, service, service))
        stopped = wait_for_role(sms, service, service, service, "StoppedVM")
        assert instance(stopped, service).power_state == "Stopped"

        wait(sms, sms.capture_role(service, service, service, "Delete", "utosimg408a1006",
                                   "utsvc408a1006captured"))
        image = sms.get_os_image("utosimg408a1006")

    assert image.name == "utosimg408a1006"
    assert image.label == "utsvc408a1006captured"
    assert image.category == "User"
    assert image.os == "Windows"
    assert image.location == "West US"
    assert image.logical_size_in_gb == 128
    assert image.os_state == "Generalized"
    assert image.media_link == \
        f"{STORAGE}/utctnr408a1006/p5nuk25w.hyp201507022016140255.vhd"


def test_capture_vm_image(sms):
    service = "utsvc84841199"
    with replay(PREFIX + "test_capture_vm_image"):
        create_service(sms, service, extended_properties={"ext2": "42", "ext1": "val1"})
        create_linux_vm(sms, service, service)
        assert_running_vm(sms.get_deployment_by_name(service, service), service)

        options = CaptureRoleAsVMImage("Specialized", service + "image", service + "imagelabel",
                                       service + "imagedescription", "english", "mygroup")
        wait(sms, sms.capture_vm_image(service, service, service, options))
        images = sms.list_vm_images()

    image = next(i for i in images if i.name == "utsvc84841199image")
    assert image.label == "utsvc84841199imagelabel"
    assert image.description == "utsvc84841199imagedescription"
    assert image.category == "User"
    assert (image.language, image.image_family) == ("english", "mygroup")
    assert (image.service_name, image.deployment_name, image.role_name) == (service,) * 3
    assert image.os_disk_configuration.os_state == "Specialized"
    assert image.os_disk_configuration.os == "Linux"
    assert image.os_disk_configuration.logical_disk_size_in_gb == 30
    assert image.os_disk_configuration.media_link == \
        f"{STORAGE}/utctnr84841199/utsvc84841199image-os-2015-07-02.vhd"
    assert image.data_disk_configurations == []
    assert image.created_time == datetime(2015, 7, 2, 18, 17, 13, 933354, tzinfo=timezone.utc)
    assert image.vm_image_state == "VMImageReadyForUse"
    assert image.role_state_on_capture == "ReadyRole"
    assert image.role_size_on_capture == "Small"


def test_create_virtual_machine_deployment_linux_remote_source_image(sms):
    service = "utsvc36a237b"
    remote_vhd = ("https://portalvhds13tr49m9hm1m6.blob.core.windows.net/vhds/"
                  "huvalotestub-image-os-2014-11-06.vhd")
    with replay(PREFIX + "test_create_virtual_machine_deployment_linux_remote_source_image"):
        create_service(sms, service)
        # the VHD of another storage account is not a registered image: deploy from the blob
        assert all(i.media_link != remote_vhd for i in sms.list_os_images())
        disk = OSVirtualHardDisk(media_link=media_link(service, service),
                                 disk_label=service + ".vhd", disk_name=service, os="Linux",
                                 remote_source_image_link=remote_vhd)
        create_vm(sms, service, service, linux_config(service), disk)
        role = sms.get_role(service, service, service)
        deployment = sms.get_deployment_by_name(service, service)

    assert role.os_virtual_hard_disk.remote_source_image_link == remote_vhd
    assert role.os_virtual_hard_disk.source_image_name is None  # absent: the predecessor's None
    assert role.os_virtual_hard_disk.disk_name == service
    assert role.os_virtual_hard_disk.os == "Linux"
    assert role.os_virtual_hard_disk.host_caching == "ReadWrite"
    assert role.role_size == "Small"
    assert_running_vm(deployment, service)
    assert instance(deployment, service).instance_endpoints[0].vip == "23.99.52.70"


def test_create_virtual_machine_deployment_linux_vm_image(sms):
    service, vm_image = "utsvc92be1ee2", "unittest-donotdelete-ubuntu1404"
    with replay(PREFIX + "test_create_virtual_machine_deployment_linux_vm_image"):
        create_service(sms, service, extended_properties={"ext2": "42", "ext1": "val1"})
        wait(sms, sms.create_virtual_machine_deployment(
            service, service, "production", service + "label", service, linux_config(service),
            role_size="Small", vm_image_name=vm_image))
        wait_for_role(sms, service, service, service)
        role = sms.get_role(service, service, service)
        deployment = sms.get_deployment_by_name(service, service)

    assert role.vm_image_name == vm_image
    assert role.os_virtual_hard_disk.source_image_name == \
        "unittest-donotdelete-ubuntu1404-os-2014-11-11"
    assert role.os_virtual_hard_disk.media_link == (
        "https://portalvhdsmp6ddqtwmht89.blob.core.windows.net/vhds/"
        "vabhwtnj.w1q201507021843480856.vhd")
    assert role.configuration_sets[0].input_endpoints == []
    vm = instance(deployment, service)
    assert (vm.instance_status, vm.power_state, vm.host_name) == \
        ("ReadyRole", "Started", "hnutsvc92be1ee2")
    assert vm.instance_endpoints == []


def test_create_virtual_machine_deployment_windows_virtual_network(sms):
    service = "utsvcbe2a22e8"
    with replay(PREFIX + "test_create_virtual_machine_deployment_windows_virtual_network"):
        create_service(sms, service, location=None, affinity_group="utaffgrpdonotdelete")
        image = find_os_image(sms, WINDOWS_IMAGE)
        with pytest.raises(AzureBadRequestHttpError) as err:
            sms.create_virtual_machine_deployment(
                service, service, "production", service + "label", service,
                windows_config(service), os_disk(service, service, image.name),
                network_config(subnet="啊齄丂狛狜"), role_size="Small",
                virtual_network_name="utnetdonotdelete")

    assert err.value.status == 400
    assert err.value.code == "BadRequest"
    assert err.value.message == "The virtual network utnetdonotdelete does not exist."
    assert err.value.request_id == "05a50efbc430bf39b72f9d392fc07452"


def test_delete_deployment_with_vhd(sms):
    service = "utsvc4b1415d0"
    with replay(PREFIX + "test_delete_deployment_with_vhd"):
        create_service(sms, service)
        create_linux_vm(sms, service, service)
        deployment = sms.get_deployment_by_name(service, service)
        assert_running_vm(deployment, service)
        disk = deployment.role_list[0].os_virtual_hard_disk
        assert disk.media_link == f"{STORAGE}/utctnr4b1415d0/utsvc4b1415d0.vhd"
        assert disk.disk_name == "utsvc4b1415d0-utsvc4b1415d0-0-201507022023270167"

        result = sms.delete_deployment(service, service, delete_vhd=True)
        assert result.request_id == "ae93c1126eb3be17a47b13db8cdb4e59"
        assert result.status_code == 202
        wait(sms, result)


def test_shutdown_start_restart_role(sms):
    service, role_a, role_b = "utsvc66ff167f", "utsvc66ff167fa", "utsvc66ff167fb"
    with replay(PREFIX + "test_shutdown_start_restart_role"):
        create_service(sms, service)
        create_windows_vm(sms, service, role_a)
        assert_running_vm(sms.get_deployment_by_name(service, service), role_a,
                          host="hntsvc66ff167fa")
        image = find_os_image(sms, WINDOWS_IMAGE)
        wait(sms, sms.add_role(service, service, role_b, windows_config(role_b),
                               os_disk(service, role_b, image.name), network_config(port=59914)))
        wait_for_role(sms, service, service, role_b)

        wait(sms, sms.shutdown_role(service, service, role_a))
        deployment = wait_for_role(sms, service, service, role_a, "StoppedVM")
        assert instance(deployment, role_a).power_state == "Stopped"
        assert instance(deployment, role_b).power_state == "Started"

        wait(sms, sms.start_role(service, service, role_a))
        wait_for_role(sms, service, service, role_a)

        wait(sms, sms.restart_role(service, service, role_a))
        wait_for_role(sms, service, service, role_a)

        wait(sms, sms.shutdown_roles(service, service, [role_a, role_b]))
        for role in (role_a, role_b):
            deployment = wait_for_role(sms, service, service, role, "StoppedVM")
        assert [i.power_state for i in deployment.role_instance_list] == ["Stopped", "Stopped"]

        wait(sms, sms.start_roles(service, service, [role_a, role_b]))
        for role in (role_a, role_b):
            deployment = wait_for_role(sms, service, service, role)
        assert [i.power_state for i in deployment.role_instance_list] == ["Started", "Started"]

        wait(sms, sms.shutdown_role(service, service, role_a, "StoppedDeallocated"))
        deployment = wait_for_role(sms, service, service, role_a, "StoppedDeallocated")

    assert instance(deployment, role_a).power_state == "Stopped"
    assert instance(deployment, role_b).instance_status == "RoleStateUnknown"


def test_list_resource_extensions(sms):
    with replay(PREFIX + "test_list_resource_extensions"):
        extensions = sms.list_resource_extensions()

    assert len(extensions) == 48
    first = extensions[0]
    assert (first.publisher, first.name, first.version) == \
        ("Microsoft.VisualStudio.Azure.RemoteDebug", "VS14CTPDebugger", "1.0")
    assert first.label == "Remote Debugger for Visual Studio 2015"
    assert first.replication_completed is True
    assert first.company_name == "Microsoft"
    assert first.public_configuration_schema.startswith("PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0i")
    last = extensions[-1]
    assert (last.publisher, last.name, last.version) == ("AlertLogic.", "AlertLogicLM", "1.3")
    assert last.is_json_extension is True
    assert last.supported_os == "Windows"
    assert last.published_date == "2014-10-29T20:15:41.018188Z"


def test_list_resource_extension_versions(sms):
    with replay(PREFIX + "test_list_resource_extension_versions"):
        versions = sms.list_resource_extension_versions("Chef.Bootstrap.WindowsAzure",
                                                        "ChefClient")

    assert [v.version for v in versions][:3] == ["11.10.4", "11.12.0.0", "11.18.6.1"]
    assert len(versions) == 8
    assert all((v.publisher, v.name) == ("Chef.Bootstrap.WindowsAzure", "ChefClient")
               for v in versions)
    assert versions[0].label == "Chef Client"
    assert versions[0].homepage_uri == "http://www.getchef.com/"
    assert versions[2].company_name == "Chef Software, Inc."
    assert versions[2].published_date == "2015-03-30T10:52:17.2842953Z"
    assert versions[-1].version == "1207.12.3.0"
