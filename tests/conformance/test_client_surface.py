"""The public surface of both clients: real signatures, the same methods on each.

Every public method of ``InnerVersionClient`` and ``AsyncInnerVersionClient`` (and both
constructors) has named, typed parameters (no ``*args``/``**kwargs``) and a docstring, so
``help()``, IDEs, mypy and the docs site show what it takes. The async client has every
public method of the sync one, with the same parameters, as a coroutine. The helpers'
parameters are those of the flows they run (``alipay_innerversion.flows``), defaults
included, so the two cannot drift apart.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from alipay_innerversion import AsyncInnerVersionClient, InnerVersionClient, flows
from alipay_innerversion.flows.waits import DEFAULT_WAIT_TIMEOUT
from alipay_innerversion_api.api import OPERATIONS, CallOptions

HELPERS = (
    "upload",
    "upload_status",
    "wait_for_build",
    "wait_for_audit",
    "list_versions",
    "release",
)
SYNC_ONLY = {"close": "aclose"}  # the sync name and its async twin


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


@pytest.mark.parametrize("cls", [InnerVersionClient, AsyncInnerVersionClient])
def test_every_public_method_has_a_real_signature(cls: type) -> None:
    methods = {**public_methods(cls), "__init__": cls.__init__}
    for name, method in methods.items():
        variadic = [
            p.name
            for p in inspect.signature(method).parameters.values()
            if p.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        ]
        assert not variadic, f"{cls.__name__}.{name} takes *{variadic}"
        assert inspect.getdoc(method), f"{cls.__name__}.{name} has no docstring"


def test_the_async_client_has_every_method_of_the_sync_one() -> None:
    sync, async_ = public_methods(InnerVersionClient), public_methods(AsyncInnerVersionClient)
    for name, method in sync.items():
        twin_name = SYNC_ONLY.get(name, name)
        assert twin_name in async_, f"AsyncInnerVersionClient has no {twin_name}"
        twin = async_[twin_name]
        assert inspect.signature(twin).parameters.keys() == (
            inspect.signature(method).parameters.keys()
        ), name
        for param in inspect.signature(method).parameters.values():
            other = inspect.signature(twin).parameters[param.name]
            assert (other.kind, other.default) == (param.kind, param.default), (name, param)
        if inspect.iscoroutinefunction(twin) is False:
            assert name in ("with_options",), f"{twin_name} is not a coroutine"


@pytest.mark.parametrize("name", HELPERS)
def test_the_helpers_take_what_their_flows_take(name: str) -> None:
    method = inspect.signature(getattr(InnerVersionClient, name)).parameters
    flow = inspect.signature(getattr(flows, name)).parameters
    ours = {k: p.default for k, p in method.items() if k != "self"}
    if name == "upload":  # generated: the operation's fields, the flow's keywords, options
        friendly = {k for k, p in flow.items() if p.kind is p.KEYWORD_ONLY and k != "options"}
        wanted = {p.python_name for p in OPERATIONS["upload"].parameters} | friendly
        wanted |= set(inspect.signature(CallOptions).parameters)
        assert set(ours) == wanted
        assert ours["wait_timeout"] == DEFAULT_WAIT_TIMEOUT
        assert ours["wait"] is False
        return
    theirs = {k: p.default for k, p in flow.items() if k != "ctx"}
    assert ours == theirs
