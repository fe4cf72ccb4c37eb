#!/usr/bin/env python3
"""Draw the exercise illustrations in this folder (a developer tool, never run by the app).

    .venv/bin/python assets/illustrations/make_illustrations.py            # write the SVGs
    .venv/bin/python assets/illustrations/make_illustrations.py --png DIR  # and PNG previews

One SVG per built-in exercise, `<slug>.svg`: the start position on the left, the end
position on the right, a chevron between them. Every figure is the same side-view stick
figure (`stick_figure.py`: round head, thick rounded strokes) on a mat line, posed here
from joint positions and angles, so the style stays the same across the set. Everything
is drawn in `currentColor`, which the app replaces with the theme's text colour, so the
drawings read on light and dark backgrounds alike. Coordinates: y up, the floor at 0,
the figure facing right (or lying with the head to the left).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from stick_figure import (
    BACK,
    FAR_OPACITY,
    FOREARM,
    FWD,
    SHIN,
    THIGH,
    TRUNK,
    UP,
    UPPER_ARM,
    Figure,
    Limb,
    arrow,
    band,
    box,
    figure,
    hip_below,
    kettlebell,
    kneeling,
    line,
    lines,
    polar,
    prone,
    standing,
    supine,
    svg,
    weight,
    write_png,
)

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------- poses


FLAT = 0.0  # a foot flat on the floor, toes forward (to the right)
STEP = box(134, 0, 50, 24)  # a low step or sofa edge under the heel
ON_STEP = (154.0, 29.0)


def bridge_hold() -> tuple[list[str], list[str]]:
    feet = Limb(to=(138, 5), prefer=UP, foot=FLAT)
    return (
        [figure(supine((96, 7), feet))],
        [figure(supine((92, 24), feet)), arrow((92, 44), (92, 62))],
    )


def fesl_bridge_hold() -> tuple[list[str], list[str]]:
    work = Limb(to=ON_STEP, prefer=UP, foot=60)
    free = Limb(angles=(100, 8), foot=70)
    return (
        [STEP, figure(supine((96, 7), work, free))],
        [
            STEP,
            figure(supine((90, 34), work, Limb(angles=(98, 12), foot=70))),
            arrow((66, 44), (66, 62)),
        ],
    )


def straight_leg_pull_down() -> tuple[list[str], list[str]]:
    step = box(158, 0, 38, 12)
    work = Limb(to=(171, 17), prefer=UP, foot=85)
    other = Limb(to=(140, 5), prefer=UP, foot=FLAT)
    return (
        [step, figure(supine((96, 7), work, other))],
        [step, figure(supine((96, 7), work, other)), arrow((188, 46), (188, 30))],
    )


def prone_knee_flexion_hold() -> tuple[list[str], list[str]]:
    bent = Limb(angles=(0, 45), foot=-45)  # prone: the toes point away from the shin's front
    return (
        [figure(prone(bent, Limb(angles=(0, 0), foot=-15)))],
        [figure(prone(bent, Limb(angles=(0, 62), foot=-28))), arrow((206, 46), (186, 60), 6)],
    )


def fesl_bridge_eccentric() -> tuple[list[str], list[str]]:
    work = Limb(to=ON_STEP, prefer=UP, foot=60)
    up = supine((90, 34), work, work)
    down = supine((96, 7), work, Limb(angles=(72, 72), foot=150))
    return ([STEP, figure(up)], [STEP, figure(down), arrow((86, 48), (86, 22))])


def fesl_bridge_tempo() -> tuple[list[str], list[str]]:
    work = Limb(to=ON_STEP, prefer=UP, foot=60)
    free = Limb(angles=(72, 72), foot=150)
    lo, hi = supine((96, 7), work, free), supine((90, 34), work, free)
    return (
        [STEP, figure(lo), weight((lo.hip[0] + 2, lo.hip[1] + 12))],
        [STEP, figure(hi), weight((hi.hip[0] + 2, hi.hip[1] + 12)), arrow((70, 40), (70, 58))],
    )


def hip_thrust() -> tuple[list[str], list[str]]:
    bench = box(8, 0, 48, 38)
    feet = Limb(to=(150, 5), prefer=UP, foot=FLAT)
    low = Figure(hip_below((56, 44), 140), 140, head=120, near_leg=feet)
    high = Figure(hip_below((56, 44), 180), 180, head=150, near_leg=feet)
    for f in (low, high):
        f.near_arm = Limb(to=(f.hip[0] + 2, f.hip[1] + 10), prefer=UP)
    return (
        [bench, figure(low), weight((low.hip[0] + 4, low.hip[1] + 13), 9)],
        [
            bench,
            figure(high),
            weight((high.hip[0] + 4, high.hip[1] + 13), 9),
            arrow((128, 10), (128, 30)),
        ],
    )


def prone_leg_curl() -> tuple[list[str], list[str]]:
    straight, bent = Limb(angles=(0, 0), foot=-15), Limb(angles=(0, 90), foot=0)
    a, b = prone(straight), prone(bent)
    ankle_a = polar(polar(a.hip, THIGH, 0), SHIN, 0)
    ankle_b = polar(polar(b.hip, THIGH, 0), SHIN, 90)
    return (
        [figure(a), weight((ankle_a[0] - 6, ankle_a[1] + 7), 5)],
        [figure(b), weight((ankle_b[0] - 7, ankle_b[1] - 6), 5), arrow((212, 22), (186, 62), -10)],
    )


def slider_curl() -> tuple[list[str], list[str]]:
    def slider(x: float) -> str:
        return box(x - 9, 0, 18, 3)

    bent = supine((92, 26), Limb(to=(142, 7), prefer=UP, foot=60))
    long = supine((96, 17), Limb(to=(170, 7), prefer=UP, foot=80))
    return (
        [slider(142), figure(bent)],
        [slider(170), figure(long), arrow((144, 24), (176, 24))],
    )


def kneel_props(post: bool) -> list[str]:
    # A cushion under the knees; a sofa edge (or a partner's hands) over the ankles.
    out = [box(70, 0, 44, 6), box(14, 14, 46, 14), line((20, 0), (20, 14)), line((54, 0), (54, 14))]
    if post:
        out.append(line((222, 0), (222, 150)))
    return out


def assisted_nordic() -> tuple[list[str], list[str]]:
    up = kneeling(90, (112, 106))
    lean = kneeling(52, (150, 104))
    chest = lambda f: polar(f.hip, TRUNK - 8, f.trunk)  # noqa: E731
    return (
        [*kneel_props(True), figure(up), band(chest(up), (222, 128))],
        [
            *kneel_props(True),
            figure(lean),
            band(chest(lean), (222, 128)),
            arrow((120, 150), (160, 128), -6),
        ],
    )


def nordic_curl() -> tuple[list[str], list[str]]:
    up = kneeling(90, (110, 108))
    low = kneeling(24, (196, 14), hands_prefer=UP)
    return (
        [*kneel_props(False), figure(up)],
        [*kneel_props(False), figure(low), arrow((120, 150), (200, 80), -14)],
    )


def romanian_deadlift() -> tuple[list[str], list[str]]:
    feet = Limb(to=(120, 8), prefer=FWD, foot=FLAT)
    tall = standing((118, 84), 90, feet, None, Limb(to=(122, 84), prefer=BACK))
    hinge = standing((96, 78), 32, feet, None, Limb(angles=(-88, -92)))
    hand = polar(polar(hinge.shoulder, UPPER_ARM, -88), FOREARM, -92)
    return (
        [figure(tall), weight((124, 80))],
        [figure(hinge), weight((hand[0], hand[1] - 3)), arrow((112, 102), (84, 96), 8)],
    )


def single_leg_rdl() -> tuple[list[str], list[str]]:
    stand = Limb(to=(118, 8), prefer=FWD, foot=FLAT)
    tall = standing(
        (116, 84),
        90,
        stand,
        Limb(to=(100, 20), prefer=FWD, foot=-60),
        Limb(to=(116, 84), prefer=BACK),
        Limb(to=(120, 84), prefer=BACK),
    )
    hinge = standing(
        (108, 80),
        12,
        stand,
        Limb(angles=(192, 192), foot=-90),
        Limb(to=(152, 70), prefer=BACK),
        Limb(angles=(-90, -90)),
    )
    far_hand = polar(polar(hinge.shoulder, UPPER_ARM, -90), FOREARM, -90)
    return (
        [figure(tall), f'<g opacity="{FAR_OPACITY}">{weight((120, 79))}</g>'],
        [
            figure(hinge),
            f'<g opacity="{FAR_OPACITY}">{weight((far_hand[0], far_hand[1] - 3))}</g>',
            arrow((40, 56), (40, 88), -8),
        ],
    )


def split_squat() -> tuple[list[str], list[str]]:
    front = Limb(to=(158, 8), prefer=FWD, foot=FLAT)
    rear = Limb(to=(72, 13), prefer=FWD, foot=-40)
    tall = standing((116, 72), 90, front, rear, Limb(to=(120, 74), prefer=BACK))
    low = standing((112, 50), 90, front, rear, Limb(to=(116, 52), prefer=BACK))
    return ([figure(tall)], [figure(low), arrow((80, 104), (80, 70))])


def kettlebell_swing() -> tuple[list[str], list[str]]:
    feet = Limb(to=(120, 8), prefer=FWD, foot=FLAT)
    hinge = standing((96, 72), 36, feet, None, Limb(to=(114, 55), prefer=FWD))
    tall = standing((116, 84), 90, feet, None, Limb(angles=(10, 10)))
    hand = polar(polar(tall.shoulder, UPPER_ARM, 10), FOREARM, 10)
    return (
        [figure(hinge), kettlebell((114, 55), -100)],
        [figure(tall), kettlebell(hand, 0), arrow((150, 40), (196, 104), 18)],
    )


def a_skip() -> tuple[list[str], list[str]]:
    def skip(knee_up_near: bool) -> Figure:
        up = Limb(angles=(0, -95), foot=-15)
        down = Limb(to=(116, 12), prefer=FWD, foot=-55)
        fwd, back = Limb(angles=(-60, 20)), Limb(angles=(-120, -80))
        if knee_up_near:
            return standing((114, 88), 90, up, down, back, fwd)
        return standing((114, 88), 90, down, up, fwd, back)

    return ([figure(skip(True))], [figure(skip(False))])


def pogo_hop() -> tuple[list[str], list[str]]:
    def hop(lift: float) -> Figure:
        feet = Limb(to=(118, 12 + lift), prefer=FWD, foot=-62)
        return standing((116, 86 + lift), 90, feet, None, Limb(angles=(-110, -20)))

    return (
        [figure(hop(0))],
        [
            figure(hop(14)),
            lines(((108, 4), (108, 14)), ((122, 4), (122, 14)), ((136, 4), (136, 14))),
        ],
    )


def single_leg_hop() -> tuple[list[str], list[str]]:
    free = Limb(angles=(-70, -160), foot=-90)
    land = standing(
        (114, 78),
        84,
        Limb(to=(120, 12), prefer=FWD, foot=-40),
        free,
        Limb(angles=(-100, -20)),
        Limb(angles=(-70, 20)),
    )
    air = standing(
        (116, 98),
        88,
        Limb(to=(120, 24), prefer=FWD, foot=-62),
        free,
        Limb(angles=(-100, -20)),
        Limb(angles=(-70, 20)),
    )
    return (
        [figure(land)],
        [figure(air), lines(((110, 4), (110, 16)), ((126, 4), (126, 16)))],
    )


def bounding() -> tuple[list[str], list[str]]:
    push = standing(
        (100, 80),
        80,
        Limb(angles=(10, -78), foot=-20),
        Limb(to=(60, 14), prefer=FWD, foot=-50),
        Limb(angles=(-40, 40)),
        Limb(angles=(-130, -100)),
    )
    flight = standing(
        (130, 100),
        82,
        Limb(angles=(-40, -85), foot=-20),
        Limb(angles=(-120, -170), foot=-110),
        Limb(angles=(-130, -100)),
        Limb(angles=(-40, 40)),
    )
    return ([figure(push)], [figure(flight), lines(((84, 110), (60, 110)), ((84, 90), (54, 90)))])


def walk_run() -> tuple[list[str], list[str]]:
    walk = standing(
        (112, 82),
        90,
        Limb(to=(136, 8), prefer=FWD, foot=20),
        Limb(to=(92, 10), prefer=FWD, foot=-30),
        Limb(angles=(-75, -60)),
        Limb(angles=(-105, -110)),
    )
    run = standing(
        (118, 92),
        80,
        Limb(angles=(-30, -100), foot=-10),
        Limb(angles=(-125, -190), foot=-100),
        Limb(angles=(-120, -30)),
        Limb(angles=(-55, 35)),
    )
    return ([figure(walk)], [figure(run), lines(((70, 70), (50, 70)), ((70, 90), (44, 90)))])


DRAWINGS: dict[str, tuple[str, Callable[[], tuple[list[str], list[str]]]]] = {
    "bridge-hold": ("Double-leg bridge hold", bridge_hold),
    "fesl-bridge-hold": ("Foot-elevated single-leg bridge hold", fesl_bridge_hold),
    "prone-knee-flexion-hold": ("Prone knee-flexion hold", prone_knee_flexion_hold),
    "straight-leg-pull-down": ("Straight-leg pull-down", straight_leg_pull_down),
    "fesl-bridge-eccentric": ("Foot-elevated single-leg bridge, eccentric", fesl_bridge_eccentric),
    "fesl-bridge-tempo": ("Foot-elevated single-leg bridge, tempo", fesl_bridge_tempo),
    "hip-thrust": ("Hip thrust", hip_thrust),
    "prone-leg-curl": ("Prone leg curl", prone_leg_curl),
    "slider-curl": ("Slider hamstring curl", slider_curl),
    "assisted-nordic": ("Assisted Nordic curl", assisted_nordic),
    "romanian-deadlift": ("Romanian deadlift", romanian_deadlift),
    "single-leg-rdl": ("Single-leg Romanian deadlift", single_leg_rdl),
    "nordic-curl": ("Nordic curl", nordic_curl),
    "split-squat": ("Split squat", split_squat),
    "kettlebell-swing": ("Kettlebell swing", kettlebell_swing),
    "a-skip": ("A-skips", a_skip),
    "pogo-hop": ("Pogo hops", pogo_hop),
    "single-leg-hop": ("Single-leg hops", single_leg_hop),
    "bounding": ("Bounding", bounding),
    "walk-run": ("Walk-run intervals", walk_run),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", metavar="DIR", help="also render PNG previews into DIR")
    args = parser.parse_args(argv)
    for slug, (title, draw) in DRAWINGS.items():
        print(slug)
        start, end = draw()
        path = HERE / f"{slug}.svg"
        path.write_text(svg(title, start, end), encoding="utf-8")
        if args.png:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
            out = Path(args.png)
            out.mkdir(parents=True, exist_ok=True)
            write_png(path, out / f"{slug}.png", "#202328", "#ffffff")
            write_png(path, out / f"{slug}-dark.png", "#e8eaed", "#202328")
    return 0


if __name__ == "__main__":
    sys.exit(main())
