"""The release commands: upload, status, online, sync, upgrade, release."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from ..results import BuildState, BuildStatus, OperationResult, UploadResult
from ._common import CliState, pass_state

__all__ = ["COMMANDS", "BuildProgress", "operation_payload", "status_payload", "upload_payload"]

_STATE_STYLE = {
    BuildState.QUEUED: "yellow",
    BuildState.BUILDING: "cyan",
    BuildState.SUCCEEDED: "green",
    BuildState.FAILED: "red",
    BuildState.TIMED_OUT: "red",
    BuildState.UNKNOWN: "magenta",
}


def status_payload(status: BuildStatus) -> dict[str, Any]:
    return {
        "package_id": status.package_id,
        "build_version": status.build_version,
        "state": status.state.value,
        "build_status": status.build_status,
        "need_rotation": status.need_rotation,
        "is_final": status.is_final,
        "build_info": status.build_info,
        "log_url": status.log_url,
        "build_package_url": status.build_package_url,
        "trace_id": status.trace_id,
        "request_id": status.request_id,
    }


def upload_payload(result: UploadResult) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "operation": "upload",
        "package_id": result.package_id,
        "build_version": result.build_version,
        "state": result.status.state.value,
        "package_md5": result.package_md5,
        "package_size": result.package_size,
        "trace_id": result.trace_id,
        "request_id": result.request_id,
    }
    if result.build is not None:
        payload["build"] = status_payload(result.build)
    return payload


def operation_payload(result: OperationResult) -> dict[str, Any]:
    return {
        "operation": result.operation,
        "mini_app_id": result.mini_app_id,
        "version": result.version,
        "trace_id": result.trace_id,
        "request_id": result.request_id,
    }


class BuildProgress:
    """Live build display on stderr: a spinner with the current state, and one line per
    change so CI logs keep the history."""

    def __init__(self, console: Console, label: str, enabled: bool = True) -> None:
        self._console = console
        self._label = label
        self._enabled = enabled
        self._started = time.monotonic()
        self._status: Any = None

    @contextmanager
    def show(self) -> Iterator[Callable[[BuildStatus], None]]:
        if not self._enabled:
            yield lambda status: None
            return
        with self._console.status(f"{self._label}: uploading", spinner="dots") as live:
            self._status = live
            yield self.update

    def update(self, status: BuildStatus) -> None:
        style = _STATE_STYLE[status.state]
        elapsed = time.monotonic() - self._started
        line = f"[{style}]{status.state.value}[/] (build_status={status.build_status})"
        if status.build_info:
            line += f" {status.build_info}"
        self._console.print(f"  {elapsed:5.1f}s  {self._label}: {line}", highlight=False)
        if self._status is not None:
            self._status.update(f"{self._label}: {line}")


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
            click.option("--mini-app-id", required=True, help="Mini program id."),
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


def _check_source(package: Path | None, source_url: str | None) -> None:
    if (package is None) == (source_url is None):
        raise click.UsageError("give exactly one of --package and --source-url")


@click.command("upload")
@_app_options
@_package_option
@click.option("--version", "build_version", required=True, help="The version to build, e.g. 1.0.2.")
@click.option("--wait", is_flag=True, help="Wait for the build to end, showing its progress.")
@click.option("--wait-timeout", type=float, default=600.0, show_default=True, help="Seconds.")
@click.option("--poll-interval", type=float, default=2.0, show_default=True, help="Seconds.")
@_token_option
@pass_state
def upload(
    state: CliState,
    mini_app_id: str,
    bundle_id: str | None,
    inst_code: str | None,
    app_origin: str | None,
    package: Path | None,
    source_url: str | None,
    build_version: str,
    wait: bool,
    wait_timeout: float,
    poll_interval: float,
    app_auth_token: str | None,
) -> None:
    """Upload a package and start building a version (optionally waiting for the build)."""
    _check_source(package, source_url)
    progress = BuildProgress(
        state.err, f"build {build_version}", enabled=wait and not state.as_json
    )
    with state.client() as client, progress.show() as on_progress:
        result = client.upload(
            mini_app_id=mini_app_id,
            build_version=build_version,
            package=package,
            source_url=source_url,
            bundle_id=bundle_id,
            inst_code=inst_code,
            app_origin=app_origin,
            app_auth_token=app_auth_token,
            wait=wait,
            wait_timeout=wait_timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
    state_text = result.build.state.value if result.build else result.status.state.value
    state.done(
        upload_payload(result),
        f"uploaded {build_version} of {mini_app_id}: package_id={result.package_id}, "
        f"state={state_text} (trace id {result.trace_id})",
    )


@click.command("status")
@click.option("--package-id", help="The package_id returned by upload.")
@click.option("--mini-app-id", help="Mini program id (with --version, instead of --package-id).")
@click.option("--version", "build_version", help="The version being built.")
@click.option("--bundle-id", help="Client identifier.")
@click.option("--inst-code", help="Tenant code.")
@_token_option
@pass_state
def status(
    state: CliState,
    package_id: str | None,
    mini_app_id: str | None,
    build_version: str | None,
    bundle_id: str | None,
    inst_code: str | None,
    app_auth_token: str | None,
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
        )
    state.done(
        {"operation": "status", **status_payload(result)},
        f"build {result.package_id or build_version}: {result.describe()} "
        f"(trace id {result.trace_id})",
    )


@click.command("online")
@_app_options
@click.option("--version", "app_online_version", required=True, help="The version to publish.")
@click.option("--offline-version", "app_offline_version", help="A version to take down.")
@_token_option
@pass_state
def online(
    state: CliState,
    mini_app_id: str,
    bundle_id: str | None,
    inst_code: str | None,
    app_origin: str | None,
    app_online_version: str,
    app_offline_version: str | None,
    app_auth_token: str | None,
) -> None:
    """Publish a successfully built version."""
    with state.client() as client:
        result = client.online(
            mini_app_id=mini_app_id,
            app_online_version=app_online_version,
            app_offline_version=app_offline_version,
            app_origin=app_origin,
            bundle_id=bundle_id,
            inst_code=inst_code,
            app_auth_token=app_auth_token,
        )
    state.done(
        operation_payload(result),
        f"{mini_app_id} {app_online_version} is online (trace id {result.trace_id})",
    )


@click.command("sync")
@click.option("--mini-app-id", required=True, help="Mini program id.")
@click.option("--version", "app_version", required=True, help="The online version to push.")
@click.option("--bundle-id", required=True, help="Client identifier.")
@click.option("--app-origin", required=True, help="Business source assigned by Alipay.")
@click.option("--sync-type", default="PUSH", show_default=True, help="Push mode.")
@click.option("--dev-id", help="Operator id.")
@_token_option
@pass_state
def sync(
    state: CliState,
    mini_app_id: str,
    app_version: str,
    bundle_id: str,
    app_origin: str,
    sync_type: str,
    dev_id: str | None,
    app_auth_token: str | None,
) -> None:
    """Push the online version to clients now."""
    with state.client() as client:
        result = client.sync(
            mini_app_id=mini_app_id,
            app_version=app_version,
            sync_type=sync_type,
            app_origin=app_origin,
            bundle_id=bundle_id,
            dev_id=dev_id,
            app_auth_token=app_auth_token,
        )
    state.done(
        operation_payload(result),
        f"pushed {mini_app_id} {app_version} to clients (trace id {result.trace_id})",
    )


@click.command("upgrade")
@click.option("--mini-app-id", required=True, help="Mini program (template instance) id.")
@click.option("--template-id", required=True, help="Template id.")
@click.option("--template-version", required=True, help="Target template version, x.y.z.")
@click.option("--bundle-id", help="Client identifier.")
@click.option("--app-origin", help="Business source.")
@_token_option
@pass_state
def upgrade(
    state: CliState,
    mini_app_id: str,
    template_id: str,
    template_version: str,
    bundle_id: str | None,
    app_origin: str | None,
    app_auth_token: str | None,
) -> None:
    """Upgrade a template instance to a newer template version."""
    with state.client() as client:
        result = client.upgrade(
            mini_app_id=mini_app_id,
            template_id=template_id,
            template_version=template_version,
            bundle_id=bundle_id,
            app_origin=app_origin,
            app_auth_token=app_auth_token,
        )
    state.done(
        operation_payload(result),
        f"{mini_app_id} now runs template {template_id} {template_version} "
        f"(trace id {result.trace_id})",
    )


@click.command("release")
@click.option("--mini-app-id", required=True, help="Mini program id.")
@click.option("--bundle-id", required=True, help="Client identifier.")
@click.option("--app-origin", required=True, help="Business source assigned by Alipay.")
@click.option("--inst-code", help="Tenant code.")
@_package_option
@click.option("--version", "build_version", required=True, help="The version to release.")
@click.option("--offline-version", help="A version to take down when this one goes online.")
@click.option("--sync-type", default="PUSH", show_default=True, help="Push mode.")
@click.option("--wait-timeout", type=float, default=600.0, show_default=True, help="Seconds.")
@click.option("--poll-interval", type=float, default=2.0, show_default=True, help="Seconds.")
@_token_option
@pass_state
def release(
    state: CliState,
    mini_app_id: str,
    bundle_id: str,
    app_origin: str,
    inst_code: str | None,
    package: Path | None,
    source_url: str | None,
    build_version: str,
    offline_version: str | None,
    sync_type: str,
    wait_timeout: float,
    poll_interval: float,
    app_auth_token: str | None,
) -> None:
    """Upload, wait for the build, publish and push a version, in one go."""
    _check_source(package, source_url)

    def say(text: str) -> None:
        if not state.as_json:
            state.err.print(text, highlight=False)

    progress = BuildProgress(state.err, f"build {build_version}", enabled=not state.as_json)
    with state.client() as client:
        say(f"1/3 upload {build_version} of {mini_app_id} and build it")
        with progress.show() as on_progress:
            uploaded = client.upload(
                mini_app_id=mini_app_id,
                build_version=build_version,
                package=package,
                source_url=source_url,
                bundle_id=bundle_id,
                inst_code=inst_code,
                app_origin=app_origin,
                app_auth_token=app_auth_token,
                wait=True,
                wait_timeout=wait_timeout,
                poll_interval=poll_interval,
                on_progress=on_progress,
            )
        say(f"2/3 publish {build_version}")
        published = client.online(
            mini_app_id=mini_app_id,
            app_online_version=build_version,
            app_offline_version=offline_version,
            app_origin=app_origin,
            bundle_id=bundle_id,
            inst_code=inst_code,
            app_auth_token=app_auth_token,
        )
        say(f"3/3 push {build_version} to clients")
        pushed = client.sync(
            mini_app_id=mini_app_id,
            app_version=build_version,
            sync_type=sync_type,
            app_origin=app_origin,
            bundle_id=bundle_id,
            app_auth_token=app_auth_token,
        )
    state.done(
        {
            "operation": "release",
            "upload": upload_payload(uploaded),
            "online": operation_payload(published),
            "sync": operation_payload(pushed),
        },
        f"released {mini_app_id} {build_version}: built, online and pushed "
        f"(trace ids {uploaded.trace_id}, {published.trace_id}, {pushed.trace_id})",
    )


COMMANDS = (upload, status, online, sync, upgrade, release)
