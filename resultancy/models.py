"""Resultancy teams (strategic issues, teams, pledges, deliverables) — see issue 6."""
