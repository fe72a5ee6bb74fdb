"""JSON bodies assembled from stored JSON text, so a page of events is not parsed and re-serialised."""
from __future__ import annotations

import json
from typing import Any

from fastapi.responses import Response


def raw_json_list(items: list[str], **fields: Any) -> Response:
    head = json.dumps(fields)[:-1]  # "{...": the scalar fields, then the list
    sep = ", " if fields else ""
    body = f'{head}{sep}"items": [' + ", ".join(items) + "]}"
    return Response(content=body.encode(), media_type="application/json")


def json_response(data: Any, status_code: int = 200) -> Response:
    return Response(content=json.dumps(data, ensure_ascii=False, default=str).encode(),
                    media_type="application/json", status_code=status_code)
