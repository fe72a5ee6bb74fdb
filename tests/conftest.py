"""Shared fixtures: built by the tests themselves, never taken from the evaluation corpora."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def resources():
    """One set of models for the whole session: spaCy and the gazetteer load once."""
    from eventwatch.resources import Resources

    return Resources()


def run_cli(*args: str, db: str | None = None, input: bytes | None = None, env: dict | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess:
    """Run `eventwatch` as a user does: a separate process, exit code, stdout and stderr."""
    cmd = [sys.executable, "-m", "eventwatch", *args]
    if db is not None:
        cmd += ["--db", db]
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(cmd, input=input, capture_output=True, env=full_env, timeout=timeout)
