"""``python -m livecore_trio.cli``: the command line, as the console script runs it."""

import sys

from livecore_trio.cli.app import main

sys.exit(main())
