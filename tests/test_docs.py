"""The docs site as a reader sees it: the built HTML, not the Markdown behind it.

One build serves the module: ``site/`` when ``make docs`` (which ``make test`` runs before
pytest) built it from the current sources, else a fresh ``mkdocs build --strict`` into a
temporary folder (so a stale ``site/`` cannot make these tests pass). Checked: no Sphinx
role is left literal and the ones naming documented objects are links; the clients page
shows every public method of both clients with its own parameters; every public module,
the pytest plugin (each fixture), the command line (each command) and the operations
(each one, each argument) have their page.
"""

from __future__ import annotations

import ast
import html
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

import alipay_innerversion
from alipay_innerversion import AsyncInnerVersionClient, InnerVersionClient

pytest.importorskip("mkdocs", reason="docs dependencies: make docs installs them")
pytest.importorskip("mkdocstrings", reason="docs dependencies: make docs installs them")

ROOT = Path(__file__).resolve().parents[1]
BUILT_SITE = ROOT / "site"
# What the site is made from: a site/ older than any of these is stale.
INPUTS = ("mkdocs.yml", "requirements-docs.txt", "docs", "facade", "generated", "openapi.yaml")

# The public modules, as the README, the guides and the package's __all__ expose them,
# and the page of each; private modules and the internal plumbing are not documented.
PUBLIC_MODULES = {
    "alipay_innerversion": "reference/index.html",
    "alipay_innerversion.client": "reference/clients/index.html",
    "alipay_innerversion.config": "reference/configuration/index.html",
    "alipay_innerversion.retry": "reference/configuration/index.html",
    "alipay_innerversion.results": "reference/results/index.html",
    "alipay_innerversion.flows.waits": "reference/results/index.html",
    "alipay_innerversion.errors": "reference/errors/index.html",
    "alipay_innerversion.flows.packages": "reference/packaging/index.html",
    "alipay_innerversion.logs": "reference/tracing/index.html",
    "alipay_innerversion.flows.batch": "reference/batch/index.html",
    "alipay_innerversion.flows.journal": "reference/batch/index.html",
    "alipay_innerversion.flows.targets": "reference/batch/index.html",
    "alipay_innerversion.certs": "reference/certs/index.html",
    "alipay_innerversion.keys": "reference/certs/index.html",
    "alipay_innerversion.emulator": "reference/emulator/index.html",
    "alipay_innerversion.emulator.pytest_plugin": "reference/pytest-plugin/index.html",
}
CLIENTS_PAGE = "reference/clients/index.html"
PLUGIN_PAGE = "reference/pytest-plugin/index.html"
CLI_PAGE = "reference/cli/index.html"
OPERATIONS_PAGE = "reference/operations/index.html"

LITERAL_ROLE = re.compile(r":(?:py:)?(?:class|meth|func|attr|mod|exc|data|obj|const):(?:`|<code>)")
ROLE = re.compile(r":(?:class|meth|func|attr|exc|data|obj):`~?([\w.]+)`")
HEADING = re.compile(r'<h\d id="([^"]+)" class="doc doc-heading">')
TAG = re.compile(r"<[^>]+>")


def _newest_input() -> float:
    newest = 0.0
    for name in INPUTS:
        path = ROOT / name
        files = path.rglob("*") if path.is_dir() else [path]
        for file in files:
            if "__pycache__" not in file.parts and file.is_file():
                newest = max(newest, file.stat().st_mtime)
    return newest


def _is_fresh(site: Path) -> bool:
    pages = list(site.rglob("*.html"))
    return bool(pages) and min(p.stat().st_mtime for p in pages) >= _newest_input()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if _is_fresh(BUILT_SITE):
        return BUILT_SITE
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    return out


def page(site: Path, name: str) -> str:
    path = site / name
    assert path.is_file(), f"the site has no {name}"
    return path.read_text(encoding="utf-8")


def section(html_text: str, anchor: str) -> str:
    """The HTML of one documented object: from its heading to the next heading."""
    start = html_text.index(f'id="{anchor}"')
    following = HEADING.search(html_text, start + 1)
    return html_text[start : following.start() if following else len(html_text)]


def text(fragment: str) -> str:
    return html.unescape(TAG.sub("", fragment))


def public_methods(cls: type) -> Iterator[tuple[str, object]]:
    for name, member in inspect.getmembers(cls):
        if not name.startswith("_"):
            yield name, member


def test_no_sphinx_role_is_left_literal(site: Path) -> None:
    literal = {
        str(path.relative_to(site)): LITERAL_ROLE.findall(path.read_text(encoding="utf-8"))
        for path in site.rglob("*.html")
    }
    assert {name: found for name, found in literal.items() if found} == {}


def test_roles_naming_exports_are_links(site: Path) -> None:
    pages = [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]
    checked = 0
    for export in alipay_innerversion.__all__:
        cls = getattr(alipay_innerversion, export)
        if not inspect.isclass(cls):
            continue
        owners = [(export, cls), *((f"{export}.{n}", m) for n, m in public_methods(cls))]
        for owner, obj in owners:
            anchor = f"alipay_innerversion.{owner}"
            shown = [p for p in pages if f'id="{anchor}"' in p]
            names = [t.rsplit(".", 1)[-1] for t in ROLE.findall(inspect.getdoc(obj) or "")]
            for name in names:
                if name not in alipay_innerversion.__all__ or not shown:
                    continue
                link = rf'<a class="autorefs[^"]*"[^>]*href="[^"]*#alipay_innerversion\.{name}"'
                assert re.search(link, section(shown[0], anchor)), f"{owner}: {name} is no link"
                checked += 1
    assert checked >= 5, "hardly any role in the exports' docstrings names an export"


@pytest.mark.parametrize("cls", [InnerVersionClient, AsyncInnerVersionClient])
def test_clients_page_shows_every_public_method_with_its_parameters(site: Path, cls: type) -> None:
    clients = page(site, CLIENTS_PAGE)
    for name, member in public_methods(cls):
        anchor = f"alipay_innerversion.{cls.__name__}.{name}"
        assert f'id="{anchor}"' in clients, f"{cls.__name__}.{name} is not on the clients page"
        if not inspect.isfunction(member):
            continue
        documented = section(clients, anchor)
        start = documented.index('<div class="doc-signature')
        signature = text(documented[start : documented.index("</pre>", start)])
        for parameter in list(inspect.signature(member).parameters)[1:]:
            assert re.search(rf"\b{parameter}\b", signature), (
                f"{cls.__name__}.{name}: {parameter} is not in its signature on the page"
            )
        assert "**" not in signature, f"{cls.__name__}.{name} shows **kwargs"


def test_every_export_is_documented(site: Path) -> None:
    everything = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    missing = [
        name
        for name in alipay_innerversion.__all__
        if name != "__version__" and f'id="alipay_innerversion.{name}"' not in everything
    ]
    assert missing == []


@pytest.mark.parametrize("module", sorted(PUBLIC_MODULES))
def test_a_page_per_public_module(site: Path, module: str) -> None:
    assert f'id="{module}"' in page(site, PUBLIC_MODULES[module])


def test_modules_the_docs_import_from_are_public() -> None:
    imported: set[str] = set()
    for path in [ROOT / "README.md", *(ROOT / "docs" / "guides").glob("*.md")]:
        imported.update(
            re.findall(r"^from (alipay_innerversion[\w.]*) import", path.read_text(), re.M)
        )
    assert imported - set(PUBLIC_MODULES) == set()


def _fixtures() -> list[str]:
    from alipay_innerversion.emulator import pytest_plugin

    tree = ast.parse(inspect.getsource(pytest_plugin))
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any("fixture" in ast.unparse(decorator) for decorator in node.decorator_list)
    ]


def test_the_plugin_page_documents_every_fixture(site: Path) -> None:
    plugin = page(site, PLUGIN_PAGE)
    fixtures = _fixtures()
    assert "alipay_client" in fixtures
    for name in fixtures:
        documented = section(plugin, f"alipay_innerversion.emulator.pytest_plugin.{name}")
        assert "pytest fixture" in documented, f"{name} is not labelled a fixture"
        doc = inspect.getdoc(getattr(alipay_innerversion.emulator.pytest_plugin, name)) or ""
        assert doc.split()[0] in text(documented), f"{name}: what it gives is not shown"
    assert "def test_release(alipay_client, alipay_emulator):" in text(plugin)  # the example


def _command_paths(command: click.Command, path: str) -> Iterator[str]:
    yield path
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from _command_paths(sub, f"{path} {name}")


def test_the_cli_page_shows_every_command_help(site: Path) -> None:
    from alipay_innerversion.cli import main

    cli = text(page(site, CLI_PAGE))
    paths = list(_command_paths(main, "alipay-mini"))
    assert "alipay-mini api audit.submit" in paths
    for path in paths:
        assert f"Usage: {path} [OPTIONS]" in cli, f"{path} --help is not on the CLI page"


def test_the_operations_page_lists_every_operation_and_argument(site: Path) -> None:
    from alipay_innerversion_api.api import OPERATIONS

    operations = page(site, OPERATIONS_PAGE)
    for name, operation in OPERATIONS.items():
        start = operations.index(f'id="{name}"')
        end = operations.find("<h2 ", start)
        shown = text(operations[start : end if end > 0 else len(operations)])
        assert operation.path in shown
        for parameter in operation.parameters:
            assert parameter.python_name in shown, f"{name}: {parameter.python_name} missing"
