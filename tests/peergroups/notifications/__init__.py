"""Tests of peergroups.notifications.email."""
