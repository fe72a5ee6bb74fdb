"""Writing one line of the audit log for the current request."""
from __future__ import annotations

from typing import Any, Optional

from fastapi import Request

from eventwatch.api.auth import client_address
from eventwatch.store.access import User, record_audit


def audit(request: Request, user: Optional[User], *, action: str, outcome: str, status: int,
          target: Optional[str] = None, why: Optional[str] = None, detail: Optional[dict[str, Any]] = None) -> None:
    record_audit(request.app.state.store.engine, action=action, outcome=outcome, status=status,
                 who=user.name if user else None, role=user.role if user else None, target=target, why=why,
                 detail=detail, remote=client_address(request))
