"""People and organisations: profiles, admission, learning questions, suggestions, the meeting place."""
