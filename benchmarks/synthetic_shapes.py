"""Shapes of the synthetic register: irregular hazard polygons and the release fans inside them.

A hazard part is a star-shaped polygon around a centre: vertices at increasing
angles, each at a positive radius, so it is always a simple, valid polygon. A
release ("fan") is the centre plus a run of consecutive vertices; fans over
disjoint runs never overlap, and fans over complementary runs cover the part
exactly. Coordinates are (lon, lat) tuples; rings are closed (first == last).
"""

import math
import random
from typing import List, Sequence, Tuple

Coord = Tuple[float, float]
Ring = List[Coord]


def star_offsets(rng: random.Random, vertices: int, mean_radius: float, max_radius: float) -> List[Coord]:
    """Vertex offsets in metres (east, north) of an irregular star polygon, unclosed, counter-clockwise.

    Angles start strictly after 0 and stay below 2*pi, so a vertex inserted at angle 0
    between the last and the first vertex keeps the polygon simple.
    """
    step = 2 * math.pi / vertices
    offset = rng.uniform(0.4, 0.6) * step
    phase = rng.uniform(0, 2 * math.pi)
    lobes = rng.randint(2, 4)
    wobble = rng.uniform(0.1, 0.3)
    angles = [offset + k * step + rng.uniform(-0.3, 0.3) * step for k in range(vertices)]
    radii = [mean_radius * (1 + wobble * math.sin(lobes * a + phase) + rng.uniform(-0.12, 0.12)) for a in angles]
    largest = max(radii)
    if largest > max_radius:
        radii = [r * max_radius / largest for r in radii]
    return [(r * math.cos(a), r * math.sin(a)) for r, a in zip(radii, angles)]


def to_lonlat(centre: Coord, offsets: Sequence[Coord], per_lon: float, per_lat: float) -> List[Coord]:
    """Offsets in metres around a (lon, lat) centre to (lon, lat) coordinates."""
    cx, cy = centre
    return [(cx + dx / per_lon, cy + dy / per_lat) for dx, dy in offsets]


def close(vertices: Sequence[Coord]) -> Ring:
    """The closed ring of unclosed vertices."""
    return list(vertices) + [vertices[0]]


def fan(centre: Coord, vertices: Sequence[Coord], indices: Sequence[int], scale: float = 1.0) -> Ring:
    """Closed ring: the centre, then the vertices at ``indices`` pulled towards (or pushed from) the centre."""
    cx, cy = centre
    ring = [centre]
    for i in indices:
        x, y = vertices[i]
        ring.append((cx + scale * (x - cx), cy + scale * (y - cy)))
    ring.append(centre)
    return ring


def split_runs(vertices: int, pieces: int) -> List[List[int]]:
    """``pieces`` runs of consecutive vertex indices, neighbours sharing one end vertex.

    Fans over these runs touch along a line from the centre but never overlap, and
    leave the sector between the last and the first vertex uncovered.
    """
    bounds = [round((vertices - 1) * k / pieces) for k in range(pieces + 1)]
    return [list(range(bounds[k], bounds[k + 1] + 1)) for k in range(pieces)]


def complementary_runs(vertices: int, cut: int) -> List[List[int]]:
    """Two runs that share their end vertices and together cover the whole polygon."""
    return [list(range(0, cut + 1)), list(range(cut, vertices)) + [0]]
