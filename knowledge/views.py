"""Thin views for what is not a Wagtail page: the section entry, the map, the draft hook's form."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from peergroups import policy as permissions
from peergroups.core.taxonomy import Province

from . import actions, finder, geo, routing
from .forms import PromoteDraftForm
from .models import KnowledgeIndexPage


def _knowledge_index(request):
    """The live knowledge index page (the finder), or a 404."""
    index = KnowledgeIndexPage.objects.live().public().first()
    if index is None:
        raise Http404(_("The knowledge base is not available."))
    return index


def knowledge_index(request):
    """``knowledge:index`` for the main navigation: the knowledge index page itself.

    Served through Wagtail, so it is exactly the page editors see; if editors
    moved it to another address, this sends the visitor there.
    """
    path = request.path.lstrip("/")
    if isinstance(routing.route(request, path), KnowledgeIndexPage):  # the usual case, from the cached route
        return routing.serve(request, path)
    index = _knowledge_index(request)
    url = index.get_url(request)
    if url != request.path:
        return redirect(url)
    return routing.serve(request, path)


def _cases_for_map(request):
    cases, selected = finder.filtered_cases(request.GET)
    cases = cases.select_related("policy_domain").prefetch_related("years").order_by("title", "pk")
    return list(cases), selected


def case_map(request):
    """The cases on a map of the provinces, with the same cases as a list (the accessible alternative)."""
    index = _knowledge_index(request)
    cases, selected = _cases_for_map(request)
    by_province = {key: [] for key, _label in Province.choices}
    without_location = []
    for case in cases:
        if case.province in by_province:
            by_province[case.province].append(case)
        else:
            without_location.append(case)
    provinces = [(label, by_province[key]) for key, label in Province.choices if by_province[key]]
    context = {
        "index": index,
        "cases": cases,
        "markers": geo.markers(cases),
        "shapes": geo.PROVINCE_SHAPES,
        "width": geo.WIDTH,
        "height": geo.HEIGHT,
        "provinces": provinces,
        "without_location": without_location,
        "querystring": finder.encode(selected),
        "has_filters": any(selected.values()),
        "unmapped": [case for case in cases if not case.has_location],
    }
    return render(request, "knowledge/map.html", context)


def case_map_data(request):
    """The map's data as GeoJSON: one point per case with a location (finder filters apply)."""
    cases, _selected = _cases_for_map(request)
    features = []
    for case in cases:
        if not case.has_location:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [case.longitude, case.latitude]},
                "properties": {
                    "title": case.title,
                    "url": case.get_url(request),
                    "organisation": case.organisation_name,
                    "organisation_type": case.organisation_type,
                    "government_layer": case.government_layer,
                    "staff_count": case.staff_count,
                    "policy_domain": case.policy_domain.name if case.policy_domain else None,
                    "province": case.province,
                    "city": case.city,
                },
            }
        )
    payload = {
        "type": "FeatureCollection",
        "features": features,
        "without_location": sum(1 for case in cases if not case.has_location),
    }
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})


@require_http_methods(["GET", "POST"])
def promote_draft(request):
    """An editor turns material from elsewhere on the platform into a draft best practice.

    Other apps link or post here (GET parameters prefill the form); the draft
    opens in the Wagtail admin, ready to be finished and submitted for review.
    """
    ctx = request.permissions
    if not ctx.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_promote_to_knowledge(ctx):
        raise PermissionDenied(_("Only editors can turn material into a knowledge page."))
    if request.method == "POST":
        form = PromoteDraftForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                page = actions.create_draft_knowledge_page(
                    title=data["title"],
                    summary=data["summary"],
                    body_text=data["body_text"],
                    source_kind=data["source_kind"],
                    source_url=data["source_url"],
                    source_label=data["source_label"],
                    themes=list(data["themes"]),
                    organisation=data["organisation"],
                    actor=request.user,
                )
            except ValidationError as exc:
                for field, errors in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                messages.success(
                    request,
                    _("The draft '%(title)s' has been created. Complete it and submit it for review.")
                    % {"title": page.title},
                )
                return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    else:
        form = PromoteDraftForm(initial=PromoteDraftForm.initial_from(request.GET))
    return render(request, "knowledge/promote_draft.html", {"form": form})
