"""Tests of peergroups.organisations."""
