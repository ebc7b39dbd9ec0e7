"""Small template helpers for the knowledge pages."""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``{{ mapping|get_item:key }}``: a dict lookup with a variable key."""
    if not mapping:
        return None
    return mapping.get(key)


@register.simple_tag
def case_facts(case) -> str:
    """One line of the facts a reader compares cases on: type · layer · staff · place · years."""
    parts = [case.get_organisation_type_display(), case.get_government_layer_display()]
    if case.staff_count:
        parts.append(
            ngettext("%(count)s staff member", "%(count)s staff", case.staff_count) % {"count": case.staff_count}
        )
    place = case.city or case.get_province_display()
    if place:
        parts.append(place)
    years = case.year_list()
    if years:
        parts.append(", ".join(str(y) for y in years))
    return " · ".join(str(p) for p in parts if p)


@register.simple_tag
def award_label(case) -> str:
    if case.award_status in ("", "none"):
        return ""
    label = str(case.get_award_status_display())
    if not case.award_name or case.award_name.lower() in label.lower():
        return label
    return _("%(status)s, %(award)s") % {"status": label, "award": case.award_name}


@register.tag
def shared_body(parser, token):
    """``{% shared_body %}…{% endshared_body %}``: the page body, cached for every viewer (knowledge.shared_cache)."""
    nodelist = parser.parse(("endshared_body",))
    parser.delete_first_token()
    return SharedBodyNode(nodelist)


class SharedBodyNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        from django.utils.safestring import mark_safe

        from ..shared_cache import store

        body = context.get("shared_body")
        if body is not None:
            return mark_safe(body)  # noqa: S308 - this template rendered it (escaped) for the cache
        html = self.nodelist.render(context)
        request = context.get("request")
        if request is not None:
            store(request, html)
        return html
