#!/usr/bin/env python3
"""Writes icon.png, the 128x128 package icon of KoreaEvents.Core and KoreaEvents.Cli, from nothing but this script.

Three overlapping discs on a dark blue ground: three independent sources, and where they overlap, what they
corroborate. Deterministic (no randomness, no timestamps, no external assets); run it again after a change and
commit both files:  python3 src/PackageAssets/make-icon.py
"""
import os
import struct
import zlib

SIZE = 128
SAMPLES = 4  # 4x4 supersampling per pixel for smooth edges
BACKGROUND = (16, 36, 72)
DISCS = [  # (centre x, centre y, radius, colour)
    (64, 48, 30, (205, 46, 58)),    # red
    (46, 80, 30, (0, 71, 160)),     # blue
    (82, 80, 30, (245, 245, 245)),  # white
]
OVERLAP_ALL = (255, 205, 60)  # where all three agree


def colour_at(x, y):
    inside = [(x - cx) ** 2 + (y - cy) ** 2 <= r * r for cx, cy, r, _ in DISCS]
    if all(inside):
        return OVERLAP_ALL
    hits = [DISCS[i][3] for i, hit in enumerate(inside) if hit]
    if not hits:
        return BACKGROUND
    if len(hits) == 1:
        return hits[0]
    return tuple(sum(c[k] for c in hits) // len(hits) for k in range(3))


def pixel(px, py):
    total = [0, 0, 0]
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            c = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
            for k in range(3):
                total[k] += c[k]
    n = SAMPLES * SAMPLES
    return bytes((t + n // 2) // n for t in total)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def main():
    rows = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows, 9))
           + chunk(b"IEND", b""))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(path, "wb") as f:
        f.write(png)
    print(f"{path}: {len(png)} bytes")


if __name__ == "__main__":
    main()
