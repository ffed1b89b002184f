"""The hash of cache keys, without the start-up cost of `hashlib`.

`import hashlib` loads OpenSSL, about 2 ms of every `tutor ask`. BLAKE2b comes from
CPython's own `_blake2` module (which `hashlib` itself uses for it): it loads in a tenth
of that and hashes the shipped knowledge (about 0.4 MB) in about 0.4 ms, where the
built-in SHA-256 takes 1 ms. `hashlib` is the fallback where the module is missing.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b as digest
except ImportError:
    from hashlib import blake2b as digest

__all__ = ["digest"]
