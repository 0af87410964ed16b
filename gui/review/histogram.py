"""The token-length histogram of the Review step, drawn with matplotlib on a Qt canvas."""

from __future__ import annotations

from functools import cache

import matplotlib

matplotlib.use("QtAgg")

import numpy as np
from matplotlib import font_manager
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from gui.i18n import font_families, match_language

BIN_COUNT = 60
# The x axis turns logarithmic when the longest record is this many times the median,
# because a few very long records would otherwise squeeze every other bar into one bin.
LOG_X_SPREAD = 50
# The y axis turns logarithmic when the fullest bin contains this many times the median
# non-empty bin, so that small bins (often the ones over the limit) stay visible.
LOG_Y_SPREAD = 100
LIMIT_COLOR = "#c62828"
BAR_COLOR = "#1565c0"


@cache
def _installed_font_names() -> frozenset[str]:
    return frozenset(entry.name for entry in font_manager.fontManager.ttflist)


def plot_font_families(language: str) -> list[str]:
    """Return the installed font families for plot text in `language`, CJK fallbacks included."""
    installed = _installed_font_names()
    families = [name for name in font_families(language) if name in installed]
    return families + ["DejaVu Sans"] if "DejaVu Sans" not in families else families


def histogram_bins(tokens: np.ndarray, max_tokens: int) -> tuple[np.ndarray, bool]:
    """Return the bin edges for `tokens` and whether they are logarithmic.

    The range always reaches past the model limit so that the limit line is on the plot.
    """
    top = float(max(int(tokens.max()) if tokens.size else 0, max_tokens)) * 1.05 + 1
    positive = tokens[tokens > 0]
    median = float(np.median(positive)) if positive.size else 0.0
    if positive.size and top / max(median, 1.0) >= LOG_X_SPREAD:
        return np.geomspace(1.0, top, BIN_COUNT + 1), True
    return np.linspace(0.0, top, BIN_COUNT + 1), False


class TokenHistogram(QWidget):
    """A histogram of tokens per record with a vertical line at the model's limit.

    Counts use the larger of the two token estimates, the number the build checks against
    the limit. Records with 0 tokens fall into the first bin on a logarithmic axis.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(6, 2.2), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(140)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.axes = self.figure.add_subplot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._tokens = np.zeros(0, dtype=np.int64)
        self._max_tokens = 0
        self.log_x = False
        self.log_y = False
        self._redraw()

    def set_data(self, tokens: np.ndarray, max_tokens: int) -> None:
        """Draw the histogram of `tokens` (one count per record) with the limit `max_tokens`.

        A `max_tokens` of 0 or less means the limit is unknown, and no limit line is drawn.
        """
        self._tokens = np.asarray(tokens, dtype=np.int64)
        self._max_tokens = max_tokens
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._redraw()
        super().changeEvent(event)

    def _redraw(self) -> None:
        language = match_language(QLocale().name())
        # Text stores its font family when it is created. The generic "sans-serif" would be
        # resolved again at draw time, outside this context, and miss the CJK fallbacks.
        with matplotlib.rc_context({"font.family": plot_font_families(language)}):
            self.figure.clear()
            self.axes = self.figure.add_subplot()
            self._plot()
            self.canvas.draw_idle()
        self.setToolTip(
            self.tr(
                "How many records have each token count (the larger of the two estimates). "
                "The red line is the model's limit: records right of it are rejected."
            )
        )

    def _plot(self) -> None:
        axes = self.axes
        axes.set_xlabel(self.tr("Tokens per record (larger estimate)"))
        axes.set_ylabel(self.tr("Records"))
        axes.tick_params(labelsize=8)
        if not self._tokens.size:
            axes.text(0.5, 0.5, self.tr("No records"), ha="center", va="center", transform=axes.transAxes)
            self.log_x = self.log_y = False
            return

        edges, self.log_x = histogram_bins(self._tokens, self._max_tokens)
        counts, _ = np.histogram(np.clip(self._tokens, edges[0], None), bins=edges)
        nonzero = counts[counts > 0]
        self.log_y = bool(nonzero.size and counts.max() >= LOG_Y_SPREAD * float(np.median(nonzero)))

        axes.stairs(counts, edges, fill=True, color=BAR_COLOR, alpha=0.8, label=self.tr("Records"))
        if self._max_tokens > 0:
            axes.axvline(
                self._max_tokens,
                color=LIMIT_COLOR,
                linestyle="--",
                linewidth=1.5,
                label=self.tr("Model limit: {limit}").format(limit=QLocale().toString(self._max_tokens)),
            )
        if self.log_x:
            axes.set_xscale("log")
        if self.log_y:
            axes.set_yscale("log")
            axes.set_ylim(bottom=0.8)
        axes.legend(loc="upper right", fontsize=8)
