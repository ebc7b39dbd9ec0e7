"""Template helpers: Django form fields with NL Design System classes, the window title, the editor's links."""

import re

from django import forms, template
from django.forms.widgets import DateTimeBaseInput
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState

from peergroups import policy as permissions
from peergroups.core import limits
from peergroups.models import MemberProfile

register = template.Library()


@register.filter
def widget_kind(widget) -> str:
    if isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
        return "multiple"  # a fieldset of choices with a legend
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.Select):
        return "select"
    return "input"


@register.filter
def length_hint(bound_field) -> str:
    """ "At most 20,000 characters." under a text field with a limit (``peergroups.core.limits``); filters opt out."""
    field = bound_field.field
    if not isinstance(field, forms.CharField) or not field.max_length:
        return ""
    if not isinstance(field.widget, (forms.TextInput, forms.Textarea)) or isinstance(field.widget, DateTimeBaseInput):
        return ""
    if not getattr(bound_field.form, "show_limits", True):
        return ""
    return limits.hint(field.max_length)


@register.simple_tag
def text_limit(name: str) -> int:
    """A limit of ``peergroups.core.limits`` by name, for a hand-written textarea's ``maxlength``."""
    return int(getattr(limits, name))


@register.filter
def limit_hint(max_length: int) -> str:
    return limits.hint(int(max_length))


@register.filter
def with_classes(bound_field, classes: str):
    """Render a field with CSS classes and the ARIA links to its help and errors."""
    attrs = {"class": classes}
    described_by = []
    if bound_field.help_text or length_hint(bound_field):
        described_by.append(f"{bound_field.auto_id}_help")
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
        described_by.append(f"{bound_field.auto_id}_error")
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return bound_field.as_widget(attrs=attrs)


# Characters that reorder text (embeddings, overrides, isolates, marks): user text in a title may not
# flip the rest of the window title or tab label.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


@register.filter(is_safe=True)
def window_title(text, site_name) -> SafeString:
    """ "Page – Site" for ``<title>``: the page part with bidi controls removed and whitespace folded.

    ``text`` is a rendered block (already escaped); an empty page part gives the site name alone.
    """
    # Both parts are escaped here (a rendered block is already safe and stays as it is); removing
    # characters and folding spaces cannot create markup.
    page = " ".join(BIDI_CONTROLS.sub("", conditional_escape(text)).split())
    site = conditional_escape(site_name)
    return mark_safe(f"{page} – {site}" if page else site)  # noqa: S308


@register.inclusion_tag("includes/editor_tools.html", takes_context=True)
def editor_tools(context):
    """Links from the public site into the work an editor, moderator or site admin may do.

    "Edit this page" follows Wagtail's own page permissions; the queues follow
    the policy (``can_promote_to_knowledge`` for the editorial review,
    ``can_see_moderation_queue``, ``can_approve_members``). Members without such
    powers, pending accounts and visitors get nothing.
    """
    request = context.get("request")
    ctx = getattr(request, "permissions", None)
    if ctx is None or not ctx.is_member:
        return {"links": []}
    links = []
    page = context.get("page")
    editable = isinstance(page, Page) and page.pk and permissions.may_hold_page_permissions(ctx)
    if editable and page.permissions_for_user(request.user).can_edit():
        links.append((_("Edit this page"), reverse("wagtailadmin_pages:edit", args=[page.pk])))
    if permissions.can_promote_to_knowledge(ctx):
        waiting = TaskState.objects.reviewable_by(request.user).count()
        links.append((_("Awaiting your review (%(count)s)") % {"count": waiting}, reverse("wagtailadmin_home")))
    if permissions.can_see_moderation_queue(ctx):
        links.append((_("Moderation queue"), reverse("peergroups:thread_moderation")))
    if permissions.can_approve_members(ctx):
        pending = MemberProfile.objects.filter(status=MemberProfile.Status.PENDING).count()
        links.append((_("Account approvals (%(count)s)") % {"count": pending}, reverse("peergroups:pending_accounts")))
    return {"links": links}
