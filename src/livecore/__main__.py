"""``livecore`` and ``python -m livecore``: the command line.

The command line runs on the Trio adapter, an extra (``pip install
'livecore[trio]'``): the core alone installs only protobuf and transitions.
This entry point lives in the core so that, without the extra, ``livecore``
says what to install instead of failing with a traceback (and ``--version``
works either way). The core itself never imports the adapter.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from livecore import __version__

__all__ = ["main"]

#: The top-level modules the ``trio`` extra brings.
_EXTRA_MODULES = frozenset(
    {"trio", "trio_websocket", "httpx", "socksio", "python_socks", "livecore_trio"}
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; 2 with advice when the ``trio`` extra is missing."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["--version"], ["-V"]):
        print(f"livecore {__version__}")
        return 0
    try:
        from livecore_trio.cli import main as run

        return run(args)  # a command may load more of the extra (httpx: watch) as it goes
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").partition(".")[0]
        if missing not in _EXTRA_MODULES:
            raise
        print(
            f"livecore: this command needs the Trio adapter, and {missing!r} is not "
            "installed: pip install 'livecore[trio]'",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
