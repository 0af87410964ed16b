"""Build pipeline tests over in-memory source tables, so each case controls its rows exactly."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from core.errors import Cancelled, MappingError
from core.pipeline import build, plan, preview_records
from core.progress import CancelToken
from core.readers import NONTEXT, REJECT, SOURCE_FILE, SOURCE_ROW, SourceTable
from core.recipe import MappingSpec, ModelSpec, OutputSpec, Recipe, SourceSpec, SplitSpec, Task

LLAMA = "meta.llama3-1-8b-instruct-v1:0:128k"
NOVA = "amazon.nova-micro-v1:0:128k"
NOVA2 = "amazon.nova-2-lite-v1:0:256k"
CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0:200k"
TITAN = "amazon.titan-text-express-v1:0:8k"


def make_table(columns: dict[str, list], name: str = "faq.csv", **extra: list) -> SourceTable:
    rows = len(next(iter(columns.values())))
    data = dict(columns)
    data[SOURCE_FILE] = [name] * rows
    data[SOURCE_ROW] = list(range(2, rows + 2))
    data.update(extra)
    return SourceTable(path=Path(name), format="csv", frame=pl.DataFrame(data), encoding="utf-8")


def make_recipe(tmp_path: Path, model: str = LLAMA, **mapping: str) -> Recipe:
    return Recipe(
        sources=[SourceSpec(path=str(tmp_path / "faq.csv"))],
        mapping=MappingSpec(**mapping),
        model=ModelSpec(id=model),
        output=OutputSpec(folder=str(tmp_path / "out")),
    )


def qa_table(count: int) -> SourceTable:
    return make_table({
        "question": [f"问题 {i}: 如何退货？" for i in range(count)],
        "answer": [f"Answer number {i}." for i in range(count)],
    })


def read_lines(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    assert "\n\n" not in text
    return [json.loads(line) for line in text.splitlines()]


def test_build_counts_add_up_and_files_parse(tmp_path: Path) -> None:
    table = qa_table(150)
    result = build(make_recipe(tmp_path, prompt="question", completion="answer"), tables=[table])

    counts = result.report["counts"]
    assert counts["rows_read"] == 150
    assert counts["train"] + counts["validation"] + counts["rejected"] + counts["duplicates"] == 150
    assert counts["validation"] == 15
    train = read_lines(tmp_path / "out" / "train.jsonl")
    assert len(train) == 135
    assert all(set(record) == {"prompt", "completion"} for record in train)
    assert result.exit_code == 0


def test_prompt_completion_record_text_is_exact(tmp_path: Path) -> None:
    table = make_table({"q": ["请把句子分类：“账户设置 > 安全”"] * 1, "a": ["更换手机号"]})
    result = plan(make_recipe(tmp_path, prompt="Q: {q}", completion="a"), tables=[table])

    record = json.loads(result.records["record"][0])
    assert record == {"prompt": "Q: 请把句子分类：“账户设置 > 安全”", "completion": "更换手机号"}
    assert "\\u" not in result.records["record"][0]


def test_converse_record_shape_for_nova(tmp_path: Path) -> None:
    table = make_table({"q": ["How do I reset my password?"], "a": ["Open Settings, then Security."]})
    result = plan(make_recipe(tmp_path, NOVA, prompt="q", completion="a", system="You are a support agent."), tables=[table])

    assert json.loads(result.records["record"][0]) == {
        "schemaVersion": "bedrock-conversation-2024",
        "system": [{"text": "You are a support agent."}],
        "messages": [
            {"role": "user", "content": [{"text": "How do I reset my password?"}]},
            {"role": "assistant", "content": [{"text": "Open Settings, then Security."}]},
        ],
    }


def test_claude_record_shape_without_system(tmp_path: Path) -> None:
    table = make_table({"q": ["hi"], "a": ["hello"]})
    result = plan(make_recipe(tmp_path, CLAUDE, prompt="q", completion="a"), tables=[table])

    assert json.loads(result.records["record"][0]) == {
        "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}],
    }


def test_continued_pretraining_uses_text_column(tmp_path: Path) -> None:
    table = make_table({"text": ["第一段文字。", "Second passage."]})
    recipe = make_recipe(tmp_path, TITAN)
    recipe.mapping.task = Task.CONTINUED_PRETRAINING
    result = plan(recipe, tables=[table])

    assert [json.loads(r) for r in result.records["record"]] == [{"input": "第一段文字。"}, {"input": "Second passage."}]
    assert any(w["code"] == "task_unavailable" for w in result.report["warnings"])


def test_empty_completion_rejected_with_location(tmp_path: Path) -> None:
    table = make_table({"q": ["a question", "another"], "a": ["  ", "fine"]})
    result = plan(make_recipe(tmp_path, prompt="q", completion="a"), tables=[table])

    first = result.records.row(0, named=True)
    assert first["status"] == "rejected"
    assert first["reasons"] == ["empty_completion"]
    assert first["messages"] == [
        "faq.csv row 2: the completion is empty after cleaning; fill in the column a or change the completion template"
    ]


def test_template_with_empty_column_value_rejected(tmp_path: Path) -> None:
    table = make_table({"text": ["", "我很好"]})
    result = plan(make_recipe(tmp_path, prompt="请把句子分类：{text}", completion="text"), tables=[table])

    assert result.records["reasons"].to_list() == [["empty_prompt", "empty_completion"], []]


def test_unknown_template_column_lists_columns(tmp_path: Path) -> None:
    table = make_table({"question": ["q"], "answer": ["a"]})
    with pytest.raises(MappingError) as caught:
        plan(make_recipe(tmp_path, prompt="{questoin}", completion="answer"), tables=[table])
    assert caught.value.message == (
        "the prompt template refers to column {questoin}, which does not exist; "
        "available columns: question, answer. Did you mean {question}?"
    )


def test_exact_duplicates_point_at_kept_record(tmp_path: Path) -> None:
    table = make_table({"q": ["same", "other", "same"], "a": ["answer", "answer", "answer"]})
    result = plan(make_recipe(tmp_path, prompt="q", completion="a"), tables=[table])

    third = result.records.row(2, named=True)
    assert third["status"] == "duplicate"
    assert third["duplicate_of"] == 1
    assert third["messages"] == ["faq.csv row 4: exact duplicate of record 1 (faq.csv row 2), which is kept"]
    assert result.report["counts"]["duplicates"] == 1


def test_duplicate_kept_when_included_by_hand(tmp_path: Path) -> None:
    table = make_table({"q": ["same", "same"], "a": ["answer", "answer"]})
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    recipe.review.included = ["faq.csv:3"]
    result = plan(recipe, tables=[table])

    assert result.report["counts"]["duplicates"] == 0


def test_long_chinese_record_rejected_by_script_estimate(tmp_path: Path) -> None:
    long_text = "测" * 40_000
    table = make_table({"q": ["总结这段文字"], "a": [long_text]})
    result = plan(make_recipe(tmp_path, prompt="q", completion="a"), tables=[table])

    row = result.records.row(0, named=True)
    assert row["tokens_aws"] == 6668
    assert row["tokens_script"] == 40_006
    assert "too_many_tokens" in row["reasons"]
    assert "too_many_output_tokens" in row["reasons"]


def test_reserved_string_rejected_for_nova(tmp_path: Path) -> None:
    table = make_table({"q": ["User: hello", "plain"], "a": ["ok", "ok2"]})
    result = plan(make_recipe(tmp_path, NOVA, prompt="q", completion="a"), tables=[table])

    assert result.records["reasons"].to_list() == [["reserved_string"], []]
    assert '"User:"' in result.records["messages"][0][0]


def test_non_text_values_rejected_unless_allowed(tmp_path: Path) -> None:
    table = make_table({"q": ["how old?", "name?"], "a": ["30", "Bob"]}, **{NONTEXT: [["a"], []]})
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    assert plan(recipe, tables=[table]).records["reasons"].to_list() == [["not_text"], []]

    recipe.cleaning.coerce_non_text = True
    assert plan(recipe, tables=[table]).records["reasons"].to_list() == [[], []]


def test_unreadable_row_is_rejected_not_lost(tmp_path: Path) -> None:
    table = make_table(
        {"q": [None, "fine"], "a": [None, "ok"]},
        **{REJECT: ["line 2: invalid JSON (unexpected character)", None]},
    )
    result = plan(make_recipe(tmp_path, prompt="q", completion="a"), tables=[table])

    assert result.records["reasons"].to_list() == [["unreadable_row"], []]
    assert result.report["counts"]["rows_read"] == 2


def test_selection_caps_at_max_records(tmp_path: Path) -> None:
    recipe = make_recipe(tmp_path, prompt="question", completion="answer")
    recipe.split = SplitSpec(max_records=100, validation_fraction=0.1, seed=5)
    result = plan(recipe, tables=[qa_table(130)])

    counts = result.report["counts"]
    assert counts["train"] + counts["validation"] == 100
    assert result.report["reasons"] == {"not_selected": 30}
    assert any(w["code"] == "records_not_selected" for w in result.report["warnings"])


def test_stratified_selection_keeps_shares(tmp_path: Path) -> None:
    table = make_table({
        "q": [f"q{i}" for i in range(200)],
        "a": [f"a{i}" for i in range(200)],
        "dept": ["内科"] * 150 + ["外科"] * 50,
    })
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    recipe.split = SplitSpec(max_records=100, validation_fraction=0.0, stratify_by="dept")
    result = plan(recipe, tables=[table])

    kept = result.records.filter(pl.col("status") == "train")["id"].to_list()
    departments = table.frame["dept"].gather([i - 1 for i in kept]).value_counts().sort("dept")
    assert dict(departments.iter_rows()) == {"内科": 75, "外科": 25}


def test_no_validation_file_for_nova_2_lite(tmp_path: Path) -> None:
    result = build(make_recipe(tmp_path, NOVA2, prompt="question", completion="answer"), tables=[qa_table(210)])

    assert result.report["counts"]["validation"] == 0
    assert not (tmp_path / "out" / "validation.jsonl").exists()
    assert any(w["code"] == "validation_not_supported" for w in result.report["warnings"])


def test_too_few_records_is_dataset_error(tmp_path: Path) -> None:
    result = build(make_recipe(tmp_path, prompt="question", completion="answer"), tables=[qa_table(20)])

    assert result.exit_code == 1
    assert [e["code"] for e in result.report["errors"]] == ["too_few_records"]
    assert (tmp_path / "out" / "train.jsonl").exists()


def test_legacy_model_gives_warning(tmp_path: Path) -> None:
    result = plan(make_recipe(tmp_path, CLAUDE, prompt="question", completion="answer"), tables=[qa_table(40)])

    assert any(w["code"] == "model_legacy" for w in result.report["warnings"])


def test_same_inputs_give_identical_bytes(tmp_path: Path) -> None:
    table = qa_table(300)
    first = tmp_path / "one"
    second = tmp_path / "two"
    for folder in (first, second):
        recipe = make_recipe(tmp_path, prompt="question", completion="answer")
        recipe.output.folder = str(folder)
        build(recipe, tables=[table])

    for name in ("train.jsonl", "validation.jsonl", "rejected.jsonl"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_cancelled_build_writes_nothing(tmp_path: Path) -> None:
    token = CancelToken()
    stages: list[str] = []

    def progress(stage: str, done: float, total: float | None) -> None:
        stages.append(stage)
        if stage == "write":
            token.cancel()

    with pytest.raises(Cancelled):
        build(make_recipe(tmp_path, prompt="question", completion="answer"), tables=[qa_table(150)],
              progress=progress, cancel=token)
    assert list((tmp_path / "out").iterdir()) == []


def test_rejected_file_carries_reasons_and_record(tmp_path: Path) -> None:
    table = make_table({"q": ["same", "same", "x"], "a": ["a", "a", ""]})
    build(make_recipe(tmp_path, prompt="q", completion="a"), tables=[table])

    rejected = read_lines(tmp_path / "out" / "rejected.jsonl")
    assert [(r["source_row"], r["status"], r["reasons"], r["duplicate_of"]) for r in rejected] == [
        (3, "duplicate", ["duplicate"], 1),
        (4, "rejected", ["empty_completion"], None),
    ]
    assert rejected[0]["record"] == {"prompt": "same", "completion": "a"}


def test_conversation_column_for_claude(tmp_path: Path) -> None:
    good = json.dumps([
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello"},
    ])
    bad = json.dumps([{"role": "assistant", "content": "Hello"}, {"role": "user", "content": "Hi"}])
    table = make_table({"messages": [good, bad, "not json"]})
    result = plan(make_recipe(tmp_path, CLAUDE), tables=[table])

    assert json.loads(result.records["record"][0]) == {
        "system": "Be brief.",
        "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}],
    }
    assert result.records["reasons"].to_list() == [[], ["bad_conversation"], ["bad_conversation"]]
    assert result.records["messages"][1].to_list() == [
        "faq.csv row 3: the conversation cannot be used: the first turn must be the user's"
    ]


def test_excluded_by_user_is_reason(tmp_path: Path) -> None:
    recipe = make_recipe(tmp_path, prompt="question", completion="answer")
    recipe.review.excluded = ["faq.csv:2"]
    result = plan(recipe, tables=[qa_table(3)])

    assert result.records["reasons"][0].to_list() == ["excluded_by_user"]


def test_cleaning_counts_changed_records(tmp_path: Path) -> None:
    table = make_table({"q": ["  two  spaces ", "fine", "a\r\nb"], "a": ["ok", "ok", "ok"]})
    result = plan(make_recipe(tmp_path, prompt="q", completion="a"), tables=[table])

    changed = {item["rule"]: item["changed"] for item in result.report["cleaning"]}
    assert changed["normalize_newlines"] == 1
    assert changed["collapse_spaces"] == 1
    assert changed["trim"] == 1
    assert json.loads(result.records["record"][0])["prompt"] == "two spaces"


def test_preview_returns_first_records(tmp_path: Path) -> None:
    preview = preview_records(make_recipe(tmp_path, NOVA, prompt="question", completion="answer"), [qa_table(10)], limit=2)

    assert len(preview) == 2
    assert preview[0]["record"]["messages"][0]["content"][0]["text"] == "问题 0: 如何退货？"
    assert preview[0]["source_row"] == 2


def test_pii_redacted_in_records_and_counted(tmp_path: Path) -> None:
    table = make_table({
        "q": ["Mail me at alice@example.com or call 13812345678", "订单号 20240501123456 的发票"],
        "a": ["We wrote to alice@example.com.", "请致电 010-62345678"],
    })
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    recipe.cleaning.pii.enabled = True
    result = build(recipe, tables=[table])

    records = [json.loads(r) for r in result.records["record"]]
    assert records[0] == {"prompt": "Mail me at [EMAIL] or call [PHONE]", "completion": "We wrote to [EMAIL]."}
    assert records[1] == {"prompt": "订单号 20240501123456 的发票", "completion": "请致电 [PHONE]"}
    assert result.report["pii"]["counts"]["EMAIL"] == 2
    assert result.report["pii"]["counts"]["PHONE"] == 2
    written = b"".join(p.read_bytes() for p in (tmp_path / "out").iterdir())
    assert b"alice@example.com" not in written
    assert b"13812345678" not in written
    assert result.pii_findings is not None
    assert result.pii_findings["id"].to_list() == [1, 2]


def test_pii_undo_by_type_restores_value(tmp_path: Path) -> None:
    table = make_table({"q": ["Mail alice@example.com"], "a": ["ok"]})
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    recipe.cleaning.pii.enabled = True
    recipe.review.pii_kept = ["*:EMAIL"]
    result = plan(recipe, tables=[table])

    assert json.loads(result.records["record"][0])["prompt"] == "Mail alice@example.com"


def test_near_duplicates_point_at_kept_record(tmp_path: Path) -> None:
    table = make_table({
        "q": ["How do I return my smart watch?", "How do I return my smart watch??", "Where is my parcel?"],
        "a": ["Open My orders and choose Request a return within 7 days.",
              "Open My orders and choose Request a return within 7 days!",
              "Track it under My orders."],
    })
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    recipe.dedup.near = True
    result = plan(recipe, tables=[table])

    second = result.records.row(1, named=True)
    assert second["status"] == "duplicate"
    assert second["reasons"] == ["near_duplicate"]
    assert second["duplicate_of"] == 1
    assert result.records["status"].to_list()[2] != "duplicate"


def test_reserved_strings_escaped_when_asked(tmp_path: Path) -> None:
    table = make_table({"q": ["User: hello"], "a": ["Assistant: hi"]})
    recipe = make_recipe(tmp_path, NOVA, prompt="q", completion="a")
    recipe.cleaning.reserved_strings = "escape"
    result = plan(recipe, tables=[table])

    assert result.records["reasons"].to_list() == [[]]
    record = json.loads(result.records["record"][0])
    assert record["messages"][0]["content"][0]["text"] == "User : hello"


def test_ticket_rows_stay_on_one_side_of_split(tmp_path: Path) -> None:
    table = make_table({
        "q": [f"question {i}" for i in range(300)],
        "a": [f"answer {i}" for i in range(300)],
        "ticket_id": [f"T{i // 3}" for i in range(300)],
    })
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    recipe.split.validation_fraction = 0.2
    result = plan(recipe, tables=[table])

    sides = result.records.with_columns(table.frame["ticket_id"]).group_by("ticket_id").agg(pl.col("status").n_unique())
    assert sides["status"].max() == 1
    assert result.report["counts"]["validation"] == 60


def test_near_duplicates_keep_longest(tmp_path: Path) -> None:
    table = make_table({
        "q": ["How do I return my smart watch?", "How do I return my smart watch??"],
        "a": ["Open My orders and choose Request a return within 7 days.",
              "Open My orders and choose Request a return within 7 days, then print the label."],
    })
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    recipe.dedup.near = True
    recipe.dedup.near_keep = "longest"
    recipe.dedup.near_threshold = 0.5
    result = plan(recipe, tables=[table])

    assert result.records["status"].to_list()[0] == "duplicate"
    assert result.records["duplicate_of"].to_list()[0] == 2


def test_cleaning_examples_in_report_unless_redacting(tmp_path: Path) -> None:
    table = make_table({"q": ["  alice@example.com  "], "a": ["ok"]})
    recipe = make_recipe(tmp_path, prompt="q", completion="a")
    trim = {item["rule"]: item for item in plan(recipe, tables=[table]).report["cleaning"]}["trim"]
    assert trim["examples"] == [[" alice@example.com ", "alice@example.com"]]

    recipe.cleaning.pii.enabled = True
    report = plan(recipe, tables=[table]).report
    assert "alice@example.com" not in json.dumps(report)


def test_time_column_not_reported_unused(tmp_path: Path) -> None:
    table = make_table({
        "question": [f"问题 {i}: 如何退货？" for i in range(12)],
        "answer": [f"Answer number {i}." for i in range(12)],
        "sent": [f"2024-01-{i + 1:02d}" for i in range(12)],
        "note": ["x"] * 12,
    })
    recipe = make_recipe(tmp_path, prompt="question", completion="answer")
    recipe.dedup.near = True
    recipe.dedup.near_keep = "most_recent"
    recipe.dedup.near_time_column = "sent"

    report = plan(recipe, tables=[table]).report

    assert report["mapping"]["unused_columns"] == ["note"]
    warnings = [w["message"] for w in report["warnings"] if w["code"] == "unused_columns"]
    assert warnings == ["columns not used in the output records: note"]
