"""Template helpers for group pages: tabs from the policy, badges, activity lines."""

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from peergroups import policy as permissions

from ..models import Activity, SpaceKind

register = template.Library()


@register.inclusion_tag("peergroups/includes/space_tabs.html", takes_context=True)
def space_tabs(context, space, current=""):
    """The tabs of a group page; each shown only when the policy allows what it opens."""
    ctx = context["request"].permissions
    slug = space.slug
    tabs = [("about", _("About"), reverse("peergroups:space_detail", args=[slug]))]
    if permissions.can_see_members(ctx, space):
        tabs.append(("members", _("Members"), reverse("peergroups:space_members", args=[slug])))
    if permissions.can_see_content(ctx, space):
        tabs.append(("meetings", _("Meetings"), reverse("peergroups:meeting_list", args=[slug])))
        tabs.append(("documents", _("Documents"), reverse("peergroups:document_list", args=[slug])))
        if space.kind == SpaceKind.WORKING_GROUP:
            tabs.append(("work_plan", _("Work plan"), reverse("peergroups:work_plan", args=[slug])))
        tabs.append(("activity", _("Activity"), reverse("peergroups:activity_feed", args=[slug])))
    if permissions.can_join_room(ctx, space):
        tabs.append(("room", _("Room"), reverse("peergroups:room", args=[slug])))
    if permissions.can_manage_space(ctx, space):
        tabs.append(("manage", _("Manage"), reverse("peergroups:space_manage", args=[slug])))
    return {"tabs": tabs, "current": current, "space": space}


@register.simple_tag(takes_context=True)
def space_role(context, space):
    """The person's role in the space ("coordinator", "member" or None), from the policy."""
    return permissions.space_role(context["request"].permissions, space)


@register.inclusion_tag("peergroups/includes/progress.html")
def progress_bar(percent, *label_parts):
    """A progress bar labelled by the element whose id is the joined ``label_parts``."""
    return {"percent": percent, "label_id": "-".join(str(p) for p in label_parts)}


@register.simple_tag
def activity_link(activity, space):
    """Where an activity line points to, if anywhere (built from ids, at render time)."""
    if activity.target_type == "meeting" and activity.target_id:
        return reverse("peergroups:meeting_detail", args=[space.slug, activity.target_id])
    if activity.target_type == "spearhead" and activity.params.get("number"):
        return reverse("peergroups:spearhead_detail", args=[space.slug, activity.params["number"]])
    if activity.target_type == "document":
        return reverse("peergroups:document_list", args=[space.slug])
    return ""


@register.filter
def verb_label(activity):
    return Activity.Verb(activity.verb).label if activity.verb in Activity.Verb.values else activity.verb


@register.simple_tag
def thread_rows(threads):
    """``{% thread_rows threads %}``: the rows of a thread listing, each cached by its content."""
    from peergroups.portal.row_fragments import thread_rows as rows

    return mark_safe("".join(rows(threads)))  # noqa: S308 (escaped by the row template)


@register.simple_tag
def organisation_sign_in_available():
    """Whether any organisation signs in through its own identity provider."""
    from peergroups.organisations.identity_actions import organisation_sign_in_available as available

    return available()
