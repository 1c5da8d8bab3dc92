"""A local, mutual-TLS Azure Service Management endpoint driven by the SDK's own spec.

    from asm_sdk_emulator import Emulator
    with Emulator() as emu:
        sms = emu.client()
        print([l.name for l in sms.list_locations()])

`python -m asm_sdk_emulator` runs it from the command line; see docs/emulator.md.
"""

from .app import App
from .base import ApiError, OperationFailure
from .server import Emulator, StateDirError, default_state_dir

__all__ = ["ApiError", "App", "Emulator", "OperationFailure", "StateDirError",
           "default_state_dir"]
