"""The pure side of connecting as people do (``livecore.web``): no I/O.

Proves: a locale makes ``Accept-Language`` and the webcast API's language and
region parameters, and refuses what is no language or region; a session's
cookies and sign parameters are what TikTok and the sign server want, and its
id never shows in a repr, a message or a text livecore scrubs; a session id
goes only to a trusted sign server host; a proxy URL of each scheme parses,
with credentials, and never shows them (``shown``, ``repr``, any error); the
room info answer gives title, status, viewers, streamer and play URLs by
quality (from ``stream_data``, or the older maps), and each malformed answer
is its typed error (not JSON, no data, missing keys, age-restricted, a bad
``stream_data``, a URL that is no URL); the gift list gives an immutable
catalogue looked up by id, and each malformed list is a typed error; the poll
policy grows, jitters and stays bounded.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from livecore.errors import ProviderError
from livecore.polling import PollPolicy
from livecore.web import (
    DEFAULT_TRUSTED_SIGN_HOSTS,
    AgeRestrictedError,
    BlockedError,
    Gift,
    GiftCatalogue,
    Locale,
    ProxyAuthError,
    ProxyDeniedError,
    ProxyUnreachableError,
    RoomDetails,
    Session,
    StreamUrls,
    UnexpectedAnswerError,
    UntrustedSignServerError,
    check_sign_host,
    gift_list_url,
    normalize_host,
    parse_gift_list,
    parse_proxy,
    parse_room_info,
    redact_session_ids,
    room_info_url,
    sign_url,
    web_headers,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
ROOM = 7_350_000_000_000_000_001
SESSION_ID = "5e5510n1d0123456789abcdef0123456"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def query(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


# ---- region and language ----------------------------------------------------------------


def test_the_default_locale_is_what_livecore_always_sent() -> None:
    assert web_headers("UA/1") == [("User-Agent", "UA/1"), ("Accept-Language", "en-US,en;q=0.9")]
    assert Locale().params() == {
        "app_language": "en-US",
        "browser_language": "en-US",
        "webcast_language": "en",
    }


def test_a_locale_makes_the_header_and_the_parameters() -> None:
    german = Locale("de-DE", "de")
    assert german.region == "DE"
    assert german.accept_language == "de-DE,de;q=0.9"
    assert german.params() == {
        "app_language": "de-DE",
        "browser_language": "de-DE",
        "webcast_language": "de",
        "region": "DE",
        "priority_region": "DE",
    }
    assert Locale("fr").accept_language == "fr"
    url = room_info_url("https://webcast.tiktok.com", ROOM, german)
    assert urlsplit(url).path == "/webcast/room/info/"
    assert query(url) == {"aid": "1988", "room_id": str(ROOM), **german.params()}
    gifts = gift_list_url("https://webcast.tiktok.com", ROOM)
    assert urlsplit(gifts).path == "/webcast/gift/list/"
    assert query(gifts)["room_id"] == str(ROOM)


@pytest.mark.parametrize(
    ("language", "region"), [("english", ""), ("en_US", ""), ("", ""), ("en", "USA"), ("en", "1")]
)
def test_a_bad_locale_is_refused(language: str, region: str) -> None:
    with pytest.raises(ValueError, match=r"not a (language tag|region)"):
        Locale(language, region)


# ---- a logged-in session -----------------------------------------------------------------


def test_a_session_gives_cookies_and_sign_parameters_and_hides_its_id() -> None:
    session = Session(SESSION_ID, "useast2a")
    assert session.cookies() == {
        "sessionid": SESSION_ID,
        "sessionid_ss": SESSION_ID,
        "sid_tt": SESSION_ID,
        "tt-target-idc": "useast2a",
    }
    assert session.sign_params() == {"session_id": SESSION_ID, "tt_target_idc": "useast2a"}
    assert Session(SESSION_ID).sign_params() == {"session_id": SESSION_ID}
    assert "tt-target-idc" not in Session(SESSION_ID).cookies()
    for shown in (repr(session), str(session), f"{session}", repr([session])):
        assert SESSION_ID not in shown and "<redacted>" in shown
    headers = dict(web_headers("UA/1", cookies=session.cookies()))
    assert headers["Cookie"].startswith(f"sessionid={SESSION_ID}; ")
    signed = query(
        sign_url("https://api.eulerstream.com", ROOM, "UA", session=session.sign_params())
    )
    assert (signed["session_id"], signed["tt_target_idc"]) == (SESSION_ID, "useast2a")


@pytest.mark.parametrize(
    "bad",
    ["short", "with space 0123456789", "semi;colon0123456789", "new\nline0123456789", "é" * 9],
)
def test_a_session_id_that_cannot_travel_is_refused_without_showing_it(bad: str) -> None:
    with pytest.raises(ValueError, match="session id") as caught:
        Session(bad)
    assert bad not in str(caught.value)
    with pytest.raises(ValueError, match="tt-target-idc"):
        Session(SESSION_ID, "us east")


def test_a_session_id_goes_only_to_a_trusted_sign_server() -> None:
    assert DEFAULT_TRUSTED_SIGN_HOSTS == ("api.eulerstream.com",)
    assert check_sign_host("https://api.eulerstream.com") == "api.eulerstream.com"
    with pytest.raises(UntrustedSignServerError) as caught:
        check_sign_host("https://sign.example:8443/x")
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, ProviderError)
    assert error.retryable is False and error.host == "sign.example"
    assert "--trust-sign-host sign.example" in str(error)
    assert check_sign_host("https://Sign.Example:8443", ["SIGN.example"]) == "sign.example"
    assert check_sign_host("http://127.0.0.1:9", [" 127.0.0.1 "]) == "127.0.0.1"
    assert normalize_host("[::1]") == "::1"
    for bad in ("https://sign.example", "sign.example/x", "a b", ""):
        with pytest.raises(ValueError, match="not a host name"):
            normalize_host(bad)


def test_session_ids_are_scrubbed_from_text() -> None:
    text = (
        f'GET https://sign.example/webcast/fetch?room_id=1&session_id={SESSION_ID}&x=1 "200"; '
        f"Cookie: sessionid={SESSION_ID}; sessionid_ss={SESSION_ID}; sid_tt={SESSION_ID}"
    )
    scrubbed = redact_session_ids(text)
    assert SESSION_ID not in scrubbed
    assert "session_id=<redacted>&x=1" in scrubbed and "sid_tt=<redacted>" in scrubbed


# ---- proxies -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "scheme", "host", "port", "connect"),
    [
        ("http://proxy.example:3128", "http", "proxy.example", 3128, True),
        ("https://proxy.example", "https", "proxy.example", 443, True),
        ("socks5://127.0.0.1", "socks5", "127.0.0.1", 1080, False),
        ("SOCKS5H://[::1]:9050/", "socks5h", "::1", 9050, False),
        ("http://proxy.example", "http", "proxy.example", 80, True),
    ],
)
def test_proxy_urls_of_each_scheme(
    url: str, scheme: str, host: str, port: int, connect: bool
) -> None:
    proxy = parse_proxy(url)
    assert (proxy.scheme, proxy.host, proxy.port) == (scheme, host, port)
    assert proxy.tunnels_with_connect is connect
    assert not proxy.has_credentials and proxy.secrets == []
    assert parse_proxy(proxy.url) == proxy
    assert proxy.shown == proxy.url


def test_proxy_credentials_never_show() -> None:
    proxy = parse_proxy("socks5h://al%40ice:p%3Ass@w0rd@proxy.example:1080")
    assert (proxy.username, proxy.password) == ("al@ice", "p:ss@w0rd")
    assert proxy.url == "socks5h://al%40ice:p%3Ass%40w0rd@proxy.example:1080"
    assert parse_proxy(proxy.url) == proxy
    assert proxy.shown == "socks5h://<redacted>@proxy.example:1080"
    for shown in (repr(proxy), str(proxy), repr([proxy])):
        assert "p:ss@w0rd" not in shown and "al@ice" not in shown
    assert "p:ss@w0rd" in proxy.secrets and "al@ice:p:ss@w0rd" in proxy.secrets
    assert "YWxAaWNlOnA6c3NAdzByZA==" in proxy.secrets  # Basic auth's form of them


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://user:s3cret-pw@proxy.example:21", "the scheme 'ftp'"),
        ("proxy.example:8080", "no scheme"),
        ("user:s3cret-pw@proxy.example:8080", "no scheme"),
        ("http://user:s3cret-pw@proxy.example:port", "port is not a number"),
        ("http://user:s3cret-pw@:8080", "names no host"),
        ("http://user:s3cret-pw@proxy.example:8080/path", "no path"),
        ("http://user:s3cret%0a-pw@proxy.example:8080", "control character"),
    ],
)
def test_a_bad_proxy_url_is_refused_without_its_credentials(url: str, says: str) -> None:
    with pytest.raises(ValueError, match=says) as caught:
        parse_proxy(url)
    assert "s3cret" not in str(caught.value)


def test_proxy_errors_say_which_and_whether_to_retry() -> None:
    shown = "socks5://<redacted>@proxy.example:1080"
    auth = ProxyAuthError(shown, "username/password authentication failure")
    unreachable = ProxyUnreachableError(shown, "connection refused")
    ruled = ProxyDeniedError(shown, "403 Forbidden", "webcast.tiktok.com:443", retryable=False)
    gateway = ProxyDeniedError(shown, "502 Bad Gateway", "webcast.tiktok.com:443")
    assert [e.kind for e in (auth, unreachable, ruled)] == ["auth", "unreachable", "denied"]
    assert [e.retryable for e in (auth, unreachable, ruled, gateway)] == [False, True, False, True]
    assert str(auth).startswith(f"the proxy {shown} refused the credentials")
    assert "could not be reached" in str(unreachable)
    assert "would not connect to webcast.tiktok.com:443 (403 Forbidden)" in str(ruled)


# ---- room info -----------------------------------------------------------------------------


def test_room_info_of_a_live_room() -> None:
    info = parse_room_info(fixture("room_info_live.json"), "someone", ROOM)
    assert (info.room_id, info.title, info.status, info.live, info.viewers) == (
        ROOM,
        "chatting",
        2,
        True,
        321,
    )
    assert (info.owner_unique_id, info.owner_nickname) == ("someone", "Some One")
    assert [s.quality for s in info.streams] == ["origin", "hd", "sd"]  # "ao" has no URL
    origin = info.streams[0]
    assert origin.flv.endswith("/stream-origin.flv")
    assert origin.hls.endswith("/stream-origin/index.m3u8")
    assert info.streams[2] == StreamUrls("sd", info.streams[2].flv, "")
    shown = info.to_dict()
    assert shown["owner"] == {"unique_id": "someone", "nickname": "Some One"}
    assert shown["streams"][0] == {"quality": "origin", "flv": origin.flv, "hls": origin.hls}
    assert shown["live"] is True


def test_room_info_from_the_older_url_maps() -> None:
    info = parse_room_info(fixture("room_info_old_streams.json"), "someone", ROOM)
    assert [(s.quality, bool(s.flv), bool(s.hls)) for s in info.streams] == [
        ("FULL_HD1", True, True),
        ("SD1", True, False),
    ]


def test_room_info_of_an_ended_room() -> None:
    info = parse_room_info(fixture("room_info_offline.json"), "sleepy")
    assert (info.room_id, info.status, info.live, info.streams) == (ROOM + 1, 4, False, ())


@pytest.mark.parametrize("name", ["room_info_age_restricted.json", "room_info_almost_empty.json"])
def test_an_age_restricted_room_says_a_session_is_needed(name: str) -> None:
    with pytest.raises(AgeRestrictedError) as caught:
        parse_room_info(fixture(name), "teen", ROOM)
    error = caught.value
    assert (error.unique_id, error.room_id, error.with_session, error.retryable) == (
        "teen",
        ROOM,
        False,
        False,
    )
    assert "age-restricted" in str(error) and "LIVECORE_SESSION_ID" in str(error)
    with pytest.raises(AgeRestrictedError, match="may have expired") as again:
        parse_room_info(fixture(name), "teen", ROOM, with_session=True)
    assert again.value.with_session


def _live_info(change: str) -> bytes:
    return fixture("room_info_live.json").replace(b'"status":2', change.encode(), 1)


@pytest.mark.parametrize(
    ("answer", "error", "says"),
    [
        (fixture("captcha.html"), BlockedError, "not JSON"),
        (b"[1, 2]", UnexpectedAnswerError, "not an object"),
        (b'{"status_code": 0}', UnexpectedAnswerError, "no 'data' object"),
        (fixture("room_info_no_status.json"), UnexpectedAnswerError, "no 'status'"),
        (_live_info('"status":"2"'), UnexpectedAnswerError, "a str for its 'status'"),
        (
            fixture("room_info_live.json").replace(b'"owner":', b'"host":'),
            UnexpectedAnswerError,
            "no 'owner'",
        ),
        (
            fixture("room_info_live.json").replace(b'"title":"chatting"', b'"title":7'),
            UnexpectedAnswerError,
            "'title'",
        ),
        (
            fixture("room_info_live.json").replace(b'"stream_data":"{', b'"stream_data":"x{'),
            UnexpectedAnswerError,
            "stream_data is not JSON",
        ),
        (
            fixture("room_info_live.json").replace(b"https://pull-f5", b"javascript:pull-f5"),
            UnexpectedAnswerError,
            "no http(s) URL",
        ),
        (b'{"data": {"status": 2, "owner": {}, "x": 1}}', UnexpectedAnswerError, "'title'"),
    ],
)
def test_each_malformed_room_info_is_its_typed_error(
    answer: bytes, error: type[Exception], says: str
) -> None:
    with pytest.raises(error) as caught:
        parse_room_info(answer, "someone", ROOM)
    assert says in str(caught.value)


# ---- the gift catalogue ----------------------------------------------------------------------


def test_the_gift_list_is_a_catalogue_looked_up_by_id() -> None:
    catalogue = parse_gift_list(fixture("gift_list.json"))
    assert len(catalogue) == 4
    assert catalogue.lookup(5655) == Gift(5655, "Rose", 1, "https://p16.example.invalid/rose.png")
    confetti = catalogue.lookup(5585)
    assert confetti is not None and (confetti.diamond_count, confetti.image_url) == (100, "")
    assert catalogue.lookup(1) is None and 1 not in catalogue and 7934 in catalogue
    assert [g.name for g in catalogue] == ["Rose", "Ice Cream Cone", "Confetti", "Heart Me"]
    assert catalogue.to_list()[0] == {
        "id": 5655,
        "name": "Rose",
        "diamond_count": 1,
        "image_url": "https://p16.example.invalid/rose.png",
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        catalogue.gifts = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        catalogue._by_id[1] = Gift(1, "x", 1)  # type: ignore[index]


def test_a_repeated_gift_id_keeps_its_first_entry() -> None:
    catalogue = GiftCatalogue.of([Gift(1, "first", 1), Gift(1, "second", 2), Gift(2, "b", 3)])
    assert len(catalogue) == 3
    first = catalogue.lookup(1)
    assert first is not None and first.name == "first"
    assert GiftCatalogue().lookup(1) is None


@pytest.mark.parametrize(
    ("answer", "error", "says"),
    [
        (fixture("captcha.html"), BlockedError, "not JSON"),
        (b'{"status_code": 0}', UnexpectedAnswerError, "no 'data' object"),
        (fixture("gift_list_no_gifts.json"), UnexpectedAnswerError, "no 'gifts' list"),
        (
            fixture("gift_list_no_diamonds.json"),
            UnexpectedAnswerError,
            "5827 has no 'diamond_count'",
        ),
        (b'{"data": {"gifts": [7]}}', UnexpectedAnswerError, "#0 is not an object"),
        (b'{"data": {"gifts": [{"name": "x"}]}}', UnexpectedAnswerError, "#0 has no 'id'"),
        (b'{"data": {"gifts": [{"id": 3, "diamond_count": 1}]}}', UnexpectedAnswerError, "'name'"),
        (fixture("room_info_age_restricted.json"), AgeRestrictedError, "age-restricted"),
    ],
)
def test_each_malformed_gift_list_is_its_typed_error(
    answer: bytes, error: type[Exception], says: str
) -> None:
    with pytest.raises(error) as caught:
        parse_gift_list(answer, "someone", ROOM)
    assert says in str(caught.value)


def test_room_details_and_streams_are_values() -> None:
    details = RoomDetails(1, "t", 2, 3, "a", "A", (StreamUrls("hd", "https://x/f.flv"),))
    assert details == RoomDetails(1, "t", 2, 3, "a", "A", (StreamUrls("hd", "https://x/f.flv"),))
    assert details.streams[0].hls == ""


# ---- waiting for a LIVE ------------------------------------------------------------------------


def test_the_poll_policy_grows_jitters_and_stays_bounded() -> None:
    policy = PollPolicy(interval=10, factor=2, jitter=0.2)
    assert policy.ceiling == 40
    rng = random.Random(7)
    for looks, base in [(1, 10), (2, 20), (3, 40), (4, 40), (50, 40), (10_000, 40)]:
        for _ in range(50):
            delay = policy.delay(looks, rng)
            assert base * 0.8 <= delay <= min(base * 1.2, 40)
    steady = PollPolicy(interval=10, factor=2, jitter=0)
    assert [steady.delay(n) for n in (1, 2, 3, 4)] == [10, 20, 40, 40]
    assert PollPolicy(5, cap=7, jitter=0).delay(3) == 7
    a, b = random.Random(3), random.Random(3)
    assert [policy.delay(2, a) for _ in range(5)] == [policy.delay(2, b) for _ in range(5)]


@pytest.mark.parametrize(
    "kw",
    [
        {"interval": 0},
        {"interval": float("inf")},
        {"factor": 0.5},
        {"interval": 10, "cap": 5},
        {"jitter": 1.0},
        {"jitter": -0.1},
    ],
)
def test_a_bad_poll_policy_is_refused(kw: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        PollPolicy(**kw)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="looks counts from 1"):
        PollPolicy().delay(0)


# ---- what a refusing proxy's answer means (pure: the adapter only reports it) ------------


@pytest.mark.parametrize(
    ("url", "code", "said", "kind", "retryable"),
    [
        ("http://u:p@127.0.0.1:8080", 407, "407 Proxy Authentication Required", "auth", False),
        ("http://127.0.0.1:8080", 403, "403 Forbidden", "denied", False),
        ("http://127.0.0.1:8080", 502, "502 Bad Gateway", "denied", True),
        ("socks5://127.0.0.1:1080", 2, "not allowed by ruleset", "denied", False),
        ("socks5://127.0.0.1:1080", 5, "connection refused", "denied", True),
        ("socks5://u:p@127.0.0.1:1080", None, "Authentication failed", "auth", False),
        ("socks5://127.0.0.1:1080", None, "garbled", "unreachable", True),
    ],
)
def test_a_proxys_answer_is_its_typed_error(
    url: str, code: int | None, said: str, kind: str, retryable: bool
) -> None:
    from livecore.web import (
        ProxyAuthError,
        ProxyDeniedError,
        ProxyUnreachableError,
        parse_proxy,
        proxy_refusal,
        said_by,
    )

    proxy = parse_proxy(url)
    error = proxy_refusal(proxy, code, said_by(proxy, said), "example.com:443")
    kinds = {
        "auth": ProxyAuthError,
        "denied": ProxyDeniedError,
        "unreachable": ProxyUnreachableError,
    }
    assert type(error) is kinds[kind]
    assert error.retryable is retryable
    assert "u:p" not in str(error) and ":p@" not in str(error)
