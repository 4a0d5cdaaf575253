"""``Emulator``: keys, apps, the ASGI app, a server thread, and the inspection API in one object.

::

    with Emulator() as emu:
        config = emu.client_config()       # an AlipayConfig that talks to this emulator
        ...                                  # run the code under test against emu.base_url
        assert emu.mini_app("2021...").online_version == "1.0.0"

Keys are generated unless given (pass existing keys in tests: RSA generation is slow).
Nothing here logs keys, AES keys or app auth tokens, and ``repr`` shows none of them.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.applications import Starlette

from ..certs import cert_sn, load_certificates, root_cert_sn
from ..keys import KeyInput, load_private_key, load_public_key, same_public_key
from .app import create_app
from .credentials import AppCredentials, encrypt_key_bytes, pem_from_der
from .faults import Faults
from .gateway import TIMESTAMP_WINDOW, Gateway, RegisteredApp
from .inspection import Inspection
from .pki import CertificateSet, LocalCA, generate_rsa_key, private_key_pem, public_key_pem
from .records import RequestLog
from .server import ServerThread
from .state import DEFAULT_REJECT_REASON, Platform

if TYPE_CHECKING:
    from ..config import AlipayConfig

__all__ = ["DEFAULT_APP_ID", "AppCredentials", "Emulator"]

DEFAULT_APP_ID = "2021000000000001"


class Emulator(Inspection):
    """A local Alipay v3 gateway for the innerversion API, with state, faults and a log.

    Options: ``app_id`` (the first registered app); ``app_public_key`` (any form
    ``AlipayConfig`` accepts; then no app private key exists here and
    :meth:`client_config` needs ``private_key=``) or ``app_private_key`` (its public key
    is registered; generated when neither is given); ``alipay_private_key`` (generated
    when not given); ``encrypt_key`` (base64 AES key, or True to generate one);
    ``cert_mode`` (certificates issued by a throw-away root, or the given
    ``certificates``, whose Alipay certificate must hold ``alipay_private_key``'s public
    key); ``app_auth_tokens`` (the valid tokens; None accepts any); ``polls_per_step``
    (uploadstatus polls per build step); ``host`` and ``port`` (0: a free port);
    ``faults``; ``timestamp_window`` (seconds); ``log_level`` (uvicorn's).

    Lifecycle options (also attributes, changeable while it runs; :meth:`reset` restores
    the values given here): ``review`` — what the reviewer does with a submitted version:
    ``approve`` (default), ``reject`` (``AUDIT_REJECT`` with ``reject_reason``) or
    ``pending`` (it waits for :meth:`decide_review`); ``require_gray`` — ``online/publish``
    needs a gray stage first; ``dedupe`` — answer a repeated ``alipay-request-id`` from the
    first answer instead of applying it again (default True; False: every request applies,
    as Alipay promises nothing else); ``templates`` — template id -> its versions on or off
    the shelf (None: any template exists); ``accept_unknown_fields`` — let a top-level body
    field or query parameter the spec does not know through (default False: it is refused
    with ``invalid-parameter`` naming it, so a typo or an ``extra_body`` field fails a test;
    Alipay's docs do not say what its gateway does).
    """

    def __init__(
        self,
        *,
        app_id: str = DEFAULT_APP_ID,
        app_public_key: KeyInput | None = None,
        app_private_key: KeyInput | None = None,
        alipay_private_key: KeyInput | None = None,
        encrypt_key: str | bytes | bool | None = None,
        cert_mode: bool = False,
        certificates: CertificateSet | None = None,
        app_auth_tokens: Iterable[str] | None = None,
        polls_per_step: int = 1,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: Faults | None = None,
        timestamp_window: float = TIMESTAMP_WINDOW,
        log_level: str = "warning",
        review: str = "approve",
        reject_reason: str = DEFAULT_REJECT_REASON,
        require_gray: bool = False,
        dedupe: bool = True,
        templates: Mapping[str, Iterable[str]] | None = None,
        accept_unknown_fields: bool = False,
    ) -> None:
        if alipay_private_key is None:
            self._alipay_key = generate_rsa_key()
            self._alipay_key_generated = True
        else:
            self._alipay_key = load_private_key(
                alipay_private_key, argument="alipay_private_key"
            ).key
            self._alipay_key_generated = False

        self._ca: LocalCA | None = None
        self._alipay_cert_pem: str | None = None
        self._root_cert_pem: str | None = None
        alipay_sn = root_sn = None
        if certificates is not None or cert_mode:
            if certificates is not None:
                alipay_cert = load_certificates(certificates.alipay_cert_pem)[0].certificate
                if alipay_cert is None or not same_public_key(
                    load_public_key(alipay_cert, argument="certificates.alipay_cert_pem").key,
                    self._alipay_key.public_key(),
                ):
                    raise ValueError(
                        "certificates.alipay_cert_pem does not hold alipay_private_key's public key"
                    )
                self._alipay_cert_pem = certificates.alipay_cert_pem
                self._root_cert_pem = certificates.root_bundle_pem
            else:
                self._ca = LocalCA()
                self._alipay_cert_pem = self._ca.issue_alipay_cert(self._alipay_key)
                self._root_cert_pem = self._ca.root_bundle_pem
            alipay_sn = cert_sn(self._alipay_cert_pem, argument="alipay certificate")
            root_sn = root_cert_sn(self._root_cert_pem)

        self._faults = faults if faults is not None else Faults()
        self.platform = Platform(
            polls_per_step=polls_per_step,
            review=review,
            reject_reason=reject_reason,
            require_gray=require_gray,
            templates=templates,
            accept_unknown_fields=accept_unknown_fields,
        )
        self.log = RequestLog()
        self.gateway = Gateway(
            alipay_private_key=self._alipay_key,
            platform=self.platform,
            log=self.log,
            alipay_cert_sn=alipay_sn,
            root_cert_sn=root_sn,
            timestamp_window=timestamp_window,
            dedupe=dedupe,
        )
        self._dedupe = dedupe
        self._credentials: dict[str, AppCredentials] = {}
        self.app_id = app_id
        self.add_app(
            app_id,
            app_public_key=app_public_key,
            app_private_key=app_private_key,
            encrypt_key=encrypt_key,
            app_cert=certificates.app_cert_pem if certificates is not None else None,
            app_auth_tokens=app_auth_tokens,
        )
        self.app: Starlette = create_app(self.gateway, self._faults, self)
        """The ASGI app (usable without starting the server, e.g. in-process tests)."""
        self._server = ServerThread(self.app, host=host, port=port, log_level=log_level)

    # -- apps ------------------------------------------------------------------------------
    def add_app(
        self,
        app_id: str,
        *,
        app_public_key: KeyInput | None = None,
        app_private_key: KeyInput | None = None,
        encrypt_key: str | bytes | bool | None = None,
        app_cert: str | bytes | os.PathLike[str] | None = None,
        app_auth_tokens: Iterable[str] | None = None,
    ) -> AppCredentials:
        """Register (or replace) an app; state is kept per app id.

        Without keys a private key is generated. In certificate mode an app certificate
        is issued unless ``app_cert`` is given (it must hold the app's public key).
        """
        if not app_id or not app_id.strip():
            raise ValueError("app_id is empty")
        private: rsa.RSAPrivateKey | None = None
        if app_private_key is not None:
            private = load_private_key(app_private_key, argument="app_private_key").key
        if app_public_key is not None:
            public = load_public_key(app_public_key, argument="app_public_key").key
            if private is not None and not same_public_key(public, private.public_key()):
                raise ValueError("app_public_key and app_private_key are not a key pair")
        else:
            private = private or generate_rsa_key()
            public = private.public_key()

        aes = encrypt_key_bytes(encrypt_key)
        cert_pem = app_sn = None
        if self.gateway.root_cert_sn is not None:
            if app_cert is not None:
                info = load_certificates(app_cert, argument="app_cert")[0]
                if info.certificate is None or not same_public_key(
                    load_public_key(info.certificate, argument="app_cert").key, public
                ):
                    raise ValueError(f"app_cert of app {app_id} does not hold the app public key")
                cert_pem = pem_from_der(info.der)
            elif self._ca is not None:
                cert_pem = self._ca.issue_app_cert(public, app_id)
            else:
                raise ValueError(
                    "certificates were given, so additional apps need app_cert= (a certificate "
                    "issued by the same root)"
                )
            app_sn = cert_sn(cert_pem, argument="app_cert")
        if isinstance(app_auth_tokens, str):
            app_auth_tokens = [app_auth_tokens]  # one token, not its characters
        tokens = frozenset(app_auth_tokens) if app_auth_tokens is not None else None
        credentials = AppCredentials(
            app_id=app_id,
            app_public_key=public,
            app_private_key=private,
            encrypt_key=base64.b64encode(aes).decode("ascii") if aes else None,
            app_cert_pem=cert_pem,
            app_cert_sn=app_sn,
            app_auth_tokens=tokens,
        )
        self.gateway.add_app(
            RegisteredApp(
                app_id=app_id,
                app_public_key=public,
                encrypt_key=aes,
                app_cert_sn=app_sn,
                app_auth_tokens=tokens,
            )
        )
        self._credentials[app_id] = credentials
        return credentials

    def credentials(self, app_id: str | None = None) -> AppCredentials:
        """The credentials of a registered app (default: the first one)."""
        return self._credentials[app_id or self.app_id]

    # -- key material ---------------------------------------------------------------------
    @property
    def cert_mode(self) -> bool:
        return self.gateway.root_cert_sn is not None

    @property
    def alipay_public_key(self) -> rsa.RSAPublicKey:
        return self._alipay_key.public_key()

    @property
    def alipay_public_key_pem(self) -> str:
        return public_key_pem(self._alipay_key)

    @property
    def alipay_private_key_pem(self) -> str | None:
        """The generated Alipay private key (None when it was given): to reuse it later."""
        return private_key_pem(self._alipay_key) if self._alipay_key_generated else None

    @property
    def alipay_cert_pem(self) -> str | None:
        return self._alipay_cert_pem

    @property
    def root_cert_pem(self) -> str | None:
        return self._root_cert_pem

    @property
    def alipay_cert_sn(self) -> str | None:
        return self.gateway.alipay_cert_sn

    @property
    def root_cert_sn(self) -> str | None:
        return self.gateway.root_cert_sn

    @property
    def app_cert_pem(self) -> str | None:
        return self.credentials().app_cert_pem

    @property
    def app_private_key_pem(self) -> str | None:
        """The first app's private key when the emulator has it (generated or given)."""
        return self.credentials().app_private_key_pem

    @property
    def encrypt_key(self) -> str | None:
        """The first app's AES key (base64), or None."""
        return self.credentials().encrypt_key

    # -- server ----------------------------------------------------------------------------
    def start(self) -> Emulator:
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server.running

    @property
    def host(self) -> str:
        return str(self._server.host)

    @property
    def port(self) -> int:
        return int(self._server.port)

    @property
    def base_url(self) -> str:
        if not self.running:
            raise RuntimeError("the emulator is not running: use `with Emulator() as emu:`")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def client_config(self, **overrides: Any) -> AlipayConfig:
        """An ``AlipayConfig`` that talks to this emulator as the given (or first) app.

        Overrides use ``AlipayConfig``'s argument names; ``private_key`` is required when
        the emulator only has the app's public key.
        """
        from ..config import AlipayConfig

        app_id = overrides.get("app_id") or self.app_id
        creds = self._credentials.get(app_id)
        args: dict[str, Any] = {"app_id": app_id}
        if creds is not None:
            if creds.app_private_key is not None:
                args["private_key"] = creds.app_private_key
            if creds.encrypt_key is not None:
                args["encrypt_key"] = creds.encrypt_key
        if "base_url" not in overrides:
            args["base_url"] = self.base_url
        if self.cert_mode:
            args.update(
                app_cert=creds.app_cert_pem if creds else None,
                alipay_public_cert=self._alipay_cert_pem,
                alipay_root_cert=self._root_cert_pem,
            )
        else:
            args["alipay_public_key"] = self.alipay_public_key
        if overrides.get("alipay_public_key") is not None:
            for name in ("app_cert", "alipay_public_cert", "alipay_root_cert"):
                args.pop(name, None)
        if {"app_cert", "alipay_public_cert", "alipay_root_cert"} & overrides.keys():
            args.pop("alipay_public_key", None)
        args.update(overrides)
        if args.get("private_key") is None:
            raise ValueError(
                f"the emulator has no private key for app {app_id}: "
                "pass client_config(private_key=...)"
            )
        return AlipayConfig(**args)

    # -- faults ---------------------------------------------------------------------------
    @property
    def faults(self) -> Faults:
        """The fault settings the running app reads on every request (mutate them)."""
        return self._faults

    def inject(self, *kinds: str) -> None:
        """Script the faults of the next verified requests (see ``Faults``)."""
        self.faults.inject(*kinds)

    def reset(self) -> None:
        """Forget state, the log, seen nonces and request ids; clear faults and scripted
        reviews; lifecycle options go back to the constructor's values. Apps stay."""
        self.platform.reset()
        self.gateway.reset()
        self.gateway.dedupe = self._dedupe
        self.log.clear()
        self.faults.reset()

    def __repr__(self) -> str:
        where = self.base_url if self.running else "not running"
        mode = "certificate" if self.cert_mode else "key"
        return f"Emulator(app_id={self.app_id!r}, mode={mode!r}, {where})"
