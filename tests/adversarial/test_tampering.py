"""The tampering battery: a man in the middle alters genuine Alipay responses; the SDK must
reject every alteration, in key and certificate mode, with and without AES, sync and async.

The emulator runs as a real server on loopback; :class:`~.tampering.TamperingProxy` sits
under the client's ``AlipayTransport``, forwards each signed request over HTTP, and hands
back a mutated copy of the genuine signed answer (see ``tampering.py`` for the mutation
classes and what counts as tampering). The run is seeded: the schedule of mutations is
fixed by :data:`SEED`.

Outcomes: *accepted* means the client returned a result, or raised an API error marked
verified (tampered content presented as Alipay's); a correct rejection is a
``SignatureError`` or ``DecryptionError``. One more outcome is correct: an error
response whose signature was removed is raised as an ``AlipayApiError`` marked
``verified=False`` (protocol.md section 4: non-2xx without a signature is "raise the API
error, marked unverified"), which presents nothing as verified. Anything else (a result,
a verified API error, another exception) fails the battery.

Genuine answers are interleaved as controls (they must be accepted), so a client that
rejects everything would fail too. Also here: unit tests of the response replay defence
(``ResponseNonceCache`` in the transport) and of the strict signature encoding.

Known limits of the protocol (not defects of the SDK, see the report): Alipay's response
signature covers neither the request nor the HTTP status, so a response the client never
received (withheld by the attacker) can still be delivered later as the answer to another
request, and a response's status code can be changed; the nonce cache only stops the
replay of responses this client already accepted.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import hashlib
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from alipay_innerversion import (
    AlipayApiError,
    AlipayConfig,
    AsyncInnerVersionClient,
    DecryptionError,
    InnerVersionClient,
    RedirectError,
    RetryPolicy,
    SignatureError,
)
from alipay_innerversion.emulator import Emulator, protocol
from alipay_innerversion.emulator.pki import CertificateSet, LocalCA, generate_rsa_key
from alipay_innerversion.signing import rsa_sign, rsa_verify
from alipay_innerversion.transport import AlipayTransport, ResponseNonceCache

from ..conftest import Keys
from .report import REPORT
from .tampering import (
    CLASSES,
    Context,
    ScheduledMutation,
    TamperingProxy,
    Wire,
    classes_for,
    mutate,
    schedule,
)

SEED = 20240611
DEBUG = bool(os.environ.get("TAMPERING_DEBUG"))  # print the rejections per class (with -s)
MODES = ["key", "key+aes", "cert", "cert+aes"]
PER_CLASS_SYNC = 5
PER_CLASS_ASYNC = 1
CONTROL_EVERY = 12  # a genuine answer after every this many mutations
MIN_PER_MODE = 250  # four modes: over 1,000 mutations per default run

MINI = "2021000000000001"
TEMPLATE_MINI = "2021000000000555"
V0 = "0.0.1"
BUNDLE = "com.alipay.alipaywallet"


# -- the environment of one mode ------------------------------------------------------------


@dataclass(frozen=True)
class Material:
    """Per-module key material: a key Alipay never signs with, and a second Alipay cert."""

    wrong_key: rsa.RSAPrivateKey
    certificates: CertificateSet
    second_alipay_cert: str  # issued by the same root, for wrong_key


@pytest.fixture(scope="module")
def material(keys: Keys) -> Material:
    wrong_key = generate_rsa_key()  # once per run: 2048-bit
    ca = LocalCA()
    return Material(
        wrong_key=wrong_key,
        certificates=CertificateSet(
            app_cert_pem=ca.issue_app_cert(keys.app_private, keys.app_id),
            alipay_cert_pem=ca.issue_alipay_cert(keys.alipay_private),
            root_bundle_pem=ca.root_bundle_pem,
        ),
        second_alipay_cert=ca.issue_alipay_cert(wrong_key),
    )


@dataclass
class Env:
    mode: str
    emu: Emulator
    config: AlipayConfig
    material: Material
    keys: Keys

    @property
    def cert_mode(self) -> bool:
        return self.mode.startswith("cert")

    @property
    def aes(self) -> bool:
        return self.mode.endswith("aes")

    def context(self, rng: random.Random) -> Context:
        sns = list(self.config.alipay_public_certs)
        genuine = self.emu.alipay_cert_sn
        return Context(
            rng=rng,
            cert_mode=self.cert_mode,
            wrong_keys=(self.material.wrong_key, self.keys.app_private),
            other_sn=next((sn for sn in sns if sn != genuine), None),
            app_sn=self.config.app_cert_sn,
            root_sn=self.config.alipay_root_cert_sn,
        )


@pytest.fixture(scope="module", params=MODES)
def env(request: pytest.FixtureRequest, keys: Keys, material: Material) -> Iterator[Env]:
    mode: str = request.param
    cert_mode = mode.startswith("cert")
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private,
        alipay_private_key=keys.alipay_private,
        encrypt_key=keys.encrypt_key_b64 if mode.endswith("aes") else None,
        certificates=material.certificates if cert_mode else None,
    ) as emu:
        overrides: dict[str, Any] = {}
        if cert_mode:  # two Alipay certificates, as during a rotation; the other one first
            assert emu.alipay_cert_pem is not None
            overrides["alipay_public_cert"] = material.second_alipay_cert + emu.alipay_cert_pem
        config = emu.client_config(**overrides)
        if cert_mode:
            assert len(config.alipay_public_certs) == 2
        with InnerVersionClient(config, max_retries=0) as client:  # V0 built and online
            uploaded = client.upload(
                mini_app_id=MINI,
                build_version=V0,
                source_url="https://example.invalid/v0.zip",
                wait=True,
                poll_interval=0.001,
            )
            assert uploaded.build is not None
            assert uploaded.build.is_final
            client.online(mini_app_id=MINI, app_online_version=V0)
        yield Env(mode, emu, config, material, keys)


# -- the calls the battery makes ---------------------------------------------------------------


def call_kinds(aes: bool) -> dict[str, tuple[str, bool]]:
    """Call kind -> (kind of response, whether its body holds JSON strings)."""
    post = "cipher" if aes else "plain"
    return {
        "upload": (post, True),
        "online": (post, False),
        "sync": (post, False),
        "upgrade": (post, False),
        "status": ("plain", True),  # a GET: never encrypted
        "error-online": ("error", True),  # 400 MINI_APP_VERSION_NOT_EXISTS
        "error-status": ("error", True),  # 400 POLLING_BUILD_VERSION_NOT_EXIST (GET)
        "error-500": ("error", True),
        "error-503": ("error", True),
        "error-429": ("error", True),
    }


_FAULTS = {"error-500": "500", "error-503": "503", "error-429": "rate-limit"}


def _arguments(kind: str, version: str, package_id: str) -> tuple[str, dict[str, Any]]:
    """(client method, keyword arguments) for a call kind."""
    if kind == "upload":
        return "upload", {
            "mini_app_id": MINI,
            "build_version": version,
            "source_url": "https://example.invalid/p.zip",
        }
    if kind == "online":
        return "online", {"mini_app_id": MINI, "app_online_version": V0}
    if kind == "sync":
        return "sync", {
            "mini_app_id": MINI,
            "app_version": V0,
            "sync_type": "global",
            "app_origin": "battery",
            "bundle_id": BUNDLE,
        }
    if kind == "status":
        return "upload_status", {"package_id": package_id}
    if kind == "error-online":
        return "online", {"mini_app_id": MINI, "app_online_version": "9.9.9"}
    if kind == "error-status":
        return "upload_status", {"package_id": "99999999"}
    return "upgrade", {  # upgrade, and the fault-injected errors
        "mini_app_id": TEMPLATE_MINI,
        "template_id": "tpl",
        "template_version": "1.2.3",
    }


# -- outcomes --------------------------------------------------------------------------------


@dataclass
class Tally:
    tried: Counter[str] = field(default_factory=Counter)
    accepted: Counter[str] = field(default_factory=Counter)
    not_tampering: Counter[str] = field(default_factory=Counter)
    unverified_errors: Counter[str] = field(default_factory=Counter)
    checks: dict[str, Counter[str]] = field(default_factory=dict)
    unexpected: list[str] = field(default_factory=list)
    failed_controls: list[str] = field(default_factory=list)
    controls: int = 0

    @property
    def total_tried(self) -> int:
        return sum(self.tried.values())

    @property
    def total_accepted(self) -> int:
        return sum(self.accepted.values())


class Battery:
    """Runs scheduled mutations through one client and its proxy, and tallies outcomes."""

    def __init__(
        self, env: Env, proxy: TamperingProxy, ctx: Context, tally: Tally, prefix: str
    ) -> None:
        self.env = env
        self.proxy = proxy
        self.ctx = ctx
        self.tally = tally
        self.prefix = prefix  # keeps build versions unique per client
        self.calls = call_kinds(env.aes)
        self._versions = 0
        self._mutated: Wire | None = None
        status = env.emu.mini_app(MINI).versions[V0]
        self.package_id = status.package_id

    # one call: what the proxy should do, then what the client did
    def prepare(self, kind: str, mutation: str | None) -> tuple[str, dict[str, Any]]:
        self.ctx.call_kind = kind
        self._mutated = None
        if kind in _FAULTS:
            self.env.emu.inject(_FAULTS[kind])
        self._versions += 1

        def plan(genuine: Wire) -> Wire:
            self.ctx.captured.append(genuine)
            if mutation is None:
                return genuine
            self._mutated = mutate(mutation, genuine, self.ctx)
            return self._mutated if self._mutated is not None else genuine

        self.proxy.plan = plan
        return _arguments(kind, f"{self.prefix}.{self._versions}.0", self.package_id)

    def record_control(self, kind: str, result: object | None, exc: BaseException | None) -> None:
        """A genuine answer: a result, or (error kinds) a verified API error."""
        self.tally.controls += 1
        served = self.proxy.served
        assert served is not None
        expect_error = self.calls[kind][0] == "error"
        ok = (
            isinstance(exc, AlipayApiError) and exc.verified
            if expect_error
            else exc is None and result is not None
        )
        if ok:
            self.ctx.accepted.append((kind, served))
        else:
            self.tally.failed_controls.append(f"{kind}: {exc!r}")

    def record(
        self, sched: ScheduledMutation, result: object | None, exc: BaseException | None
    ) -> None:
        name = sched.mutation
        genuine, served = self.proxy.genuine, self.proxy.served
        assert genuine is not None
        assert served is not None
        cert = self.env.cert_mode
        if self._mutated is None or served.fingerprint(cert) == genuine.fingerprint(cert):
            self.tally.not_tampering[name] += 1  # tried, not counted
            if exc is None or (isinstance(exc, AlipayApiError) and exc.verified):
                self.ctx.accepted.append((sched.call, served))
            return
        self.tally.tried[name] += 1
        where = f"{self.env.mode}/{self.prefix}/{name}/{sched.call}"
        if exc is None:
            self.tally.accepted[name] += 1
            self.tally.unexpected.append(f"{where}: accepted, returned {result!r}")
        elif isinstance(exc, SignatureError | DecryptionError):
            check = getattr(exc, "check", "decryption")
            self.tally.checks.setdefault(name, Counter())[check] += 1
            if name.startswith("replay.") and check != "replay":
                self.tally.unexpected.append(f"{where}: rejected by {check!r}, not as a replay")
        elif isinstance(exc, AlipayApiError):
            unsigned = not (served.get("alipay-signature") or "").strip(" \t")
            if exc.verified:
                self.tally.accepted[name] += 1
                self.tally.unexpected.append(f"{where}: verified API error {exc!r}")
            elif served.status >= 300 and unsigned:
                self.tally.unverified_errors[name] += 1
            else:
                self.tally.unexpected.append(f"{where}: unverified API error {exc!r}")
        else:
            self.tally.unexpected.append(f"{where}: {type(exc).__name__}: {exc}")


def run_sync(battery: Battery, client: InnerVersionClient, plan: list[ScheduledMutation]) -> None:
    def invoke(kind: str, mutation: str | None) -> tuple[object | None, BaseException | None]:
        method, kwargs = battery.prepare(kind, mutation)
        try:
            return getattr(client, method)(**kwargs), None
        except Exception as exc:  # classified by the caller
            return None, exc

    rng = battery.ctx.rng
    for kind in battery.calls:  # warm-up: one genuine answer of each kind
        battery.record_control(kind, *invoke(kind, None))
    for n, sched in enumerate(plan, 1):
        battery.record(sched, *invoke(sched.call, sched.mutation))
        if n % CONTROL_EVERY == 0:
            kind = rng.choice(sorted(battery.calls))
            battery.record_control(kind, *invoke(kind, None))


async def run_async(
    battery: Battery, client: AsyncInnerVersionClient, plan: list[ScheduledMutation]
) -> None:
    async def invoke(kind: str, mutation: str | None) -> tuple[object | None, BaseException | None]:
        method, kwargs = battery.prepare(kind, mutation)
        call: Callable[..., Awaitable[object]] = getattr(client, method)
        try:
            return await call(**kwargs), None
        except Exception as exc:  # classified by the caller
            return None, exc

    rng = battery.ctx.rng
    for kind in battery.calls:
        battery.record_control(kind, *await invoke(kind, None))
    for n, sched in enumerate(plan, 1):
        battery.record(sched, *await invoke(sched.call, sched.mutation))
        if n % CONTROL_EVERY == 0:
            kind = rng.choice(sorted(battery.calls))
            battery.record_control(kind, *await invoke(kind, None))


def _plan(env: Env, rng: random.Random, per_class: int) -> list[ScheduledMutation]:
    return schedule(rng, calls=call_kinds(env.aes), cert_mode=env.cert_mode, per_class=per_class)


# -- the battery -----------------------------------------------------------------------------


def test_tampering_battery(env: Env) -> None:
    """Every mutation of every class is rejected, in this mode, sync and async."""
    started = time.perf_counter()
    tally = Tally()

    rng = random.Random(f"{SEED}:{env.mode}:sync")
    proxy = TamperingProxy()
    with InnerVersionClient(env.config, max_retries=0, transport=proxy) as client:
        battery = Battery(env, proxy, env.context(rng), tally, prefix="1")
        run_sync(battery, client, _plan(env, rng, PER_CLASS_SYNC))
        if env.cert_mode:
            _second_certificate_is_trusted(battery, client)

    async def run() -> None:
        rng = random.Random(f"{SEED}:{env.mode}:async")
        proxy = TamperingProxy()
        async with AsyncInnerVersionClient(env.config, max_retries=0, transport=proxy) as client:
            battery = Battery(env, proxy, env.context(rng), tally, prefix="2")
            await run_async(battery, client, _plan(env, rng, PER_CLASS_ASYNC))

    asyncio.run(run())

    REPORT.add("mutations_tried", tally.total_tried)
    REPORT.add("mutations_accepted", tally.total_accepted)
    elapsed = time.perf_counter() - started
    print(  # shown with -s: the figures of this mode
        f"\n{env.mode}: {tally.total_tried} mutations tried, {tally.total_accepted} accepted, "
        f"{sum(tally.not_tampering.values())} not tampering, {tally.controls} controls, "
        f"{sum(tally.unverified_errors.values())} unsigned errors raised unverified, "
        f"{elapsed:.1f} s; not tampering: {dict(tally.not_tampering)}"
    )
    if DEBUG:
        for name in sorted(tally.checks):
            print(f"  {name}: tried {tally.tried[name]}, rejected by {dict(tally.checks[name])}")

    assert tally.unexpected == []
    assert tally.failed_controls == []
    assert tally.total_accepted == 0
    kinds = sorted({kind for kind, _ in call_kinds(env.aes).values()})
    required = classes_for(kinds, env.cert_mode)
    assert [name for name in required if tally.tried[name] == 0] == []
    assert tally.total_tried >= MIN_PER_MODE
    # the replay defence, not some other check, stops every replay
    for name, checks in tally.checks.items():
        if name.startswith("replay."):
            assert set(checks) == {"replay"}, (name, checks)
    # only stripping the signature off an error yields an (unverified) API error
    assert set(tally.unverified_errors) <= {"error.unsigned-forgery", "sig.removed", "sig.empty"}


def _second_certificate_is_trusted(battery: Battery, client: InnerVersionClient) -> None:
    """Control: a response signed with the second configured certificate's key verifies,
    so the alipay-sn mutations that point at it fail on the signature, not on config."""
    ctx = battery.ctx
    for _ in range(3):
        battery.prepare("upgrade", None)

        def plan(genuine: Wire) -> Wire:
            signed = protocol.response_headers(
                genuine.body,
                battery.env.material.wrong_key,
                trace_id="second-cert",
                alipay_sn=ctx.other_sn,
            )
            wire = genuine
            for name, value in signed.items():
                wire = wire.with_header(name, value)
            return wire

        battery.proxy.plan = plan
        assert client.upgrade(mini_app_id=TEMPLATE_MINI, template_id="t", template_version="1.2.3")


STATUS_RELABELS = {"success": (302, 400, 404, 429, 500, 503), "error": (200, 201, 204)}


def test_a_relabelled_status_is_rejected(env: Env) -> None:
    """Alipay's signature does not cover the HTTP status, so a man in the middle can turn
    a failed call into a 200 (an ``online`` that did not happen would look done) or a
    success into an error. The signed body says which it is; the SDK checks they agree.

    Not counted in ``mutations_tried``: the signed bytes and the signature are unchanged.
    Relabelling one error status as another (400 as 503) is not detectable this way and
    is not tried: the body's code stays genuine and verified.
    """
    rng = random.Random(f"{SEED}:{env.mode}:status")
    proxy = TamperingProxy()
    checks: Counter[str] = Counter()
    with InnerVersionClient(env.config, max_retries=0, transport=proxy) as client:
        battery = Battery(env, proxy, env.context(rng), Tally(), prefix="3")
        for kind in sorted(battery.calls):
            failing = battery.calls[kind][0] == "error"
            for status in rng.sample(STATUS_RELABELS["error" if failing else "success"], 2):
                method, kwargs = battery.prepare(kind, None)
                proxy.plan = lambda wire, status=status: dataclasses.replace(wire, status=status)
                with pytest.raises((SignatureError, RedirectError)) as info:
                    getattr(client, method)(**kwargs)
                checks[getattr(info.value, "check", "redirect")] += 1
    # "body": in AES mode a plain JSON error under 200 is caught as "not ciphertext" first;
    # "redirect": a success relabelled 302 is refused as a redirect, before its body is read
    assert set(checks) <= {"status", "body", "redirect"}
    assert checks["status"] > 0


def test_the_battery_covers_every_class_and_kind() -> None:
    """All mutation groups are scheduled somewhere across the four modes."""
    covered: set[str] = set()
    for mode in MODES:
        env_like = call_kinds(mode.endswith("aes"))
        kinds = sorted({kind for kind, _ in env_like.values()})
        covered |= set(classes_for(kinds, mode.startswith("cert")))
    assert covered == set(CLASSES)
    groups = {name.split(".")[0] for name in CLASSES}
    assert groups == {"body", "ts", "nonce", "sig", "key", "error", "sn", "replay"}
    for required in (
        "body.first-byte",
        "body.last-byte",
        "body.middle-bit",
        "body.json-string",
        "body.whitespace",
        "body.append",
        "body.truncate",
        "body.ciphertext-bit",
        "ts.removed",
        "nonce.removed",
        "sig.removed",
        "sig.bit-flip",
        "sig.truncate",
        "sig.base64url",
        "sig.strip-padding",
        "sig.whitespace",
        "sig.other-response",
        "error.forged-signature",
        "key.other-key",
        "sn.other-configured-cert",
        "sn.app-cert",
        "sn.garbage",
        "sn.removed",
        "replay.previous",
    ):
        assert required in CLASSES


def test_the_schedule_is_a_function_of_the_seed() -> None:
    def digest(mode: str) -> str:
        rng = random.Random(f"{SEED}:{mode}:sync")
        plan = schedule(
            rng,
            calls=call_kinds(mode.endswith("aes")),
            cert_mode=mode.startswith("cert"),
            per_class=PER_CLASS_SYNC,
        )
        return hashlib.sha256(repr(plan).encode()).hexdigest()

    for mode in MODES:
        assert digest(mode) == digest(mode)
    assert len({digest(mode) for mode in MODES}) == len(MODES)


# -- the replay defence: unit tests --------------------------------------------------------------


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_nonce_cache_rejects_a_nonce_seen_within_the_window() -> None:
    clock = Clock(1_000.0)
    cache = ResponseNonceCache(60.0, clock=clock)
    assert cache.add("n1", signed_at=1_000.0)
    assert not cache.add("n1", signed_at=1_000.0)
    assert cache.add("n2", signed_at=1_000.0)
    assert "n1" in cache
    assert len(cache) == 2


def test_nonce_cache_expires_entries_after_the_window() -> None:
    clock = Clock(1_000.0)
    cache = ResponseNonceCache(60.0, clock=clock)
    assert cache.add("old", signed_at=995.0)  # expires at 1055
    assert cache.add("later", signed_at=1_030.0)  # expires at 1090
    clock.now = 1_055.0
    assert "old" in cache  # still inside the window: a replay would verify
    clock.now = 1_056.0
    assert "old" not in cache
    assert cache.add("new", signed_at=1_056.0)  # purges what expired
    assert len(cache) == 2
    clock.now = 2_000.0
    assert cache.add("old", signed_at=2_000.0)  # the same nonce long after: not a replay
    assert len(cache) == 1


def test_nonce_cache_stays_bounded() -> None:
    clock = Clock(1_000.0)
    cache = ResponseNonceCache(900.0, max_entries=100, clock=clock)
    for n in range(1_000):
        assert cache.add(f"n{n}", signed_at=1_000.0)
    assert len(cache) == 100
    assert "n999" in cache
    assert "n0" not in cache  # the oldest went first
    assert not cache.add("n950", signed_at=1_000.0)
    with pytest.raises(ValueError, match="positive"):
        ResponseNonceCache(0)
    with pytest.raises(ValueError, match="max_entries"):
        ResponseNonceCache(60.0, max_entries=0)


def test_nonce_cache_is_thread_safe() -> None:
    cache = ResponseNonceCache(900.0)
    firsts: list[int] = []
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        firsts.append(sum(cache.add(f"n{n}", signed_at=time.time()) for n in range(2_000)))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(firsts) == 2_000  # each nonce accepted exactly once
    assert len(cache) == 2_000


def _signed_response(
    keys: Keys, body: bytes = b'{"build_status":"1"}', status: int = 200, nonce: str | None = None
) -> Wire:
    headers = protocol.response_headers(body, keys.alipay_private, trace_id="t-1", nonce=nonce)
    return Wire(status, tuple(headers.items()), body)


def _transport(config: AlipayConfig, answers: list[Wire]) -> AlipayTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0).to_response(request)

    return AlipayTransport(
        config,
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_retries=0),
    )


def _post(transport: AlipayTransport) -> httpx.Response:
    with httpx.Client(transport=transport, base_url="https://openapi.alipay.com") as http:
        return http.post("/v3/alipay/open/mini/innerversion/online", json={"mini_app_id": "1"})


def test_a_replayed_response_is_rejected(key_config: AlipayConfig, keys: Keys) -> None:
    genuine = _signed_response(keys)
    fresh = _signed_response(keys)
    transport = _transport(key_config, [genuine, genuine, fresh])
    assert _post(transport).status_code == 200
    with pytest.raises(SignatureError, match="Replayed response") as info:
        _post(transport)
    err = info.value
    assert err.check == "replay"
    assert err.trace_id == "t-1"
    assert "trace id: t-1" in str(err)
    # a replayed answer says nothing of the call: check its state, then repeat it
    assert "outcome is unknown" in str(err)
    assert "repeating it with the same request id" in str(err)
    assert err.request_id
    assert _post(transport).status_code == 200  # a fresh response is accepted


def test_a_replayed_error_is_a_signature_error_not_the_business_error(
    key_config: AlipayConfig, keys: Keys
) -> None:
    error = _signed_response(keys, b'{"code":"SYSTEM_ERROR","message":"busy"}', status=503)
    transport = _transport(key_config, [error, error])
    with pytest.raises(AlipayApiError) as first:
        _post(transport)
    assert first.value.verified
    with pytest.raises(SignatureError) as second:
        _post(transport)
    assert second.value.check == "replay"
    assert second.value.http_status == 503


def test_only_a_verified_response_records_its_nonce(key_config: AlipayConfig, keys: Keys) -> None:
    genuine = _signed_response(keys)
    forged = genuine.with_body(b'{"build_status":"3"}')  # same nonce, bad signature
    transport = _transport(key_config, [forged, genuine, genuine])
    with pytest.raises(SignatureError) as info:
        _post(transport)
    assert info.value.check == "signature"
    assert _post(transport).status_code == 200  # the forgery did not burn the nonce
    with pytest.raises(SignatureError, match="Replayed"):
        _post(transport)


def test_replays_are_rejected_on_the_async_path(key_config: AlipayConfig, keys: Keys) -> None:
    genuine = _signed_response(keys)
    transport = _transport(key_config, [genuine, genuine, genuine])

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=transport, base_url="https://openapi.alipay.com"
        ) as http:
            return await http.post("/v3/alipay/open/mini/innerversion/sync", json={"a": "1"})

    assert asyncio.run(post()).status_code == 200
    with pytest.raises(SignatureError, match="Replayed"):
        asyncio.run(post())


def test_every_transport_in_the_process_shares_one_record(
    key_config: AlipayConfig, keys: Keys
) -> None:
    """Issue 18 item 10: an answer accepted by one transport (client) is refused by a new
    one in the same process, from another thread too."""
    genuine = _signed_response(keys)
    assert _post(_transport(key_config, [genuine])).status_code == 200
    with pytest.raises(SignatureError, match="Replayed") as info:
        _post(_transport(key_config, [genuine]))
    assert info.value.check == "replay"
    errors: list[BaseException] = []

    def other_thread() -> None:
        try:
            _post(_transport(key_config, [genuine]))
        except BaseException as exc:  # the assertion is in the main thread
            errors.append(exc)

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert len(errors) == 1
    assert isinstance(errors[0], SignatureError)


def test_repeated_request_id_is_answered_with_a_fresh_nonce(keys: Keys) -> None:
    """The emulator's idempotent replay signs the stored answer afresh: not a replay."""
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private,
        alipay_private_key=keys.alipay_private,
    ) as emu:
        proxy = TamperingProxy()
        with InnerVersionClient(emu.client_config(), max_retries=0, transport=proxy) as client:
            nonces = []
            for _ in range(2):
                client.upgrade(
                    mini_app_id=TEMPLATE_MINI,
                    template_id="tpl",
                    template_version="1.2.3",
                    request_id="same-logical-request",
                )
                assert proxy.genuine is not None
                nonces.append(proxy.genuine.get("alipay-nonce"))
        records = emu.accepted(request_id="same-logical-request")
    assert [r.replay for r in records] == [False, True]
    assert nonces[0] != nonces[1]


# -- the signature encoding ------------------------------------------------------------------


def test_only_canonical_base64_signatures_verify(keys: Keys) -> None:
    content = b"1700000000000\nnonce\n{}\n"
    sig = rsa_sign(content, keys.alipay_private)
    raw = base64.b64decode(sig)
    assert rsa_verify(content, sig, keys.alipay_public)
    assert rsa_verify(content, f" {sig}\t", keys.alipay_public)  # OWS is not the value
    pad = len(sig) - len(sig.rstrip("="))
    last = sig[-pad - 1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    non_canonical = sig[: -pad - 1] + alphabet[alphabet.index(last) | 1] + sig[-pad:]
    assert base64.b64decode(non_canonical) == raw  # same bytes, other spelling
    for variant in (
        non_canonical,
        sig.rstrip("="),
        base64.urlsafe_b64encode(raw).decode() if {"+", "/"} & set(sig) else sig + "=",
        sig[:100] + " " + sig[100:],
        sig + "\n",
        raw.hex(),
    ):
        assert not rsa_verify(content, variant, keys.alipay_public), variant
