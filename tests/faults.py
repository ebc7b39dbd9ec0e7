"""Private service instances for the fault tests, never the shared ones.

A fault test stops a service to see what the platform does without it. It stops an instance of
its own, started by ``scripts/services.sh`` under ``.services-fault-<name>`` on ports of its own
(``FAULT_ES_PORT``/``FAULT_ES_TRANSPORT_PORT``, ``FAULT_REDIS_PORT``, ``FAULT_PG_PORT``), so the services the rest
of the suite (and anybody else on the machine) uses keep running whatever the test does.
"""

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PORTS = {
    "es": {
        "ES_PORT": os.environ.get("FAULT_ES_PORT", "59210"),
        "ES_TRANSPORT_PORT": os.environ.get("FAULT_ES_TRANSPORT_PORT", "59310"),
    },
    "redis": {"REDIS_PORT": os.environ.get("FAULT_REDIS_PORT", "57379")},
    "pg": {"PG_PORT": os.environ.get("FAULT_PG_PORT", "55433")},
}
#: The default ports of scripts/services.sh: the shared services. A fault test never uses them.
SHARED = {"ES_PORT": "59200", "ES_TRANSPORT_PORT": "59300", "REDIS_PORT": "56379", "PG_PORT": "55432"}

ES_URL = f"http://127.0.0.1:{PORTS['es']['ES_PORT']}"
REDIS_URL = f"redis://127.0.0.1:{PORTS['redis']['REDIS_PORT']}/0"
DATABASE_URL = f"postgres://platform:platform@127.0.0.1:{PORTS['pg']['PG_PORT']}/platform"


def private_service(command: str, name: str) -> None:
    """``scripts/services.sh <command> <name>`` on the private instance (up, down, start, stop)."""
    ports = PORTS[name]
    assert not [key for key, port in ports.items() if SHARED.get(key) == port], "a fault test uses a shared port"
    env = dict(os.environ, SERVICES_DIR=str(REPO / f".services-fault-{name}"), **ports)
    done = subprocess.run(
        [str(REPO / "scripts" / "services.sh"), command, name], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
