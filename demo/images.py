"""Demo images drawn with Pillow: an abstract neighbourhood for each initiative and study trip.

Drawn rather than shipped as files so the repository holds no binaries, and seeded by the image's
key so every run draws the same picture. The alt texts in demo/content describe what is drawn: the
scene and the palette's three block colours.
"""

import io
import random
import zlib

from PIL import Image as PILImage
from PIL import ImageDraw

PALETTES = [  # the colour words in the alt texts (demo/content) name these block colours
    {"sky": ((214, 232, 245), (250, 244, 230)), "blocks": [(196, 92, 72), (222, 170, 80), (118, 140, 170)]},
    {"sky": ((235, 222, 240), (252, 239, 226)), "blocks": [(110, 140, 120), (204, 120, 90), (226, 200, 150)]},
    {"sky": ((206, 226, 222), (244, 246, 236)), "blocks": [(70, 98, 140), (196, 130, 140), (226, 196, 120)]},
]
GRASS, TREE, TRUNK, PATH = (132, 170, 110), (70, 130, 80), (110, 80, 60), (224, 214, 190)
WATER, FAR_CITY, STEEL = (120, 166, 200), (176, 190, 204), (90, 96, 110)


def draw_neighbourhood(spec, size=(1200, 675)):
    """An abstract scene (estate, hillside, waterfront or bridge) matching the spec's alt text."""
    rng = random.Random(zlib.crc32(spec["key"].encode()))
    palette = PALETTES[spec["palette"]]
    width, height = size
    image = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top, bottom = palette["sky"]
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)], fill=tuple(int(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        )
    sun_x = rng.randint(width // 6, width - width // 6)
    draw.ellipse([sun_x - 50, 50, sun_x + 50, 150], fill=(255, 226, 150))
    scene = spec["scene"]
    if scene == "estate":
        ground = int(height * 0.78)
        draw_skyline(draw, rng, width, ground, (120, 260))
        draw_blocks(draw, rng, palette, width, lambda x: ground, (160, 330))
        draw.rectangle([0, ground, width, height], fill=GRASS)
        path = [
            (width * 0.42, height),
            (width * 0.58, height),
            (width * 0.53, ground),
            (width * 0.49, ground),
        ]
        draw.polygon(path, fill=PATH)
        draw_trees(draw, rng, width, lambda x: ground, height)
    elif scene == "hillside":
        left, right = int(height * 0.6), int(height * 0.86)

        def slope(x):
            return left + (right - left) * x / width

        draw_skyline(draw, rng, width, left, (60, 140))
        draw_blocks(draw, rng, palette, width, lambda x: slope(x) + 12, (120, 260))
        draw.polygon([(0, left), (width, right), (width, height), (0, height)], fill=GRASS)
        draw_trees(draw, rng, width, slope, height)
    else:  # waterfront or bridge: something across the water, grass in front
        shore, near = int(height * 0.6), int(height * 0.8)
        draw.rectangle([0, shore, width, near], fill=WATER)
        if scene == "waterfront":
            draw_blocks(draw, rng, palette, width, lambda x: shore, (180, 300))
        else:
            draw_skyline(draw, rng, width, shore, (40, 110), colours=palette["blocks"])
            draw_bridge(draw, width, height)
        draw.rectangle([0, near, width, height], fill=GRASS)
        draw_trees(draw, rng, width, lambda x: near, height)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def draw_skyline(draw, rng, width, base, heights, colours=None):
    x = 0
    while x < width:
        w = rng.randint(50, 120)
        colour = rng.choice(colours) if colours else FAR_CITY
        draw.rectangle([x, base - rng.randint(*heights), x + w, base], fill=colour)
        x += w + rng.randint(0, 20)


def draw_blocks(draw, rng, palette, width, base_at, heights):
    x, count = rng.randint(-40, 20), 0
    while x < width:
        w, h = rng.randint(140, 240), rng.randint(*heights)
        base = int(base_at(x + w / 2))
        colour = palette["blocks"][count % len(palette["blocks"])]  # every colour the alt text names
        draw.rectangle([x, base - h, x + w, base], fill=colour)
        count += 1
        for wy in range(base - h + 20, base - 30, 34):
            for wx in range(x + 16, x + w - 24, 30):
                lit = (252, 236, 180) if rng.random() < 0.3 else (236, 240, 244)
                draw.rectangle([wx, wy, wx + 14, wy + 18], fill=lit)
        x += w + rng.randint(30, 90)


def draw_bridge(draw, width, height):
    deck, top = int(height * 0.68), int(height * 0.3)
    for pylon in (width * 0.33, width * 0.67):
        draw.rectangle([pylon - 8, top, pylon + 8, deck], fill=STEEL)
        for reach in (60, 120, 180, 240):
            for side in (-1, 1):
                draw.line([(pylon, top + 12), (pylon + side * reach, deck)], fill=STEEL, width=2)
    draw.rectangle([0, deck, width, deck + 12], fill=STEEL)


def draw_trees(draw, rng, width, ground_at, height):
    for _ in range(rng.randint(5, 9)):
        tx = rng.randint(0, width)
        ty = rng.randint(min(int(ground_at(tx)) + 40, height - 10), height - 10)
        draw.rectangle([tx - 4, ty - 30, tx + 4, ty], fill=TRUNK)
        draw.ellipse([tx - 26, ty - 80, tx + 26, ty - 24], fill=TREE)
