"""Static catalogue of the local endpoint: regions, guest OS releases, role sizes, platform
images.  Shaped like what the real service returns; the values are a small plausible set."""

from __future__ import annotations

import datetime

ROLE_SIZES = [
    # name, label, cores, memory MB, web/worker, VM, max data disks, web/worker disk, VM disk
    ("ExtraSmall", "A0", 1, 768, True, True, 1, 19480, 20480),
    ("Small", "A1", 1, 1792, True, True, 2, 229400, 71680),
    ("Medium", "A2", 2, 3584, True, True, 4, 500760, 138240),
    ("Large", "A3", 4, 7168, True, True, 8, 1023000, 291840),
    ("ExtraLarge", "A4", 8, 14336, True, True, 16, 2087960, 619520),
    ("Basic_A0", "Basic A0", 1, 768, False, True, 1, 0, 20480),
    ("Basic_A1", "Basic A1", 1, 1792, False, True, 2, 0, 40960),
    ("Standard_D1", "D1", 1, 3584, True, True, 2, 51200, 51200),
    ("Standard_D2", "D2", 2, 7168, True, True, 4, 102400, 102400),
]

LOCATIONS = ["East Asia", "Southeast Asia", "North Europe", "West Europe", "East US",
             "West US", "North Central US", "South Central US", "Central US", "East US 2",
             "Japan East", "Japan West", "Brazil South"]

# Geo-replication partner of each region (secondary of a GRS storage account).
PAIRED = {"East Asia": "Southeast Asia", "Southeast Asia": "East Asia",
          "North Europe": "West Europe", "West Europe": "North Europe",
          "East US": "West US", "West US": "East US", "North Central US": "South Central US",
          "South Central US": "North Central US", "Central US": "East US 2",
          "East US 2": "Central US", "Japan East": "Japan West", "Japan West": "Japan East",
          "Brazil South": "South Central US"}

STORAGE_ACCOUNT_TYPES = ["Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS"]

# Guest OS families of cloud services (web/worker roles): family -> label, releases.
OS_FAMILIES = {
    "2": ("Windows Server 2008 R2 SP1", 37),
    "3": ("Windows Server 2012", 25),
    "4": ("Windows Server 2012 R2", 18),
}
OS_RELEASES = ["201503-01", "201504-01", "201505-02", "201506-01"]

PLATFORM_OS_IMAGES = [
    # name, label, os, publisher, family, size GB
    ("OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd", "OpenLogic CentOS 6.2", "Linux",
     "OpenLogic", "OpenLogic 6.2", 30),
    ("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_2-LTS-amd64-server-20150506-en-us-30GB",
     "Ubuntu Server 14.04.2 LTS", "Linux", "Canonical", "Ubuntu Server 14.04 LTS", 30),
    ("b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server-20150616.1-en-us-30GB",
     "Ubuntu Server 15.04", "Linux", "Canonical", "Ubuntu Server 15.04", 30),
    ("a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us-127GB.vhd",
     "Windows Server 2012 R2 Datacenter, May 2015", "Windows", "Microsoft Windows Server Group",
     "Windows Server 2012 R2 Datacenter", 128),
    ("a699494373c04fc0bc8f2bb1389d6106__Windows-Server-Technical-Preview-201505.01-en.us-127GB.vhd",
     "Windows Server Technical Preview", "Windows", "Microsoft Windows Server Group",
     "Windows Server Technical Preview", 128),
]

PUBLISHED = datetime.datetime(2015, 5, 6, tzinfo=datetime.timezone.utc)


def locations(m) -> list:
    web = [r[0] for r in ROLE_SIZES if r[4]]
    vm = [r[0] for r in ROLE_SIZES if r[5]]
    return [m.Location(name=name, display_name=name,
                       available_services=["Compute", "Storage", "PersistentVMRole", "HighMemory"],
                       compute_capabilities=m.ComputeCapabilities(
                           web_worker_role_sizes=web, virtual_machines_role_sizes=vm),
                       storage_capabilities=m.StorageCapabilities(
                           storage_account_types=list(STORAGE_ACCOUNT_TYPES)))
            for name in LOCATIONS]


def role_sizes(m) -> list:
    return [m.RoleSize(name=n, label=lbl, cores=c, memory_in_mb=mem,
                       supported_by_web_worker_roles=web, supported_by_virtual_machines=vm,
                       max_data_disk_count=disks, web_worker_resource_disk_size_in_mb=wd,
                       virtual_machine_resource_disk_size_in_mb=vd)
            for n, lbl, c, mem, web, vm, disks, wd, vd in ROLE_SIZES]


def _releases(family: str, first_minor: int):
    out = []
    last = len(OS_RELEASES) - 1
    for i, rel in enumerate(OS_RELEASES):
        minor = first_minor + i
        out.append((f"WA-GUEST-OS-{family}.{minor}_{rel}",
                    f"Windows Azure Guest OS {family}.{minor} (Release {rel})",
                    i == last, i >= 1))     # default: newest; active: all but the oldest
    return out


def operating_systems(m) -> list:
    return [m.OperatingSystem(version=v, label=lbl, is_default=d, is_active=a, family=int(fam),
                              family_label=flabel)
            for fam, (flabel, first) in OS_FAMILIES.items()
            for v, lbl, d, a in _releases(fam, first)]


def operating_system_families(m) -> list:
    return [m.OperatingSystemFamily(
        name=fam, label=flabel,
        operating_systems=[m.OperatingSystem(version=v, label=lbl, is_default=d, is_active=a)
                           for v, lbl, d, a in _releases(fam, first)])
        for fam, (flabel, first) in OS_FAMILIES.items()]


def default_guest_os() -> str:
    fam = "4"
    return _releases(fam, OS_FAMILIES[fam][1])[-1][0]


def platform_os_images(m) -> list:
    return [m.OSImage(category="Public", label=label, location=";".join(LOCATIONS),
                      logical_size_in_gb=size, name=name, os=os_, description=label,
                      image_family=family, published_date=PUBLISHED, is_premium=False,
                      recommended_vm_size="Small", publisher_name=publisher,
                      show_in_gui=True)
            for name, label, os_, publisher, family, size in PLATFORM_OS_IMAGES]


def catalog(m) -> dict:
    """The static catalogue the handlers serve (never persisted), from the models `m`."""
    return {
        "locations": locations(m),
        "role_sizes": role_sizes(m),
        "operating_systems": operating_systems(m),
        "operating_system_families": operating_system_families(m),
        "platform_os_images": platform_os_images(m),
    }
