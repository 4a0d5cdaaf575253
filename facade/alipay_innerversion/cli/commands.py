"""The release commands: upload, status, online, sync, upgrade, release."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import click

from ..flows.waits import DEFAULT_WAIT_TIMEOUT
from ..results import BuildReport
from ._common import CliState, pass_state
from .reports import BuildProgress, operation_payload, optional_text, status_payload, upload_payload
from .spec_flags import call, follow_spec

__all__ = ["COMMANDS", "BuildProgress", "operation_payload", "status_payload", "upload_payload"]


def _package_option(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option(
        "--source-url", help="URL of the zip for Alipay to download, instead of --package."
    )(function)
    return click.option(
        "--package",
        type=click.Path(exists=True, path_type=Path),
        help="The mini program folder (zipped for you) or a .zip file.",
    )(function)


def _app_options(function: Callable[..., Any]) -> Callable[..., Any]:
    for decorator in reversed(
        [
            click.option(
                "--mini-app-id",
                help="Mini program id (default: the calling app, ALIPAY_APP_ID).",
            ),
            click.option("--bundle-id", help="Client identifier, e.g. com.alipay.alipaywallet."),
            click.option("--inst-code", help="Tenant code, e.g. alipay or taobao."),
            click.option("--app-origin", help="Business source assigned by Alipay."),
        ]
    ):
        function = decorator(function)
    return function


def _token_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--app-auth-token",
        envvar="ALIPAY_APP_AUTH_TOKEN",
        show_envvar=True,
        help="Call on behalf of a merchant (prefer the environment variable: arguments are "
        "visible to other local users).",
    )(function)


def _request_id_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--request-id",
        help="The alipay-request-id to send: an earlier call's id resends that call.",
    )(function)


class _Seconds(click.FloatRange):
    """A positive, finite number of seconds (``nan`` and ``inf`` pass a FloatRange)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        seconds = super().convert(value, param, ctx)
        if not math.isfinite(seconds):
            self.fail(f"{value!r} is not a finite number of seconds.", param, ctx)
        return seconds


_SECONDS = _Seconds(min=0, min_open=True)


def _track_build(
    state: CliState,
    mini_app_id: str | None,
    build_version: str | None,
    on_progress: Callable[[BuildReport], None],
) -> Callable[[BuildReport], None]:
    """Keep ``state.interrupt_hint`` saying how to follow the build after Ctrl-C."""
    state.interrupt_hint = (
        f"the upload of {build_version} may have reached Alipay; check with: "
        + state.command_line("status", "--mini-app-id", mini_app_id, "--version", build_version)
    )

    def observe(status: BuildReport) -> None:
        if status.package_id:
            state.interrupt_hint = (
                f"the build of {build_version} (package id {status.package_id}) goes on at "
                "Alipay; check it with: "
                + state.command_line("status", "--package-id", status.package_id)
            )
        on_progress(status)

    return observe


def _the_app(mini_app_id: str | None, app_id: str) -> str:
    """The mini program a command acts on: ``--mini-app-id``, else the calling app (noted
    in the command's parameters, so the hints of its errors name it)."""
    if mini_app_id is None:
        ctx = click.get_current_context()
        ctx.params["mini_app_id"] = app_id
        return app_id
    return mini_app_id


def _check_source(package: Path | None, source_url: str | None) -> None:
    if (package is None) == (source_url is None):
        raise click.UsageError("give exactly one of --package and --source-url")


@click.command("upload")
@_app_options
@_package_option
@click.option("--version", "build_version", help="The version to build, e.g. 1.0.2.")
@click.option("--wait", is_flag=True, help="Wait for the build to end, showing its progress.")
@click.option(
    "--wait-timeout",
    type=_SECONDS,
    default=DEFAULT_WAIT_TIMEOUT,
    show_default=True,
    help="Seconds to wait for the build (with --wait).",
)
@click.option(
    "--poll-interval",
    type=_SECONDS,
    default=2.0,
    show_default=True,
    help="Seconds between polls (backing off).",
)
@_token_option
@_request_id_option
@pass_state
def upload(
    state: CliState,
    mini_app_id: str | None,
    bundle_id: str | None,
    inst_code: str | None,
    app_origin: str | None,
    package: Path | None,
    source_url: str | None,
    build_version: str | None,
    wait: bool,
    wait_timeout: float,
    poll_interval: float,
    app_auth_token: str | None,
    request_id: str | None,
) -> None:
    """Upload a package and start building a version (optionally waiting for the build)."""
    _check_source(package, source_url)
    progress = BuildProgress(
        state.err, f"build {build_version}", enabled=wait and not state.as_json
    )
    with state.client() as client, progress.show() as on_progress:
        app = _the_app(mini_app_id, client.app_id)
        result = client.upload(
            mini_app_id=mini_app_id,
            build_version=cast(str, build_version),  # None: refused, naming --version
            package=package,
            source_url=source_url,
            bundle_id=bundle_id,
            inst_code=inst_code,
            app_origin=app_origin,
            app_auth_token=app_auth_token,
            request_id=request_id,
            wait=wait,
            wait_timeout=wait_timeout,
            poll_interval=poll_interval,
            on_progress=_track_build(state, app, build_version, on_progress),
        )
    state_text = (result.build or result).state.value
    state.done(
        upload_payload(result),
        f"uploaded {build_version} of {app}: package_id={optional_text(result.package_id) or '-'}, "
        f"state={state_text} (trace id {result.trace_id})",
    )


@click.command("status")
@click.option("--package-id", help="The package_id returned by upload.")
@click.option("--mini-app-id", help="Mini program id (with --version, instead of --package-id).")
@click.option("--version", "build_version", help="The version being built.")
@click.option("--bundle-id", help="Client identifier.")
@click.option("--inst-code", help="Tenant code.")
@_token_option
@_request_id_option
@pass_state
def status(
    state: CliState,
    package_id: str | None,
    mini_app_id: str | None,
    build_version: str | None,
    bundle_id: str | None,
    inst_code: str | None,
    app_auth_token: str | None,
    request_id: str | None,
) -> None:
    """Show where a build stands."""
    with state.client() as client:
        result = client.upload_status(
            package_id=package_id,
            mini_app_id=mini_app_id,
            build_version=build_version,
            bundle_id=bundle_id,
            inst_code=inst_code,
            app_auth_token=app_auth_token,
            request_id=request_id,
        )
    state.done(
        {"operation": "status", **status_payload(result)},
        f"build {optional_text(result.package_id) or build_version}: {result.describe()} "
        f"(trace id {result.trace_id})",
    )


@click.command("online")
@_app_options
@click.option("--version", "app_online_version", help="The version to publish.")
@click.option("--offline-version", "app_offline_version", help="A version to take down.")
@_token_option
@_request_id_option
@pass_state
def online(
    state: CliState,
    mini_app_id: str | None,
    bundle_id: str | None,
    inst_code: str | None,
    app_origin: str | None,
    app_online_version: str | None,
    app_offline_version: str | None,
    app_auth_token: str | None,
    request_id: str | None,
) -> None:
    """Publish a successfully built version."""
    given = dict(click.get_current_context().params)  # before _the_app fills in the app
    with state.client() as client:
        app = _the_app(mini_app_id, client.app_id)
        result = call(client, "online", given)
    state.done(
        operation_payload(result, app, app_online_version),
        f"{app} {app_online_version} is online (trace id {result.trace_id})",
    )


@click.command("sync")
@click.option("--mini-app-id", help="Mini program id (default: the calling app).")
@click.option("--version", "app_version", help="The online version to push.")
@click.option("--bundle-id", help="Client identifier.")
@click.option("--app-origin", help="Business source assigned by Alipay.")
@click.option("--sync-type", help="Push mode: all users or targeted (recent) users.")
@click.option("--dev-id", help="Operator id.")
@_token_option
@_request_id_option
@pass_state
def sync(
    state: CliState,
    mini_app_id: str | None,
    app_version: str | None,
    bundle_id: str | None,
    app_origin: str | None,
    sync_type: str | None,
    dev_id: str | None,
    app_auth_token: str | None,
    request_id: str | None,
) -> None:
    """Push the online version to clients now."""
    given = dict(click.get_current_context().params)  # before _the_app fills in the app
    with state.client() as client:
        app = _the_app(mini_app_id, client.app_id)
        result = call(client, "sync", given)
    state.done(
        operation_payload(result, app, app_version),
        f"pushed {app} {app_version} to clients (trace id {result.trace_id})",
    )


@click.command("upgrade")
@click.option("--mini-app-id", help="Mini program (template instance) id.")
@click.option("--template-id", help="Template id.")
@click.option("--template-version", help="Target template version, x.y.z.")
@click.option("--bundle-id", help="Client identifier.")
@click.option("--app-origin", help="Business source.")
@_token_option
@_request_id_option
@pass_state
def upgrade(
    state: CliState,
    mini_app_id: str | None,
    template_id: str | None,
    template_version: str | None,
    bundle_id: str | None,
    app_origin: str | None,
    app_auth_token: str | None,
    request_id: str | None,
) -> None:
    """Upgrade a template instance to a newer template version."""
    given = dict(click.get_current_context().params)  # before _the_app fills in the app
    with state.client() as client:
        app = _the_app(mini_app_id, client.app_id)
        result = call(client, "upgrade", given)
    state.done(
        operation_payload(result, app, template_version),
        f"{app} now runs template {template_id} {template_version} (trace id {result.trace_id})",
    )


follow_spec(upload, "upload")
follow_spec(status, "uploadstatus_query")
follow_spec(online, "online")
follow_spec(sync, "sync")
follow_spec(upgrade, "upgrade")
COMMANDS = (upload, status, online, sync, upgrade)
