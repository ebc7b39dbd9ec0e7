"""Tests of peergroups.policy."""
