"""Tests of peergroups.notifications."""
