"""Property-based conformance: schemathesis drives the emulator's ASGI app (in process, no
network) from openapi.yaml, signing every request in a ``before_call`` hook, and checks that
no answer is a server error or strays from the spec — including the answers to requests
it deliberately gets wrong (negative mode)."""

from __future__ import annotations

import base64
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
import schemathesis
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from alipay_innerversion.emulator import Emulator
from alipay_innerversion.signing import sign_request
from alipay_innerversion_api.api import OPERATIONS as API_OPERATIONS

from ..conftest import ROOT, Keys
from .conftest import vector_emulator

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
# Every operation of the spec, read from the generated table (a new one is fuzzed too).
OPERATIONS = sorted((op.method, op.path) for op in API_OPERATIONS.values())
MAX_EXAMPLES = 25


class AlipaySigner(requests.auth.AuthBase):
    """Signs the prepared request — the exact path, query and body bytes that are sent.

    A request that schemathesis sends without ``Authorization`` (negative mode removes the
    security header on purpose) is left unsigned, so the gateway must refuse it.
    """

    def __init__(self, keys: Keys) -> None:
        self.keys = keys

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if "Authorization" not in request.headers:
            return request
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        assert isinstance(body, bytes)
        signed = sign_request(
            app_id=self.keys.app_id,
            private_key=self.keys.app_private,
            method=str(request.method),
            path_with_query=request.path_url,
            body=body,
        )
        request.headers["Authorization"] = signed.authorization
        request.headers["alipay-request-id"] = uuid.uuid4().hex
        return request


@pytest.fixture(scope="module")
def schema_emulator(keys: Keys) -> Emulator:
    return vector_emulator(keys)  # not started: schemathesis calls the ASGI app directly


@pytest.fixture(scope="module")
def schema(schema_emulator: Emulator) -> Any:
    loaded = schemathesis.openapi.from_path(ROOT / "openapi.yaml")
    loaded.app = schema_emulator.app
    return loaded


@pytest.fixture
def signing_hook(keys: Keys) -> Iterator[None]:
    signer = AlipaySigner(keys)

    def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
        kwargs["auth"] = signer

    schemathesis.hook("before_call")(before_call)
    try:
        yield
    finally:
        GLOBAL_HOOK_DISPATCHER.unregister(before_call)


def assert_signed(response: Any, emu: Emulator) -> None:
    """The answer verifies with the emulator's Alipay public key (headers are lists here)."""
    headers = {name: values[0] for name, values in response.headers.items()}
    content = b"\n".join(
        (headers["alipay-timestamp"].encode(), headers["alipay-nonce"].encode(), response.content)
    )
    emu.alipay_public_key.verify(
        base64.b64decode(headers["alipay-signature"]),
        content + b"\n",
        padding.PKCS1v15(),
        hashes.SHA256(),
    )


def run_cases(operation: Any, mode: GenerationMode, check: Callable[[Any, Any], None]) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def each(case: Any) -> None:
        check(case, case.call())

    each()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize(
    ("method", "path"), OPERATIONS, ids=[p.split("innerversion/", 1)[1] for _, p in OPERATIONS]
)
def test_emulator_conforms_to_openapi(
    schema: Any,
    schema_emulator: Emulator,
    signing_hook: None,
    method: str,
    path: str,
    mode: GenerationMode,
) -> None:
    schema_emulator.reset()
    answers: Counter[tuple[int, str]] = Counter()
    checks = CHECKS + ([negative_data_rejection] if mode is GenerationMode.NEGATIVE else [])

    def check(case: Any, response: Any) -> None:
        data = response.json()
        answers[
            (response.status_code, data.get("code", "") if response.status_code >= 300 else "")
        ] += 1
        assert_signed(response, schema_emulator)
        case.validate_response(response, checks=checks)

    run_cases(schema[path][method], mode, check)

    assert sum(answers.values()) >= 5
    statuses = {status for status, _ in answers}
    assert not any(status >= 500 for status in statuses)
    if mode is GenerationMode.POSITIVE:
        # the hook signed every request over the exact bytes sent: none failed verification
        assert statuses <= {200, 400}, answers
    else:
        assert statuses <= {400, 401}, answers
        assert 401 in statuses  # schemathesis dropped the Authorization header
    logged = schema_emulator.accepted() + schema_emulator.rejected()  # nothing unaccounted for
    assert len(logged) == sum(answers.values())
