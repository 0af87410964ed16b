"""Cleaning step: each rule of the recipe's cleaning and dedup sections as a switch.

After a check or build the page shows how many records each rule changed, from the
report's `cleaning` list, and how many values of each personal-data type were replaced,
from the report's `pii` counts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import UsageError
from core.pii import active_types
from core.recipe import PiiSpec
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
     QT_TRANSLATE_NOOP("CleaningPage", "Keep one of records that are almost the same (MinHash similarity). The keep rule below chooses which.")),
]


# Built-in personal-data types -> (label, explanation). TERM and CUSTOM come from the
# extra terms and regular expressions, so they have fields of their own.
PII_TYPE_LABELS: dict[str, tuple[str, str]] = {
    "EMAIL": (QT_TRANSLATE_NOOP("CleaningPage", "E-mail addresses"),
              QT_TRANSLATE_NOOP("CleaningPage", "Addresses such as name@example.com become [EMAIL].")),
    "PHONE": (QT_TRANSLATE_NOOP("CleaningPage", "Phone numbers"),
              QT_TRANSLATE_NOOP("CleaningPage", "Phone numbers, including Chinese and Japanese mobile numbers, become [PHONE].")),
    "ID_NUMBER": (QT_TRANSLATE_NOOP("CleaningPage", "ID numbers"),
                  QT_TRANSLATE_NOOP("CleaningPage", "Chinese resident ID numbers and Japanese My Number become [ID_NUMBER].")),
    "CARD": (QT_TRANSLATE_NOOP("CleaningPage", "Payment card numbers"),
             QT_TRANSLATE_NOOP("CleaningPage", "Card numbers that pass the card checksum become [CARD].")),
    "IBAN": (QT_TRANSLATE_NOOP("CleaningPage", "Bank account numbers (IBAN)"),
             QT_TRANSLATE_NOOP("CleaningPage", "International bank account numbers with a valid checksum become [IBAN].")),
    "IP": (QT_TRANSLATE_NOOP("CleaningPage", "IP addresses"),
           QT_TRANSLATE_NOOP("CleaningPage", "Computer network addresses such as 192.0.2.10 become [IP].")),
    "URL": (QT_TRANSLATE_NOOP("CleaningPage", "Web addresses"),
            QT_TRANSLATE_NOOP("CleaningPage", "Links such as https://example.com/page become [URL].")),
    "SECRET": (QT_TRANSLATE_NOOP("CleaningPage", "Passwords and access keys"),
               QT_TRANSLATE_NOOP("CleaningPage", "Access keys, tokens and passwords written in the text become [SECRET].")),
}

# The extra-term and regular-expression types, always allowed when only some built-in types are chosen.
USER_PII_TYPES = ["TERM", "CUSTOM"]

NEAR_KEEP_RULES: list[tuple[str, str]] = [
    ("first", QT_TRANSLATE_NOOP("CleaningPage", "The first in the file")),
    ("longest", QT_TRANSLATE_NOOP("CleaningPage", "The longest")),
    ("most_recent", QT_TRANSLATE_NOOP("CleaningPage", "The most recent")),
]


# Milliseconds after the last key press in the regular-expression box before the recipe is updated.
PATTERNS_DELAY_MS = 600


def builtin_pii_types() -> list[str]:
    """Return the built-in personal-data types core supports, in the order they run."""
    return [kind.name for kind in active_types(PiiSpec(enabled=True))]


def split_patterns(text: str) -> list[str]:
    """Return the non-empty lines of `text`: one regular expression per line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def invalid_patterns(patterns: list[str]) -> list[str]:
    """Return the patterns that core's regular-expression engine rejects."""
    invalid = []
    for pattern in patterns:
        try:
            active_types(PiiSpec(enabled=True, types=["CUSTOM"], patterns=[pattern]))
        except UsageError:
            invalid.append(pattern)
    return invalid


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

        pii_group = self._build_pii_group()

        dedup_group = QGroupBox(self.tr("Duplicates"))
        dedup_grid = QGridLayout(dedup_group)
        for row, (name, label, help_text) in enumerate(DEDUP_RULES):
            self._add_switch(dedup_grid, row, name, label, help_text, "dedup")
        self.near_threshold = QDoubleSpinBox()
        self.near_threshold.setRange(0.5, 1.0)
        self.near_threshold.setSingleStep(0.05)
        self.near_threshold.setDecimals(2)
        self.near_threshold.setToolTip(self.tr(
            "How similar two records must be to count as near-duplicates, from 0.5 (half the wording shared) "
            "to 1.0 (the same words). Higher values remove fewer records."
        ))
        threshold_label = QLabel(self.tr("Similarity &threshold:"))
        threshold_label.setBuddy(self.near_threshold)
        dedup_grid.addWidget(threshold_label, len(DEDUP_RULES), 0)
        dedup_grid.addWidget(self.near_threshold, len(DEDUP_RULES), 1)
        self.near_keep = QComboBox()
        for value, label in NEAR_KEEP_RULES:
            self.near_keep.addItem(_translate(label), value)
        self.near_keep.setToolTip(self.tr(
            "Which record of a group of near-duplicates stays in the data: the first in the file, the one with "
            "the most text, or the newest by the time column. The others are listed as duplicates of it."
        ))
        keep_label = QLabel(self.tr("Kee&p:"))
        keep_label.setBuddy(self.near_keep)
        dedup_grid.addWidget(keep_label, len(DEDUP_RULES) + 1, 0)
        dedup_grid.addWidget(self.near_keep, len(DEDUP_RULES) + 1, 1)
        self.near_time_column = QComboBox()
        self.near_time_column.setEditable(True)
        self.near_time_column.setToolTip(self.tr(
            "The source column with the date or time of each record, such as a ticket's update time. "
            "Used only when the newest record is kept."
        ))
        time_label = QLabel(self.tr("Time co&lumn:"))
        time_label.setBuddy(self.near_time_column)
        dedup_grid.addWidget(time_label, len(DEDUP_RULES) + 2, 0)
        dedup_grid.addWidget(self.near_time_column, len(DEDUP_RULES) + 2, 1)

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
        self.pii_types.itemChanged.connect(self.commit)
        self.pii_patterns.installEventFilter(self)
        # Toolbar buttons take no focus, so a check started while typing would miss the last
        # patterns without this timer.
        self._patterns_timer = QTimer(self)
        self._patterns_timer.setSingleShot(True)
        self._patterns_timer.setInterval(PATTERNS_DELAY_MS)
        self._patterns_timer.timeout.connect(self.commit)
        self.pii_patterns.textChanged.connect(self._patterns_edited)
        self.near_keep.activated.connect(self.commit)
        self.near_time_column.activated.connect(self.commit)
        self.near_time_column.lineEdit().editingFinished.connect(self.commit)
        context.project.changed.connect(self.load_from_recipe)
        context.sourcesChanged.connect(self._fill_time_columns)
        context.workFinished.connect(self._show_counts)
        self._fill_time_columns()
        self.load_from_recipe()
        self._show_counts()

    def _build_pii_group(self) -> QGroupBox:
        pii_group = QGroupBox(self.tr("Personal data"))
        pii_layout = QFormLayout(pii_group)
        self.pii_switch = QCheckBox(self.tr("Replace personal data with placeholders such as [EMAIL] and [PHONE]"))
        self.pii_switch.setToolTip(self.tr(
            "Find e-mail addresses, phone numbers, ID and card numbers and other personal data, and replace "
            "each with a placeholder before the data leaves this computer. You can undo single replacements "
            "on the Review step."
        ))
        self.pii_types = QListWidget()
        self.pii_types.setToolTip(self.tr("Tick the kinds of personal data to replace. Untick a kind to leave it in the text."))
        for name in builtin_pii_types():
            label, help_text = PII_TYPE_LABELS.get(name, (name, ""))
            item = QListWidgetItem(_translate(label))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(_translate(help_text) if help_text else name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            self.pii_types.addItem(item)
        rows = self.pii_types.count()
        self.pii_types.setMaximumHeight(self.pii_types.sizeHintForRow(0) * rows + 2 * self.pii_types.frameWidth() + 4)
        self.pii_terms = QLineEdit()
        self.pii_terms.setPlaceholderText(self.tr("Extra terms to hide, separated by commas"))
        self.pii_terms.setToolTip(self.tr(
            "Names or other words that are replaced by [TERM], such as customer or product code names. "
            "Case is ignored."
        ))
        self.pii_patterns = QPlainTextEdit()
        self.pii_patterns.setPlaceholderText(self.tr("One regular expression per line, for example ORD-\\d{6}"))
        self.pii_patterns.setToolTip(self.tr(
            "Regular expressions for other text to hide, one per line. Each match is replaced by [CUSTOM]. "
            "Look-ahead and back-references are not supported."
        ))
        self.pii_patterns.setTabChangesFocus(True)
        self.pii_patterns.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.pii_patterns_error = QLabel()
        self.pii_patterns_error.setWordWrap(True)
        self.pii_patterns_error.setStyleSheet("color: #c62828")
        self.pii_patterns_error.setVisible(False)
        self.pii_counts = QLabel()
        self.pii_counts.setWordWrap(True)
        types_label = QLabel(self.tr("&Kinds:"))
        types_label.setBuddy(self.pii_types)
        patterns_label = QLabel(self.tr("Re&gular expressions:"))
        patterns_label.setBuddy(self.pii_patterns)
        pii_layout.addRow(self.pii_switch)
        pii_layout.addRow(types_label, self.pii_types)
        pii_layout.addRow(self.tr("E&xtra terms:"), self.pii_terms)
        pii_layout.addRow(patterns_label, self.pii_patterns)
        pii_layout.addRow(self.pii_patterns_error)
        pii_layout.addRow(self.pii_counts)
        return pii_group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QPlainTextEdit has no editingFinished signal, so the patterns are also stored when it loses focus.
        if watched is self.pii_patterns and event.type() == QEvent.Type.FocusOut:
            self._patterns_timer.stop()
            self.commit()
        return super().eventFilter(watched, event)

    def _patterns_edited(self) -> None:
        if not self._loading:
            self._patterns_timer.start()

    def _fill_time_columns(self) -> None:
        current = self.near_time_column.currentText()
        columns: list[str] = []
        for table in self.context.table_list():
            columns.extend(name for name in table.columns if name not in columns)
        self.near_time_column.blockSignals(True)
        self.near_time_column.clear()
        self.near_time_column.addItem("")
        self.near_time_column.addItems(columns)
        self.near_time_column.setCurrentText(current)
        self.near_time_column.blockSignals(False)

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
            self._load_pii_types(recipe.cleaning.pii.types)
            # Rewriting the text moves the cursor, so the box is left alone while it matches.
            typed = split_patterns(self.pii_patterns.toPlainText())
            if [pattern for pattern in typed if pattern not in invalid_patterns(typed)] != recipe.cleaning.pii.patterns:
                self.pii_patterns.setPlainText("\n".join(recipe.cleaning.pii.patterns))
            self.near_keep.setCurrentIndex(max(self.near_keep.findData(recipe.dedup.near_keep), 0))
            self.near_time_column.setCurrentText(recipe.dedup.near_time_column)
        finally:
            self._loading = False
        self.boilerplate_share.setEnabled(recipe.cleaning.remove_boilerplate_lines)
        self.near_threshold.setEnabled(recipe.dedup.near)
        self.near_keep.setEnabled(recipe.dedup.near)
        self.near_time_column.setEnabled(recipe.dedup.near and recipe.dedup.near_keep == "most_recent")
        for widget in (self.pii_terms, self.pii_types, self.pii_patterns):
            widget.setEnabled(recipe.cleaning.pii.enabled)

    def _load_pii_types(self, types: list[str]) -> None:
        wanted = {name.upper() for name in types}
        for row in range(self.pii_types.count()):
            item = self.pii_types.item(row)
            checked = not wanted or item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_pii_types(self) -> list[str]:
        """Return the recipe's `pii.types` for the ticked kinds: empty when every kind is ticked."""
        names = [self.pii_types.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.pii_types.count())]
        checked = [name for row, name in enumerate(names)
                   if self.pii_types.item(row).checkState() == Qt.CheckState.Checked]
        if checked == names:
            return []
        # A types list also filters the extra terms and expressions, so both stay allowed.
        return checked + USER_PII_TYPES

    def commit(self) -> None:
        """Copy every switch and value into the recipe."""
        if self._loading:
            return
        project = self.context.project
        cleaning = {name: switch.isChecked() for name, switch in self.switches.items()
                    if switch.property("section") == "cleaning"}
        terms = [term.strip() for term in self.pii_terms.text().replace("，", ",").replace("、", ",").split(",") if term.strip()]
        patterns = split_patterns(self.pii_patterns.toPlainText())
        invalid = invalid_patterns(patterns)
        self.pii_patterns_error.setVisible(bool(invalid))
        if invalid:
            self.pii_patterns_error.setText(
                self.tr("Not a valid regular expression, so it is not used: {patterns}").format(
                    patterns=", ".join(invalid))
            )
        pii = project.recipe.cleaning.pii.model_copy(update={
            "enabled": self.pii_switch.isChecked(),
            "types": self.checked_pii_types(),
            "terms": terms,
            "patterns": [pattern for pattern in patterns if pattern not in invalid],
        })
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
        project.update(
            "dedup",
            near_threshold=round(self.near_threshold.value(), 2),
            near_keep=self.near_keep.currentData(),
            near_time_column=self.near_time_column.currentText().strip(),
            **dedup,
        )

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
        self._show_pii_counts()

    def _show_pii_counts(self) -> None:
        result = self.context.result
        pii = result.report.get("pii") if result is not None else None
        if not isinstance(pii, dict) or not pii.get("enabled"):
            self.pii_counts.clear()
            return
        locale = QLocale()
        counts = pii.get("counts") or {}
        parts = [
            self.tr("{kind}: {count}").format(kind=self._pii_type_label(name), count=locale.toString(int(count)))
            for name, count in counts.items()
            if count
        ]
        records = int(pii.get("records", 0))
        if not parts:
            self.pii_counts.setText(self.tr("The last check found no personal data to replace."))
            return
        self.pii_counts.setText(
            self.tr("Replaced in %n record(s) at the last check:", "", records) + " " + self.tr(", ").join(parts)
        )

    @staticmethod
    def _pii_type_label(name: str) -> str:
        if name == "TERM":
            return _translate(QT_TRANSLATE_NOOP("CleaningPage", "Extra terms"))
        if name == "CUSTOM":
            return _translate(QT_TRANSLATE_NOOP("CleaningPage", "Regular expressions"))
        label = PII_TYPE_LABELS.get(name)
        return _translate(label[0]) if label else name

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
