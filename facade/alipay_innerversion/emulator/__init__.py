"""A local, protocol-faithful emulator of Alipay's v3 gateway for the innerversion API.

::

    from alipay_innerversion.emulator import Emulator

    with Emulator(encrypt_key=True) as emu:      # uvicorn on a free loopback port
        config = emu.client_config()              # an AlipayConfig that talks to it
        ...
        emu.inject("drop-after", "503")           # the next two requests fail, in order
        emu.accepted(), emu.rejected()            # what it saw
        emu.mini_app("2021004100000001")          # what the platform holds now

It serves every operation of the project's spec (``spec.OPERATIONS``, read from the
generated package: Alipay's 23, plus the deprecated ``upgrade``) with Alipay's methods,
paths, fields and per-operation error codes; GET and DELETE requests are signed over
their query string. Every answer is signed; a 2xx answer is AES-encrypted whenever the
request declared ``alipay-encrypt-type: AES`` (GETs included), plain when it declared
nothing.

The release lifecycle
---------------------
State is kept per (app, mini program, bundle). Without ``mini_app_id`` the mini program is
the calling app itself; without ``bundle_id`` it is ``com.alipay.alipaywallet`` (where the
operation documents ``BUNDLE_ID_IS_BLANK``, a blank one is refused instead; likewise
``APP_ORIGIN_IS_BLANK``, ``PID_IS_BLANK`` and the other ``*_IS_BLANK`` codes make their
fields required). Statuses (``STATUSES``): ``INIT``, ``AUDITING``, ``AUDIT_REJECT``,
``WAIT_RELEASE``, ``GRAY``, ``RELEASE``, ``OFFLINE``. Transitions:

- ``upload`` → ``INIT`` once a poll of ``uploadstatus/query`` sees its build succeed (until
  then it is no version: the other operations answer their "not exist" code);
  ``templated/upload`` (``x.y.z``, new and higher than the bundle's versions, ``ext`` a
  JSON object, template known: ``INVALID_VERSION``, ``VERSION_HAS_EXISTED``,
  ``LARGER_VERSION_HAS_EXISTED``, ``INVALID_EXT_JSON``, ``TEMPLATE_NOT_ONLINE_OR_OFFLINE``)
  and ``nobuild/upload`` → ``INIT`` at once.
- ``audit/submit``: ``INIT`` → ``AUDITING`` (``CAN_NOT_SUBMIT_WITH_AUDIT`` while in review,
  ``CAN_NOT_SUBMIT_WITHOUT_INIT`` otherwise; ``version_desc`` is required). The reviewer
  advances as you poll: the first read after submit (``info/query``, ``last/query``,
  ``condition/batchquery``) still says ``AUDITING``, the next one shows the decision —
  ``WAIT_RELEASE`` (``review="approve"``, the default) or ``AUDIT_REJECT`` with
  ``reject_reason`` (``review="reject"``). ``review="pending"`` leaves it ``AUDITING`` until
  ``Emulator.decide_review`` decides (at once); ``Emulator.script_review`` sets the decision
  of the next submission only.
- ``audit/cancel``: ``AUDITING`` → ``INIT`` (else ``TINYAPP_STATUS_INVALID``).
  ``backdev/publish``: ``AUDIT_REJECT``/``WAIT_RELEASE`` → ``INIT`` (else
  ``CAN_NOT_BACK_DEV_WITHOUT_AUDIT``).
- ``gray/publish``: ``WAIT_RELEASE`` → ``GRAY`` with ``gray_strategy`` (``p10``, ``p30``,
  ``p50``, ``gray_mayi_rule``, ``gray_alibaba_rule``) and ``gray_start_time`` (else
  ``CAN_NOT_GRAY_WITHOUT_AUDIT_PASS``); ``beta_app_id_list`` invites those apps to
  beta-test it (``betainfo/query``, ``beta/confirm``). ``gray/finish``: ``GRAY`` →
  ``WAIT_RELEASE`` (else ``CAN_NOT_END_GRAY_WITHOUT_GRAY``).
- ``online/publish``: ``WAIT_RELEASE``/``GRAY`` → ``RELEASE`` (``shelf_time``); the
  previously released version goes ``OFFLINE`` (``offline_time``); again on a ``RELEASE``
  version: no change; anything else ``CAN_NOT_ONLINE_WITHOUT_AUDIT``. With
  ``require_gray=True`` a version that never was ``GRAY`` is ``CAN_NOT_ONLINE_WITHOUT_GRAY``.
  The older ``online`` puts any successfully built version straight to ``RELEASE`` (its
  ``app_offline_version`` to ``OFFLINE``).
- ``offline/publish``: ``RELEASE`` → ``OFFLINE`` (else ``MINI_APP_NOT_ONLINE``).
- ``content/rollback`` (``app_origin``, ``bundle_id``, ``pid`` required; ``app_version``, if
  given, must be the released version, else ``invalid-parameter``): the released version
  goes back to ``WAIT_RELEASE`` (approved, publishable again) with ``rollback_time``; the
  most recent earlier release that is still ``OFFLINE`` becomes ``RELEASE`` again
  (``shelf_time`` and ``rollback_time`` now, ``offline_time`` cleared), and the release
  history is cut back to it, so a second rollback goes one release further back. Nothing
  released, or no earlier release to return to: ``unsupport-operation`` (the operation's
  own list has no code for it; this one is Alipay's ``CommonErrorType``).
- ``info/delete``: removes an ``INIT`` version (else ``CAN_NOT_DELETE_WITHOUT_DEV``).
- ``sync`` pushes the released version, whichever publish made it
  (``SYNC_WITHOUT_ONLINE_ERROR`` otherwise), ``sync_type`` ``global`` or ``recent``
  (``SYNC_TYPE_NOT_EXIST``); ``modelforoffline/query`` answers with its ``sync_id``.
- ``condition/batchquery``: comma-separated ``version_status``, newest first, ``page_num``
  ≥ 1 (default 1), ``page_size`` 1 to 10 (default 10): ``INVALID_PAGE_NUM``,
  ``PAGE_NUM_LESS_ZERO``, ``PAGE_NUM_LESS_ONE``, ``INVALID_PAGE_SIZE`` (also 0),
  ``PAGE_SIZE_LESS_ZERO``, ``PAGE_SIZE_MORE_TEN``, ``INVALID_VERSION_STATUS``.

Times are ``yyyy-MM-dd HH:mm:ss`` in China time (UTC+8).

De-duplication (``dedupe=True``, the default): a request repeating an
``alipay-request-id`` gets the first answer again and is not applied twice; with
``dedupe=False`` (``alipay-mini emulator --no-dedupe``) every request is applied, which is
all Alipay documents, so a resend meets the operation's own rules.

All options are also attributes (``emu.review = "reject"``, ``emu.require_gray = True``,
``emu.dedupe = False``) and command-line options of ``alipay-mini emulator``
(``--review approve|reject|pending``, ``--reject-reason``, ``--require-gray``,
``--no-dedupe``); ``reset()`` restores the constructor's values.

``Emulator`` needs the ``emulator`` extra (Starlette and uvicorn) and is imported on
first use, so this package (and :mod:`.protocol`, :mod:`.pki`) stays importable without
it. The settings and record types below need only the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .faults import FAULT_KINDS, Faults
from .model import STATUSES, BundleState
from .records import RejectedRequest, RequestRecord, token_fingerprint
from .state import MiniAppState, VersionState

if TYPE_CHECKING:
    from .emulator import AppCredentials, Emulator

__all__ = [
    "FAULT_KINDS",
    "STATUSES",
    "AppCredentials",
    "BundleState",
    "Emulator",
    "Faults",
    "MiniAppState",
    "RejectedRequest",
    "RequestRecord",
    "VersionState",
    "token_fingerprint",
]

_EXTRA_MODULES = frozenset({"starlette", "uvicorn", "h11", "anyio"})


def __getattr__(name: str) -> Any:
    if name in ("Emulator", "AppCredentials"):
        try:
            from . import emulator
        except ImportError as exc:
            if (exc.name or "").partition(".")[0] in _EXTRA_MODULES:
                raise ImportError(
                    "The Alipay gateway emulator needs Starlette and uvicorn: "
                    "pip install 'alipay-innerversion[emulator]'"
                ) from exc
            raise
        value = getattr(emulator, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
