"""Help > Clinical notes: what the condition is, how the app judges load, what the evidence
says, the red flags, and the sources (PROTOCOL.md in our own words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from phtcoach.ui.design import Space


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClinicalNotes", text)


def notes_html() -> str:
    sections = [
        (
            _tr("What it is"),
            _tr(
                "Pain deep in the buttock at the sit bone, from the tendon where the hamstrings "
                "attach. It is provoked by squeezing the tendon in hip flexion: long or hard-seat "
                "sitting, deep squats and lunges, uphill running, long strides, aero cycling "
                "positions, stretching. Complete rest does not heal it: the tendon needs "
                "progressive load to remodel, and rest only hides pain until activity resumes. "
                "Expect 3 to 6 months."
            ),
        ),
        (
            _tr("How PHT Coach judges load"),
            _tr(
                "Tendons report pain unreliably from moment to moment; the most reliable signal "
                "is how the tendon feels the next morning. So the app compares each morning test "
                "with your baseline (the median of your last 7 morning tests). Back at or below "
                "baseline: the session is cleared. More than 1 above, or above 5/10: hold or go "
                "back a step for the next 2-3 sessions. During a set, pain up to your ceiling "
                "(3/10 by default) is acceptable; above it the next set is made easier; above "
                "5/10 the set stops. Pain must not rise week to week. Every piece of advice "
                "names the rule and the numbers it used."
            ),
        ),
        (
            _tr("What the evidence says"),
            _tr(
                "No randomised trial of exercise for proximal hamstring tendinopathy exists; the "
                "staged programme is expert consensus (Goom et al. 2016). Isometric holds gave "
                "strong pain relief in one small study but not in larger ones, so they are a "
                "possibly helpful start, not a promise. Heavy slow resistance did as well as "
                "eccentric training in Achilles tendinopathy, with better adherence. Shockwave, "
                "injections and PRP are for a discussion with your clinician."
            ),
        ),
        (
            _tr("Stop and see a clinician if"),
            _tr(
                "night or rest pain is rising; you have tingling, numbness, weakness or pain "
                "radiating down the leg; you felt a sudden pop or see bruising; or it is getting "
                "worse despite reduced load."
            ),
        ),
        (
            _tr("Sources"),
            "Goom TSH et al. JOSPT 2016;46(6):483-93 · Silbernagel KG et al. AJSM 2007;35:897 · "
            "Rio E et al. BJSM 2015;49:1277 · van Ark M et al. JSAMS 2016 · Holden S et al. "
            "2020 · Clifford C et al. BMJ Open SEM 2020 · Kongsgaard M et al. SJMSS "
            "2009;19:790 · Beyer R et al. AJSM 2015;43:1704 · Alfredson H et al. AJSM "
            "1998;26:360 · Stevens M, Tan CW. JOSPT 2014 · Cacchio A et al. BJSM 2014;48:448 · "
            "Nielsen RO et al. 2014 · Impellizzeri FM et al. Sports Med 2020.",
        ),
    ]
    body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in sections)
    lead = _tr("PHT Coach gives education and structure, not diagnosis or treatment.")
    return f"<p><b>{lead}</b></p>{body}"


class ClinicalNotesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinical notes"))
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Clinical notes"))
        self.browser.setHtml(notes_html())
        self.browser.document().setDocumentMargin(Space.L)  # prose off the frame and scrollbar
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
