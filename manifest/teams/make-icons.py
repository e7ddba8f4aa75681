#!/usr/bin/env python3
"""Draws StatusBot's Teams icons with the standard library only (zlib, struct), so they can be rebuilt anywhere.

color.png: 192x192, the accent colour with a white check mark in a ring.
outline.png: 32x32, the same mark in white on a transparent background (what Teams asks of outline icons).
Run from this folder: python3 make-icons.py
"""
import math
import struct
import zlib

ACCENT = (0x2B, 0x6C, 0xB0)


def png(path, width, height, pixel):
    """Writes an RGBA PNG; pixel(x, y) returns (r, g, b, a)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def distance_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def mark(x, y, size):
    """True where the ring or the check mark is, in a square of `size`."""
    u, v = (x + 0.5) / size, (y + 0.5) / size
    ring = abs(math.hypot(u - 0.5, v - 0.5) - 0.38) < 0.045
    check = min(distance_to_segment(u, v, 0.30, 0.52, 0.45, 0.66), distance_to_segment(u, v, 0.45, 0.66, 0.71, 0.37)) < 0.05
    return ring or check


png("color.png", 192, 192, lambda x, y: (255, 255, 255, 255) if mark(x, y, 192) else ACCENT + (255,))
png("outline.png", 32, 32, lambda x, y: (255, 255, 255, 255) if mark(x, y, 32) else (0, 0, 0, 0))
