"""The ``livecore`` command line: the wing of the Trio adapter that people run.

Every command is a module here (``watch``, ``info``, ``gifts``, ``fleet``,
...), their exit codes are in :mod:`livecore_trio.cli.exits`, and the
library half of ``livecore_trio`` (client, providers, room server, fleet
runtime) never imports this package. Its contract is held by
tests/test_cli*.py and the docs.
"""

from livecore_trio.cli.app import main

__all__ = ["main"]
