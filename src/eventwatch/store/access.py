"""Who may change the store, and the record of every change they asked for.

Tokens are shown once when issued and kept only as scrypt hashes: a copy of the database does not let
anyone sign in. A token is `ew.<token id>.<secret>`; the public id finds the row without hashing every
user's secret, and the secret is compared by hash in constant time. The audit log keeps each write
attempt (allowed or refused) with who, what, why and the outcome, so an edit can always be traced.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

from eventwatch.store.schema import metadata

ROLES = ("viewer", "analyst", "admin")
_RANK = {role: i for i, role in enumerate(ROLES)}

# scrypt cost: ~16 MiB and a few tens of milliseconds per check; the API caches verified tokens briefly.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**14, 8, 1, 32
TOKEN_PREFIX = "ew"

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("token_id", String(32), nullable=False, unique=True),
    Column("token_salt", String(64), nullable=False),  # hex
    Column("token_hash", String(128), nullable=False),  # hex scrypt digest
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("who", String(100)),  # None when no valid token was shown
    Column("role", String(16)),
    Column("action", String(40), nullable=False),  # event.edit, event.review, event.merge, document.ingest...
    Column("target", String(200)),
    Column("why", Text),
    Column("outcome", String(16), nullable=False),  # ok | denied | invalid | not_found | error
    Column("status", Integer),  # the HTTP status answered
    Column("detail", JSON),
    Column("remote", String(64)),
    Index("ix_audit_log_at", "at"),
    Index("ix_audit_log_who", "who"),
)


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def can(self, role: str) -> bool:
        """True when this user's role is at least `role` (viewer < analyst < admin)."""
        return _RANK.get(self.role, -1) >= _RANK[role]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def hash_secret(secret: str, salt: bytes) -> str:
    return hashlib.scrypt(secret.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                          dklen=SCRYPT_LEN).hex()


def parse_token(token: str) -> Optional[tuple[str, str]]:
    """(token id, secret), or None for anything not shaped like a token this store issued."""
    parts = token.strip().split(".")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX or not parts[1] or not parts[2]:
        return None
    if len(parts[1]) > 32 or len(parts[2]) > 128:
        return None
    return parts[1], parts[2]


def add_user(engine: Engine, name: str, role: str, *, replace: bool = False) -> str:
    """Create `name` with `role` and return the new token (the only time it exists in clear).

    With `replace`, an existing user gets the new role and a new token; the old token stops working.
    """
    name = name.strip()
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if not name or len(name) > 100:
        raise ValueError("a user name is 1 to 100 characters")
    token_id, secret, salt = secrets.token_hex(8), secrets.token_urlsafe(32), secrets.token_bytes(16)
    values = dict(role=role, token_id=token_id, token_salt=salt.hex(), token_hash=hash_secret(secret, salt),
                  created_at=_now(), revoked_at=None)
    with engine.begin() as conn:
        exists = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
        if exists is not None and not replace:
            raise ValueError(f"user {name!r} exists; use --replace to issue a new token")
        if exists is None:
            conn.execute(insert(users).values(name=name, **values))
        else:
            conn.execute(update(users).where(users.c.id == exists).values(**values))
    return f"{TOKEN_PREFIX}.{token_id}.{secret}"


def authenticate(engine: Engine, token: str) -> Optional[User]:
    parsed = parse_token(token)
    if parsed is None:
        return None
    token_id, secret = parsed
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.token_id == token_id)).mappings().first()
    if row is None or row["revoked_at"] is not None:
        # hash anyway so that a wrong id and a wrong secret take the same time
        hash_secret(secret, b"\0" * 16)
        return None
    digest = hash_secret(secret, bytes.fromhex(row["token_salt"]))
    if not hmac.compare_digest(digest, row["token_hash"]):
        return None
    return User(name=row["name"], role=row["role"])


def revoke_user(engine: Engine, name: str) -> bool:
    with engine.begin() as conn:
        result = conn.execute(update(users).where(users.c.name == name, users.c.revoked_at.is_(None))
                              .values(revoked_at=_now()))
        return result.rowcount > 0


def list_users(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(users.c.name, users.c.role, users.c.created_at, users.c.revoked_at)
                            .order_by(users.c.name)).mappings()
        return [dict(r) for r in rows]


def record_audit(engine: Engine, *, action: str, outcome: str, who: Optional[str] = None,
                 role: Optional[str] = None, target: Optional[str] = None, why: Optional[str] = None,
                 status: Optional[int] = None, detail: Optional[dict[str, Any]] = None,
                 remote: Optional[str] = None) -> None:
    with engine.begin() as conn:
        conn.execute(insert(audit_log).values(
            at=_now(), who=who, role=role, action=action[:40], target=(target or None) and target[:200],
            why=why, outcome=outcome, status=status, detail=detail, remote=(remote or None) and remote[:64]))


def audit_entries(engine: Engine, *, limit: int = 100, offset: int = 0, who: Optional[str] = None,
                  target: Optional[str] = None) -> tuple[int, list[dict[str, Any]]]:
    """The newest entries first, and how many match."""
    conds = []
    if who:
        conds.append(audit_log.c.who == who)
    if target:
        conds.append(audit_log.c.target == target)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(audit_log).where(*conds)).scalar_one()
        rows = conn.execute(select(audit_log).where(*conds).order_by(audit_log.c.id.desc())
                            .limit(limit).offset(offset)).mappings()
        return total, [dict(r) for r in rows]
