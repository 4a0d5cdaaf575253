"""The friendly layer, written once: each helper is a generator of steps.

A flow yields :class:`Call` (run an operation of the spec, send back its result) and
:class:`Sleep` steps and returns its result; it does no I/O itself. The sync client runs
the steps with blocking calls and ``time.sleep``, the async client awaits them, so the
logic of uploads, build and review waits and paging exists once (sans-I/O, as in h11 or
httpcore's design). :mod:`.builds` holds uploads and build waits, :mod:`.versions`
reviews and version listings.
"""

from .builds import UploadOptions, upload, upload_status, wait_for_build
from .release import ReleaseResult, release
from .steps import Call, Context, Done, Failed, Flow, ProgressCallback, Sleep, advance
from .versions import list_versions, wait_for_audit

__all__ = [
    "Call",
    "Context",
    "Done",
    "Failed",
    "Flow",
    "ProgressCallback",
    "ReleaseResult",
    "Sleep",
    "UploadOptions",
    "advance",
    "list_versions",
    "release",
    "upload",
    "upload_status",
    "wait_for_audit",
    "wait_for_build",
]
