"""Layouts: the three kinds of diagram placed as scenes of boxes, text lines and arrows, in SVG user units.
Text is measured with the committed DejaVu Sans metrics (scripts/fonts/)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FONT_DIR = Path(__file__).resolve().parents[1] / "fonts"

# Layout sizes in SVG user units. The wide layout is shown from a 620 px container up (scale >= 0.86, so
# 14-unit text stays >= 12 px); below that the narrow one (340 units wide, at phone width scale ~1.05).
WIDE_W = 720
NARROW_W = 340
FONT_TITLE = 16
FONT_BODY = 15
FONT_SMALL = 14
LINE = 1.3
PAD = 12
GAP = 14


# Text measuring


@lru_cache(maxsize=None)
def _font(size: int, bold: bool):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def text_width(text: str, size: int, bold: bool = False) -> float:
    return _font(size, bold).getlength(text)


def wrap(text: str, width: float, size: int, bold: bool = False) -> list[str]:
    """Greedy word wrap to `width` user units (a single over-long word keeps its own line)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and text_width(candidate, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


# Scene


@dataclass
class Scene:
    width: float
    height: float = 0
    shapes: list[dict] = field(default_factory=list)

    def rect(self, x, y, w, h, cls="kd-box", r=8):
        self.shapes.append({"t": "rect", "x": x, "y": y, "w": w, "h": h, "r": r, "cls": cls})

    def text(self, x, y, lines, size, cls="kd-text", bold=False, anchor="start", italic=False):
        """Lines of text; y is the top of the first line. Returns the bottom."""
        step = size * LINE
        for i, line in enumerate(lines):
            self.shapes.append({
                "t": "text", "x": x, "y": y + size + i * step - (step - size) / 2 + 1, "s": line, "size": size,
                "cls": cls, "bold": bold, "anchor": anchor, "italic": italic,
            })
        return y + len(lines) * step

    def path(self, d, cls="kd-line"):
        self.shapes.append({"t": "path", "d": d, "cls": cls})

    def arrowhead(self, x, y, angle, size=9):
        """A filled triangle with its tip at (x, y) pointing along `angle` (radians)."""
        back = angle + math.pi
        left = (x + size * math.cos(back - 0.45), y + size * math.sin(back - 0.45))
        right = (x + size * math.cos(back + 0.45), y + size * math.sin(back + 0.45))
        self.shapes.append({"t": "path", "d": f"M{x:.1f},{y:.1f} L{left[0]:.1f},{left[1]:.1f} "
                            f"L{right[0]:.1f},{right[1]:.1f} Z", "cls": "kd-arrow"})

    def circle(self, x, y, r, cls="kd-dot"):
        self.shapes.append({"t": "circle", "x": x, "y": y, "r": r, "cls": cls})


def _lines_height(count: int, size: int) -> float:
    return count * size * LINE


# Cards (shared by all kinds)


def _chip_rows(labels: list[str], width: float) -> list[list[tuple[str, float]]]:
    rows: list[list[tuple[str, float]]] = [[]]
    used = 0.0
    for label in labels:
        w = text_width(label, FONT_SMALL) + 16
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append((label, w))
        used += w + 6
    return rows if rows[0] else []


def _card_parts(card: dict, width: float) -> dict:
    inner = width - 2 * PAD
    parts = {
        "title": wrap(card["judul"], inner, FONT_TITLE, bold=True),
        "text": wrap(card["teks"], inner, FONT_BODY) if card["teks"] else [],
        "note": wrap(card["catatan"], inner, FONT_SMALL) if card["catatan"] else [],
        "chips": _chip_rows(card["label"], inner),
    }
    height = PAD + _lines_height(len(parts["title"]), FONT_TITLE)
    if parts["text"]:
        height += 4 + _lines_height(len(parts["text"]), FONT_BODY)
    if parts["note"]:
        height += 4 + _lines_height(len(parts["note"]), FONT_SMALL)
    if parts["chips"]:
        height += 6 + len(parts["chips"]) * (FONT_SMALL + 12)
    parts["height"] = height + PAD
    return parts


def _draw_card(scene: Scene, x, y, width, height, parts, cls="kd-box", center=False):
    scene.rect(x, y, width, height, cls=cls)
    tx, anchor = (x + width / 2, "middle") if center else (x + PAD, "start")
    cy = scene.text(tx, y + PAD, parts["title"], FONT_TITLE, bold=True, anchor=anchor)
    if parts["text"]:
        cy = scene.text(tx, cy + 4, parts["text"], FONT_BODY, anchor=anchor)
    if parts["note"]:
        cy = scene.text(tx, cy + 4, parts["note"], FONT_SMALL, cls="kd-text kd-muted", italic=True, anchor=anchor)
    if parts["chips"]:
        cy += 6
        for row in parts["chips"]:
            total = sum(w for _, w in row) + 6 * (len(row) - 1)
            cx = x + (width - total) / 2 if center else x + PAD
            for label, w in row:
                scene.rect(cx, cy, w, FONT_SMALL + 8, cls="kd-chip", r=(FONT_SMALL + 8) / 2)
                scene.text(cx + w / 2, cy + 3, [label], FONT_SMALL, cls="kd-chip-text", anchor="middle")
                cx += w + 6
            cy += FONT_SMALL + 12


# Layouts


def layout_kartu(data: dict, wide: bool) -> Scene:
    """Cards in columns (wide) or one under another (narrow); optional roof and direction arrow."""
    width = WIDE_W if wide else NARROW_W
    scene = Scene(width)
    y = 0.0
    arah = data.get("arah")
    left = 0.0
    if arah and wide:
        scene.text(0, y, [arah["dari"]], FONT_SMALL, cls="kd-text kd-muted", bold=True)
        scene.text(width, y, [arah["ke"]], FONT_SMALL, cls="kd-text kd-muted", bold=True, anchor="end")
        mid = y + FONT_SMALL * LINE / 2
        x0 = text_width(arah["dari"], FONT_SMALL, True) + 10
        x1 = width - text_width(arah["ke"], FONT_SMALL, True) - 10
        scene.path(f"M{x0:.1f},{mid:.1f} H{x1 - 2:.1f}")
        scene.arrowhead(x1, mid, 0)
        y += FONT_SMALL * LINE + GAP
    elif arah:
        scene.text(0, y, [arah["dari"]], FONT_SMALL, cls="kd-text kd-muted", bold=True)
        y += FONT_SMALL * LINE + 6
        left = 26.0
    if data.get("atap"):
        roof = wrap(data["atap"], width * (0.5 if wide else 0.7), FONT_TITLE, bold=True)
        roof_h = _lines_height(len(roof), FONT_TITLE) + (44 if wide else 36)
        scene.shapes.append({"t": "path", "cls": "kd-roof", "d": (
            f"M{left:.1f},{y + roof_h:.1f} L{left + (width - left) / 2:.1f},{y:.1f} L{width:.1f},{y + roof_h:.1f} Z")})
        scene.text(left + (width - left) / 2, y + roof_h - _lines_height(len(roof), FONT_TITLE) - 8, roof,
                   FONT_TITLE, cls="kd-roof-text", bold=True, anchor="middle")
        y += roof_h + 8
    top = y
    cards = data["kartu"]
    link = data.get("sambung", "")
    gap = 34 if link == "rantai" else GAP
    if link == "cabang":
        y = _cabang(scene, cards, y, left, width, wide)
    elif wide:
        columns = data["kolom"]
        card_w = (width - (columns - 1) * gap) / columns
        for start in range(0, len(cards), columns):
            row = cards[start:start + columns]
            parts = [_card_parts(card, card_w) for card in row]
            height = max(p["height"] for p in parts)
            offset = (width - (len(row) * card_w + (len(row) - 1) * gap)) / 2
            for i, p in enumerate(parts):
                x = offset + i * (card_w + gap)
                _draw_card(scene, x, y, card_w, height, p)
                if link and i < len(parts) - 1:
                    mid = y + height / 2
                    scene.path(f"M{x + card_w + 4:.1f},{mid:.1f} H{x + card_w + gap - 10:.1f}")
                    scene.arrowhead(x + card_w + gap - 3, mid, 0)
            y += height + gap
        y -= gap
    else:
        for i, card in enumerate(cards):
            parts = _card_parts(card, width - left)
            _draw_card(scene, left, y, width - left, parts["height"], parts)
            y += parts["height"] + (gap if i < len(cards) - 1 else 0)
            if link and i < len(cards) - 1:
                centre = left + (width - left) / 2
                scene.path(f"M{centre:.1f},{y - gap + 4:.1f} V{y - 10:.1f}")
                scene.arrowhead(centre, y - 3, math.pi / 2)
    if arah and not wide:
        scene.path(f"M10,{top:.1f} V{y + 4:.1f}")
        scene.arrowhead(10, y + 12, math.pi / 2)
        y += 16
        scene.text(0, y, [arah["ke"]], FONT_SMALL, cls="kd-text kd-muted", bold=True)
        y += FONT_SMALL * LINE
    scene.height = y + 2
    return scene


def _cabang(scene: Scene, cards, y, left, width, wide) -> float:
    """The first card on top, arrows from it to each other card (in a row when wide, stacked when narrow)."""
    parent, children = cards[0], cards[1:]
    parts = _card_parts(parent, width - left)
    _draw_card(scene, left, y, width - left, parts["height"], parts, cls="kd-box kd-step")
    bottom = y + parts["height"]
    if wide:
        gap = GAP
        card_w = (width - (len(children) - 1) * gap) / len(children)
        y = bottom + 40
        child_parts = [_card_parts(card, card_w) for card in children]
        height = max(p["height"] for p in child_parts)
        for i, p in enumerate(child_parts):
            x = i * (card_w + gap)
            scene.path(f"M{x + card_w / 2:.1f},{bottom + 4:.1f} V{y - 10:.1f}")
            scene.arrowhead(x + card_w / 2, y - 3, math.pi / 2)
            _draw_card(scene, x, y, card_w, height, p)
        return y + height
    indent = 30
    y = bottom + GAP
    mids = []
    for i, card in enumerate(children):
        p = _card_parts(card, width - left - indent)
        _draw_card(scene, left + indent, y, width - left - indent, p["height"], p)
        mids.append(y + min(p["height"] / 2, 28))
        y += p["height"] + (GAP if i < len(children) - 1 else 0)
    spine = left + 10
    scene.path(f"M{spine:.1f},{bottom + 2:.1f} V{mids[-1]:.1f}")
    for mid in mids:
        scene.path(f"M{spine:.1f},{mid:.1f} H{left + indent - 10:.1f}")
        scene.arrowhead(left + indent - 3, mid, 0)
    return y


def _inside(px, py, box, margin=6) -> bool:
    x, y, w, h = box
    return x - margin <= px <= x + w + margin and y - margin <= py <= y + h + margin


def layout_siklus(data: dict, wide: bool) -> Scene:
    """Steps on a ring with arrows (wide) or a column with a return arrow (narrow); shared items inside."""
    steps = data["langkah"]
    centre = data.get("tengah")
    if not wide:
        return _siklus_narrow(steps, centre)
    width = WIDE_W
    scene = Scene(width)
    box_w = 210
    parts = [_card_parts(step, box_w) for step in steps]
    box_h = max(p["height"] for p in parts)
    centre_parts = _card_parts(centre, 200) if centre else None
    centre_h = centre_parts["height"] if centre else 0
    radius_y = max(box_h / 2 + centre_h / 2 + 40, 130)
    radius_x = 240
    cx, cy = width / 2, box_h / 2 + radius_y + 4
    boxes = []
    count = len(steps)
    for i in range(count):
        angle = -math.pi / 2 + 2 * math.pi * i / count
        bx = cx + radius_x * math.cos(angle) - box_w / 2
        by = cy + radius_y * math.sin(angle) - box_h / 2
        boxes.append((bx, by, box_w, box_h, angle))
    # Arrows along the ellipse from each step to the next, clipped at both boxes.
    for i in range(count):
        a0, a1 = boxes[i][4], boxes[(i + 1) % count][4]
        if a1 <= a0:
            a1 += 2 * math.pi
        start, end = a0, a1
        point = lambda a: (cx + radius_x * math.cos(a), cy + radius_y * math.sin(a))  # noqa: E731
        while start < a1 and _inside(*point(start), boxes[i][:4]):
            start += 0.01
        while end > start and _inside(*point(end), boxes[(i + 1) % count][:4]):
            end -= 0.01
        samples = [point(start + (end - start) * k / 24) for k in range(25)]
        scene.path("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in samples[:-1]))
        (x0, y0), (x1, y1) = samples[-2], samples[-1]
        scene.arrowhead(x1, y1, math.atan2(y1 - y0, x1 - x0))
    for i, (bx, by, bw, bh, _) in enumerate(boxes):
        _draw_card(scene, bx, by, bw, bh, parts[i], cls="kd-box kd-step", center=True)
    if centre:
        _draw_card(scene, cx - 100, cy - centre_h / 2, 200, centre_h, centre_parts, cls="kd-box kd-centre",
                   center=True)
    scene.height = max(by + bh for bx, by, bw, bh, _ in boxes) + 4
    return scene


def _siklus_narrow(steps, centre) -> Scene:
    width = NARROW_W
    scene = Scene(width)
    box_x, box_w = 0.0, width - 34
    y = 0.0
    mids = []
    for i, step in enumerate(steps):
        parts = _card_parts(step, box_w)
        _draw_card(scene, box_x, y, box_w, parts["height"], parts, cls="kd-box kd-step", center=True)
        mids.append(y + parts["height"] / 2)
        y += parts["height"]
        if i < len(steps) - 1:
            scene.path(f"M{box_w / 2:.1f},{y + 2:.1f} V{y + 16:.1f}")
            scene.arrowhead(box_w / 2, y + 24, math.pi / 2)
            y += 26
    # Back from the last step to the first, along the right edge.
    edge = width - 12
    scene.path(f"M{box_w + 2:.1f},{mids[-1]:.1f} H{edge:.1f} V{mids[0]:.1f} H{box_w + 10:.1f}")
    scene.arrowhead(box_w + 2, mids[0], math.pi)
    if centre:
        y += GAP
        parts = _card_parts(centre, width)
        _draw_card(scene, 0, y, width, parts["height"], parts, cls="kd-box kd-centre", center=True)
        y += parts["height"]
    scene.height = y + 2
    return scene


def layout_linimasa(data: dict, wide: bool) -> Scene:
    """A vertical timeline: a line with a dot per event, its date in bold and its text beside."""
    width = WIDE_W if wide else NARROW_W
    scene = Scene(width)
    x_text = 30
    if wide:
        date_w = 170
        y = 0.0
        dots = []
        for event in data["peristiwa"]:
            date = wrap(event["waktu"], date_w - 10, FONT_TITLE, bold=True)
            text = wrap(event["teks"], width - x_text - date_w - 10, FONT_BODY)
            dots.append(y + FONT_TITLE * LINE / 2)
            scene.text(x_text, y, date, FONT_TITLE, bold=True)
            bottom = scene.text(x_text + date_w, y, text, FONT_BODY)
            y = max(bottom, y + _lines_height(len(date), FONT_TITLE)) + GAP + 4
    else:
        y = 0.0
        dots = []
        for event in data["peristiwa"]:
            dots.append(y + FONT_TITLE * LINE / 2)
            y = scene.text(x_text, y, [event["waktu"]], FONT_TITLE, bold=True)
            y = scene.text(x_text, y + 2, wrap(event["teks"], width - x_text - 4, FONT_BODY), FONT_BODY) + GAP + 4
    scene.shapes.insert(0, {"t": "path", "d": f"M9,{dots[0]:.1f} V{dots[-1]:.1f}", "cls": "kd-line"})
    for dot in dots:
        scene.circle(9, dot, 7)
    scene.height = y - GAP
    return scene


LAYOUTS = {"siklus": layout_siklus, "kartu": layout_kartu, "lini-masa": layout_linimasa}

