"""Tests of peergroups.portal."""
