"""``alipay-mini release``: upload → build → review → gray stage(s) → publish → push.

Safe to run again: it reads the version's status from Alipay first and does only the
steps still needed (the SDK's ``release`` flow), so a run stopped anywhere, even killed,
is finished by running the same command again.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import click

from ..errors import InvalidRequestError
from ..flows.waits import DEFAULT_WAIT_TIMEOUT
from ._common import CliState, pass_state
from .commands import BuildProgress
from .lifecycle import call_list, where_options
from .outcomes import rerun_words
from .spec_flags import follow_spec, spec_field, version_pattern

#: ``--version next``: the next patch version after the highest one Alipay knows.
NEXT = "next"

__all__ = ["command"]


@click.command("release")
@functools.partial(where_options, request_id=False)
@click.option(
    "--version",
    "build_version",
    required=True,
    help="The version to release (x.y.z), or 'next': the next patch version after the "
    "highest one Alipay knows of this mini program (0.0.1 if none).",
)
@click.option(
    "--package",
    type=click.Path(exists=True, path_type=Path),
    help="The mini program folder (zipped for you) or a .zip: uploaded if the version is new.",
)
@click.option("--source-url", help="URL of the zip for Alipay to download, instead of --package.")
@click.option("--version-desc", help="What changed in this version (for the review).")
@click.option(
    "--gray",
    "gray_strategies",
    multiple=True,
    type=click.Choice([str(value) for value in spec_field("gray_publish", "gray_strategy").enum]),
    help="A gray stage before the release (repeat for several).",
)
@click.option(
    "--gray-pause",
    type=click.FloatRange(min=0),
    default=0.0,
    show_default=True,
    help="Seconds between gray stages.",
)
@click.option("--sync-type", help="Push mode: all users or targeted (recent) users.")
@click.option(
    "--wait-timeout",
    type=click.FloatRange(min=0.001),
    default=DEFAULT_WAIT_TIMEOUT,
    show_default=True,
    help="Seconds to wait for the build, and for the review.",
)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0.001),
    default=2.0,
    show_default=True,
    help="Seconds between polls (backing off).",
)
@pass_state
def command(state: CliState, **given: Any) -> None:
    """Release a version all the way: upload, build, review, gray, publish, push.

    Reads the version's status first and does only the steps still needed: rerun the
    same command after an interruption (or a failure fixed meanwhile) to finish it.
    """
    ctx = click.get_current_context()
    version = given["build_version"]
    if version != NEXT:
        check_version(version)

    def on_stage(stage: str, detail: str) -> None:
        if not state.as_json:
            state.err.print(f"{stage:>8}  {detail}", highlight=False)

    with state.client() as client:
        if version == NEXT:
            version = next_version(client, given)
            # From here on the release is of that version: a rerun must finish it, not
            # take yet another one.
            given["build_version"] = ctx.params["build_version"] = version
            on_stage("version", f"next is {version}")
        rerun = state.command_line("release", *rerun_words(ctx))
        state.interrupt_hint = f"run the same command again to finish the release: {rerun}"
        progress = BuildProgress(state.err, f"build {version}", enabled=not state.as_json)
        with progress.show() as on_build:
            result = _release(state, client, version, given, on_stage, on_build)
    state.interrupt_hint = None
    state.done(
        {
            "operation": "release",
            "version": version,
            "steps": list(result.steps),
            "status": result.status,
            "trace_ids": list(result.trace_ids),
        },
        f"released {version}: {', '.join(result.steps) or 'nothing left to do'}; pushed",
    )


def check_version(version: str) -> None:
    """Refuse a version the spec's rule refuses, before anything is sent."""
    pattern = version_pattern()
    if not re.fullmatch(pattern, version):
        raise InvalidRequestError(
            f"--version is {version!r}, which is not a version Alipay accepts ({pattern}).",
            hint="Give three numbers, like 1.2.3, or --version next.",
        )


def _numbers(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def next_version(client: Any, given: dict[str, Any]) -> str:
    """The next patch version after the highest one Alipay lists (every status), or
    ``0.0.1`` for a mini program without any."""
    pattern = re.compile(version_pattern())
    known = [
        str(item.app_version)
        for item in call_list(client, None, given)
        if isinstance(getattr(item, "app_version", None), str)
        and pattern.fullmatch(item.app_version)
    ]
    if not known:
        return "0.0.1"
    major, minor, patch = _numbers(max(known, key=_numbers))[:3]
    return f"{major}.{minor}.{patch + 1}"


def _release(
    state: CliState,
    client: Any,
    version: str,
    given: dict[str, Any],
    on_stage: Any,
    on_build: Any,
) -> Any:
    def on_progress(status: Any) -> None:
        if hasattr(status, "state"):
            on_build(status)
        elif not state.as_json:
            state.err.print(f"          review: {status.status}", highlight=False)

    return client.release(
        build_version=version,
        package=given["package"],
        source_url=given["source_url"],
        version_desc=given["version_desc"],
        gray_strategies=given["gray_strategies"],
        gray_pause=given["gray_pause"],
        sync_type=given["sync_type"],
        mini_app_id=given["mini_app_id"],
        bundle_id=given["bundle_id"],
        app_origin=given["app_origin"],
        inst_code=given["inst_code"],
        wait_timeout=given["wait_timeout"],
        poll_interval=given["poll_interval"],
        on_stage=on_stage,
        on_progress=on_progress,
        app_auth_token=given["app_auth_token"],
    )


# A release ends with the push (sync), which needs --bundle-id and --app-origin; a new
# version is submitted for review, which needs --version-desc.
follow_spec(
    command,
    "sync",
    "audit_submit",
    note={"version_desc": "[required for a new version]", "app_version": ""},
)
