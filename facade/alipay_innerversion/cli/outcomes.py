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

from alipay_innerversion_api.api import OPERATIONS

from ..error_codes import ALREADY_DONE_CODES
from ..errors import (
    AlipayApiError,
    AlipayError,
    RequestTimeoutError,
    SignatureError,
    TransportError,
)
from .spec_flags import flag_of, version_pattern

__all__ = ["command_path", "outcome_hint", "outcome_unknown", "rerun_words"]

#: Commands that only read: running them again changes nothing.
_READS = frozenset({"status", "versions list", "versions show", "review wait"})
#: The operations the check commands send: ``status`` (after an upload) and ``versions
#: show``; the flags a check passes on are those of their fields (``--bundle-id``, ...).
_CHECKS = {"upload": "uploadstatus_query", "": "info_query"}
#: Commands that leave the same state when sent again for the same thing (Alipay's rules,
#: which its description does not carry; a command whose operation has an "already done"
#: code in the spec says that code instead).
_SAME_STATE = {
    "upgrade": "an upgrade to the same template version again",
    "online": "publishing the same version again",
    "publish": "publishing the same version again",
    "sync": "pushing the same version again",
}


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


_VERSION_RULE = version_pattern()


def _where(check: str, params: dict[str, Any], skip: tuple[str, ...] = ()) -> list[str]:
    """The flags of ``params`` that are fields of the check operation, other than the
    version (``--bundle-id X ...``)."""
    words: list[str] = []
    for parameter in OPERATIONS[check].parameters:
        name = parameter.python_name
        if parameter.pattern == _VERSION_RULE or name in skip or not params.get(name):
            continue  # the version goes as --version; skip: the check already names it
        words += [flag_of(name), str(params[name])]
    return words


def worst_case(name: str) -> str | None:
    """What sending command ``name`` again does in the worst case: refused with the
    spec's "already done" code of its operation, or the same state, or None: unknown."""
    from ._common import OPERATION_COMMANDS  # _common reads this module's hints

    sent = {command: operation for operation, command in OPERATION_COMMANDS.items()}
    operation = OPERATIONS.get(sent.get(name, name))
    if operation is not None:
        codes = sorted(operation.error_codes & ALREADY_DONE_CODES)
        if codes:
            return f"sending it again is refused with {' or '.join(codes)}"
    same = _SAME_STATE.get(name)
    return f"{same} leaves the same state" if same else None


def version_of(command: click.Command, params: dict[str, Any]) -> str | None:
    """The version a command acts on: the value of its ``--version`` (every command that
    acts on one version takes it so, whatever the operation's field is called)."""
    for param in command.params:
        if "--version" in getattr(param, "opts", ()) and param.name and params.get(param.name):
            return str(params[param.name])
    return None


def check_words(
    path: Sequence[str], params: dict[str, Any], version: str | None
) -> list[str] | None:
    """The command that shows whether ``path`` with ``params`` (acting on ``version``)
    took effect, if there is one."""
    if tuple(path) == ("upload",):
        words = ["status", "--mini-app-id", str(params.get("mini_app_id"))]
        words += ["--version", str(version)]
        return words + _where(_CHECKS["upload"], params, skip=("mini_app_id",))
    if not version:
        return None
    return ["versions", "show", "--version", str(version), *_where(_CHECKS[""], params)]


def outcome_hint(state: Any, ctx: click.Context, error: AlipayError) -> str | None:
    """The CLI's hint for ``error`` raised by the command of ``ctx``; None: keep the SDK's."""
    path = command_path(ctx)
    name = " ".join(path)
    params = dict(ctx.params)
    if isinstance(error, AlipayApiError) and error.code in ALREADY_DONE_CODES:
        check = check_words(path, params, version_of(ctx.command, params))
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
    check = check_words(path, params, version_of(ctx.command, params))
    parts = [f"Whether `{name}` took effect is unknown (no trusted answer came back)."]
    if check is not None:
        parts.append(f"Check with: {state.command_line(*check)}")
    if resend is not None:
        worst = worst_case(name)
        again = "If it did not take effect, send it again" if check else "Send it again"
        worst_text = f" (in the worst case, {worst})" if worst else ""
        parts.append(f"{again} with the same request id{worst_text}: {resend}")
    return " ".join(parts)
