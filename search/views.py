"""The search page (/zoeken/) and autocomplete. Thin: parse, ask the service, render."""

from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode

from . import service
from .numbers import parse_page
from .scope import scope_for

MAX_QUERY_LENGTH = 200


def _params(request) -> service.SearchParams:
    text = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    filters = {}
    for name in service.FACET_FIELDS:
        values = [v[:100] for v in request.GET.getlist(name) if v][:10]
        if values:
            filters[name] = values
    page = parse_page(request.GET.get("pagina"), last=service.MAX_PAGE)
    sort = "date" if request.GET.get("sorteer") == "datum" else "relevance"
    return service.SearchParams(text=text, filters=filters, sort=sort, page=page)


def _url_with(params: service.SearchParams, **changes) -> str:
    query = [("q", params.text)] if params.text else []
    filters = changes.get("filters", params.filters)
    for name, values in filters.items():
        query += [(name, v) for v in values]
    sort = changes.get("sort", params.sort)
    if sort == "date":
        query.append(("sorteer", "datum"))
    page = changes.get("page", 1)
    if page > 1:
        query.append(("pagina", page))
    return "?" + urlencode(query)


def search_page(request):
    params = _params(request)
    results = service.search(params, scope_for(request.user))
    facets = []
    for name, label in service.FACETS:
        values = []
        for value in results.facets.get(name, []):
            chosen = list(params.filters.get(name, []))
            toggled = [v for v in chosen if v != value.value] if value.selected else chosen + [value.value]
            filters = {**params.filters, name: toggled}
            values.append({"facet": value, "url": _url_with(params, filters=filters)})
        if values:
            facets.append({"name": name, "label": label, "values": values})
    context = {
        "params": params,
        "results": results,
        "facets": facets,
        "has_query": bool(params.text or params.filters),
        "sort_relevance_url": _url_with(params, sort="relevance"),
        "sort_date_url": _url_with(params, sort="date"),
        "previous_url": _url_with(params, page=results.page - 1) if results.page > 1 else None,
        "next_url": _url_with(params, page=results.page + 1) if results.page < results.pages else None,
    }
    template = "search/_results.html" if request.headers.get("HX-Request") else "search/search.html"
    return _uncached(render(request, template, context))


def autocomplete(request):
    prefix = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    suggestions = service.autocomplete(prefix, scope_for(request.user))
    return _uncached(render(request, "search/_autocomplete.html", {"suggestions": suggestions}))


def _uncached(response):
    """Results follow the index, not the database writes that renew the anonymous page cache
    (platform_site.page_cache), and the viewer's scope: never stored there or in shared caches."""
    patch_cache_control(response, private=True)
    return response
