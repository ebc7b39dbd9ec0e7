"""A schematic map of the Netherlands, drawn by the platform itself (no tile server).

The twelve provinces are simplified outlines through a few dozen shared
points (longitude, latitude), so neighbouring provinces meet exactly. They
are projected to SVG coordinates with an equirectangular projection scaled
by cos(52°), which keeps the country recognisable at this size. Cases are
plotted from their own latitude and longitude; several cases in one place are
spread on a small ring so every marker stays visible and clickable.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from peergroups.core.taxonomy import Province

# --- geometry -------------------------------------------------------------------------

#: Shared boundary points (longitude, latitude), named so borders are drawn once.
P = {
    # Zeeland
    "Z1": (3.43, 51.54), "Z2": (3.55, 51.62), "Z3": (3.68, 51.70), "Z4": (3.85, 51.745),
    "Z5": (4.05, 51.72), "ZHZ": (4.25, 51.66), "ZBZ": (4.30, 51.61), "ZB2": (4.24, 51.45),
    "ZB3": (4.25, 51.38), "Z6": (4.05, 51.40), "Z7": (3.75, 51.41), "Z8": (3.58, 51.43),
    "V1": (3.37, 51.37), "V2": (3.60, 51.38), "V3": (3.85, 51.35), "V4": (4.22, 51.36),
    "V5": (4.20, 51.28), "V6": (3.90, 51.21), "V7": (3.55, 51.24), "V8": (3.38, 51.30),
    # Noord-Brabant and Limburg
    "B1": (4.42, 51.67), "B2": (4.62, 51.71), "B3": (4.85, 51.78), "GZB": (5.00, 51.82),
    "B4": (5.15, 51.79), "B5": (5.30, 51.76), "B6": (5.55, 51.81), "B7": (5.75, 51.77),
    "GLB": (5.87, 51.75), "LB1": (5.95, 51.62), "LB2": (5.88, 51.50), "LB3": (5.82, 51.36),
    "LB4": (5.62, 51.25), "BE1": (5.50, 51.24), "BE2": (5.25, 51.27), "BE3": (5.05, 51.40),
    "BE4": (4.90, 51.42), "BE5": (4.70, 51.43), "BE6": (4.45, 51.37),
    "GLG": (5.98, 51.77), "L1": (6.06, 51.62), "L2": (6.22, 51.38), "L3": (6.17, 51.15),
    "L4": (5.92, 51.00), "L5": (6.08, 50.92), "L6": (6.03, 50.76), "L7": (5.70, 50.75),
    "L8": (5.64, 50.85), "L9": (5.76, 50.98), "L10": (5.84, 51.14), "L11": (5.66, 51.19),
    # Gelderland, Utrecht, Overijssel
    "ZGU": (5.15, 51.93), "U1": (5.35, 51.96), "U2": (5.62, 51.97), "U3": (5.58, 52.08),
    "U4": (5.52, 52.17), "UGF": (5.42, 52.25), "G1": (5.60, 52.33), "OGF": (5.87, 52.52),
    "O1": (6.07, 52.48), "O2": (6.10, 52.35), "O3": (6.17, 52.22), "O4": (6.45, 52.19),
    "O5": (6.70, 52.15), "GOG": (6.87, 52.12), "G2": (6.82, 51.97), "G3": (6.70, 51.90),
    "G4": (6.45, 51.84), "G5": (6.15, 51.86),
    "ZU1": (4.98, 52.02), "ZU2": (4.82, 52.08), "ZU3": (4.80, 52.17), "NZU": (4.80, 52.23),
    "NU1": (4.98, 52.24), "NU2": (5.10, 52.20), "NU3": (5.22, 52.21), "UNF": (5.30, 52.29),
    "OV1": (7.07, 52.45), "OV2": (7.04, 52.24), "DOG": (7.05, 52.64),
    # Noord-Holland, Zuid-Holland, Flevoland
    "NZ": (4.49, 52.30), "NZ2": (4.62, 52.27), "N1": (4.56, 52.45), "N2": (4.62, 52.62),
    "N3": (4.67, 52.80), "N4": (4.73, 52.96), "N5": (4.90, 52.92), "N6": (5.05, 52.95),
    "N7": (5.12, 52.80), "N8": (5.30, 52.70), "N9": (5.07, 52.63), "N10": (5.10, 52.50),
    "N11": (5.05, 52.38), "NF1": (5.15, 52.33),
    "ZC1": (3.92, 51.82), "ZC2": (4.05, 51.87), "ZC3": (4.12, 51.98), "ZC4": (4.27, 52.10),
    "ZC5": (4.42, 52.24),
    "F1": (5.22, 52.44), "F2": (5.42, 52.53), "F3": (5.45, 52.60), "F4": (5.58, 52.67),
    "F5": (5.63, 52.79), "OFF": (5.88, 52.80), "F8": (5.88, 52.65),
    # Friesland, Groningen, Drenthe
    "FA": (5.40, 53.08), "FH": (5.42, 53.18), "FN1": (5.65, 53.33), "FN2": (5.95, 53.40),
    "FGL": (6.20, 53.41), "FG2": (6.32, 53.28), "FGD": (6.35, 53.13), "FD1": (6.30, 53.00),
    "FDO": (6.20, 52.87), "FO1": (6.02, 52.83), "FS": (5.36, 52.88), "FS2": (5.40, 53.00),
    "GR1": (6.55, 53.45), "GR2": (6.85, 53.45), "GR3": (6.95, 53.33), "GR4": (7.20, 53.25),
    "GR5": (7.21, 53.10), "GR6": (7.20, 52.98), "GDG": (7.08, 52.84), "GD1": (6.95, 52.95),
    "GD2": (6.85, 53.05), "GD3": (6.70, 53.12), "GD4": (6.50, 53.17),
    "D2": (6.75, 52.63), "D3": (6.50, 52.63), "D4": (6.30, 52.67), "D5": (6.13, 52.73),
}  # fmt: skip

#: Each province as one or more rings of point names (islands as separate rings).
PROVINCE_RINGS: dict[str, list[list[str]]] = {
    Province.ZEELAND: [
        ["Z1", "Z2", "Z3", "Z4", "Z5", "ZHZ", "ZBZ", "ZB2", "ZB3", "Z6", "Z7", "Z8"],
        ["V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8"],
    ],
    Province.ZUID_HOLLAND: [
        ["Z4", "ZC1", "ZC2", "ZC3", "ZC4", "ZC5", "NZ", "NZ2", "NZU", "ZU3", "ZU2", "ZU1", "ZGU", "GZB",
         "B3", "B2", "B1", "ZBZ", "ZHZ", "Z5"],
    ],
    Province.NOORD_BRABANT: [
        ["ZBZ", "B1", "B2", "B3", "GZB", "B4", "B5", "B6", "B7", "GLB", "LB1", "LB2", "LB3", "LB4", "BE1",
         "BE2", "BE3", "BE4", "BE5", "BE6", "ZB3", "ZB2"],
    ],
    Province.LIMBURG: [
        ["GLB", "GLG", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10", "L11", "LB4", "LB3",
         "LB2", "LB1"],
    ],
    Province.GELDERLAND: [
        ["GZB", "ZGU", "U1", "U2", "U3", "U4", "UGF", "G1", "OGF", "O1", "O2", "O3", "O4", "O5", "GOG",
         "G2", "G3", "G4", "G5", "GLG", "GLB", "B7", "B6", "B5", "B4"],
    ],
    Province.UTRECHT: [
        ["ZGU", "ZU1", "ZU2", "ZU3", "NZU", "NU1", "NU2", "NU3", "UNF", "UGF", "U4", "U3", "U2", "U1"],
    ],
    Province.NOORD_HOLLAND: [
        ["NZ", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "N10", "N11", "NF1", "UNF", "NU3",
         "NU2", "NU1", "NZU", "NZ2"],
        [(4.71, 53.00), (4.73, 53.10), (4.85, 53.18), (4.91, 53.13), (4.86, 53.03)],  # Texel
    ],
    Province.FLEVOLAND: [
        ["NF1", "F1", "F2", "F3", "F4", "F5", "OFF", "F8", "OGF", "G1", "UGF", "UNF"],
    ],
    Province.FRIESLAND: [
        ["FA", "FH", "FN1", "FN2", "FGL", "FG2", "FGD", "FD1", "FDO", "FO1", "OFF", "F5", "FS", "FS2"],
        [(4.92, 53.23), (5.08, 53.30), (5.12, 53.28), (4.96, 53.21)],  # Vlieland
        [(5.20, 53.36), (5.40, 53.41), (5.58, 53.45), (5.56, 53.41), (5.24, 53.34)],  # Terschelling
        [(5.63, 53.45), (5.90, 53.47), (5.90, 53.43), (5.64, 53.42)],  # Ameland
        [(6.10, 53.49), (6.30, 53.51), (6.30, 53.48), (6.12, 53.47)],  # Schiermonnikoog
    ],
    Province.GRONINGEN: [
        ["FGL", "GR1", "GR2", "GR3", "GR4", "GR5", "GR6", "GDG", "GD1", "GD2", "GD3", "GD4", "FGD", "FG2"],
    ],
    Province.DRENTHE: [
        ["FGD", "GD4", "GD3", "GD2", "GD1", "GDG", "DOG", "D2", "D3", "D4", "D5", "FDO", "FD1"],
    ],
    Province.OVERIJSSEL: [
        ["OFF", "FO1", "FDO", "D5", "D4", "D3", "D2", "DOG", "OV1", "OV2", "GOG", "O5", "O4", "O3", "O2",
         "O1", "OGF", "F8"],
    ],
}  # fmt: skip

# --- projection -----------------------------------------------------------------------

LON_MIN, LON_MAX = 3.25, 7.35
LAT_MIN, LAT_MAX = 50.70, 53.60
SCALE = 200.0  # SVG units per degree of latitude
MARGIN = 12.0
_COS = math.cos(math.radians(52.15))
WIDTH = round((LON_MAX - LON_MIN) * _COS * SCALE + 2 * MARGIN)
HEIGHT = round((LAT_MAX - LAT_MIN) * SCALE + 2 * MARGIN)


def project(lon: float, lat: float) -> tuple[float, float]:
    """(x, y) in the SVG's coordinate system for a longitude and latitude."""
    x = (lon - LON_MIN) * _COS * SCALE + MARGIN
    y = (LAT_MAX - lat) * SCALE + MARGIN
    return round(x, 1), round(y, 1)


def _ring_points(ring) -> list[tuple[float, float]]:
    return [project(*(P[point] if isinstance(point, str) else point)) for point in ring]


def _path(rings) -> str:
    parts = []
    for ring in rings:
        points = _ring_points(ring)
        parts.append("M" + " L".join(f"{x},{y}" for x, y in points) + " Z")
    return " ".join(parts)


@dataclass(frozen=True)
class ProvinceShape:
    key: str
    name: str
    path: str
    label_x: float
    label_y: float


#: Where a label would sit under a marker or outside the outline, a hand-picked spot (lon, lat).
LABEL_POSITIONS = {
    Province.GRONINGEN: (6.88, 53.17),
    Province.UTRECHT: (5.38, 52.01),
    Province.ZUID_HOLLAND: (4.62, 51.84),
    Province.NOORD_BRABANT: (5.30, 51.55),
    Province.NOORD_HOLLAND: (4.80, 52.55),
    Province.FRIESLAND: (5.75, 53.05),
}


def _label_point(key, rings) -> tuple[float, float]:
    """A hand-picked spot, or the average of the first ring's points (inside these simple outlines)."""
    if key in LABEL_POSITIONS:
        return project(*LABEL_POSITIONS[key])
    points = _ring_points(rings[0])
    return (
        round(sum(x for x, _ in points) / len(points), 1),
        round(sum(y for _, y in points) / len(points), 1),
    )


def province_shapes() -> list[ProvinceShape]:
    shapes = []
    for key, rings in PROVINCE_RINGS.items():
        x, y = _label_point(key, rings)
        shapes.append(ProvinceShape(str(key), Province(key).label, _path(rings), x, y))
    return shapes


PROVINCE_SHAPES = province_shapes()

# --- markers ----------------------------------------------------------------------------


@dataclass
class Marker:
    case: object
    x: float
    y: float


def markers(cases, *, spread: float = 8.0) -> list[Marker]:
    """Markers for the cases that have a location; cases in one spot are spread on a ring."""
    located = [case for case in cases if case.latitude is not None and case.longitude is not None]
    by_spot = defaultdict(list)
    for case in located:
        by_spot[project(case.longitude, case.latitude)].append(case)
    result = []
    for (x, y), group in by_spot.items():
        if len(group) == 1:
            result.append(Marker(group[0], x, y))
            continue
        for i, case in enumerate(group):
            angle = 2 * math.pi * i / len(group) - math.pi / 2
            result.append(Marker(case, round(x + spread * math.cos(angle), 1), round(y + spread * math.sin(angle), 1)))
    return result
