"""MkDocs hook: fail the build when a name ``alipay_innerversion`` exports has no API
reference entry, so a new public class or function cannot go undocumented."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

_ENTRY = re.compile(r"^::: alipay_innerversion\.(\w+)\s*$", re.MULTILINE)
# Exported, but not something to document on its own.
_NOT_DOCUMENTED = {"__version__"}


def on_pre_build(config: Any) -> None:
    import alipay_innerversion

    reference = Path(config["docs_dir"]) / "reference"
    documented: set[str] = set()
    for page in reference.glob("*.md"):
        documented.update(_ENTRY.findall(page.read_text(encoding="utf-8")))
    missing = sorted(set(alipay_innerversion.__all__) - documented - _NOT_DOCUMENTED)
    if missing:
        raise PluginError(
            "exported by alipay_innerversion but not in docs/reference/*.md: "
            + ", ".join(missing)
            + " (add a `::: alipay_innerversion.NAME` entry to the page it belongs on)"
        )
