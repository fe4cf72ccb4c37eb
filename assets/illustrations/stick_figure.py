"""The stick figure the exercise drawings are made of (used by make_illustrations.py).

A side view: the hip and the trunk angle place the body; each limb is two segments that
either reach a target (ankle, hand), with the middle joint (knee, elbow) bending towards
the side asked, or follow two absolute angles. Far-side limbs are fainter, props (step,
bench, weights, band) thinner, and everything is stroked in `currentColor`.

Coordinates are in the figure's own units with y pointing up and the floor at y = 0;
each panel flips them into SVG, and each drawing is cropped to the highest point drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

# Body proportions (figure units; a standing figure is about 155 tall).
TRUNK, THIGH, SHIN, UPPER_ARM, FOREARM, FOOT = 46.0, 40.0, 38.0, 26.0, 24.0, 12.0
NECK, HEAD_R = 4.0, 10.0
BODY_W, PROP_W, MAT_W = 8.0, 3.5, 4.0
FAR_OPACITY, PROP_OPACITY = 0.42, 0.7

PANEL_W, MIN_H, MARGIN, BELOW = 240.0, 96.0, 10.0, 14.0  # BELOW: room under the floor
GAP = 40.0
WIDTH = 2 * PANEL_W + GAP
_top = [0.0]  # the highest point drawn so far: each drawing is cropped to its figures

Pt = tuple[float, float]


def polar(origin: Pt, length: float, degrees: float) -> Pt:
    a = math.radians(degrees)
    return (origin[0] + length * math.cos(a), origin[1] + length * math.sin(a))


def reach(root: Pt, target: Pt, l1: float, l2: float, prefer: Pt, what: str) -> tuple[Pt, Pt]:
    """Two-segment limb from `root` towards `target`: (middle joint, end). The middle
    joint goes to the side of the root-target line that points most along `prefer`."""
    dx, dy = target[0] - root[0], target[1] - root[1]
    d = math.hypot(dx, dy)
    lo, hi = abs(l1 - l2) + 0.01, l1 + l2 - 0.01
    if not lo <= d <= hi:
        print(f"  note: {what} cannot reach exactly ({d:.1f} of {lo:.1f}-{hi:.1f})")
        d = min(max(d, lo), hi)
    base = math.degrees(math.atan2(dy, dx))
    bend = math.degrees(math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))
    options = [polar(root, l1, base + bend), polar(root, l1, base - bend)]
    mid = max(options, key=lambda m: (m[0] - root[0]) * prefer[0] + (m[1] - root[1]) * prefer[1])
    end = polar(root, d, base)
    return mid, end


@dataclass
class Limb:
    """Either `to` (the end joint's target, with `prefer` for the middle joint's side) or
    `angles` (absolute degrees of both segments). `foot` is the foot's direction."""

    to: Pt | None = None
    prefer: Pt = (1.0, 0.0)
    angles: tuple[float, float] | None = None
    foot: float | None = None


@dataclass
class Figure:
    hip: Pt
    trunk: float  # direction hip -> shoulder, degrees (90 = upright)
    head: float | None = None  # direction shoulder -> head; default: along the trunk
    near_leg: Limb = field(default_factory=Limb)
    far_leg: Limb | None = None  # None: hidden behind the near leg
    near_arm: Limb = field(default_factory=Limb)
    far_arm: Limb | None = None

    @property
    def shoulder(self) -> Pt:
        return polar(self.hip, TRUNK, self.trunk)


def hip_below(shoulder: Pt, trunk: float) -> Pt:
    """The hip of a trunk at `trunk` degrees whose shoulder is at `shoulder`."""
    return polar(shoulder, TRUNK, trunk + 180)


def _f(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _reach_up(y: float) -> None:
    _top[0] = max(_top[0], y)


def _path(points: list[Pt]) -> str:
    for _, y in points:
        _reach_up(y)
    return "M" + " L".join(f"{_f(x)} {_f(y)}" for x, y in points)


def _limb(root: Pt, limb: Limb, l1: float, l2: float, what: str, foot: bool) -> str:
    if limb.angles is not None:
        mid = polar(root, l1, limb.angles[0])
        end = polar(mid, l2, limb.angles[1])
    else:
        assert limb.to is not None, what
        mid, end = reach(root, limb.to, l1, l2, limb.prefer, what)
    points = [root, mid, end]
    if foot:
        points.append(polar(end, FOOT, limb.foot if limb.foot is not None else 0.0))
    return _path(points)


def figure(fig: Figure) -> str:
    """The figure as SVG path elements (y up; the panel flips it)."""
    sh = fig.shoulder
    head_dir = fig.head if fig.head is not None else fig.trunk
    neck_end = polar(sh, NECK, head_dir)
    head = polar(sh, NECK + HEAD_R + 1.5, head_dir)
    _reach_up(head[1] + HEAD_R)
    far, near = [], []
    if fig.far_leg is not None:
        far.append(_limb(fig.hip, fig.far_leg, THIGH, SHIN, "far leg", True))
    if fig.far_arm is not None:
        far.append(_limb(sh, fig.far_arm, UPPER_ARM, FOREARM, "far arm", False))
    near.append(_limb(fig.hip, fig.near_leg, THIGH, SHIN, "near leg", True))
    near.append(_path([fig.hip, sh, neck_end]))
    near.append(_limb(sh, fig.near_arm, UPPER_ARM, FOREARM, "near arm", False))
    out = []
    if far:
        out.append(f'<path opacity="{FAR_OPACITY}" d="{" ".join(far)}"/>')
    out.append(f'<path d="{" ".join(near)}"/>')
    out.append(
        f'<circle cx="{_f(head[0])}" cy="{_f(head[1])}" r="{_f(HEAD_R)}" fill="currentColor"/>'
    )
    return "\n".join(out)


# --------------------------------------------------------------------------- props


def _prop(body: str) -> str:
    return f'<g stroke-width="{PROP_W}" opacity="{PROP_OPACITY}">{body}</g>'


def box(x: float, y: float, w: float, h: float) -> str:
    """A step, bench or box (rounded corners)."""
    return _prop(f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(w)}" height="{_f(h)}" rx="3"/>')


def weight(at: Pt, r: float = 7.0) -> str:
    """A dumbbell or plate seen end-on, solid."""
    _reach_up(at[1] + r)
    attrs = f'r="{_f(r)}" fill="currentColor" opacity="{PROP_OPACITY}"'
    return f'<circle cx="{_f(at[0])}" cy="{_f(at[1])}" {attrs}/>'


def kettlebell(hand: Pt, down: float = -90.0) -> str:
    """A kettlebell hanging from `hand` in the direction `down`."""
    centre = polar(hand, 11, down)
    return _prop(
        f'<path d="{_path([hand, polar(hand, 5, down + 35), polar(hand, 5, down - 35), hand])}"/>'
    ) + weight(centre, 8)


def band(a: Pt, b: Pt) -> str:
    return _prop(f'<path d="{_path([a, b])}" stroke-dasharray="2 7"/>')


def line(a: Pt, b: Pt) -> str:
    return _prop(f'<path d="{_path([a, b])}"/>')


def arrow(a: Pt, b: Pt, bulge: float = 0.0) -> str:
    """A movement arrow from `a` to `b`, curved sideways by `bulge`."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy) or 1.0
    c = (mx - dy / d * bulge, my + dx / d * bulge)
    _reach_up(max(a[1], b[1]) + 3)
    end_dir = math.degrees(math.atan2(b[1] - c[1], b[0] - c[0]))
    head = [polar(b, 7, end_dir + 150), b, polar(b, 7, end_dir - 150)]
    curve = f"M{_f(a[0])} {_f(a[1])} Q{_f(c[0])} {_f(c[1])} {_f(b[0])} {_f(b[1])}"
    return f'<g stroke-width="3" opacity="0.8"><path d="{curve}"/><path d="{_path(head)}"/></g>'


def lines(*pairs: tuple[Pt, Pt]) -> str:
    """Short motion lines (a hop's lift-off, a press)."""
    return f'<g stroke-width="2.5" opacity="0.6">{"".join(line(a, b) for a, b in pairs)}</g>'


# --------------------------------------------------------------------------- postures


def supine(hip: Pt, legs: Limb, far_leg: Limb | None = None, *, shoulder_x: float = 48) -> Figure:
    """On the back, head to the left, shoulders on the mat at `shoulder_x`."""
    sh = (shoulder_x, 7.0)
    trunk = math.degrees(math.atan2(sh[1] - hip[1], sh[0] - hip[0]))
    hip = polar(sh, TRUNK, trunk + 180)
    arm = Limb(angles=(-4, 0))
    return Figure(hip, trunk, head=163, near_leg=legs, far_leg=far_leg, near_arm=arm)


def prone(near: Limb, far: Limb | None = None) -> Figure:
    """Face down, head to the left resting on the hands."""
    hip = (122.0, 7.0)
    arm = Limb(angles=(-178, 175))  # forearms on the mat in front, the head resting
    return Figure(hip, 180, head=150, near_leg=near, far_leg=far, near_arm=arm)


def kneeling(lean: float, hands: Pt, hands_prefer: Pt = (0, -1)) -> Figure:
    """On the knees (knee at x 92), thighs and trunk in one line `lean` degrees from the floor."""
    knee = (92.0, 11.0)
    hip = polar(knee, THIGH, lean)
    leg = Limb(angles=(lean + 180, 180), foot=-100)
    return Figure(hip, lean, near_leg=leg, near_arm=Limb(to=hands, prefer=hands_prefer))


def standing(
    hip: Pt,
    trunk: float,
    near: Limb,
    far: Limb | None,
    arm: Limb,
    far_arm: Limb | None = None,
    head: float | None = None,
) -> Figure:
    return Figure(hip, trunk, head=head, near_leg=near, far_leg=far, near_arm=arm, far_arm=far_arm)


FWD, BACK, UP, DOWN = (1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0)
# --------------------------------------------------------------------------- output


def panel(x0: float, floor_y: float, body: list[str]) -> str:
    mat = f'<path stroke-width="{MAT_W}" opacity="0.55" d="M6 -2 L{_f(PANEL_W - 6)} -2"/>'
    inner = "\n".join([mat, *body])
    return f'<g transform="translate({_f(x0)} {_f(floor_y)}) scale(1 -1)">\n{inner}\n</g>'


def svg(title: str, start: list[str], end: list[str]) -> str:
    """Both panels, cropped to the highest point drawn since the last `svg` call."""
    floor_y = math.ceil(max(MIN_H - BELOW, _top[0] + MARGIN))
    _top[0] = 0.0
    height = floor_y + BELOW
    mid_x, mid_y = PANEL_W + GAP / 2, floor_y - min(70, floor_y / 2)
    chevron = _path([(mid_x - 6, mid_y - 12), (mid_x + 6, mid_y), (mid_x - 6, mid_y + 12)])
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_f(WIDTH)} {_f(height)}"'
        f' width="{_f(WIDTH)}" height="{_f(height)}" fill="none" stroke="currentColor"'
        f' stroke-width="{_f(BODY_W)}" stroke-linecap="round" stroke-linejoin="round">\n'
        f"<title>{title}: start (left) and end (right) positions</title>\n"
        f"{panel(0, floor_y, start)}\n"
        f'<path stroke-width="4" opacity="0.45" d="{chevron}"/>\n'
        f"{panel(PANEL_W + GAP, floor_y, end)}\n"
        "</svg>\n"
    )


def write_png(svg_path: Path, out: Path, colour: str, background: str) -> None:
    """A preview at twice the size, `currentColor` as `colour` on `background`."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    data = svg_path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(data.encode()))
    size = renderer.defaultSize()
    image = QImage(size.width() * 2, size.height() * 2, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(out))
