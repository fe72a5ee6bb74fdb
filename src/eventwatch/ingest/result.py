"""One outcome of reading: a document, or the reason a file (or one of its records) is unusable."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from eventwatch.model import Document


@dataclass
class ReadResult:
    """`error` is the reason alone ("malformed JSON: ... (line 3, column 5)"), one line for a person; `path`
    and `line` say where, and `message` puts the three together as "path[:line]: reason"."""

    path: str
    document: Optional[Document]
    error: Optional[str]
    line: Optional[int] = None

    @property
    def ok(self) -> bool:
        return self.document is not None

    @property
    def message(self) -> Optional[str]:
        if self.error is None:
            return None
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.error}"


def failure(path: str, reason: str, line: Optional[int] = None) -> ReadResult:
    return ReadResult(path=path, document=None, error=" ".join(reason.split()), line=line)
