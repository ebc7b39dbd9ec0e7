"""Tests of peergroups.spaces."""
