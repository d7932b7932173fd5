"""Every exit code of the ``livecore`` command line, each with one meaning.

A script that runs ``livecore watch``, ``livecore soak`` or ``livecore fleet
add`` reads the same number the same way: 3 is always "not live", never
"the broker is down". Each command's ``--help`` ends with the codes it can
give (:func:`epilog`); docs/connecting.md and docs/fleet.md list them too.
"""

from __future__ import annotations

import enum

__all__ = ["Exit", "epilog"]


class Exit(enum.IntEnum):
    """The exit codes; :attr:`said` is the line ``--help`` gives each."""

    OK = 0
    """It did what was asked: the stream ended as a LIVE ends, the soak lost
    nothing, the answer was printed (or stdout went away, as with ``| head``)."""
    FAILED = 1
    """It ran and did not succeed: the session ended another way (the network,
    the sign server, a lost connection), a soak lost, doubled or reordered a
    message, a recording is damaged, TikTok's answer is not shaped as it should be."""
    USAGE = 2
    """A bad command line or option value (argparse's own code), or a sign
    server's API key that cannot be one."""
    OFFLINE = 3
    """The user is not live (or has no LIVE room at all)."""
    NOT_FOUND = 4
    """TikTok has no such user."""
    BLOCKED = 5
    """TikTok blocked us: a captcha page, no ``SIGI_STATE``, an empty sign answer,
    or a WebSocket handshake answered 200 with ``Handshake-Msg``."""
    RATE_LIMITED = 6
    """The sign server's rate limit is used up."""
    API_KEY = 7
    """The sign server wants an API key and ``LIVECORE_SIGN_API_KEY`` is not set."""
    PROXY = 8
    """The proxy refused: its credentials, unreachable, or it would not connect."""
    AGE_RESTRICTED = 9
    """The LIVE is age-restricted: a session id is needed (or the one given was refused)."""
    UNAVAILABLE = 10
    """The fleet's NATS servers could not be reached (or gave no JetStream)."""
    SYSTEM = 11
    """The system refused: a file that cannot be read or written, a port that
    cannot be bound."""
    INTERNAL = 12
    """livecore itself failed (a bug: the traceback is printed; please report it)."""
    INTERRUPTED = 130
    """Ctrl-C (SIGINT): what was open was closed cleanly."""

    @property
    def said(self) -> str:
        """A few words for ``--help``."""
        return _SAID[self]


_SAID = {
    Exit.OK: "done",
    Exit.FAILED: "failed",
    Exit.USAGE: "usage",
    Exit.OFFLINE: "not live",
    Exit.NOT_FOUND: "no such user",
    Exit.BLOCKED: "blocked by TikTok",
    Exit.RATE_LIMITED: "rate limited",
    Exit.API_KEY: "API key needed",
    Exit.PROXY: "the proxy refused",
    Exit.AGE_RESTRICTED: "age-restricted (a session id is needed)",
    Exit.UNAVAILABLE: "NATS unreachable",
    Exit.SYSTEM: "a file or port refused",
    Exit.INTERNAL: "internal error",
    Exit.INTERRUPTED: "interrupted",
}

#: What every command can give, whatever it does.
ALWAYS = (Exit.OK, Exit.USAGE, Exit.SYSTEM, Exit.INTERNAL, Exit.INTERRUPTED)

#: What a command that reaches TikTok can give, beyond :data:`ALWAYS`.
REACHING_TIKTOK = (
    Exit.FAILED,
    Exit.OFFLINE,
    Exit.NOT_FOUND,
    Exit.BLOCKED,
    Exit.RATE_LIMITED,
    Exit.API_KEY,
    Exit.PROXY,
    Exit.AGE_RESTRICTED,
)


def epilog(*codes: Exit, ok: str = "") -> str:
    """The ``--help`` line listing ``codes`` and :data:`ALWAYS`, in order;
    ``ok`` says what 0 means for this command."""
    chosen = sorted(set(codes) | set(ALWAYS))
    said = [f"{code.value} {ok if code is Exit.OK and ok else code.said}" for code in chosen]
    return "exit codes: " + ", ".join(said)
