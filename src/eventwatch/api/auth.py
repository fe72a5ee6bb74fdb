"""Who is asking: bearer tokens checked against the store's scrypt hashes, and the role a route needs.

Checking a token costs a scrypt hash on purpose, so a verified token is remembered for a short while
(`token_cache_seconds`) under a SHA-256 of itself; the cache never holds a token in clear. Refused writes
are written to the audit log like allowed ones.
"""
from __future__ import annotations

import hashlib
import threading
import time
from typing import Callable, Optional

from fastapi import Depends, HTTPException, Request

from eventwatch.store.access import User, authenticate, record_audit


class TokenCache:
    def __init__(self, ttl: float):
        self.ttl = ttl
        self._items: dict[str, tuple[Optional[User], float]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[bool, Optional[User]]:
        with self._lock:
            hit = self._items.get(key)
            if hit is None or hit[1] < time.monotonic():
                return False, None
            return True, hit[0]

    def put(self, key: str, user: Optional[User]) -> None:
        with self._lock:
            if len(self._items) > 10_000:
                self._items.clear()
            # failures are remembered briefly too, so a flood of bad tokens cannot make us hash forever
            self._items[key] = (user, time.monotonic() + (self.ttl if user else min(self.ttl, 5.0)))


def bearer_token(request: Request) -> Optional[str]:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def current_user(request: Request) -> Optional[User]:
    """The signed-in user of this request, or None (no token, or a token that does not check out)."""
    if hasattr(request.state, "user"):
        return request.state.user
    token = bearer_token(request)
    user = None
    if token is not None and len(token) <= 200:
        app = request.app
        key = hashlib.sha256(token.encode()).hexdigest()
        hit, user = app.state.token_cache.get(key)
        if not hit:
            user = authenticate(app.state.store.engine, token)
            app.state.token_cache.put(key, user)
    request.state.user = user
    request.state.token_given = token is not None
    return user


def client_address(request: Request) -> Optional[str]:
    return request.client.host if request.client else None


def require_reader(request: Request, user: Optional[User] = Depends(current_user)) -> Optional[User]:
    """Reads are open unless the server was started with --read-token-required."""
    if request.app.state.settings.read_token_required and user is None:
        raise HTTPException(status_code=401, detail="a token is required to read this store",
                            headers={"WWW-Authenticate": "Bearer"})
    return user


# marks a route in the OpenAPI schema as needing the bearer token (Swagger UI's "Authorize" then sends it)
BEARER = {"security": [{"bearer": []}]}
SECURITY_SCHEMES = {"bearer": {"type": "http", "scheme": "bearer",
                               "description": "a token from `eventwatch users add NAME --role ROLE`"}}


def require_role(role: str, action: str) -> Callable[..., User]:
    """A dependency: the request's user must hold `role` or better; refusals are audited as `action`."""

    def dependency(request: Request, user: Optional[User] = Depends(current_user)) -> User:
        target = "/".join(str(v) for v in request.path_params.values()) or None
        if user is None:
            given = getattr(request.state, "token_given", False)
            record_audit(request.app.state.store.engine, action=action, outcome="denied", target=target,
                         status=401, remote=client_address(request),
                         detail={"reason": "invalid token" if given else "no token", "path": request.url.path})
            raise HTTPException(status_code=401, detail="sign in: this action needs a token",
                                headers={"WWW-Authenticate": "Bearer"})
        if not user.can(role):
            record_audit(request.app.state.store.engine, action=action, outcome="denied", who=user.name,
                         role=user.role, target=target, status=403, remote=client_address(request),
                         detail={"reason": f"needs role {role}", "path": request.url.path})
            raise HTTPException(status_code=403, detail=f"this action needs the {role} role")
        return user

    return dependency
