"""Window problems a first-time user found, each driven as that user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from core.errors import InputError, MappingError
from core.readers import Problem
from core.recipe import Task
from gui import i18n
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


def test_fields_shows_automatic_conversation(window, qtbot, tmp_path):
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
    assert page.preview_status.text() == "The first 2 rows become these records:"
    assert window.step_state("fields") is StepState.DONE


def test_fields_shows_automatic_prompt(window, qtbot, tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("prompt,completion\nWhat is 2+2?,4\n", encoding="utf-8")
    _add_and_wait(window, qtbot, path)
    page = window.fields_page

    assert page.conversation_box.currentText() == "(none: use prompt and completion)"
    assert page.editors["prompt"].placeholderText() == "Automatic: {prompt}"
    assert page.editors["completion"].placeholderText() == "Automatic: {completion}"
    assert window.step_state("fields") is StepState.DONE


def test_fields_unmatched_columns_need_mapping(window, qtbot, tmp_path):
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


# --- translations ---------------------------------------------------------------------


@pytest.fixture
def japanese(qapp):  # noqa: ANN001, ANN201
    i18n.translations.install(qapp, "ja_JP")
    yield
    i18n.translations.install(qapp, "en")


@pytest.fixture
def chinese(qapp):  # noqa: ANN001, ANN201
    i18n.translations.install(qapp, "zh_CN")
    yield
    i18n.translations.install(qapp, "en")


def test_unknown_column_error_plain_field(japanese):
    error = MappingError("the template for input names a column that does not exist", code="unknown_column",
                         field="input", column="本文", columns=["title", "body"])

    assert i18n.translate_error(error) == "「入力」の設定が存在しない列「本文」を使っています。使える列：title, body"


def test_template_warning_has_no_mnemonic(japanese, window, qtbot, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("title,body\nA,B\n", encoding="utf-8")
    _add_and_wait(window, qtbot, path)
    window.project.update("mapping", task=Task.CONTINUED_PRETRAINING, input="{本文}")

    assert window.fields_page.template_warning.text() == "入力 が存在しない列を使っています：本文"


def test_problem_tooltip_keeps_detail(chinese):
    problem = Problem("csv_missing_fields", "line 3: 1 fields, header has 2; the missing values are left empty",
                      line=3, row=2)

    assert i18n.describe_problem(problem) == (
        "第 3 行：字段数少于标题行；缺少的值留空。\n    (line 3: 1 fields, header has 2; the missing values are left empty)"
    )


def test_english_problem_shown_once():
    problem = Problem("csv_missing_fields", "line 3: 1 fields, header has 2; the missing values are left empty",
                      line=3, row=2)

    assert i18n.describe_problem(problem) == "line 3: 1 fields, header has 2; the missing values are left empty"


def test_unreadable_source_finding_translated(chinese, tmp_path):
    missing = tmp_path / "gone.csv"
    error = InputError(f"{missing}: file not found; check the path or add the file again",
                       code="file_not_found", path=str(missing))
    finding = {"code": "file_not_found", "message": error.message}

    assert i18n.translate_finding(finding, [error]) == f"{missing}：找不到文件。请检查路径或重新添加文件。"
    assert i18n.translate_finding(finding) == f"有一个源文件无法读取，已被排除：{error.message}"


def test_review_detail_puts_translated_reason_first(chinese, qtbot):
    from gui.review.detail import RecordDetail

    detail = RecordDetail()
    qtbot.addWidget(detail)
    text = detail._reasons_text({"reasons": ["empty_prompt"],
                                 "messages": ["a.csv row 4: the prompt is empty after cleaning"]})

    assert text.startswith("• <b>提示词为空</b><br>")
    # This sentence is not a whole core template, so it stays in English.
    assert text.endswith("<small>a.csv row 4: the prompt is empty after cleaning</small></span>")


@pytest.mark.parametrize("part", ["studio", "review", "cloud"])
def test_chinese_token_word_consistent(part):
    ts_file = Path(__file__).resolve().parents[2] / "resources" / "i18n" / f"{part}_zh_CN.ts"
    translations = [element.text or "" for element in etree.parse(str(ts_file)).iter("translation", "numerusform")]

    assert [text for text in translations if "令牌" in text and "密钥" not in text] == []
    assert [text for text in translations if "Token" in text or "token" in text] == []


@pytest.mark.parametrize("part", ["studio", "review", "cloud"])
def test_japanese_token_word_consistent(part):
    ts_file = Path(__file__).resolve().parents[2] / "resources" / "i18n" / f"{part}_ja_JP.ts"
    translations = [element.text or "" for element in etree.parse(str(ts_file)).iter("translation", "numerusform")]

    assert [text for text in translations if "トークン" not in text and ("oken" in text or "字句" in text)] == []


# --- layout ---------------------------------------------------------------------------


def _eleven_files(folder: Path) -> list[Path]:
    paths = []
    for number in range(11):
        path = folder / f"faq_{number:02d}.csv"
        path.write_text(f"prompt,completion,team\nQuestion {number}?,Answer {number}.,support\n"
                        "Same question?,Same answer.,support\n", encoding="utf-8")
        paths.append(path)
    return paths


def _show(window, qtbot, width: int, height: int) -> None:  # noqa: ANN001
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_sources_list_shows_five_rows(window, qtbot, tmp_path):
    _add_and_wait(window, qtbot, *_eleven_files(tmp_path))
    _show(window, qtbot, 900, 600)
    window.go_to("sources")
    files = window.sources_page.files

    assert files.rowCount() == 11
    assert files.viewport().height() >= 5 * files.rowHeight(0)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_review_layout_in_small_window(window, qtbot, tmp_path):
    from gui.review.page import DETAIL_MIN_WIDTH, ReviewPage

    _add_and_wait(window, qtbot, *_eleven_files(tmp_path))
    window.project.update("model", id="meta.llama3-1-8b-instruct-v1:0:128k")
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.context.result is not None, timeout=60_000)
    _show(window, qtbot, 900, 600)
    window.go_to("review")
    page = window.findChild(ReviewPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 22, timeout=20_000)
    page._fit_columns()

    assert page.detail.width() >= DETAIL_MIN_WIDTH
    header = page.table.horizontalHeader()
    column = page.model.columns.index("duplicate_of")
    assert header.sectionViewportPosition(column) + header.sectionSize(column) <= page.table.viewport().width()
    assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_export_names_unused_columns(window, qtbot, tmp_path):
    _add_and_wait(window, qtbot, *_eleven_files(tmp_path)[:1])
    window.project.update("model", id="meta.llama3-1-8b-instruct-v1:0:128k")
    window.project.update("output", folder=str(tmp_path / "out"))
    window.build_action.trigger()
    qtbot.waitUntil(lambda: window.context.last_build is not None, timeout=60_000)
    page = window.export_page

    assert "These columns are not used in the records: team" in page.result_label.text()
    assert "<b>Model:</b> Meta Llama 3.1 8B Instruct (meta.llama3-1-8b-instruct-v1:0:128k)" in page.summary.text()


def test_unused_columns_note_translated(chinese):
    finding = {"code": "unused_columns", "message": "columns not used in the output records: team, 备注"}

    assert i18n.translate_finding(finding) == "以下列未在记录中使用：team, 备注"


def test_bedrock_region_follows_model(qtbot):
    from core.catalog import load_catalog
    from core.recipe import Recipe
    from gui.pages.cloud import CloudPage

    page = CloudPage()
    qtbot.addWidget(page)
    recipe = Recipe()
    recipe.model.id = "meta.llama3-1-8b-instruct-v1:0:128k"
    page.set_context(recipe, None)

    assert load_catalog().get(recipe.model.id).regions[0] == "us-west-2"
    assert page.region.currentText() == "us-west-2"

    page.region.setCurrentText("eu-west-1")
    page._region_picked()
    page.set_context(recipe, None)
    assert page.region.currentText() == "eu-west-1"


# --- Knowledge Base export --------------------------------------------------------------

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def _kb_project(window, qtbot, tmp_path: Path) -> Path:  # noqa: ANN001
    import shutil

    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copyfile(DOCUMENTS / "appi-law.md", folder / "appi-law.md")
    shutil.copyfile(DOCUMENTS / "return_policy_textbox.docx", folder / "return_policy.docx")
    (folder / "blank.md").write_text("", encoding="utf-8")
    (folder / "faq.csv").write_text("prompt,completion\nQ?,A.\n", encoding="utf-8")
    _add_and_wait(window, qtbot, *sorted(folder.iterdir()))
    window.project.update("output", folder=str(tmp_path / "out"))
    return folder


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_kb_export_writes_documents(window, qtbot, tmp_path):
    _kb_project(window, qtbot, tmp_path)
    window.go_to("export")
    dialog = window.export_page.open_kb_export()
    qtbot.addWidget(dialog)

    assert [path.name for path in dialog.files] == ["appi-law.md", "blank.md", "return_policy.docx"]
    assert dialog.folder.text() == str(tmp_path / "out" / "knowledge-base")
    dialog.add_attribute_row("department", "legal")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)

    out = tmp_path / "out" / "knowledge-base"
    assert sorted(path.name for path in dialog.result.written) == ["appi-law.md", "return_policy.md"]
    assert [path.name for path, _reason in dialog.result.skipped] == ["blank.md"]
    sidecar = json.loads((out / "appi-law.md.metadata.json").read_text(encoding="utf-8"))
    assert sidecar == {"metadataAttributes": {"department": {
        "value": {"type": "STRING", "stringValue": "legal"}, "includeForEmbedding": True}}}
    assert dialog.status.text() == f"2 files written to {out}."
    report = dialog.report.toPlainText()
    assert "appi-law.md" in report
    assert "blank.md: " in report
    assert not (out / "faq.csv").exists()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_kb_reserved_attribute_translated(chinese, window, qtbot, tmp_path):
    _kb_project(window, qtbot, tmp_path)
    dialog = window.export_page.open_kb_export()
    qtbot.addWidget(dialog)
    dialog.add_attribute_row("x-amz-bedrock-kb-source", "manual")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)

    assert dialog.status.text() == "元数据属性“x-amz-bedrock-kb-source”以保留前缀 x-amz-bedrock 开头。请重命名。"
    assert dialog.result is None
    assert not (tmp_path / "out" / "knowledge-base" / "appi-law.md").exists()
    assert window.export_page.kb_button.text() == "导出到知识库(&K)…"


# --- English plurals ----------------------------------------------------------------------


def test_english_plurals_read_naturally(window, qtbot, tmp_path):
    _add_and_wait(window, qtbot, *_eleven_files(tmp_path)[:1])
    summary = window.export_page.summary.text()
    window._work_progress("write", 0.5, 1.2)
    one_second = window.progress_label.text()
    window._work_progress("write", 0.5, 30.0)

    assert "<b>Sources:</b> 1 file, 2 rows" in summary
    assert one_second == "Writing files — about 1 second left"
    assert window.progress_label.text() == "Writing files — about 30 seconds left"
    assert "(s)" not in window.sources_page.files.item(0, 5).text()


def test_chinese_plural_has_one_form(chinese, window, qtbot, tmp_path):
    window._work_progress("write", 0.5, 1.2)

    assert window.progress_label.text() == "正在写入文件 — 大约还剩 1 秒"


def test_plurals_have_english_forms(tmp_path):
    import shutil
    import subprocess

    from tests.gui.test_i18n import STUDIO_SOURCES

    root = Path(__file__).resolve().parents[2]
    extracted = tmp_path / "studio_en.ts"
    subprocess.run([shutil.which("pyside6-lupdate"), "-silent", *(str(root / name) for name in STUDIO_SOURCES),
                    "-ts", str(extracted)], check=True, capture_output=True)

    def plurals(path: Path) -> dict[tuple[str, str], list[str]]:
        found = {}
        for context in etree.parse(str(path)).iter("context"):
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    forms = [form.text or "" for form in message.iter("numerusform")]
                    found[(context.findtext("name"), message.findtext("source"))] = forms
        return found

    shipped = plurals(root / "resources" / "i18n" / "studio_en.ts")
    assert sorted(set(plurals(extracted)) - set(shipped)) == []
    assert all(len(forms) == 2 and "(s)" not in "".join(forms) for forms in shipped.values())


def test_reason_message_texts_match_core():
    from core.checks import REASON_MESSAGES

    assert i18n.REASON_MESSAGE_TEXTS == REASON_MESSAGES


def test_reason_message_translated(japanese):
    message = "faq.csv row 4: the prompt is empty after cleaning; fill in the column 質問 or change the prompt template"

    assert i18n.translate_reason_message("empty_prompt", message) == (
        "faq.csv の 4 行目：クリーニング後にプロンプトが空になりました。列 質問 を埋めるか、プロンプトのテンプレートを変えてください"
    )
    assert i18n.translate_reason_message("empty_prompt", "something else") == "something else"


def test_duplicate_messages_translated(japanese):
    near = "faq.csv row 14: near duplicate of record 12 (faq.csv row 13, estimated similarity 0.86), which is kept"
    exact = "faq.csv row 9: exact duplicate of record 2 (faq.csv row 3), which is kept"

    assert i18n.translate_reason_message("near_duplicate", near) == (
        "faq.csv の 14 行目：レコード 12（faq.csv の 13 行目、推定類似度 0.86）とほぼ重複しています。残すのはそのレコードです"
    )
    assert i18n.translate_reason_message("duplicate", exact) == (
        "faq.csv の 9 行目：レコード 2（faq.csv の 3 行目）と完全に重複しています。残すのはそのレコードです"
    )


def test_reason_message_in_english_is_unchanged():
    message = "faq.csv row 4: exact duplicate of record 1, which is kept"

    assert i18n.translate_reason_message("duplicate", message) == message


def test_review_detail_translates_reason_detail(chinese, qtbot):
    from gui.review.detail import RecordDetail

    detail = RecordDetail()
    qtbot.addWidget(detail)
    text = detail._reasons_text({"reasons": ["too_many_tokens"], "messages": [
        "chats.jsonl line 7: about 20000 tokens, over the model's limit per record; shorten the text or split it"]})

    assert "<small>chats.jsonl 第 7 行：约 20000 个词元，超出模型的单条记录上限；请缩短或拆分文本</small>" in text


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_kb_skipped_reason_translated(chinese, window, qtbot, tmp_path):
    folder = _kb_project(window, qtbot, tmp_path)
    dialog = window.export_page.open_kb_export()
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)

    assert f"blank.md: {folder / 'blank.md'}：文档为空。请重新保存后再添加。" in dialog.report.toPlainText()
    assert dialog.status.text() == f"已将 2 个文件写入 {tmp_path / 'out' / 'knowledge-base'}。"
