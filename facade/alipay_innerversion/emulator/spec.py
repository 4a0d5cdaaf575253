"""The operations the emulator serves, read from the spec the project generates from.

For each operation: HTTP method, path, the request fields (JSON body) or query parameters
with their types, and its error codes (its error model's ``x-known-codes``), all taken from
``alipay_innerversion_api.api.OPERATIONS``, which ``make gen`` makes from ``openapi.yaml``:
an operation or field added to the spec is served after ``make gen`` alone. Alipay's
gateway knows its own API; the emulator's independence from the client is in how it
verifies and signs (:mod:`.protocol`), not in a second copy of the field lists.

Field types: ``string``, ``boolean``, ``integer``, ``number``, ``object``,
``array:string`` and ``array:object``. Handlers refuse a request only with a code of its
operation's list or of ``COMMON_CODES`` (Alipay's ``CommonErrorType``):
:meth:`OperationSpec.allows`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from alipay_innerversion_api.api import COMMON_ERROR_CODES, GROUP, Parameter
from alipay_innerversion_api.api import OPERATIONS as GENERATED

__all__ = ["COMMON_CODES", "OPERATIONS", "PREFIX", "OperationSpec"]

PREFIX: Final = "/v3/alipay/open/mini/innerversion"
_GROUP_ID = GROUP.replace("_", ".") + "."


@dataclass(frozen=True)
class OperationSpec:
    """One operation: ``method``, ``path``, ``fields`` (name -> type), error ``codes``."""

    name: str
    method: str
    path: str
    fields: Mapping[str, str]
    codes: frozenset[str]

    @property
    def in_query(self) -> bool:
        """GET and DELETE carry their fields in the query string (and have no body)."""
        return self.method in ("GET", "DELETE")

    def allows(self, code: str) -> bool:
        return code in self.codes or code in COMMON_CODES


def _type(parameter: Parameter) -> str:
    if parameter.kind == "array":
        return "array:object" if parameter.item_model is not None else "array:string"
    return parameter.kind


COMMON_CODES: Final = COMMON_ERROR_CODES

OPERATIONS: Final[Mapping[str, OperationSpec]] = MappingProxyType(
    {
        (name := operation.operation_id.removeprefix(_GROUP_ID)): OperationSpec(
            name=name,
            method=operation.method,
            path=operation.path,
            fields=MappingProxyType({p.name: _type(p) for p in operation.parameters}),
            codes=operation.error_codes,
        )
        for operation in GENERATED.values()
    }
)
"""Operation name (``audit.submit``) -> its :class:`OperationSpec`."""
