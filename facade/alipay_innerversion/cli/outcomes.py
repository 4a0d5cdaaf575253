"""What to tell a CLI user when a call's outcome is unknown (a timeout, an answer lost).

The SDK's hints name Python calls (``upload_status``, ``request_id=``); a CLI user needs
the command that checks what happened (``alipay-mini status ...``) and, where sending
again makes sense, the same command line with ``--request-id`` of the call that got no
answer. Alipay does not promise to de-duplicate by request id, so the hints say to check
first, and what a resend does in the worst case.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click
from click.core import ParameterSource

from alipay_innerversion_api.api import ERROR_CODE_FACTS

from ..errors import (
    AlipayApiError,
    AlipayError,
    RequestTimeoutError,
    SignatureError,
    TransportError,
)

__all__ = ["command_path", "outcome_hint", "outcome_unknown", "rerun_words"]

#: Commands that only read: running them again changes nothing.
_READS = frozenset({"status", "versions list", "versions show", "review wait"})
#: Flags that say which mini program and client app a check command reads.
_WHERE = (
    ("mini_app_id", "--mini-app-id"),
    ("bundle_id", "--bundle-id"),
    ("inst_code", "--inst-code"),
)
#: What sending a command again does in the worst case (Alipay's own rules, not ours).
_WORST_CASE = {
    "upload": "a second upload of the same version is refused with BUILD_VERSION_ALREADY_EXIST",
    "upgrade": "an upgrade to the same template version again leaves the same state",
    "online": "publishing the same version again leaves the same state",
    "publish": "publishing the same version again leaves the same state",
    "sync": "pushing the same version again leaves the same state",
    "review submit": "a second submission is refused with CAN_NOT_SUBMIT_WITH_AUDIT",
}
#: Codes that mean "already done", perhaps by an earlier attempt whose answer was lost
#: (the spec's ``x-code-facts``).
_ALREADY_DONE = frozenset(code for code, fact in ERROR_CODE_FACTS.items() if fact.already_done)


def outcome_unknown(error: AlipayError) -> bool:
    """Whether the call may have taken effect although no trusted answer says so."""
    if isinstance(error, RequestTimeoutError):
        return True
    if isinstance(error, SignatureError):
        return error.check in ("status", "replay")
    if isinstance(error, AlipayApiError):
        return error.verified and (error.http_status >= 500 or error.http_status < 300)
    if isinstance(error, TransportError):
        # A refused connection sent nothing; a reset or a dropped answer may follow a call
        # Alipay applied.
        return "ConnectError" not in error.message
    return False


def command_path(ctx: click.Context) -> tuple[str, ...]:
    """The subcommand names of ``ctx`` (``("gray", "start")``), without the program's."""
    names: list[str] = []
    current: click.Context | None = ctx
    while current is not None and current.parent is not None:
        names.append(current.info_name or "")
        current = current.parent
    return tuple(reversed(names))


def rerun_words(ctx: click.Context, request_id: str | None = None) -> list[str]:
    """The flags given on the command line for ``ctx`` (none from defaults or the
    environment, so no token), with ``--request-id`` set to ``request_id`` if given."""
    words: list[str] = []
    for param in ctx.command.params:
        name = param.name
        if not name or name == "request_id" or not isinstance(param, click.Option):
            continue
        if ctx.get_parameter_source(name) is not ParameterSource.COMMANDLINE:
            continue
        value = ctx.params.get(name)
        if value is None or value is False or name == "app_auth_token":
            continue
        flag = param.opts[0]
        if param.is_flag:
            words.append(flag)
        elif isinstance(value, tuple | list):
            for item in value:
                words += [flag, str(item)]
        else:
            words += [flag, str(value)]
    if request_id:
        words += ["--request-id", request_id]
    return words


def _where(params: dict[str, Any]) -> list[str]:
    words: list[str] = []
    for name, flag in _WHERE:
        if params.get(name):
            words += [flag, str(params[name])]
    return words


def check_words(path: Sequence[str], params: dict[str, Any]) -> list[str] | None:
    """The command that shows whether ``path`` with ``params`` took effect, if there is one."""
    if tuple(path) == ("upload",):
        words = ["status", "--mini-app-id", str(params.get("mini_app_id"))]
        words += ["--version", str(params.get("build_version"))]
        for name, flag in _WHERE[1:]:
            if params.get(name):
                words += [flag, str(params[name])]
        return words
    version = (
        params.get("app_version") or params.get("app_online_version") or params.get("build_version")
    )
    if not version or tuple(path) == ("upgrade",):
        return None
    return ["versions", "show", "--version", str(version), *_where(params)]


def outcome_hint(state: Any, ctx: click.Context, error: AlipayError) -> str | None:
    """The CLI's hint for ``error`` raised by the command of ``ctx``; None: keep the SDK's."""
    path = command_path(ctx)
    name = " ".join(path)
    params = dict(ctx.params)
    if isinstance(error, AlipayApiError) and error.code in _ALREADY_DONE:
        check = check_words(path, params)
        if check is None:
            return None
        line = state.command_line(*check)
        if name == "upload":
            return (
                "That version was already uploaded, perhaps by an earlier attempt of this "
                f"upload whose answer was lost: check it with: {line} (to upload a different "
                "package, use a new --version)."
            )
        return f"Perhaps an earlier attempt whose answer was lost did it: check with: {line}"
    if not outcome_unknown(error):
        return None
    if name in _READS or path[:1] == ("keys",):
        return (
            "Reading changes nothing: run the same command again (a larger --timeout gives "
            "Alipay longer to answer)."
        )
    if path == ("release",):
        rerun = state.command_line(*path, *rerun_words(ctx))
        return (
            "Whether the last step took effect is unknown. The release reads the version's "
            f"status first and does only the steps still needed: run it again: {rerun}"
        )
    resend = None
    if any(param.name == "request_id" for param in ctx.command.params):
        resend = state.command_line(*path, *rerun_words(ctx, error.request_id))
    check = check_words(path, params)
    parts = [f"Whether `{name}` took effect is unknown (no trusted answer came back)."]
    if check is not None:
        parts.append(f"Check with: {state.command_line(*check)}")
    if resend is not None:
        worst = _WORST_CASE.get(name)
        again = "If it did not take effect, send it again" if check else "Send it again"
        worst_case = f" (in the worst case, {worst})" if worst else ""
        parts.append(f"{again} with the same request id{worst_case}: {resend}")
    return " ".join(parts)
