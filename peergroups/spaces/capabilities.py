"""What a person may do with a group, as the yes/no answers every group page's template needs."""

from peergroups import policy as permissions


def space_capabilities(ctx, space) -> dict:
    """The yes/no answers a group template needs, all from the policy."""
    return {
        "role": permissions.space_role(ctx, space),
        "can_see_members": permissions.can_see_members(ctx, space),
        "can_see_content": permissions.can_see_content(ctx, space),
        "can_post": permissions.can_post(ctx, space),
        "can_join": permissions.can_join(ctx, space),
        "can_request": permissions.can_request_to_join(ctx, space),
        "can_manage": permissions.can_manage_space(ctx, space),
        "can_leave": permissions.can_leave(ctx, space),
        "can_plan_meetings": permissions.can_plan_meetings(ctx, space),
    }
