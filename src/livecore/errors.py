"""The exceptions livecore raises, all under :class:`LivecoreError`.

Decoding errors never escape :class:`~livecore.connection.Connection`: it turns
them into error events that carry the raw bytes. They escape only from the
codec functions when called directly, and from a lazy event field whose
payload turns out to be malformed (:class:`MessageDecodeError`).
"""

from __future__ import annotations


class LivecoreError(Exception):
    """Base class of every exception livecore raises on purpose."""


class DecodeError(LivecoreError):
    """Bytes from the network that could not be decoded.

    ``raw`` is the input exactly as received, so nothing is lost.
    """

    def __init__(self, reason: str, raw: bytes) -> None:
        super().__init__(reason)
        self.reason = reason
        self.raw = raw


class FrameDecodeError(DecodeError):
    """A WebSocket message that is not a valid PushFrame or FetchResult."""


class DecompressionError(FrameDecodeError):
    """A gzip payload that is corrupt or truncated."""


class PayloadTooLargeError(DecompressionError):
    """A gzip payload that expands past the configured cap (a gzip bomb, say)."""

    def __init__(self, reason: str, raw: bytes, limit: int) -> None:
        super().__init__(reason, raw)
        self.limit = limit


class TooManyMessagesError(FrameDecodeError):
    """A FetchResult holding more messages than the configured cap.

    Checked before parsing: a few kilobytes of empty messages would
    otherwise become millions of events.
    """

    def __init__(self, reason: str, raw: bytes, limit: int) -> None:
        super().__init__(reason, raw)
        self.limit = limit


class MessageDecodeError(DecodeError):
    """A Message whose payload does not parse as its method's type."""

    def __init__(self, reason: str, raw: bytes, method: str, msg_id: int) -> None:
        super().__init__(reason, raw)
        self.method = method
        self.msg_id = msg_id


class LocalProtocolError(LivecoreError):
    """The caller used the connection in a way its state does not allow.

    For example, feeding bytes after the session has ended. This is a bug in
    the code driving the connection, never something the network can cause.
    """


class ProviderError(LivecoreError):
    """A first payload could not be had (the sign server, TikTok's pages...).

    The contract a driver reads when a reconnect try fails
    (``Connection.connection_lost(error=...)``): ``retryable`` says whether
    asking again later may help (False: the user went offline, does not exist,
    or a key is missing, so the session ends at once); ``retry_after`` is how
    many seconds the source asked us to wait (a rate limit), or None. Raise it,
    or a subclass, from your own provider to say the same.
    """

    retryable: bool = True
    retry_after: float | None = None


class HandshakeRejectedError(LivecoreError):
    """The server refused the WebSocket handshake.

    ``status`` is the HTTP status it answered instead of 101; ``message`` is
    its ``Handshake-Msg`` header when it sent one (TikTok answers 200 with
    that header when it detected and refused the client).
    """

    def __init__(self, status: int, message: str = "") -> None:
        said = f": {message}" if message else ""
        super().__init__(f"the server refused the WebSocket handshake with HTTP {status}{said}")
        self.status = status
        self.message = message
