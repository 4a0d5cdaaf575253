"""Issue 20: importing the clients stays cheap (``make bench`` times it; this guards the
structure that makes it so, untimed): the generated models, the operation table, the
flows (only their package and its waits' constants load) and ``cryptography.x509`` load
on first use, not on import."""

from __future__ import annotations

import subprocess
import sys

DEFERRED = (
    "alipay_innerversion_api.models",
    "alipay_innerversion_api.api.alipay_open_mini_innerversion",
    "alipay_innerversion.flows.builds",
    "alipay_innerversion.flows.release",
    "alipay_innerversion.flows.versions",
    "alipay_innerversion.flows.packages",
    "alipay_innerversion.flows.batch",
    "alipay_innerversion.certs",
    "cryptography.x509",
)


def test_importing_the_clients_defers_the_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from alipay_innerversion import AlipayConfig, InnerVersionClient\n"
        f"print(','.join(m for m in {DEFERRED!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
