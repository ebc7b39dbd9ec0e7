"""Tests of peergroups.demo.loader."""
