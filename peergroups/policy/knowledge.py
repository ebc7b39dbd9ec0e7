"""Rules about the editorial work of the knowledge base (used by knowledge/)."""

from __future__ import annotations

from peergroups.policy.context import PermissionContext


def can_promote_to_knowledge(ctx: PermissionContext) -> bool:
    """Editors turn material from elsewhere on the platform into draft knowledge pages."""
    return ctx.is_editor


def can_review_knowledge_submission(
    ctx: PermissionContext, *, submitted_by_id: int | None, revision_author_id: int | None = None
) -> bool:
    """Four eyes: an editor reviews a submitted page, but never their own submission or revision."""
    if not ctx.is_editor:
        return False
    return ctx.user_id not in {submitted_by_id, revision_author_id}


def may_hold_page_permissions(ctx: PermissionContext) -> bool:
    """Whether Wagtail's page permissions can let this user edit a page: editors and superusers.

    Nobody else holds them, so callers skip Wagtail's per-page check (a query) for everyone else.
    """
    return ctx.is_editor or bool(ctx.is_authenticated and ctx.user.is_superuser)
