"""What a fleet target is, and its key: the subject-safe name of a room.

A target is a TikTok ``@handle`` (found and signed like ``livecore watch``)
or the ``ws://``/``wss://`` URL of a Webcast-compatible server (``livecore
room``). Its *key* names it in subjects and in the key-value store, where
only ``A-Z a-z 0-9 - _`` are safe in a token: ``h-`` and the handle
(lowercased) for a handle, ``u-`` and the URL for a URL, every other byte
written ``_XX`` (its UTF-8 bytes in upper-case hex, ``_`` itself included),
so that the key is readable, reversible and one token::

    @some.one                      -> h-some_2Eone
    ws://127.0.0.1:8000/push       -> u-ws_3A_2F_2F127_2E0_2E0_2E1_3A8000_2Fpush
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["MAX_URL", "Target", "TargetError", "decode_key", "parse_target", "resume_url"]

MAX_URL: Final = 512
"""The longest URL target accepted, in characters (its key is up to 3 times that)."""

_HANDLE: Final = re.compile(r"@?([A-Za-z0-9_.]{1,64})")
_SAFE: Final = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
_HEX: Final = re.compile(r"[0-9A-F]{2}")


class TargetError(ValueError):
    """A target the fleet cannot take (not an @handle, nor a ws:// or wss:// URL)."""


@dataclass(frozen=True, slots=True)
class Target:
    """One room the fleet watches: ``text`` as shown and published, ``key`` for subjects."""

    kind: Literal["handle", "url"]
    text: str

    @property
    def key(self) -> str:
        prefix = "h-" if self.kind == "handle" else "u-"
        raw = self.text[1:] if self.kind == "handle" else self.text
        return prefix + _escape(raw)

    @property
    def handle(self) -> str:
        """The handle without ``@`` (``""`` for a URL target)."""
        return self.text[1:] if self.kind == "handle" else ""


def _escape(text: str) -> str:
    return "".join(chr(b) if b in _SAFE else f"_{b:02X}" for b in text.encode())


def decode_key(key: str) -> Target:
    """The target a key names (the inverse of :attr:`Target.key`); TargetError if none."""
    kind, sep, rest = key.partition("-")
    if not sep or kind not in ("h", "u") or len(rest) > 3 * MAX_URL:
        raise TargetError(f"not a target key: {key[:80]!r}")
    raw = bytearray()
    at = 0
    while at < len(rest):
        char = rest[at]
        if char == "_" and _HEX.fullmatch(rest, at + 1, at + 3):
            raw.append(int(rest[at + 1 : at + 3], 16))
            at += 3
        elif ord(char) in _SAFE:
            raw.append(ord(char))
            at += 1
        else:
            raise TargetError(f"not a target key: {key[:80]!r}")
    try:
        target = parse_target(("@" if kind == "h" else "") + raw.decode())
    except UnicodeDecodeError:
        raise TargetError(f"not a target key: {key[:80]!r}") from None
    if target.key != key:
        raise TargetError(f"not a target key: {key[:80]!r}")
    return target


def parse_target(text: str) -> Target:
    """A target from what a person typed; :class:`TargetError` says why it is none.

    A URL must be ``ws://`` or ``wss://`` with a host, no user or password
    (a secret would end up in every published event), no whitespace, and at
    most :data:`MAX_URL` characters. Handles are lowercased (TikTok's are
    case-insensitive), so ``@Some.One`` and ``@some.one`` are one target.
    """
    text = text.strip()
    if "://" not in text:
        match = _HANDLE.fullmatch(text)
        if not match:
            raise TargetError(
                f"{text[:80]!r} is neither an @handle (letters, digits, '_' and '.') "
                "nor a ws:// or wss:// URL"
            )
        return Target("handle", "@" + match.group(1).lower())
    if len(text) > MAX_URL:
        raise TargetError(f"a URL target has at most {MAX_URL} characters")
    if any(c.isspace() or not c.isprintable() for c in text):
        raise TargetError("a URL target holds no whitespace or control characters")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise TargetError(f"not a URL: {exc}") from None
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise TargetError(f"not a ws:// or wss:// URL: {text.split('?', 1)[0][:80]!r}")
    if parts.username is not None or parts.password is not None:
        raise TargetError(
            "a URL target carries no user or password (secrets stay out of the stream)"
        )
    del port
    return Target("url", text)


def resume_url(url: str, cursor: str, internal_ext: str) -> str:
    """``url`` with ``cursor`` and ``internal_ext`` in its query (replacing any
    there), as a Webcast push server resumes a socket; unchanged when both are empty."""
    if not cursor and not internal_ext:
        return url
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in ("cursor", "internal_ext")
    ]
    query += [("cursor", cursor), ("internal_ext", internal_ext)]
    return urlunsplit(parts._replace(query=urlencode(query)))
