"""Vocabulary and text tools every floor uses (taxonomy, roles, limits, markup, mail); imports Django only."""
