"""Small real proxies on 127.0.0.1 for the tests: HTTP ``CONNECT`` and SOCKS5.

Each is a ``socketserver.ThreadingTCPServer`` in a daemon thread, so it serves
the test's own Trio run and ``livecore`` subprocesses alike. It checks
credentials when given some (``Proxy-Authorization: Basic`` for HTTP,
RFC 1929 user/password for SOCKS5), can refuse every tunnel (``deny``: 403
to ``CONNECT``, SOCKS5 reply 2 "not allowed"), and records what it saw:
the clients that came (``clients``), the targets they asked for
(``targets``), and the local address of every connection it opened to a
target (``outbound``), which is the address the target sees.
"""

from __future__ import annotations

import base64
import select
import socket
import socketserver
import ssl
import struct
import threading
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Proxy"]


class Proxy:
    """A loopback proxy: ``kind`` is ``"http"`` (CONNECT) or ``"socks5"``."""

    def __init__(
        self,
        kind: str,
        *,
        user: str = "",
        password: str = "",
        deny: bool = False,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        assert kind in ("http", "socks5")
        assert tls is None or kind == "http"  # an https:// proxy: CONNECT over TLS
        self.kind = kind
        self.tls = tls
        self.user = user
        self.password = password
        self.deny = deny
        self.clients: list[tuple[str, int]] = []
        self.targets: list[tuple[str, int]] = []
        self.outbound: list[tuple[str, int]] = []
        self.refused = 0  # credentials refused
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with proxy._lock:
                    proxy.clients.append(self.client_address[:2])
                sock: socket.socket = self.request
                sock.settimeout(10)
                if proxy.tls is not None:
                    try:
                        sock = proxy.tls.wrap_socket(sock, server_side=True)
                    except (OSError, ValueError):
                        return
                try:
                    if proxy.kind == "http":
                        proxy._http(sock)
                    else:
                        proxy._socks5(sock)
                except (OSError, ValueError):
                    pass

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, user: str | None = None, password: str | None = None) -> str:
        """The proxy's URL, with the given credentials (its own by default)."""
        user = self.user if user is None else user
        password = self.password if password is None else password
        scheme = "socks5" if self.kind == "socks5" else "https" if self.tls else "http"
        auth = f"{user}:{password}@" if user or password else ""
        return f"{scheme}://{auth}127.0.0.1:{self.port}"

    def __enter__(self) -> Proxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    # ---- HTTP CONNECT --------------------------------------------------------------

    def _http(self, sock: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = sock.recv(4096)
            if not chunk:
                return
            head += chunk
            if len(head) > 65536:
                return
        request, _, rest = head.partition(b"\r\n\r\n")
        first, *lines = request.decode("latin-1").split("\r\n")
        method, target, _ = first.split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines)}
        if method != "CONNECT" and not target.startswith("http://"):
            sock.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        if self.user or self.password:
            pair = f"{self.user}:{self.password}".encode()
            wanted = "Basic " + base64.b64encode(pair).decode()
            if headers.get("proxy-authorization") != wanted:
                with self._lock:
                    self.refused += 1
                sock.sendall(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b'Proxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n'
                )
                return
        if method != "CONNECT":  # an http:// URL: forwarded, one request per connection
            self._forward(sock, method, target, lines, rest)
            return
        host, _, port = target.rpartition(":")
        if self.deny:
            sock.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        upstream = self._open(host.strip("[]"), int(port))
        if upstream is None:
            sock.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        sock.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        if rest:
            upstream.sendall(rest)
        _pump(sock, upstream)

    def _forward(
        self, sock: socket.socket, method: str, target: str, lines: list[str], rest: bytes
    ) -> None:
        parts = urlsplit(target)
        if self.deny:
            sock.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        upstream = self._open(parts.hostname or "", parts.port or 80)
        if upstream is None:
            sock.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        kept = [
            line
            for line in lines
            if line.partition(":")[0].strip().lower()
            not in ("proxy-authorization", "connection", "proxy-connection")
        ]
        head = "\r\n".join([f"{method} {path} HTTP/1.1", *kept, "Connection: close", "", ""])
        upstream.sendall(head.encode("latin-1") + rest)
        _pump(sock, upstream)

    # ---- SOCKS5 --------------------------------------------------------------------

    def _socks5(self, sock: socket.socket) -> None:
        version, count = _exactly(sock, 2)
        if version != 5:
            return
        methods = _exactly(sock, count)
        wanted = 2 if self.user or self.password else 0
        if wanted not in methods:
            sock.sendall(b"\x05\xff")
            return
        sock.sendall(bytes([5, wanted]))
        if wanted == 2:
            _, ulen = _exactly(sock, 2)
            user = _exactly(sock, ulen).decode()
            (plen,) = _exactly(sock, 1)
            password = _exactly(sock, plen).decode()
            ok = (user, password) == (self.user, self.password)
            sock.sendall(b"\x01\x00" if ok else b"\x01\x01")
            if not ok:
                with self._lock:
                    self.refused += 1
                return
        _, command, _, kind = _exactly(sock, 4)
        if kind == 1:
            host = socket.inet_ntop(socket.AF_INET, _exactly(sock, 4))
        elif kind == 4:
            host = socket.inet_ntop(socket.AF_INET6, _exactly(sock, 16))
        else:
            (length,) = _exactly(sock, 1)
            host = _exactly(sock, length).decode()
        (port,) = struct.unpack("!H", _exactly(sock, 2))
        reply = 2 if self.deny or command != 1 else 0
        upstream = None if reply else self._open(host, port)
        if upstream is None and not reply:
            reply = 5  # connection refused
        sock.sendall(bytes([5, reply, 0, 1, 0, 0, 0, 0, 0, 0]))
        if upstream is not None:
            _pump(sock, upstream)

    # ---- shared --------------------------------------------------------------------

    def _open(self, host: str, port: int) -> socket.socket | None:
        with self._lock:
            self.targets.append((host, port))
        try:
            upstream = socket.create_connection((host, port), timeout=10)
        except OSError:
            return None
        with self._lock:
            self.outbound.append(upstream.getsockname()[:2])
        return upstream


def _exactly(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ValueError("the client hung up")
        data += chunk
    return data


def _pump(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""
    pair: dict[Any, socket.socket] = {a: b, b: a}
    for s in pair:
        s.settimeout(None)
    try:
        while True:
            ready, _, _ = select.select(list(pair), [], [], 30)
            if not ready:
                return
            for s in ready:
                data = s.recv(65536)
                if not data:
                    return
                pair[s].sendall(data)
                while isinstance(s, ssl.SSLSocket) and s.pending():  # select cannot see these
                    pair[s].sendall(s.recv(65536))
    finally:
        for s in pair:
            s.close()
