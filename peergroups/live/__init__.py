"""Live discussion: the event log, fan-out, presence and the socket consumers.

The wire protocol is documented in ``docs/LIVE_PROTOCOL.md``.
"""
