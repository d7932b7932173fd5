"""A Connection option passed through the Trio client is type-checked: a
misspelt one fails ``mypy --strict`` where the user wrote it, not at run time."""

from __future__ import annotations

from pathlib import Path

from mypy import api


def _check(tmp_path: Path, code: str) -> tuple[str, int]:
    source = tmp_path / "user.py"
    source.write_text(code, encoding="utf-8")
    out, _, status = api.run(
        ["--strict", "--cache-dir", str(tmp_path / "cache"), "--no-error-summary", str(source)]
    )
    return out, status


def test_a_misspelt_connection_option_fails_the_type_check(tmp_path: Path) -> None:
    out, status = _check(
        tmp_path,
        "from livecore_trio import Client\n"
        "good = Client(b'', validate=True, dedup_window=100, heartbeat_interval=5.0)\n"
        "bad = Client(b'', validte=True)\n",
    )
    assert status == 1
    assert out.count("error:") == 1 and 'Unexpected keyword argument "validte"' in out
    assert "user.py:3:" in out
