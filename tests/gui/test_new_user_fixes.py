"""Window problems a first-time user found, each driven as that user would."""

from __future__ import annotations

import json
from pathlib import Path

from core.recipe import Task
from gui.pages import StepState


def _add_and_wait(window, qtbot, *paths: Path) -> None:  # noqa: ANN001
    window.sources_page.add_paths(list(paths))
    qtbot.waitUntil(lambda: window.context.all_sources_read(), timeout=20_000)


def _chat_file(folder: Path) -> Path:
    path = folder / "chats.jsonl"
    rows = [
        {"messages": [{"role": "user", "content": "How do I reset my password?"},
                      {"role": "assistant", "content": "Open Settings and choose Reset password."}]},
        {"messages": [{"role": "user", "content": "Where is my invoice?"},
                      {"role": "assistant", "content": "Invoices are under Billing."}]},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_fields_step_shows_automatic_conversation_column(window, qtbot, tmp_path):
    _add_and_wait(window, qtbot, _chat_file(tmp_path))
    page = window.fields_page
    window.project.update("model", id="meta.llama3-1-8b-instruct-v1:0:128k")
    window.go_to("fields")

    assert window.project.recipe.mapping.conversation == ""
    assert page.conversation_box.currentText() == "Automatic: messages"
    assert "messages" in page.editors["prompt"].placeholderText()
    qtbot.waitUntil(lambda: "Invoices are under Billing." in page.preview.toPlainText()
                    or "Reset password" in page.preview.toPlainText(), timeout=20_000)
    text = page.preview.toPlainText()
    assert "How do I reset my password?" in text
    assert "Pick a column" not in page.preview_status.text()
    assert page.preview_status.text().startswith("The first 2 row")
    assert window.step_state("fields") is StepState.DONE


def test_fields_step_shows_automatic_prompt_completion(window, qtbot, tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("prompt,completion\nWhat is 2+2?,4\n", encoding="utf-8")
    _add_and_wait(window, qtbot, path)
    page = window.fields_page

    assert page.conversation_box.currentText() == "(none: use prompt and completion)"
    assert page.editors["prompt"].placeholderText() == "Automatic: {prompt}"
    assert page.editors["completion"].placeholderText() == "Automatic: {completion}"
    assert window.step_state("fields") is StepState.DONE


def test_fields_step_without_matching_columns_asks_for_mapping(window, qtbot, tmp_path):
    path = tmp_path / "faq.csv"
    path.write_text("question,answer\nWhat is 2+2?,4\n", encoding="utf-8")
    _add_and_wait(window, qtbot, path)
    page = window.fields_page
    page.request_preview()

    assert page.conversation_box.currentText() == "(none: use prompt and completion)"
    assert page.editors["prompt"].placeholderText() == ""
    assert page.preview_status.text().startswith("Pick a column")
    assert window.project.recipe.mapping.task is Task.FINE_TUNING
    assert window.step_state("fields") is StepState.NOT_STARTED
