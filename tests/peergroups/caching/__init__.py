"""Tests of peergroups.caching."""
