"""The pure side of a real connection (``livecore.web``), on fixture files: no I/O.

Proves: the live page gives the room id and status from ``SIGI_STATE`` (also
with single quotes, other attribute orders, and HTML-looking text in the
JSON), no ``LiveRoom`` gives no room, a captcha page / a page without
``SIGI_STATE`` / broken JSON is "blocked"; the room API tells a live, an
offline, a never-live and an unknown user apart; ``check_alive`` gives one
flag per room and refuses a short or malformed answer; the sign server's
every answer maps to its typed error (empty 200 blocked, 200 without cookies,
a body that is no FetchResult, 429 with label and retry time, 401 with and
without a key, 500 with its text); ``X-Set-TT-Cookie`` becomes a ``Cookie``
header without Set-Cookie attributes or smuggled control characters; the key
never shows in a message or a repr; request URLs carry what docs/protocol.md says and
base URLs refuse plain http off loopback.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from livecore import LivecoreError, web
from livecore.room import Room
from livecore.web import (
    API_KEY_HEADER,
    LIVE_CHECK_ADVICE,
    ApiKeyRequiredError,
    BlockedError,
    RateLimitedError,
    RoomInfo,
    SignServerError,
    UnexpectedAnswerError,
    UserNotFoundError,
    UserOfflineError,
    WebError,
    check_alive_url,
    check_base_url,
    cookie_header,
    error_message,
    handshake_headers,
    live_page_url,
    normalize_unique_id,
    parse_check_alive,
    parse_cookies,
    parse_live_page,
    parse_room_api,
    parse_sign_answer,
    room_api_url,
    sign_headers,
    sign_url,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
KEY = "sk-secret-0123456789"

LIVE_ROOM = 7_350_000_000_000_000_001  # the room ids of the fixtures
OFFLINE_ROOM = 7_350_000_000_000_000_002


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def query(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


# ---- the live page --------------------------------------------------------------------


def test_live_page_of_a_live_user() -> None:
    info = parse_live_page(fixture("live_page_live.html"), "someone")
    assert info == RoomInfo(7_350_000_000_000_000_001, live=True)


def test_live_page_as_text_and_bytes_agree() -> None:
    raw = fixture("live_page_live.html")
    assert parse_live_page(raw.decode(), "someone") == parse_live_page(raw, "someone")


def test_live_page_of_an_offline_user_says_status_4() -> None:
    info = parse_live_page(fixture("live_page_offline.html"), "sleepy")
    assert info == RoomInfo(7_350_000_000_000_000_002, live=False)


def test_live_page_without_live_room_gives_no_room() -> None:
    assert parse_live_page(fixture("live_page_never.html"), "newbie") == RoomInfo(0)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("captcha.html", "a captcha page"),
        ("login_wall.html", "has no SIGI_STATE"),
        ("live_page_bad_json.html", "SIGI_STATE is not JSON"),
    ],
)
def test_a_page_without_usable_sigi_state_is_blocked(name: str, says: str) -> None:
    with pytest.raises(BlockedError) as caught:
        parse_live_page(fixture(name), "someone")
    assert says in caught.value.reason
    assert "TikTok blocked the request" in str(caught.value)
    assert "wait a few minutes" in str(caught.value)  # says what to do


DEEP = b"[" * 200_000  # nested past the recursion limit: json raises RecursionError


def test_json_nested_too_deep_is_a_typed_error_not_a_recursion_error() -> None:
    page = b'<script id="SIGI_STATE">' + DEEP + b"</script>"
    with pytest.raises(BlockedError, match="SIGI_STATE is not JSON"):
        parse_live_page(page, "x")
    with pytest.raises(BlockedError, match="not JSON"):
        parse_room_api(DEEP, "x")
    with pytest.raises(BlockedError, match="not JSON"):
        parse_check_alive(DEEP, [1])
    with pytest.raises(SignServerError) as caught:
        parse_sign_answer(500, [], DEEP)
    assert caught.value.status == 500
    with pytest.raises(RateLimitedError):
        parse_sign_answer(429, [], DEEP)


STATE = '{"LiveRoom":{"liveRoomUserInfo":{"user":{"roomId":"42","status":2}}}}'
MB2 = 2 * 1024 * 1024


@pytest.mark.parametrize(
    ("page", "room"),
    [
        # Script openers that never close: a regex tried from each one is quadratic.
        ("<script " * (MB2 // 8), None),
        ("<script " * (MB2 // 8) + f'><div id="SIGI_STATE">{STATE}</div>', None),
        # Megabytes of openers, then the state: found.
        ("<script " * (MB2 // 8) + f'<script id="SIGI_STATE">{STATE}</script>', 42),
        # The state's opener first, then megabytes that never close its tag.
        ('<script id="SIGI_STATE"' + "<script " * (MB2 // 8), None),
        # An opener whose tag never ends, then a real one.
        ('<script id="SIGI_STATE" ' + "a" * MB2 + f'<script id="SIGI_STATE">{STATE}</script>', 42),
        # The id everywhere, outside any tag or inside one, and one '>' at the very end.
        ("SIGI_STATE " * (MB2 // 11) + ">", None),
        ("<script " + "SIGI_STATE " * (MB2 // 11) + ">", None),
        # A tag that opens, and no </script> anywhere after it.
        ('<script id="SIGI_STATE">' + "{" * MB2, None),
    ],
    ids=[
        "openers",
        "openers-then-div",
        "openers-then-state",
        "unclosed-tag",
        "endless-tag",
        "ids-untagged",
        "ids-in-a-tag",
        "no-close",
    ],
)
def test_live_page_scan_stays_linear_on_hostile_pages(page: str, room: int | None) -> None:
    # A linear scan makes each of these instant; the old regex took minutes.
    if room is None:
        with pytest.raises(BlockedError, match="SIGI_STATE"):
            parse_live_page(page, "x")
    else:
        assert parse_live_page(page, "x") == RoomInfo(room, live=True)


@pytest.mark.parametrize(
    "page",
    [
        # The id in another element, or as text inside a script.
        f'<div id="SIGI_STATE">{STATE}</div>',
        f'<script>var id="SIGI_STATE"</script><p>{STATE}</p>',
        f"<script>x</script> id='SIGI_STATE'>{STATE}</script>",
        f'<script data-x="SIGI_STATE">{STATE}</script>',
        f"<script id=SIGI_STATE>{STATE}</script>",
        f'<scripts id="SIGI_STATE">{STATE}</scripts>',
    ],
    ids=["div", "script-text", "after-a-script", "data-attribute", "unquoted", "scripts"],
)
def test_live_page_needs_the_id_on_a_script_tag(page: str) -> None:
    with pytest.raises(BlockedError, match="no SIGI_STATE"):
        parse_live_page(page, "x")


def test_live_page_tolerates_odd_but_valid_markup() -> None:
    page = (
        "<html><script type='application/json'\n   ID = \"SIGI_STATE\" nonce=x>"
        '{"LiveRoom":{"liveRoomUserInfo":{"user":{"roomId":123,"status":"2"}}}}'
        "</SCRIPT ></html>"
    )
    assert parse_live_page(page, "x") == RoomInfo(123, live=True)


@pytest.mark.parametrize(
    ("user", "error"),
    [
        ('{"roomId": "12ab"}', "is not a number"),
        ('{"roomId": [1]}', "list, not a number"),
        ('{"roomId": "99999999999999999999"}', "out of range"),
    ],
)
def test_live_page_with_a_strange_room_id_is_unexpected(user: str, error: str) -> None:
    state = json.dumps({"LiveRoom": {"liveRoomUserInfo": {"user": json.loads(user)}}})
    page = f'<script id="SIGI_STATE">{state}</script>'
    with pytest.raises(UnexpectedAnswerError, match=error):
        parse_live_page(page, "x")


# ---- the room API -------------------------------------------------------------------


def test_room_api_answers() -> None:
    assert parse_room_api(fixture("room_api_live.json"), "someone") == RoomInfo(
        7_350_000_000_000_000_001, live=True
    )
    assert parse_room_api(fixture("room_api_offline.json"), "sleepy") == RoomInfo(
        7_350_000_000_000_000_002, live=False
    )
    assert parse_room_api(fixture("room_api_never.json"), "newbie") == RoomInfo(0)


def test_room_api_user_not_found() -> None:
    with pytest.raises(UserNotFoundError) as caught:
        parse_room_api(fixture("room_api_not_found.json"), "nobody")
    assert caught.value.unique_id == "nobody"
    assert str(caught.value).startswith("TikTok has no user @nobody: check the handle")


def test_room_api_answering_html_is_blocked() -> None:
    with pytest.raises(BlockedError, match="not JSON"):
        parse_room_api(fixture("captcha.html"), "someone")


def test_room_api_answering_a_json_list_is_unexpected() -> None:
    with pytest.raises(UnexpectedAnswerError, match="please report it"):
        parse_room_api(b"[1, 2]", "someone")


# ---- check_alive --------------------------------------------------------------------


def test_check_alive() -> None:
    assert parse_check_alive(fixture("check_alive_live.json"), [LIVE_ROOM]) == [True]
    assert parse_check_alive(fixture("check_alive_offline.json"), [OFFLINE_ROOM]) == [False]


def test_check_alive_matches_answers_by_room_id_str_not_position() -> None:
    """The answer's order is not promised (a peer that reads it by position
    mixes rooms up); room_id_str is exact where a float-reading JSON is not."""
    two = (
        b'{"data": [{"alive": true, "room_id": 7350000000000000000, '
        b'"room_id_str": "7350000000000000006"}, {"alive": false, "room_id_str": "5"}]}'
    )
    assert parse_check_alive(two, [5, 7350000000000000006]) == [False, True]
    with pytest.raises(UnexpectedAnswerError, match="nothing for room 9"):
        parse_check_alive(two, [5, 9])


@pytest.mark.parametrize(
    "body",
    [b'{"data": []}', b'{"data": {"alive": true}}', b'{"data": [{"alive": "yes"}]}', b"{}"],
)
def test_check_alive_malformed(body: bytes) -> None:
    with pytest.raises(UnexpectedAnswerError):
        parse_check_alive(body, [1])


# ---- the sign server ----------------------------------------------------------------

COOKIES = "ttwid=1%7Cabc; tt_chain_token=xyz; Path=/; Domain=.tiktok.com; HttpOnly"


def first_payload() -> bytes:
    return Room(seed=1).first_payload("ws://127.0.0.1:1/webcast/im/push/v2/")


def test_sign_answer_ok_gives_payload_and_cookies() -> None:
    data = first_payload()
    signed = parse_sign_answer(
        200, [("Content-Type", "application/x-protobuf"), ("x-set-tt-cookie", COOKIES)], data
    )
    assert signed.data == data
    assert dict(signed.cookies) == {"ttwid": "1%7Cabc", "tt_chain_token": "xyz"}
    assert "1%7Cabc" not in repr(signed) and "xyz" not in repr(signed)
    assert "ttwid" in repr(signed)  # the names are fine to show


def test_sign_answer_joins_several_cookie_headers() -> None:
    headers = [("X-Set-TT-Cookie", "a=1"), ("X-Set-TT-Cookie", "b=2")]
    signed = parse_sign_answer(200, headers, first_payload())
    assert dict(signed.cookies) == {"a": "1", "b": "2"}


def test_sign_answer_empty_200_is_blocked() -> None:
    with pytest.raises(BlockedError, match="empty answer"):
        parse_sign_answer(200, [("X-Set-TT-Cookie", COOKIES)], b"")


def test_sign_answer_200_without_cookies_is_an_error() -> None:
    with pytest.raises(SignServerError) as caught:
        parse_sign_answer(200, [], first_payload())
    assert caught.value.status == 200
    assert "X-Set-TT-Cookie" in str(caught.value)


def test_sign_answer_that_is_no_fetch_result() -> None:
    with pytest.raises(SignServerError, match="not a FetchResult"):
        parse_sign_answer(200, [("X-Set-TT-Cookie", "a=1")], b"\xff\xff\xff")
    with pytest.raises(SignServerError, match="no push_server"):
        parse_sign_answer(200, [("X-Set-TT-Cookie", "a=1")], b"\x12\x01x")  # cursor only


def test_sign_answer_429_is_rate_limited_with_label_and_retry() -> None:
    with pytest.raises(RateLimitedError) as caught:
        parse_sign_answer(429, [("Retry-After", "30")], fixture("sign_429.json"))
    error = caught.value
    assert error.status == 429
    assert error.label == "webcast_fetch_per_minute"
    assert error.retry_after == 30.0
    assert "retry in 30 s" in str(error)
    assert "'webcast_fetch_per_minute'" in str(error)
    assert "You have reached the limit" in str(error)


def test_sign_answer_429_without_details() -> None:
    with pytest.raises(RateLimitedError) as caught:
        parse_sign_answer(429, [("Retry-After", "soon")], b"")
    assert caught.value.retry_after is None
    assert caught.value.label == ""
    assert "retry later" in str(caught.value)


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ([("RateLimit-Reset", "12")], 12.0),
        ([("Retry-After", "30"), ("RateLimit-Reset", "12")], 12.0),
        ([("X-RateLimit-Reset", "1733616042")], 42.0),
        ([("RateLimit-Remaining", "7")], None),  # a count, never a wait
    ],
)
def test_a_429_waits_as_its_reset_header_says(headers: list[tuple[str, str]], wait: float) -> None:
    """No reset header is documented; the peers read these three (and one of them
    misreads RateLimit-Remaining as seconds)."""
    with pytest.raises(RateLimitedError) as caught:
        parse_sign_answer(429, headers, fixture("sign_429.json"), wall=1_733_616_000.0)
    assert caught.value.retry_after == wait


def test_sign_answer_429_label_never_shows_the_key() -> None:
    body = json.dumps({"message": "slow down", "limit_label": f"per-key {KEY}"}).encode()
    with pytest.raises(RateLimitedError) as caught:
        parse_sign_answer(429, [], body, api_key=KEY)
    assert KEY not in str(caught.value) and KEY not in caught.value.label
    assert "per-key <redacted>" in str(caught.value)


def test_sign_answer_401_without_a_key_asks_for_one() -> None:
    with pytest.raises(ApiKeyRequiredError) as caught:
        parse_sign_answer(401, [("Content-Type", "application/json")], fixture("sign_401.json"))
    assert "LIVECORE_SIGN_API_KEY" in str(caught.value)
    assert "requires an API key" in str(caught.value)


def test_sign_answer_401_with_a_key_says_check_it_and_never_shows_it() -> None:
    body = f'{{"message": "invalid key {KEY}"}}'.encode()
    with pytest.raises(SignServerError) as caught:
        parse_sign_answer(403, [], body, api_key=KEY)
    assert not isinstance(caught.value, ApiKeyRequiredError)
    assert "check the API key" in str(caught.value)
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    assert "<redacted>" in str(caught.value)


def test_sign_answer_500_shows_the_text() -> None:
    with pytest.raises(SignServerError) as caught:
        parse_sign_answer(500, [("Content-Type", "text/plain")], fixture("sign_500.txt"))
    assert caught.value.status == 500
    assert str(caught.value) == (
        "the sign server answered HTTP 500: Internal Server Error: upstream TikTok request failed"
    )


def test_every_web_error_is_a_livecore_error() -> None:
    for cls in (UserNotFoundError, UserOfflineError, BlockedError, SignServerError):
        assert issubclass(cls, WebError) and issubclass(cls, LivecoreError)
    assert issubclass(RateLimitedError, SignServerError)
    assert issubclass(ApiKeyRequiredError, SignServerError)


def test_offline_messages() -> None:
    assert "is not live right now (room 5)" in str(UserOfflineError("x", 5))
    assert "has no LIVE room" in str(UserOfflineError("x"))
    assert "try again once they go live" in str(UserOfflineError("x"))


# ---- error bodies ---------------------------------------------------------------------


def test_error_message_shapes() -> None:
    assert error_message(b"") == "(no body)"
    assert error_message(b'{"error": "bad room"}') == "bad room"
    assert error_message(b'{"detail": "x", "message": "first"}') == "first"
    assert error_message(b"<html><body>Bad gateway</body></html>") == "(an HTML page)"
    assert error_message(b"oops", "text/html") == "(an HTML page)"
    assert error_message(b"line one\r\nline\x00 two\x1b[31m") == "line one line two [31m"
    long = error_message(b"x" * 1000)
    assert len(long) == 300 and long.endswith("...")
    assert error_message(b"\xff\xfe broken").endswith("broken")
    assert error_message(KEY.encode(), secrets=[KEY]) == "<redacted>"


@pytest.mark.parametrize("cut", [300, 1200])  # the message's length, the text read for it
def test_error_message_scrubs_before_it_cuts(cut: int) -> None:
    # A key straddling a cut: not one character of it stays. Blank padding
    # (collapsed to nothing) would bring a head cut off at 1200 to the front.
    for pad in range(cut - len(KEY), cut + 1):
        for fill in (b" ", b"x", b"\x00"):
            said = error_message(fill * pad + KEY.encode() + b" tail", secrets=[KEY])
            assert KEY[:4] not in said, (pad, fill, said)
            json_body = json.dumps({"message": fill.decode() * pad + KEY}).encode()
            assert KEY[:4] not in error_message(json_body, secrets=[KEY])


def test_web_errors_say_whether_a_retry_may_help() -> None:
    assert WebError("x").retryable is True
    assert BlockedError("the sign server got an empty answer").retryable is True
    assert SignServerError(500, "oops").retryable is True
    assert RateLimitedError("label", 3.0).retryable is True
    assert UserOfflineError("x", 5).retryable is False
    assert UserOfflineError("x").retryable is False
    assert UserNotFoundError("x").retryable is False
    assert ApiKeyRequiredError(401, "no key").retryable is False
    with pytest.raises(BlockedError) as blocked:
        parse_sign_answer(200, [("X-Set-TT-Cookie", COOKIES)], b"")
    assert blocked.value.retryable is True  # TikTok may let the sign server in again


def test_api_key_advice_fits_the_cli_and_the_library() -> None:
    said = str(ApiKeyRequiredError(401, "no key"))
    assert "set the LIVECORE_SIGN_API_KEY environment variable" in said
    assert "TikTokProvider(api_key=...)" in said
    assert "(or pass api_key=)" not in said


def test_a_blocked_live_check_points_at_skipping_it() -> None:
    with pytest.raises(BlockedError) as caught:
        parse_check_alive(b"<html>captcha</html>", [1])
    assert LIVE_CHECK_ADVICE in str(caught.value)
    assert "--no-live-check" in str(caught.value)
    assert "room id" not in str(caught.value)


# ---- cookies ------------------------------------------------------------------------


def test_parse_cookies_skips_attributes_and_junk() -> None:
    assert parse_cookies(COOKIES) == {"ttwid": "1%7Cabc", "tt_chain_token": "xyz"}
    assert parse_cookies(None) == {}
    assert parse_cookies("novalue; =x; a=1;;b = 2 ; max-age=3") == {"a": "1", "b": "2"}
    assert parse_cookies("bad name=1; ok=2") == {"ok": "2"}
    # A value that would smuggle a header line, or split the Cookie header, is dropped.
    assert parse_cookies("a=1\r\nX-Evil: 1; b=2") == {"b": "2"}
    assert parse_cookies("a=1,2; b=2") == {"b": "2"}


def test_cookie_header_and_handshake_headers() -> None:
    assert cookie_header({"a": "1", "b": "2"}) == "a=1; b=2"
    assert handshake_headers("UA/1", {"a": "1"}) == [("User-Agent", "UA/1"), ("Cookie", "a=1")]
    assert handshake_headers("UA/1", {}) == [("User-Agent", "UA/1")]


# ---- requests -------------------------------------------------------------------------


def test_request_urls() -> None:
    assert live_page_url("https://www.tiktok.com", "some.one") == (
        "https://www.tiktok.com/@some.one/live"
    )
    api = room_api_url("https://www.tiktok.com", "someone")
    assert urlsplit(api).path == "/api-live/user/room/"
    assert query(api) == {"aid": "1988", "uniqueId": "someone", "sourceType": "54"}
    alive = check_alive_url("https://webcast.tiktok.com", [1, 22])
    assert urlsplit(alive).path == "/webcast/room/check_alive/"
    assert query(alive) == {
        "aid": "1988",
        "room_ids": "1,22",
        "app_language": "en-US",  # the default locale: today's Accept-Language, as parameters
        "browser_language": "en-US",
        "webcast_language": "en",
    }
    signed = sign_url("https://sign.example", 42, "UA/1 (x)")
    assert urlsplit(signed).path == "/webcast/fetch"
    assert query(signed) == {
        "client": "livecore",
        "room_id": "42",
        "user_agent": "UA/1 (x)",
        "client_enter": "true",
        "platform": "web",
    }


def test_the_key_goes_in_a_header_only() -> None:
    assert sign_headers("UA", KEY) == [("User-Agent", "UA"), (API_KEY_HEADER, KEY)]
    assert sign_headers("UA", None) == [("User-Agent", "UA")]
    assert sign_headers("UA", "") == [("User-Agent", "UA")]


@pytest.mark.parametrize(
    ("given", "handle"),
    [
        ("someone", "someone"),
        ("@some.one_2", "some.one_2"),
        ("  @Someone ", "Someone"),
        ("https://www.tiktok.com/@someone/live", "someone"),
        ("https://tiktok.com/@some_one?lang=en", "some_one"),
    ],
)
def test_normalize_unique_id(given: str, handle: str) -> None:
    assert normalize_unique_id(given) == handle


@pytest.mark.parametrize("given", ["", "@", "some one", "a/b", "@x?y", "é"])
def test_normalize_unique_id_refuses(given: str) -> None:
    with pytest.raises(ValueError, match="not a TikTok handle"):
        normalize_unique_id(given)


def test_check_base_url() -> None:
    assert check_base_url("https://api.example/", "sign") == "https://api.example"
    assert check_base_url("http://127.0.0.1:8080", "sign") == "http://127.0.0.1:8080"
    assert check_base_url("http://localhost/x/", "sign") == "http://localhost/x"
    for bad in ("ftp://x", "https://", "api.example", "https://a/?q=1", "https://u:p@a"):
        with pytest.raises(ValueError):
            check_base_url(bad, "sign")
    with pytest.raises(ValueError, match="https"):
        check_base_url("http://api.example", "sign")  # would send the key in the clear


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1", "http://127.1.2.3:8/x", "http://[::1]:9", "http://LOCALHOST"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert check_base_url(url, "sign") == url


@pytest.mark.parametrize(
    "url",
    [
        "http://127.evil.example",
        "http://127.0.0.1.evil.example",
        "http://localhost.evil.example",
        "http://[::2]",
        "http://128.0.0.1",
    ],
)
def test_plain_http_to_a_name_that_looks_like_loopback_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="must use https"):
        check_base_url(url, "sign")


@pytest.mark.parametrize(
    ("status", "page", "error"),
    [
        (403, False, web.BlockedError),
        (429, False, web.BlockedError),
        (500, False, web.WebError),
        (404, True, web.BlockedError),  # the live page itself: anything but 200 is a refusal
    ],
)
def test_a_status_that_is_not_200_is_a_typed_error(
    status: int, page: bool, error: type[web.WebError]
) -> None:
    web.check_status("the room API", 200)  # fine: nothing raised
    with pytest.raises(error, match=f"HTTP {status}") as raised:
        web.check_status("the room API", status, page=page)
    assert type(raised.value) is error
