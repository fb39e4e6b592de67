"""The base map: Norway, Sweden and Denmark with their neighbours, as SVG path data.

The outlines are Natural Earth's 1:50m countries (public domain) as TopoJSON, shipped by the npm
package world-atlas and copied by `make assets` into maps/boundaries/ (nothing is fetched at run
time). They are decoded, projected and simplified once per process.
"""

import json
import math
from dataclasses import dataclass
from functools import cache

from django.conf import settings

# ISO 3166-1 numeric ids, as world-atlas names the countries.
COUNTRIES = {"578": "NO", "752": "SE", "208": "DK"}
NEIGHBOURS = {"246": "FI", "643": "RU", "233": "EE", "428": "LV", "440": "LT", "276": "DE", "616": "PL"}
# The part of the world the map shows (degrees): mainland Norway, Sweden and Denmark with a margin.
WEST, SOUTH, EAST, NORTH = 3.5, 54.0, 32.0, 71.6
WIDTH = 560  # viewBox units; about one CSS pixel each at the map's full width
MARGIN = 8
MIN_STEP = 1.4  # points closer than this (in viewBox units) to the last kept one add nothing visible


class BoundariesMissing(Exception):
    """The boundary file is not there: `make assets` has not run."""


class LambertConformalConic:
    """A conic projection with standard parallels through southern and northern Scandinavia,
    so neither Denmark nor Finnmark is stretched much."""

    def __init__(self, parallels=(58.0, 68.0), origin=(15.0, 63.0)):
        phi1, phi2 = (math.radians(p) for p in parallels)
        self.lon0 = math.radians(origin[0])
        self.n = math.log(math.cos(phi1) / math.cos(phi2)) / math.log(
            math.tan(math.pi / 4 + phi2 / 2) / math.tan(math.pi / 4 + phi1 / 2)
        )
        self.f = math.cos(phi1) * math.tan(math.pi / 4 + phi1 / 2) ** self.n / self.n
        self.rho0 = self.rho(math.radians(origin[1]))

    def rho(self, phi):
        return self.f / math.tan(math.pi / 4 + phi / 2) ** self.n

    def __call__(self, lon, lat):
        rho, theta = self.rho(math.radians(lat)), self.n * (math.radians(lon) - self.lon0)
        return rho * math.sin(theta), -(self.rho0 - rho * math.cos(theta))  # y grows downwards in SVG


@dataclass(frozen=True)
class BaseMap:
    width: int
    height: int
    countries: dict  # {"NO": path data, ...}
    neighbours: str  # one path for all neighbouring land
    scale: float
    offset: tuple

    def point(self, lon, lat):
        """(x, y) in viewBox units of a place, or None when it falls outside the map."""
        x, y = PROJECTION(lon, lat)
        x, y = (x - self.offset[0]) * self.scale, (y - self.offset[1]) * self.scale
        if 0 <= x <= self.width and 0 <= y <= self.height:
            return round(x, 1), round(y, 1)
        return None


PROJECTION = LambertConformalConic()


def decode_arcs(topology):
    """Every arc as a list of (lon, lat): TopoJSON stores them delta-encoded and quantized."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arc_indexes, arcs):
    """A closed ring from its arcs; ~i means arc i reversed, and each arc repeats the last point."""
    points = []
    for index in arc_indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry, arcs):
    """The rings of a Polygon or MultiPolygon, outer rings and holes alike (SVG's evenodd fill)."""
    shapes = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    return [ring(rings, arcs) for shape in shapes for rings in shape]


def inside_window(points):
    return any(WEST <= lon <= EAST and SOUTH <= lat <= NORTH for lon, lat in points)


def path_data(rings, to_view, box=None):
    """SVG path data; with `box` (x0, y0, x1, y1) each point is pulled onto it: a cheap clip for
    land that goes on beyond the edge of the map, exact wherever the map shows it."""
    parts = []
    for points in rings:
        kept = []
        for lon, lat in points:
            x, y = to_view(lon, lat)
            if box:
                x, y = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
            if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= MIN_STEP:
                kept.append((x, y))
        if len(kept) >= 3:
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in kept) + "Z")
    return "".join(parts)


@cache
def base_map():
    """Read, project and simplify the outlines once per process."""
    try:
        with open(settings.MAP_BOUNDARIES_FILE, encoding="utf-8") as file:
            topology = json.load(file)
    except FileNotFoundError as error:
        raise BoundariesMissing(str(settings.MAP_BOUNDARIES_FILE)) from error
    arcs = decode_arcs(topology)
    geometries = {g.get("id"): g for g in topology["objects"]["countries"]["geometries"]}
    shown = {
        code: [r for r in polygons(geometries[number], arcs) if inside_window(r)]
        for number, code in COUNTRIES.items()
    }
    projected = [PROJECTION(lon, lat) for rings in shown.values() for r in rings for lon, lat in r]
    left, top = min(x for x, _y in projected), min(y for _x, y in projected)
    right, bottom = max(x for x, _y in projected), max(y for _x, y in projected)
    scale = (WIDTH - 2 * MARGIN) / (right - left)
    offset = (left - MARGIN / scale, top - MARGIN / scale)
    height = math.ceil((bottom - top) * scale + 2 * MARGIN)

    def to_view(lon, lat):
        x, y = PROJECTION(lon, lat)
        return (x - offset[0]) * scale, (y - offset[1]) * scale

    neighbour_rings = [
        r for number in NEIGHBOURS for r in polygons(geometries[number], arcs) if inside_window(r)
    ]
    return BaseMap(
        width=WIDTH,
        height=height,
        countries={code: path_data(rings, to_view) for code, rings in shown.items()},
        neighbours=path_data(neighbour_rings, to_view, box=(-20, -20, WIDTH + 20, height + 20)),
        scale=scale,
        offset=offset,
    )
