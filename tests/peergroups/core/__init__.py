"""Tests of peergroups.core."""
