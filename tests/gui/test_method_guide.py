"""The method guide's recommendation for each kind of answer."""

from __future__ import annotations

import pytest

from core.recipe import Task
from gui.pages.method import Answers, Content, Method, recommend


@pytest.mark.parametrize(
    ("answers", "method", "task"),
    [
        (Answers(Content.PAIRS, False, False, True), Method.FINE_TUNING, Task.FINE_TUNING),
        (Answers(Content.PAIRS, False, False, False), Method.FINE_TUNING, Task.FINE_TUNING),
        (Answers(Content.PAIRS, True, False, True), Method.KB_AND_FINE_TUNING, Task.FINE_TUNING),
        (Answers(Content.BOTH, False, True, True), Method.KB_AND_FINE_TUNING, Task.FINE_TUNING),
        (Answers(Content.PAIRS, True, False, False), Method.KNOWLEDGE_BASE, None),
        (Answers(Content.DOCUMENTS, True, True, True), Method.KNOWLEDGE_BASE, None),
        (Answers(Content.DOCUMENTS, False, False, False), Method.CONTINUED_PRETRAINING, Task.CONTINUED_PRETRAINING),
        (Answers(Content.DOCUMENTS, False, False, True), Method.CONTINUED_PRETRAINING, Task.CONTINUED_PRETRAINING),
    ],
)
def test_recommend(answers, method, task):
    result = recommend(answers)

    assert result.method is method
    assert result.task is task
    assert result.reason


def test_knowledge_base_reason_says_no_training_data():
    result = recommend(Answers(Content.PAIRS, facts_change=True, needs_sources=False, needs_style=False))

    assert "No training data is needed" in result.reason


def test_unanswered_guide_offers_no_method(window):
    page = window.method_page

    assert page.recommendation() is None
    assert not page.apply_button.isEnabled()
