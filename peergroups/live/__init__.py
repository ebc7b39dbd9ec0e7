"""Live discussion (issue 7): the event log, fan-out, presence and the socket consumers.

The wire protocol is documented in ``docs/LIVE_PROTOCOL.md``.
"""
