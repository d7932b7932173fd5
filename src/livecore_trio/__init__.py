"""livecore's Trio adapter: sockets, timers and the ``livecore`` command line.

It moves bytes and time between the network and the sans-IO core in
``livecore`` and holds no protocol knowledge of its own.
"""
