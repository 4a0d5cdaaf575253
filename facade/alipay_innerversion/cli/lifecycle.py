"""The release lifecycle as commands: versions, review, gray release, publish, take down,
roll back, delete.

Each command calls one operation (or a wait) of the SDK. Which of the common flags a
command passes on is read from the operation in the spec (``--pid`` reaches the
operations that have a ``pid`` field), so these commands restate no field list.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.table import Table

from alipay_innerversion_api.api import FINAL_VERSION_STATUSES, OPERATIONS, VersionStatus

from ..flows.waits import DEFAULT_WAIT_TIMEOUT
from ..results import OperationResult
from ._common import CliState, pass_state
from .spec_flags import call, follow_spec

__all__ = ["COMMANDS", "call", "where_options"]

_F = TypeVar("_F", bound=Callable[..., Any] | click.Command)

#: How ``versions list`` shows a status, by what the spec says of it: one Alipay is still
#: moving the version out of (in review), one it stays in until the user acts, and one the
#: spec does not list (shown as it is).
_MOVING_STYLE = "yellow"
_FINAL_STYLE = "bold"


def status_style(status: object) -> str:
    """The style of ``status`` in ``versions list`` (empty: a status the spec lacks)."""
    known = VersionStatus.parse(status)
    if known is None:
        return ""
    return _FINAL_STYLE if known in FINAL_VERSION_STATUSES else _MOVING_STYLE


def _accepted(method: Callable[..., Any], given: dict[str, Any]) -> dict[str, Any]:
    """The given flags that are keyword arguments of the SDK's ``method`` (and were given)."""
    names = inspect.signature(method).parameters
    return {k: v for k, v in given.items() if k in names and v is not None}


def where_options(function: _F, *, request_id: bool = True) -> _F:
    """Which mini program, in which client app: the flags every lifecycle command takes
    (``--request-id`` only where one call is sent)."""
    options = [
        click.option(
            "--mini-app-id",
            help="Mini program id (only for special cases: by default the calling app).",
        ),
        click.option("--bundle-id", help="Client identifier, e.g. com.alipay.alipaywallet."),
        click.option("--app-origin", help="Business source assigned by Alipay."),
        click.option("--pid", help="The operator's or owner's PID, where Alipay needs one."),
        click.option("--inst-code", help="Tenant code, e.g. alipay."),
        click.option(
            "--app-auth-token",
            envvar="ALIPAY_APP_AUTH_TOKEN",
            show_envvar=True,
            help="Call on behalf of a merchant (prefer the environment variable).",
        ),
    ]
    if request_id:
        options.append(
            click.option(
                "--request-id",
                help="The alipay-request-id to send: an earlier call's id resends that call.",
            )
        )
    for decorator in reversed(options):
        function = decorator(function)
    return function


def _ids(result: OperationResult) -> dict[str, Any]:
    return {"trace_id": result.trace_id, "request_id": result.request_id}


def _simple(name: str, verb: str, help_text: str, **extra: click.Option) -> click.Command:
    """A command that sends one operation for ``--version`` and reports it."""

    @pass_state
    def run(state: CliState, **given: Any) -> None:
        with state.client() as client:
            result = call(client, name, given)
        version = given.get("app_version") or "the version"
        state.done(
            {"operation": OPERATIONS[name].operation_id, "version": version, **_ids(result)},
            f"{version} {verb} (trace id {result.trace_id})",
        )

    params: list[click.Parameter] = [
        click.Option(["--version", "app_version"], help="The version."),
        *extra.values(),
    ]
    command = click.Command(name.replace("_", "-"), callback=run, params=params, help=help_text)
    return follow_spec(where_options(command), name)


publish = _simple(
    "online_publish",
    "is released",
    "Release a reviewed version (approved, or in gray release) to all users.",
    release_type=click.Option(["--release-type"], help="How to release."),
)
publish.name = "publish"
take_down = _simple("offline_publish", "is taken down", "Take the released version down.")
take_down.name = "take-down"
rollback = _simple(
    "content_rollback",
    "was rolled back",
    "Roll the released version back to the previously released one.",
)
rollback.name = "rollback"
delete = _simple(
    "info_delete", "was deleted", f"Delete a version still in development ({VersionStatus.INIT})."
)
delete.name = "delete"
back_to_dev = _simple(
    "backdev_publish",
    "is back in development",
    f"Send a reviewed (approved or rejected) version back to development ({VersionStatus.INIT}).",
)
back_to_dev.name = "back-to-dev"


@click.group("gray")
def gray() -> None:
    """Release a version to a share of users first (gray release)."""


gray_start = _simple(
    "gray_publish",
    "is in gray release",
    "Release an approved version to a share of users.",
    gray_strategy=click.Option(["--strategy", "gray_strategy"], help="The share of users."),
)
gray_start.name = "start"
gray_finish = _simple(
    "gray_finish", "left gray release", "End the gray release (the version waits to be published)."
)
gray_finish.name = "finish"
gray.add_command(gray_start)
gray.add_command(gray_finish)


@click.group("review")
def review() -> None:
    """Submit a version for Alipay's review, follow it, or withdraw it."""


def _wait_for_audit(state: CliState, client: Any, given: dict[str, Any]) -> Any:
    version = given["app_version"]
    state.interrupt_hint = (
        f"the review of {version} goes on at Alipay; follow it with: "
        + state.command_line("review", "wait", "--version", version)
    )
    last: list[str] = []

    def progress(info: Any) -> None:
        if not state.as_json:
            state.err.print(f"  review of {version}: {info.status}", highlight=False)
        last.append(str(info.status))

    wait = {
        "app_version": version,
        "timeout": given["wait_timeout"],
        "poll_interval": given["poll_interval"],
        "on_progress": progress,
    }
    info = client.wait_for_audit(**{**_accepted(client.wait_for_audit, given), **wait})
    state.interrupt_hint = None
    return info


_WAIT_OPTIONS = [
    click.Option(
        ["--wait-timeout"],
        type=click.FloatRange(min=0.001),
        default=DEFAULT_WAIT_TIMEOUT,
        show_default=True,
        help="Seconds to wait for the decision.",
    ),
    click.Option(
        ["--poll-interval"],
        type=click.FloatRange(min=0.001),
        default=5.0,
        show_default=True,
        help="Seconds.",
    ),
]


@pass_state
def _submit(state: CliState, wait: bool, **given: Any) -> None:
    version = given.get("app_version")
    with state.client() as client:
        submitted = call(client, "audit_submit", given)
        info = _wait_for_audit(state, client, given) if wait else None
    payload: dict[str, Any] = {"operation": "audit.submit", "version": version, **_ids(submitted)}
    line = f"{version} submitted for review (trace id {submitted.trace_id})"
    if info is not None:
        payload["status"] = info.status
        line += f"; review passed: {info.status}"
    state.done(payload, line)


review_submit = follow_spec(
    where_options(
        click.Command(
            "submit",
            callback=_submit,
            params=[
                click.Option(["--version", "app_version"], help="The version."),
                click.Option(["--version-desc"], help="What changed in this version."),
                click.Option(["--app-name"], help="The mini program's name, if it changes."),
                click.Option(["--app-desc"], help="The mini program's description."),
                click.Option(["--memo"], help="A note for the reviewer."),
                click.Option(
                    ["--wait"], is_flag=True, help="Wait for the decision, with progress."
                ),
                *_WAIT_OPTIONS,
            ],
            help=f"Submit a version in development ({VersionStatus.INIT}) for review.",
        )
    ),
    "audit_submit",
)


@pass_state
def _wait(state: CliState, **given: Any) -> None:
    with state.client() as client:
        info = _wait_for_audit(state, client, given)
    state.done(
        {"operation": "review.wait", "version": given["app_version"], "status": info.status},
        f"{given['app_version']} passed review: {info.status}",
    )


review_wait = where_options(
    click.Command(
        "wait",
        callback=_wait,
        params=[
            click.Option(["--version", "app_version"], required=True, help="The version."),
            *_WAIT_OPTIONS,
        ],
        help="Wait for Alipay's decision on a version in review (exit 1 if rejected).",
    )
)
review_cancel = _simple(
    "audit_cancel", "was withdrawn from review", "Withdraw a version from review."
)
review_cancel.name = "cancel"
for _command in (review_submit, review_wait, review_cancel):
    review.add_command(_command)


@click.group("versions")
def versions() -> None:
    """List versions with their status, or show one."""


@pass_state
def _list(state: CliState, version_status: tuple[str, ...], **given: Any) -> None:
    statuses = [s for group in version_status for s in group.split(",") if s] or None
    with state.client() as client:
        found = call_list(client, statuses, given)
    rows = [item.to_dict() for item in found]
    if state.as_json:
        state.emit({"ok": True, "operation": "versions.list", "versions": rows})
        return
    table = Table("version", "status", "gray", "bundle", "source")
    for row in rows:
        style = status_style(row.get("status"))
        table.add_row(
            str(row.get("app_version", "")),
            f"[{style}]{row.get('status', '')}[/]" if style else str(row.get("status", "")),
            str(row.get("gray_strategy", "") or ""),
            str(row.get("bundle_id", "") or ""),
            str(row.get("build_source", "") or ""),
        )
    state.out.print(table)
    state.out.print(f"{len(rows)} version(s)", highlight=False)


def call_list(client: Any, statuses: list[str] | None, given: dict[str, Any]) -> list[Any]:
    where = _accepted(client.list_versions, given)
    return list(client.list_versions(**{**where, "version_status": statuses}))


versions_list = follow_spec(
    where_options(
        click.Command(
            "list",
            callback=_list,
            params=[
                click.Option(
                    ["--status", "version_status"],
                    multiple=True,
                    help="Only these statuses (repeat, or comma-separated): "
                    + ", ".join(s.value for s in VersionStatus)
                    + ".",
                )
            ],
            help="List versions with their status (every status unless --status).",
        )
    ),
    "condition_batchquery",
    note={"version_status": ""},  # every status unless --status
)


@pass_state
def _show(state: CliState, **given: Any) -> None:
    with state.client() as client:
        info = call(client, "info_query", given)
    data = info.to_dict()
    if state.as_json:
        state.emit({"ok": True, "operation": "versions.show", "version": data, **_ids(info)})
        return
    for key, value in sorted(data.items()):
        state.out.print(f"{key}: {value}", highlight=False)


versions_show = follow_spec(
    where_options(
        click.Command(
            "show",
            callback=_show,
            params=[click.Option(["--version", "app_version"], help="The version.")],
            help="Show one version: its status, times, gray strategy, reject reason, ...",
        )
    ),
    "info_query",
)
versions.add_command(versions_list)
versions.add_command(versions_show)

COMMANDS = (versions, review, gray, publish, take_down, rollback, delete, back_to_dev)
