"""Notifications: kinds (how each reads), actions (create, mark read), e-mail (now or digest), views."""
