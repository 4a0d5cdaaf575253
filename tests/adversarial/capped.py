"""One hostile answer against a client in a process that may use only a little memory.

``python -m tests.adversarial.capped SCENARIO sync|async [BOMB_FILE]`` starts a
:class:`~tests.adversarial.hostile.HostileServer` with the scenario's behaviour, caps the
process's address space (``RLIMIT_AS``) at what it uses now plus :data:`MARGIN`, makes
one call and prints one JSON line: ``outcome`` (``typed``, ``untyped`` or ``accepted``),
the exception class, the length of its text and of ``error.body``. An SDK that reads an
answer whole (or inflates it first) runs out of memory here instead of eating the
machine. Linux only (``/proc``).
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
from pathlib import Path
from typing import Any

MARGIN = 256 << 20
"""Address space the call may add: 16 times the default answer cap."""


def _vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize in /proc/self/status")


def main() -> None:
    scenario, kind = sys.argv[1], sys.argv[2]
    from alipay_innerversion import (
        AlipayConfig,
        AlipayError,
        AsyncInnerVersionClient,
        InnerVersionClient,
    )

    from . import hostile

    behaviours = {
        "bomb": lambda: hostile.gzip_bomb(Path(sys.argv[3]).read_bytes()),
        "endless": lambda: hostile.endless_chunked(),
        "endless-502": lambda: hostile.endless_chunked("502 Bad Gateway"),
        "huge-502": lambda: hostile.huge_unsigned(),
    }
    vectors = json.loads(
        (Path(__file__).parent.parent / "fixtures" / "vectors.json").read_text("utf-8")
    )
    keys = vectors["keys"]
    with hostile.HostileServer(behaviours[scenario]()) as server:
        config = AlipayConfig(
            app_id=keys["app_id"],
            private_key=keys["app_private_pkcs8_pem"],
            alipay_public_key=keys["alipay_public_pem"],
            base_url=server.url,
        )
        arguments: dict[str, Any] = {"app_version": "1.0.2", "bundle_id": "com.example"}
        if kind == "async":
            asyncio.run(asyncio.sleep(0))  # the event loop's own allocations, before the cap
        limit = _vm_size() + MARGIN
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
        result: dict[str, Any]
        try:
            if kind == "sync":
                with InnerVersionClient(config, timeout=30, max_retries=0) as client:
                    client.online_publish(**arguments)
            else:

                async def call() -> None:
                    async with AsyncInnerVersionClient(config, timeout=30, max_retries=0) as ac:
                        await ac.online_publish(**arguments)

                asyncio.run(call())
            result = {"outcome": "accepted"}
        except AlipayError as error:
            result = {
                "outcome": "typed",
                "class": type(error).__name__,
                "text_length": len(str(error)),
                "body_length": len(getattr(error, "body", b"")),
            }
        except BaseException as error:  # what the test is there to catch
            result = {"outcome": "untyped", "class": type(error).__name__}
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
