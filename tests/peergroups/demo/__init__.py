"""Tests of peergroups.demo."""
