"""Cleaning step: each rule of the recipe's cleaning and dedup sections as a switch.

After a check or build the page shows how many records each rule changed, from the
report's `cleaning` list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.context import StudioContext
from gui.pages import StepState

# CleaningSpec switch -> (label, explanation), in the order the rules run.
RULES: list[tuple[str, str, str]] = [
    ("normalize_newlines", QT_TRANSLATE_NOOP("CleaningPage", "Normalize line endings"),
     QT_TRANSLATE_NOOP("CleaningPage", "Turn Windows (CR LF) and old Mac (CR) line endings into LF.")),
    ("remove_control", QT_TRANSLATE_NOOP("CleaningPage", "Remove control characters"),
     QT_TRANSLATE_NOOP("CleaningPage", "Delete invisible control characters that break JSON and tokenizers.")),
    ("remove_zero_width", QT_TRANSLATE_NOOP("CleaningPage", "Remove zero-width characters"),
     QT_TRANSLATE_NOOP("CleaningPage", "Delete zero-width spaces and joiners copied from web pages.")),
    ("nfkc", QT_TRANSLATE_NOOP("CleaningPage", "Unicode NFKC normalization"),
     QT_TRANSLATE_NOOP("CleaningPage", "Turn full-width letters and digits into normal ones (ＡＢＣ１２３ → ABC123).")),
    ("collapse_spaces", QT_TRANSLATE_NOOP("CleaningPage", "Collapse repeated spaces"),
     QT_TRANSLATE_NOOP("CleaningPage", "Replace runs of spaces and tabs with one space.")),
    ("trim", QT_TRANSLATE_NOOP("CleaningPage", "Trim spaces"),
     QT_TRANSLATE_NOOP("CleaningPage", "Remove spaces at the start and end of every field.")),
    ("html_to_text", QT_TRANSLATE_NOOP("CleaningPage", "Convert HTML to text"),
     QT_TRANSLATE_NOOP("CleaningPage", "Strip HTML tags and decode entities such as &amp;.")),
    ("repair_mojibake", QT_TRANSLATE_NOOP("CleaningPage", "Repair garbled text"),
     QT_TRANSLATE_NOOP("CleaningPage", "Fix text that was decoded with the wrong encoding (mojibake).")),
    ("coerce_non_text", QT_TRANSLATE_NOOP("CleaningPage", "Accept numbers as text"),
     QT_TRANSLATE_NOOP("CleaningPage", "Use numbers and true/false values from JSON files as text instead of rejecting them.")),
    ("remove_boilerplate_lines", QT_TRANSLATE_NOOP("CleaningPage", "Remove repeated boilerplate lines"),
     QT_TRANSLATE_NOOP("CleaningPage", "Delete lines such as signatures and disclaimers that repeat across many records.")),
]

DEDUP_RULES: list[tuple[str, str, str]] = [
    ("exact", QT_TRANSLATE_NOOP("CleaningPage", "Remove exact duplicates"),
     QT_TRANSLATE_NOOP("CleaningPage", "Keep the first of records whose text is identical.")),
    ("near", QT_TRANSLATE_NOOP("CleaningPage", "Remove near-duplicates"),
     QT_TRANSLATE_NOOP("CleaningPage", "Keep the first of records that are almost the same (MinHash similarity).")),
]


def _translate(text: str) -> str:
    return QCoreApplication.translate("CleaningPage", text)


class CleaningPage(QWidget):
    stateChanged = Signal()

    def __init__(self, context: StudioContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = False
        self.switches: dict[str, QCheckBox] = {}
        self.counts: dict[str, QLabel] = {}

        intro = QLabel(self.tr(
            "Switch each rule on or off. After you check the data on the Review step, the number of "
            "records each rule changed appears beside it."
        ))
        intro.setWordWrap(True)

        rules_group = QGroupBox(self.tr("Text rules"))
        grid = QGridLayout(rules_group)
        for row, (name, label, help_text) in enumerate(RULES):
            self._add_switch(grid, row, name, label, help_text, "cleaning")

        limits = QFormLayout()
        self.chinese_box = QComboBox()
        self.chinese_box.addItem(self.tr("Keep as is"), "")
        self.chinese_box.addItem(self.tr("Traditional → Simplified"), "t2s")
        self.chinese_box.addItem(self.tr("Simplified → Traditional"), "s2t")
        self.chinese_box.setToolTip(self.tr("Convert Chinese text between Traditional and Simplified characters"))
        self.min_chars = QSpinBox()
        self.min_chars.setRange(0, 1_000_000)
        self.min_chars.setSpecialValueText(self.tr("off"))
        self.min_chars.setToolTip(self.tr("Reject records whose text is shorter than this many characters"))
        self.max_chars = QSpinBox()
        self.max_chars.setRange(0, 10_000_000)
        self.max_chars.setSpecialValueText(self.tr("off"))
        self.max_chars.setToolTip(self.tr("Reject records whose text is longer than this many characters"))
        self.reserved_box = QComboBox()
        self.reserved_box.addItem(self.tr("Reject the record"), "reject")
        self.reserved_box.addItem(self.tr("Escape the string"), "escape")
        self.reserved_box.setToolTip(self.tr("What to do with text the model reserves, such as special tokens"))
        self.boilerplate_share = QDoubleSpinBox()
        self.boilerplate_share.setRange(0.01, 1.0)
        self.boilerplate_share.setSingleStep(0.01)
        self.boilerplate_share.setDecimals(2)
        self.boilerplate_share.setToolTip(self.tr("Share of records a line must appear in to count as boilerplate"))
        limits.addRow(self.tr("Chinese &script:"), self.chinese_box)
        limits.addRow(self.tr("Mi&nimum characters:"), self.min_chars)
        limits.addRow(self.tr("Ma&ximum characters:"), self.max_chars)
        limits.addRow(self.tr("&Reserved strings:"), self.reserved_box)
        limits.addRow(self.tr("&Boilerplate share:"), self.boilerplate_share)
        limits_group = QGroupBox(self.tr("Limits and conversions"))
        limits_group.setLayout(limits)

        pii_group = QGroupBox(self.tr("Personal data"))
        pii_layout = QFormLayout(pii_group)
        self.pii_switch = QCheckBox(self.tr("Replace personal data with placeholders such as [EMAIL] and [PHONE]"))
        self.pii_terms = QLineEdit()
        self.pii_terms.setPlaceholderText(self.tr("Extra terms to hide, separated by commas"))
        self.pii_terms.setToolTip(self.tr("Names or other words that are replaced by [TERM]"))
        pii_layout.addRow(self.pii_switch)
        pii_layout.addRow(self.tr("E&xtra terms:"), self.pii_terms)

        dedup_group = QGroupBox(self.tr("Duplicates"))
        dedup_grid = QGridLayout(dedup_group)
        for row, (name, label, help_text) in enumerate(DEDUP_RULES):
            self._add_switch(dedup_grid, row, name, label, help_text, "dedup")
        self.near_threshold = QDoubleSpinBox()
        self.near_threshold.setRange(0.5, 1.0)
        self.near_threshold.setSingleStep(0.05)
        self.near_threshold.setDecimals(2)
        self.near_threshold.setToolTip(self.tr("How similar two records must be to count as near-duplicates"))
        threshold_label = QLabel(self.tr("Similarity &threshold:"))
        threshold_label.setBuddy(self.near_threshold)
        dedup_grid.addWidget(threshold_label, len(DEDUP_RULES), 0)
        dedup_grid.addWidget(self.near_threshold, len(DEDUP_RULES), 1)

        self.counts_note = QLabel()
        self.counts_note.setWordWrap(True)

        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (intro, rules_group, limits_group, pii_group, dedup_group, self.counts_note):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.chinese_box.activated.connect(self.commit)
        self.reserved_box.activated.connect(self.commit)
        for spin in (self.min_chars, self.max_chars, self.boilerplate_share, self.near_threshold):
            spin.editingFinished.connect(self.commit)
            spin.valueChanged.connect(self._spin_changed)
        self.pii_switch.toggled.connect(self.commit)
        self.pii_terms.editingFinished.connect(self.commit)
        context.project.changed.connect(self.load_from_recipe)
        context.workFinished.connect(self._show_counts)
        self.load_from_recipe()
        self._show_counts()

    def _add_switch(self, grid: QGridLayout, row: int, name: str, label: str, help_text: str, section: str) -> None:
        switch = QCheckBox(_translate(label))
        switch.setToolTip(_translate(help_text))
        switch.setProperty("section", section)
        explanation = QLabel(_translate(help_text))
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        count = QLabel()
        grid.addWidget(switch, row, 0)
        grid.addWidget(explanation, row, 1)
        grid.addWidget(count, row, 2)
        grid.setColumnStretch(1, 1)
        switch.toggled.connect(self.commit)
        self.switches[name] = switch
        self.counts[name] = count

    def _spin_changed(self) -> None:
        # Arrow clicks and wheel steps change the value without finishing an edit.
        if not self._loading and not any(spin.hasFocus() and spin.lineEdit().hasFocus() for spin in (
            self.min_chars, self.max_chars, self.boilerplate_share, self.near_threshold)):
            self.commit()

    def load_from_recipe(self) -> None:
        recipe = self.context.project.recipe
        self._loading = True
        try:
            for name, switch in self.switches.items():
                section = recipe.cleaning if switch.property("section") == "cleaning" else recipe.dedup
                switch.setChecked(bool(getattr(section, name)))
            self.chinese_box.setCurrentIndex(max(self.chinese_box.findData(recipe.cleaning.chinese_script), 0))
            self.reserved_box.setCurrentIndex(max(self.reserved_box.findData(recipe.cleaning.reserved_strings), 0))
            self.min_chars.setValue(recipe.cleaning.min_chars)
            self.max_chars.setValue(recipe.cleaning.max_chars)
            self.boilerplate_share.setValue(recipe.cleaning.boilerplate_min_share)
            self.near_threshold.setValue(recipe.dedup.near_threshold)
            self.pii_switch.setChecked(recipe.cleaning.pii.enabled)
            self.pii_terms.setText(", ".join(recipe.cleaning.pii.terms))
        finally:
            self._loading = False
        self.boilerplate_share.setEnabled(recipe.cleaning.remove_boilerplate_lines)
        self.near_threshold.setEnabled(recipe.dedup.near)
        self.pii_terms.setEnabled(recipe.cleaning.pii.enabled)

    def commit(self) -> None:
        """Copy every switch and value into the recipe."""
        if self._loading:
            return
        project = self.context.project
        cleaning = {name: switch.isChecked() for name, switch in self.switches.items()
                    if switch.property("section") == "cleaning"}
        terms = [term.strip() for term in self.pii_terms.text().replace("，", ",").replace("、", ",").split(",") if term.strip()]
        pii = project.recipe.cleaning.pii.model_copy(update={"enabled": self.pii_switch.isChecked(), "terms": terms})
        cleaning.update(
            chinese_script=self.chinese_box.currentData(),
            reserved_strings=self.reserved_box.currentData(),
            min_chars=self.min_chars.value(),
            max_chars=self.max_chars.value(),
            boilerplate_min_share=round(self.boilerplate_share.value(), 2),
            pii=pii,
        )
        project.update("cleaning", **cleaning)
        dedup = {name: switch.isChecked() for name, switch in self.switches.items() if switch.property("section") == "dedup"}
        project.update("dedup", near_threshold=round(self.near_threshold.value(), 2), **dedup)

    def _show_counts(self, *_: object) -> None:
        result = self.context.result
        stats = result.report.get("cleaning", []) if result is not None else []
        changed = {item.get("rule"): item.get("changed", 0) for item in stats if isinstance(item, dict)}
        examples = {item.get("rule"): item.get("examples") or [] for item in stats if isinstance(item, dict)}
        reasons = result.report.get("reasons", {}) if result is not None else {}
        for name, label in self.counts.items():
            label.setToolTip(self._examples_text(examples.get(name, [])))
            if name in changed:
                label.setText(self.tr("%n record(s) changed", "", int(changed[name])))
            elif name == "exact" and result is not None:
                label.setText(self.tr("%n duplicate(s)", "", int(reasons.get("duplicate", 0))))
            elif name == "near" and result is not None:
                label.setText(self.tr("%n duplicate(s)", "", int(reasons.get("near_duplicate", 0))))
            else:
                label.setText("")
        if result is None:
            self.counts_note.setText(self.tr("No counts yet: check the data on the Review step to see them."))
        else:
            self.counts_note.setText(self.tr("Counts are from the last check or build."))

    def _examples_text(self, examples: list) -> str:
        """Return before/after examples as tooltip text, when the report carries them."""
        lines = []
        for pair in examples[:3]:
            if isinstance(pair, (list, tuple)) and len(pair) == 2:
                lines.append(self.tr("Before: %s") % repr(pair[0]))
                lines.append(self.tr("After: %s") % repr(pair[1]))
        return "\n".join(lines)

    def step_state(self) -> StepState:
        if "cleaning" in self.context.visited or self.context.project.path is not None:
            return StepState.DONE
        return StepState.NOT_STARTED
