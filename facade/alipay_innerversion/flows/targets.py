"""The apps a batch upgrade covers: :class:`BatchTarget` and reading them from a file
(CSV with a header, a JSON array, or JSON lines)."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (
    InvalidRequestError,
)

__all__ = ["BatchTarget", "read_targets", "token_fingerprint"]


def token_fingerprint(token: str | None) -> str | None:
    """A non-reversible tag of a token (SHA-256, 16 hex digits), safe to store and show."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16] if token else None


@dataclass(frozen=True)
class BatchTarget:
    """One mini program to upgrade, with the merchant's token if calling on its behalf."""

    mini_app_id: str
    app_auth_token: str | None = field(default=None, repr=False)
    bundle_id: str | None = None
    app_origin: str | None = None


_FIELDS = frozenset({"mini_app_id", "app_auth_token", "bundle_id", "app_origin"})
_JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})


def read_targets(path: Path) -> list[BatchTarget]:
    """Read the apps to upgrade from a file with the fields ``mini_app_id`` (required),
    ``app_auth_token``, ``bundle_id`` and ``app_origin``, in one of three forms:

    * CSV with a header row (spaces around names and values are ignored);
    * a JSON array of objects;
    * JSON lines: one object per line.

    The form is told from the content. Raises :class:`InvalidRequestError` naming the file
    and line (or item) of the first problem.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InvalidRequestError(f"cannot read apps file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidRequestError(f"{path.name} is not UTF-8 text.", hint=_FORMS_HINT) from None
    start = text.lstrip()[:1]
    if start == "[":
        rows = _json_array_rows(path, text)
    elif start == "{":
        rows = _json_lines_rows(path, text)
    elif path.suffix.lower() in _JSON_SUFFIXES:
        raise InvalidRequestError(
            f"{path.name} holds neither a JSON array of objects nor JSON lines.",
            hint=_FORMS_HINT,
        )
    else:
        rows = _csv_rows(path, text)
    targets: list[BatchTarget] = []
    seen: set[str] = set()
    for where, row in rows:
        unknown = set(row) - _FIELDS
        if unknown:
            raise InvalidRequestError(
                f"{where}: unknown field(s) {sorted(map(str, unknown))}",
                hint="The fields are mini_app_id, app_auth_token, bundle_id and app_origin.",
            )
        app_id = _optional_text(row.get("mini_app_id"))
        if not app_id:
            raise InvalidRequestError(f"{where}: mini_app_id is empty")
        if app_id in seen:
            raise InvalidRequestError(f"{where}: mini_app_id {app_id} appears twice")
        seen.add(app_id)
        targets.append(
            BatchTarget(
                mini_app_id=app_id,
                app_auth_token=_optional_text(row.get("app_auth_token")),
                bundle_id=_optional_text(row.get("bundle_id")),
                app_origin=_optional_text(row.get("app_origin")),
            )
        )
    if not targets:
        raise InvalidRequestError(f"{path.name} lists no mini programs.")
    return targets


_FORMS_HINT = (
    "Give a CSV file whose header row names a mini_app_id column (optional: app_auth_token, "
    "bundle_id, app_origin), a JSON array of objects with these fields, or JSON lines."
)


def _json_array_rows(path: Path, text: str) -> list[tuple[str, dict[str, object]]]:
    try:
        items = json.loads(text)
    except ValueError as exc:
        where = f"{path.name}:{exc.lineno}" if isinstance(exc, json.JSONDecodeError) else path.name
        raise InvalidRequestError(f"{where}: not valid JSON", hint=_FORMS_HINT) from None
    if not isinstance(items, list):
        raise InvalidRequestError(f"{path.name}: not a JSON array", hint=_FORMS_HINT)
    rows: list[tuple[str, dict[str, object]]] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InvalidRequestError(f"{path.name}: item {number} is not a JSON object")
        rows.append((f"{path.name}: item {number}", item))
    return rows


def _json_lines_rows(path: Path, text: str) -> list[tuple[str, dict[str, object]]]:
    rows: list[tuple[str, dict[str, object]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            raise InvalidRequestError(f"{path.name}:{number}: not a JSON object") from None
        if not isinstance(item, dict):
            raise InvalidRequestError(f"{path.name}:{number}: not a JSON object")
        rows.append((f"{path.name}:{number}", item))
    return rows


def _csv_rows(path: Path, text: str) -> list[tuple[str, dict[str, object]]]:
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is not None:
        reader.fieldnames = [name.strip() for name in reader.fieldnames]
    if not reader.fieldnames or "mini_app_id" not in reader.fieldnames:
        raise InvalidRequestError(
            f"{path.name} is not a CSV file whose header names a mini_app_id column, "
            "nor a JSON array or JSON lines.",
            hint=_FORMS_HINT,
        )
    rows: list[tuple[str, dict[str, object]]] = []
    for number, row in enumerate(reader, start=2):
        if None in row:
            raise InvalidRequestError(f"{path.name}:{number}: more values than header names")
        rows.append((f"{path.name}:{number}", dict(row)))
    return rows


def _optional_text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
