"""Syndicated copies: the same wire text republished with a new headline, a trimmed ending or other
boilerplate. MinHash over word 4-shingles estimates how much two texts share; LSH bands (16 bands of
4 hashes) let the store find candidate copies through an index instead of comparing with every document.

A copy is a text whose shingles are mostly contained in the other's (containment ≥ 0.8, which also
catches a republished first half) or that is mostly the same text (Jaccard ≥ 0.7). Two reports written
separately about one strike share phrases but rarely a third of their shingles.
"""
from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

SHINGLE = 4
NUM_HASHES = 64
ROWS_PER_BAND = 4
MIN_JACCARD = 0.7
MIN_CONTAINMENT = 0.8
MIN_SHINGLES = 8  # shorter texts are too short to call copies on shingles alone
_WORD = re.compile(r"\w+", re.UNICODE)
# h_i(x) = ((x XOR s_i) * m_i) mod 2^64, top 32 bits: a cheap hash family that numpy evaluates for all
# shingles and all 64 functions at once (uint64 multiplication wraps, which is the mod).
_XOR = np.array([int.from_bytes(hashlib.sha256(f"x{i}".encode()).digest()[:8], "big") for i in range(NUM_HASHES)],
                dtype=np.uint64)
_MUL = np.array([int.from_bytes(hashlib.sha256(f"m{i}".encode()).digest()[:8], "big") | 1
                 for i in range(NUM_HASHES)], dtype=np.uint64)


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    out = set()
    for i in range(max(0, len(words) - SHINGLE + 1)):
        digest = hashlib.blake2b(" ".join(words[i:i + SHINGLE]).encode(), digest_size=8).digest()
        out.add(struct.unpack(">Q", digest)[0])
    return out


def signature(text: str) -> tuple[list[int], int]:
    """(MinHash signature, number of distinct shingles)."""
    sh = shingles(text)
    if not sh:
        return [0] * NUM_HASHES, 0
    x = np.fromiter(sh, dtype=np.uint64, count=len(sh))[:, None]
    with np.errstate(over="ignore"):
        hashed = ((x ^ _XOR) * _MUL) >> np.uint64(32)
    return [int(v) for v in hashed.min(axis=0)], len(sh)


def band_keys(sig: list[int]) -> list[str]:
    """One key per band; two texts that share a key are candidates."""
    keys = []
    for band in range(NUM_HASHES // ROWS_PER_BAND):
        rows = sig[band * ROWS_PER_BAND:(band + 1) * ROWS_PER_BAND]
        keys.append(f"{band}:" + hashlib.blake2b(repr(rows).encode(), digest_size=8).hexdigest())
    return keys


def jaccard(sig_a: list[int], sig_b: list[int]) -> float:
    return sum(1 for x, y in zip(sig_a, sig_b) if x == y) / len(sig_a)


def is_copy(sig_a: list[int], n_a: int, sig_b: list[int], n_b: int) -> bool:
    if min(n_a, n_b) < MIN_SHINGLES:
        return False
    j = jaccard(sig_a, sig_b)
    if j >= MIN_JACCARD:
        return True
    shared = j * (n_a + n_b) / (1 + j)
    return shared / min(n_a, n_b) >= MIN_CONTAINMENT
