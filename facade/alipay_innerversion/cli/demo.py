"""``alipay-mini demo``: the whole release flow against an embedded emulator.

Starts a local emulator of Alipay's gateway, makes a small real mini program, and runs
its lifecycle: upload → build → review → gray stage → publish → push, a second release
through the pipeline and its rollback, then template upgrades for several merchants,
saying what each step does on the wire. Nothing leaves the machine; keys are made for the run.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import secrets
import time
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..client import AsyncInnerVersionClient, InnerVersionClient
from ..config import AlipayConfig
from ..results import OperationResult
from ._common import CliState, pass_state, require_emulator
from .commands import BuildProgress
from .spec_flags import spec_field

if TYPE_CHECKING:
    from ..emulator import Emulator

MINI_APP_ID = "2021000000000001"
TEMPLATE_ID = "2021000000000099"
BUNDLE_ID = "com.alipay.alipaywallet"
APP_ORIGIN = "demo_business"
DEMO_PID = "2088000000000001"

_FILES = {
    "app.json": {"pages": ["pages/index/index"], "window": {"defaultTitle": "Demo"}},
    "pages/index/index.json": {"defaultTitle": "Hello"},
    "pages/index/index.axml": '<view class="hello">Hello from alipay-innerversion</view>\n',
    "pages/index/index.acss": ".hello { padding: 24rpx; }\n",
    "pages/index/index.js": "Page({ data: {} });\n",
}


def mini_program_zip() -> bytes:
    """A small but real mini program: app.json and one page."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in sorted(_FILES.items()):
            text = content if isinstance(content, str) else json.dumps(content, indent=2)
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), text)
    return buffer.getvalue()


@dataclass
class Step:
    name: str
    outcome: str
    attempts: int
    trace_id: str | None


@click.command("demo")
@click.option(
    "--merchants",
    type=click.IntRange(1, 200),
    default=6,
    show_default=True,
    help="Template instances to upgrade at the end.",
)
@click.option(
    "--encrypt/--no-encrypt", default=True, show_default=True, help="AES content encryption."
)
@click.option("--cert-mode", is_flag=True, help="Certificate mode instead of key mode.")
@pass_state
def command(state: CliState, merchants: int, encrypt: bool, cert_mode: bool) -> None:
    """Run the full release flow against a local emulator of Alipay's gateway."""
    require_emulator()
    from ..emulator import Emulator

    console = state.err if state.as_json else state.out
    tokens = {
        f"2021000000{n:06d}": f"202411BB{secrets.token_hex(16)}"
        for n in range(100, 100 + merchants)
    }
    started = time.monotonic()
    say = _Narrator(console)
    say.title("alipay-innerversion demo: the release flow, end to end, on this machine")
    say.step("Starting an emulator of Alipay's v3 gateway (keys are made for this run)")
    with Emulator(
        encrypt_key=encrypt,
        cert_mode=cert_mode,
        polls_per_step=2,
        app_auth_tokens=tokens.values(),
    ) as emu:
        emu.faults.latency = 0.02
        mode = "certificate mode" if cert_mode else "key mode"
        say.note(
            f"listening on {emu.base_url}; app {emu.app_id}, RSA2, {mode}, "
            f"AES content encryption {'on' if encrypt else 'off'}"
        )
        config = emu.client_config()
        package = mini_program_zip()
        say.step(
            f"Packing a mini program: {len(_FILES)} files, {len(package)} bytes, "
            f"md5 {hashlib.md5(package).hexdigest()}"  # noqa: S324 - Alipay's package checksum
        )
        steps: list[Step] = []
        with InnerVersionClient(config, max_retries=state.max_retries) as client:
            say.step(
                "1/7 upload 1.0.0: the package goes base64 in a signed"
                + (", AES-encrypted" if encrypt else "")
                + " request; Alipay starts an asynchronous build"
            )
            progress = BuildProgress(console, "build 1.0.0")
            with progress.show() as on_progress:
                uploaded = client.upload(
                    mini_app_id=MINI_APP_ID,
                    build_version="1.0.0",
                    package=package,
                    bundle_id=BUNDLE_ID,
                    inst_code="alipay",
                    app_origin=APP_ORIGIN,
                    wait=True,
                    poll_interval=0.2,
                    wait_timeout=60,
                    on_progress=on_progress,
                )
            build = uploaded.build
            steps.append(
                Step(
                    "upload + build 1.0.0",
                    f"package {uploaded.package_id}: {build.state.value if build else '?'}",
                    1,
                    uploaded.trace_id,
                )
            )
            where: dict[str, Any] = {
                "mini_app_id": MINI_APP_ID,
                "bundle_id": BUNDLE_ID,
                "app_origin": APP_ORIGIN,
            }
            say.step("2/7 review 1.0.0: submit it, then poll until Alipay's reviewer decides")
            submitted = client.audit_submit(
                app_version="1.0.0", version_desc="First release", **where
            )
            reviewed = client.wait_for_audit(
                app_version="1.0.0",
                poll_interval=0.2,
                on_progress=lambda info: say.note(f"review of 1.0.0: {info.status}"),
                **where,
            )
            steps.append(_step("review 1.0.0", str(reviewed.status), submitted, emu))
            say.step("3/7 gray release 1.0.0 to 10% of users, then end the gray stage")
            share = str(spec_field("gray_publish", "gray_strategy").enum[0])  # the spec's first
            gray = client.gray_publish(app_version="1.0.0", gray_strategy=cast(Any, share), **where)
            say.note(
                f"status {client.info_query(app_version='1.0.0', **where).status}, strategy {share}"
            )
            client.gray_finish(app_version="1.0.0", **where)
            steps.append(_step(f"gray 1.0.0 ({share})", "gray stage done", gray, emu))
            say.step("4/7 publish 1.0.0 to everyone")
            published = client.online_publish(app_version="1.0.0", **where)
            steps.append(_step("publish 1.0.0", "released", published, emu))
            say.step(
                "5/7 push 1.0.0 to clients; the emulator answers 503 once, so watch the client "
                "retry with the same request id (fresh nonce and signature)"
            )
            emu.inject("503")
            push_to = spec_field("sync", "sync_type").default  # the overlay's x-sdk-default
            pushed = client.sync(app_version="1.0.0", sync_type=cast(Any, push_to), **where)
            steps.append(_step("push 1.0.0", "pushed to clients", pushed, emu))
            say.note(
                f"{steps[-1].attempts} attempts, one request id ({pushed.request_id}): "
                "the gateway applied the push once"
            )
            say.step(
                "6/7 release 1.1.0 with the pipeline (upload, build, review, publish, push), "
                "then roll it back to 1.0.0"
            )
            released = client.release(
                build_version="1.1.0",
                package=package,
                version_desc="Second release",
                poll_interval=0.2,
                on_stage=lambda stage, detail: say.note(f"{stage}: {detail}"),
                **where,
            )
            rolled = client.content_rollback(app_version="1.1.0", pid=DEMO_PID, **where)
            back = client.info_query(app_version="1.0.0", **where)
            steps.append(
                _step("release 1.1.0, roll back", f"1.0.0 is {back.status} again", rolled, emu)
            )
            say.note(f"1.1.0 went {', '.join(released.steps)}; the rollback made 1.0.0 current")
        say.step(
            f"7/7 upgrade {merchants} merchants' template instances to {TEMPLATE_ID} 1.2.3, "
            "concurrently on the async client, each with its own app auth token"
        )
        upgraded = asyncio.run(_upgrade_all(config, tokens, console, state))
        applied = {r.body["mini_app_id"] for r in emu.applied(operation="upgrade") if r.body}
        steps.append(
            Step(
                f"upgrade x{merchants}",
                f"{len(applied)} of {merchants} upgraded to 1.2.3, each exactly once",
                len(emu.accepted(operation="upgrade")),
                upgraded[0].trace_id if upgraded else None,
            )
        )
        online_version = emu.mini_app(MINI_APP_ID).online_version
    _summary(console, steps, online_version, time.monotonic() - started)
    if state.as_json:
        state.emit(
            {
                "ok": True,
                "operation": "demo",
                "steps": [step.__dict__ for step in steps],
                "online_version": online_version,
            }
        )


def _step(name: str, outcome: str, result: OperationResult, emu: Emulator) -> Step:
    attempts = len(emu.accepted(request_id=result.request_id))
    return Step(name, outcome, attempts, result.trace_id)


async def _upgrade_all(
    config: AlipayConfig, tokens: dict[str, str], console: Console, state: CliState
) -> list[OperationResult]:
    progress = Progress(
        TextColumn("  upgrading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    )
    results: list[OperationResult] = []
    async with AsyncInnerVersionClient(config, max_retries=state.max_retries) as client:
        with progress:
            task = progress.add_task("upgrade", total=len(tokens))

            async def one(mini_app_id: str, token: str) -> None:
                results.append(
                    await client.upgrade(
                        mini_app_id=mini_app_id,
                        template_id=TEMPLATE_ID,
                        template_version="1.2.3",
                        app_auth_token=token,
                    )
                )
                progress.advance(task)

            await asyncio.gather(*(one(app, token) for app, token in tokens.items()))
    return results


class _Narrator:
    def __init__(self, console: Console) -> None:
        self._console = console

    def title(self, text: str) -> None:
        self._console.rule(f"[bold]{text}")

    def step(self, text: str) -> None:
        self._console.print(f"[bold cyan]▸[/] {text}", highlight=False)

    def note(self, text: str) -> None:
        self._console.print(f"  {text}", highlight=False)


def _summary(
    console: Console, steps: list[Step], online_version: str | None, seconds: float
) -> None:
    table = Table(title="Release summary")
    table.add_column("step")
    table.add_column("result")
    table.add_column("HTTP attempts", justify="right")
    table.add_column("Alipay trace id")
    for step in steps:
        table.add_row(step.name, step.outcome, str(step.attempts), step.trace_id or "-")
    console.print(table)
    console.print(
        f"[green]Done in {seconds:.1f}s.[/] Version {online_version} of {MINI_APP_ID} is online "
        "and pushed; every response was signature-verified."
    )
