"""The steps of the guided workflow, one page each, in the order the side navigation shows.

Every page is a `QWidget` built with a `StudioContext` and offers:
- `step_state() -> StepState`: what the navigation shows beside the step's name;
- `stateChanged` (Signal): the state may have changed.
The Review and Train on Bedrock pages come from `gui.review` and `gui.pages.cloud` when
those packages are installed; otherwise the window shows a placeholder.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP


class StepState(Enum):
    NOT_STARTED = "not-started"
    NEEDS_ATTENTION = "needs-attention"
    DONE = "done"

    def label(self) -> str:
        return QCoreApplication.translate("StepState", _STATE_LABELS[self])


_STATE_LABELS = {
    StepState.NOT_STARTED: QT_TRANSLATE_NOOP("StepState", "Not started"),
    StepState.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("StepState", "Needs attention"),
    StepState.DONE: QT_TRANSLATE_NOOP("StepState", "Done"),
}

# Step id -> title, in navigation order; Ctrl+1 … Ctrl+7 follow this order.
STEPS: list[tuple[str, str]] = [
    ("sources", QT_TRANSLATE_NOOP("Steps", "Sources")),
    ("method", QT_TRANSLATE_NOOP("Steps", "Method guide")),
    ("fields", QT_TRANSLATE_NOOP("Steps", "Fields")),
    ("cleaning", QT_TRANSLATE_NOOP("Steps", "Cleaning")),
    ("review", QT_TRANSLATE_NOOP("Steps", "Review")),
    ("export", QT_TRANSLATE_NOOP("Steps", "Export")),
    ("cloud", QT_TRANSLATE_NOOP("Steps", "Train on Bedrock")),
]


def step_title(step_id: str) -> str:
    return QCoreApplication.translate("Steps", dict(STEPS)[step_id])
