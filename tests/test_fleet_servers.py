"""``--nats`` takes one server or a cluster's list, checked before anything is
tried, and never shows credentials in what it says."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livecore.fleet.servers import ServerListError, parse_servers, redact


def test_a_cluster_is_a_comma_separated_list() -> None:
    assert parse_servers("nats://a:4222,nats://b:4222, nats://c:4222") == (
        "nats://a:4222",
        "nats://b:4222",
        "nats://c:4222",
    )


def test_host_and_port_alone_mean_nats_and_repeats_are_dropped() -> None:
    assert parse_servers("a:4222,tls://b:4443,a:4222,") == ("nats://a:4222", "tls://b:4443")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("", "no NATS server"),
        (" , ,", "no NATS server"),
        ("http://a:4222", "nats://, tls://"),
        ("nats://a:port", "not a number"),
        ("nats://:4222", "no host"),
        ("nats://a:70000", "from 0 to 65535"),
    ],
)
def test_what_is_no_server_list_says_why(text: str, said: str) -> None:
    with pytest.raises(ServerListError, match=said):
        parse_servers(text)


@pytest.mark.parametrize("password", ["pa/ss", "a,b", "q?x#y", "p@ss"])
def test_a_password_of_any_shape_never_shows(password: str) -> None:
    text = f"nats://user:{password}@a:4222,nats://b:4222"
    assert parse_servers(text) == (f"nats://user:{password}@a:4222", "nats://b:4222")
    assert redact(text) == "nats://<redacted>@a:4222,nats://b:4222"


def test_credentials_never_show() -> None:
    text = "nats://user:secret@a:4222,nats://token@b:4222,nats://c:4222"
    shown = redact(text)
    assert "secret" not in shown and "token" not in shown and "user" not in shown
    assert shown == "nats://<redacted>@a:4222,nats://<redacted>@b:4222,nats://c:4222"
    with pytest.raises(ServerListError) as refused:
        parse_servers("http://user:secret@a:4222")
    assert "secret" not in str(refused.value)


@given(st.lists(st.tuples(st.from_regex(r"[a-z]{1,8}", fullmatch=True), st.integers(1, 65535))))
def test_every_server_given_is_kept_once_in_order(pairs: list[tuple[str, int]]) -> None:
    hosts = [f"{host}:{port}" for host, port in pairs] or ["a:1"]
    servers = parse_servers(",".join(hosts))
    assert servers == tuple(dict.fromkeys(f"nats://{h}" for h in hosts))
