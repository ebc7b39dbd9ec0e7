"""The map: the SVG of the provinces, the markers, the list alternative and the data endpoint."""

import json

import pytest
from django.urls import reverse

from knowledge import geo
from knowledge.models import BestPracticePage
from peergroups.core.taxonomy import Province


def inside(point, rings) -> bool:
    """Ray casting over the projected outline(s) of a province."""
    x, y = point
    result = False
    for ring in rings:
        points = geo._ring_points(ring)
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                result = not result
    return result


def test_twelve_provinces_are_drawn():
    assert {shape.key for shape in geo.PROVINCE_SHAPES} == set(Province.values)
    assert all(shape.path.startswith("M") for shape in geo.PROVINCE_SHAPES)


def test_every_demo_case_lies_in_its_own_province(demo):
    located = BestPracticePage.objects.live().exclude(latitude=None)
    assert located.count() == 17
    for case in located:
        point = geo.project(case.longitude, case.latitude)
        assert inside(point, geo.PROVINCE_RINGS[case.province]), case.title
        assert 0 < point[0] < geo.WIDTH and 0 < point[1] < geo.HEIGHT


def test_cases_in_one_place_get_distinct_markers(demo):
    markers = geo.markers(BestPracticePage.objects.live())
    assert len(markers) == 17
    assert len({(m.x, m.y) for m in markers}) == 17


def test_map_data_endpoint_returns_geojson(demo, client):
    response = client.get(reverse("knowledge:map_data"))
    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json"
    # Pages published from resultancy deliverables have no location yet (the editors may add one).
    from_teams = BestPracticePage.objects.live().filter(source_kind="deliverable").count()
    assert data["type"] == "FeatureCollection" and data["without_location"] == 1 + from_teams
    assert len(data["features"]) == 17
    leeuwarden = next(f for f in data["features"] if f["properties"]["organisation"] == "Gemeente Leeuwarden")
    assert leeuwarden["geometry"] == {"type": "Point", "coordinates": [5.799, 53.201]}
    assert leeuwarden["properties"]["url"] == "/kennisbank/gemeente-leeuwarden/"
    assert leeuwarden["properties"]["staff_count"] == 1250


@pytest.mark.parametrize(("query", "expected"), [("provincie=limburg", 1), ("bestuurslaag=lokaal", 4), ("jaar=x", 17)])
def test_map_data_follows_the_finder_filters(demo, client, query, expected):
    data = client.get(reverse("knowledge:map_data") + "?" + query).json()
    assert len(data["features"]) == expected


def test_map_page_has_linked_markers_and_a_list_alternative(demo, client):
    response = client.get(reverse("knowledge:map"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="knowledge-map__province"') == 12
    assert html.count('class="knowledge-map__marker"') == 17
    assert 'aria-label="Gemeente Leeuwarden: samen optrekken vanuit mienskip (Leeuwarden)"' in html
    assert 'cx="' in html and "," not in html.split('cx="')[1].split('"')[0]  # coordinates never localised
    list_part = html.split('id="kaartlijst"')[1]
    for case in BestPracticePage.objects.live():
        assert case.title in list_part
