"""The dark look of the runner's controls: the rating panel's colours and the style sheet
its buttons, scales and number fields share with the session summary.

Apart from the panel because two screens use it and a test checks every text colour here
against its background (WCAG AAA); the pain scale's traffic-light colours are here too.
"""

from __future__ import annotations

PANEL_BG = "#1A1F27"
PANEL_TEXT = "#F2F4F8"
PANEL_DIM = "#C2C9D3"
BUTTON_BG = "#2A303A"
BUTTON_BORDER = "#4A5260"
CHECKED_BG = "#F2F4F8"
CHECKED_TEXT = "#0B0D12"
LEVEL_COLOURS = {"green": "#38D67A", "amber": "#FFB020", "red": "#FF9A8F", "info": PANEL_TEXT}

ZONE_COLOURS = {
    "green": LEVEL_COLOURS["green"],
    "amber": LEVEL_COLOURS["amber"],
    "red": LEVEL_COLOURS["red"],
}


def digit_px(height: int) -> int:
    """The wanted size of a 0-10 scale's digits for a runner `height` px tall (the scale
    shrinks them only to fit its buttons: `scale_row.fit_digit_px`)."""
    return max(17, round(max(400, height) * 0.04))


def controls_style(height: int) -> str:
    """Dark buttons and number fields sized for the floor (shared with the summary); the
    0-10 scales size their own digits (`ScaleRow.set_digit_px`)."""
    h = max(400, height)
    text_px = max(15, round(h * 0.026))
    return (
        f"QLabel {{ font-size: {text_px}px; }}"
        f"QPushButton {{ background: {BUTTON_BG}; color: {PANEL_TEXT};"
        f" border: 2px solid {BUTTON_BORDER}; border-radius: 8px; font-size: {text_px}px;"
        " padding: 4px 10px; }"
        f"QPushButton:checked {{ background: {CHECKED_BG}; color: {CHECKED_TEXT};"
        f" border-color: {CHECKED_BG}; }}"
        f"QPushButton:focus {{ border-color: #FFD27A; }}"
        f"QSpinBox, QDoubleSpinBox {{ background: {BUTTON_BG}; color: {PANEL_TEXT};"
        f" border: 2px solid {BUTTON_BORDER}; border-radius: 6px; font-size: {text_px}px;"
        " padding: 2px 6px; }"
        "QSpinBox:focus, QDoubleSpinBox:focus { border-color: #FFD27A; }"
        # No arrow buttons (Up/Down still step); NoButtons collapses the text field
        # to 1 px under a style sheet in Qt 6.12, so the buttons are sized away.
        "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button"
        " { width: 0px; border: none; }"
    )
