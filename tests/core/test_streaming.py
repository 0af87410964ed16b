"""The streaming build gives the same files as the in-memory build, for the recipes it accepts."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import core.streaming
from core.cli import main as cli_main
from core.errors import Cancelled, InputError, UsageError
from core.pipeline import build
from core.progress import CancelToken
from core.recipe import MappingSpec, ModelSpec, OutputSpec, Recipe, SourceSpec, Task

LLAMA = "meta.llama3-1-8b-instruct-v1:0:128k"
TITAN = "amazon.titan-text-express-v1:0:8k"
OUTPUT_FILES = ("train.jsonl", "validation.jsonl", "rejected.jsonl")


def faq_rows() -> list[dict[str, object]]:
    """Rows with duplicates, empty fields, a too-long text, messy spacing and a number."""
    rows: list[dict[str, object]] = [
        {"question": f"问题 {i}:  如何退货？ ", "answer": f"Answer number {i}.\r\nThanks", "topic": "returns"}
        for i in range(40)
    ]
    rows.insert(12, dict(rows[3]))
    rows.insert(20, dict(rows[5]))
    rows.append({"question": "", "answer": "no question"})
    rows.append({"question": "empty answer", "answer": "   "})
    rows.append({"question": "long " * 500, "answer": "too long"})
    return rows


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    lines.insert(7, "")
    lines.insert(30, "[1, 2]")
    lines.append(json.dumps({"question": 42, "answer": "a number"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[dict[str, object]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["question", "answer", "topic"])
        for row in rows:
            writer.writerow([row.get("question", ""), row.get("answer", ""), row.get("topic", "")])
    return path


def recipe_for(source: Path, out: Path, streaming: str, **mapping: object) -> Recipe:
    recipe = Recipe(
        sources=[SourceSpec(path=str(source))],
        mapping=MappingSpec(**(mapping or {"prompt": "question", "completion": "answer"})),
        model=ModelSpec(id=LLAMA),
        output=OutputSpec(folder=str(out)),
    )
    recipe.cleaning.max_chars = 2000
    recipe.performance.streaming = streaming
    return recipe


def both_builds(recipe_in_memory: Recipe, recipe_streamed: Recipe) -> tuple[dict, dict]:
    in_memory = build(recipe_in_memory).report
    streamed = build(recipe_streamed).report
    assert "streamed" not in in_memory
    assert streamed["streamed"] is True
    return in_memory, streamed


def build_both(
    source: Path, tmp_path: Path, configure: Callable[[Recipe], None] | None = None, **mapping: object,
) -> tuple[dict, dict]:
    """Build `source` in memory into tmp_path/memory and streamed into tmp_path/streamed,
    each recipe first changed by `configure`, and return both reports."""
    recipes = []
    for name, mode in (("memory", "off"), ("streamed", "on")):
        recipe = recipe_for(source, tmp_path / name, mode, **mapping)
        if configure is not None:
            configure(recipe)
        recipes.append(recipe)
    return both_builds(*recipes)


def assert_same_files(left: Path, right: Path) -> None:
    for name in OUTPUT_FILES:
        assert (left / name).exists() == (right / name).exists(), name
        if (left / name).exists():
            assert (left / name).read_bytes() == (right / name).read_bytes(), name


def assert_same_report(in_memory: dict, streamed: dict) -> None:
    for key in ("counts", "reasons", "tokens", "split", "mapping", "files", "errors", "warnings", "inputs"):
        assert streamed[key] == in_memory[key], key
    assert [(r["rule"], r["changed"]) for r in streamed["cleaning"]] == [
        (r["rule"], r["changed"]) for r in in_memory["cleaning"]
    ]


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_streamed_build_matches_the_in_memory_build(tmp_path: Path, kind: str) -> None:
    writer = write_csv if kind == "csv" else write_jsonl
    source = writer(tmp_path / f"faq.{kind}", faq_rows())
    in_memory, streamed = both_builds(
        recipe_for(source, tmp_path / "memory", "off"), recipe_for(source, tmp_path / "streamed", "on")
    )

    assert_same_files(tmp_path / "memory", tmp_path / "streamed")
    assert_same_report(in_memory, streamed)
    extra = 2 if kind == "jsonl" else 0  # the JSON list line and the number
    assert streamed["counts"] == {"rows_read": 45 + extra, "train": 36, "validation": 4,
                                  "rejected": 3 + extra, "duplicates": 2}


def personal_rows() -> list[dict[str, object]]:
    """Rows with personal data, HTML, mojibake, full-width text and reserved strings."""
    rows: list[dict[str, object]] = []
    for i in range(30):
        rows.append({
            "question": f"<p>Call me on +86 138 0013 {i:04d} or mail li{i}@example.com &amp; thanks</p>",
            "answer": f"Order {i:05d} is late.\nUser: ＡＢＣ café caf\u00c3\u00a9 card 4111 1111 1111 1111",
        })
    rows.append({"question": "plain question", "answer": "plain answer &#xFF21;"})
    rows.append(dict(rows[4]))
    return rows


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_streamed_redaction_matches_the_in_memory_build(tmp_path: Path, kind: str) -> None:
    writer = write_csv if kind == "csv" else write_jsonl
    source = writer(tmp_path / f"personal.{kind}", personal_rows())

    def configure(recipe: Recipe) -> None:
        recipe.model.id = "amazon.nova-micro-v1:0:128k"
        cleaning = recipe.cleaning
        cleaning.nfkc = cleaning.html_to_text = cleaning.repair_mojibake = True
        cleaning.reserved_strings = "escape"
        cleaning.pii.enabled = True

    in_memory, streamed = build_both(source, tmp_path, configure)

    assert_same_files(tmp_path / "memory", tmp_path / "streamed")
    assert_same_report(in_memory, streamed)
    assert streamed["pii"] == in_memory["pii"]
    assert streamed["pii"]["counts"]["EMAIL"] == 31
    assert streamed["pii"]["counts"]["PHONE"] == 31
    assert streamed["pii"]["counts"]["CARD"] == 31
    train = (tmp_path / "streamed" / "train.jsonl").read_text(encoding="utf-8")
    for name in (*OUTPUT_FILES, "report.json"):
        written = (tmp_path / "streamed" / name).read_text(encoding="utf-8")
        assert "example.com" not in written, name
        assert "4111" not in written, name
        assert "138 0013" not in written, name
    assert "[EMAIL]" in train
    assert "User :" in train
    assert "ABC café café" in train


def boilerplate_rows() -> list[dict[str, object]]:
    """Answers that share a greeting and a disclaimer, and one answer made only of them."""
    rows: list[dict[str, object]] = []
    for i in range(24):
        answer = f"您好，感谢您的来信。\n订单 {i} 将在 {i % 5 + 1} 天内发货。\n  本邮件由系统自动发送，请勿回复。 "
        rows.append({"question": f"订单 {i} 什么时候发货？\nThanks", "answer": answer})
    rows.append({"question": "只有套话？", "answer": "您好，感谢您的来信。\n本邮件由系统自动发送，请勿回复。"})
    rows.append({"question": "&lt;b&gt;Thanks&lt;/b&gt;", "answer": "<p>您好，感谢您的来信。</p>\n<p>Order shipped.</p>"})
    return rows


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_streamed_boilerplate_removal_matches_the_in_memory_build(tmp_path: Path, kind: str) -> None:
    writer = write_csv if kind == "csv" else write_jsonl
    source = writer(tmp_path / f"boilerplate.{kind}", boilerplate_rows())

    def configure(recipe: Recipe) -> None:
        recipe.cleaning.remove_boilerplate_lines = True
        recipe.cleaning.html_to_text = True

    in_memory, streamed = build_both(source, tmp_path, configure)

    assert_same_files(tmp_path / "memory", tmp_path / "streamed")
    assert_same_report(in_memory, streamed)
    changed = {r["rule"]: r["changed"] for r in streamed["cleaning"]}
    # Every row but the one made only of boilerplate lines, which is left as it was.
    assert changed["remove_boilerplate_lines"] == 25
    records = [json.loads(line) for line in (tmp_path / "streamed" / "train.jsonl").read_text("utf-8").splitlines()]
    completions = [record["completion"] for record in records]
    assert "订单 3 将在 4 天内发货。" in completions
    assert "您好，感谢您的来信。\n本邮件由系统自动发送，请勿回复。" in completions
    assert not any("请勿回复" in text for text in completions if text.startswith("订单"))
    assert "Order shipped." in completions


def near_duplicate_rows() -> list[dict[str, object]]:
    """Distinct questions in three languages, then copies changed in punctuation, width or a
    few words, and two short texts that differ only in punctuation."""
    rows: list[dict[str, object]] = [
        {"question": "我的订单一直没有发货，显示已签收但我没收到。请尽快帮我处理，麻烦查一下物流信息。", "answer": "已为您查询，预计明天送达。"},
        {"question": "新买的蓝牙耳机用了两天就坏了，充电时发热很厉害。能不能换一个新的？", "answer": "请寄回检测后为您更换。"},
        {"question": "发票抬头填错了需要修改，请告诉我需要提供什么材料。", "answer": "请提供营业执照复印件。"},
        {"question": "注文した商品がまだ届いていません。配送状況を確認していただけますか。", "answer": "明日お届け予定です。"},
        {"question": "パスワードを忘れてしまい、ログインできなくなりました。再設定の方法を教えてください。", "answer": "再設定メールをお送りしました。"},
        {"question": "請求書の宛名を会社名に変更したいのですが、手続きはどうすればよいですか。", "answer": "マイページから変更できます。"},
        {"question": "My order has not arrived yet. Could you please check the delivery status for me today?", "answer": "It arrives tomorrow."},
        {"question": "The blender I bought last week stopped working after two days. Can I get a replacement?", "answer": "Yes, we will send one."},
        {"question": "How do I change the billing address on my account before the next invoice is sent?", "answer": "Open Settings, then Billing."},
    ]
    rows.append({"question": rows[0]["question"].replace("，", ",").replace("。", "．"), "answer": rows[0]["answer"]})
    rows.append({"question": rows[3]["question"].replace("注文した", "注文しました"), "answer": rows[3]["answer"] + " "})
    rows.append({"question": rows[6]["question"].replace("Could you", "Can you"), "answer": "It arrives tomorrow morning."})
    rows.append({"question": "好的", "answer": "好"})
    rows.append({"question": "好的！", "answer": "好。"})
    return rows


@pytest.mark.parametrize(("kind", "keep"), [("csv", "first"), ("jsonl", "longest")])
def test_streamed_near_duplicates_match_the_in_memory_build(tmp_path: Path, kind: str, keep: str) -> None:
    writer = write_csv if kind == "csv" else write_jsonl
    source = writer(tmp_path / f"near.{kind}", near_duplicate_rows())

    def configure(recipe: Recipe) -> None:
        recipe.dedup.near = True
        recipe.dedup.near_keep = keep

    in_memory, streamed = build_both(source, tmp_path, configure)

    assert_same_files(tmp_path / "memory", tmp_path / "streamed")
    assert_same_report(in_memory, streamed)
    assert streamed["reasons"]["near_duplicate"] == 4
    # No temporary folder of signatures is left behind.
    assert sorted(path.name for path in (tmp_path / "streamed").iterdir()) == [
        "rejected.jsonl", "report.json", "train.jsonl", "validation.jsonl",
    ]
    assert not list(tmp_path.glob(".tunedata-*"))
    rejected = [json.loads(line) for line in (tmp_path / "streamed" / "rejected.jsonl").read_text("utf-8").splitlines()]
    near = [line for line in rejected if "near_duplicate" in line["reasons"]]
    # (source row or line, id of the kept record). A CSV file's header is row 1; the JSON
    # Lines file has a blank line 8, and "longest" keeps the longer copy of each pair.
    expected = {(11, 1), (12, 4), (13, 7), (15, 13)} if kind == "csv" else {(4, 11), (7, 12), (11, 1), (14, 14)}
    assert {(line["source_row"], line["duplicate_of"]) for line in near} == expected
    word, row = ("row", 11) if kind == "csv" else ("line", 11)
    kept_where = "row 2" if kind == "csv" else "line 1"
    message = next(line["messages"][0] for line in near if line["source_row"] == row)
    assert message.startswith(f"near.{kind} {word} {row}: near duplicate of record 1 (near.{kind} {kept_where}, estimated similarity 0.")
    assert message.endswith("), which is kept")


def test_streamed_near_duplicates_respect_kept_records(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "near.csv", near_duplicate_rows())

    def configure(recipe: Recipe) -> None:
        recipe.dedup.near = True
        recipe.review.included = ["near.csv:11"]

    in_memory, streamed = build_both(source, tmp_path, configure)

    assert_same_files(tmp_path / "memory", tmp_path / "streamed")
    assert_same_report(in_memory, streamed)
    rejected = [json.loads(line) for line in (tmp_path / "streamed" / "rejected.jsonl").read_text("utf-8").splitlines()]
    assert sorted(line["source_row"] for line in rejected if "near_duplicate" in line["reasons"]) == [12, 13, 15]


def test_two_sources_number_records_across_files(tmp_path: Path) -> None:
    rows = faq_rows()
    first = write_csv(tmp_path / "first.csv", rows[:30])
    second = write_jsonl(tmp_path / "second.jsonl", rows[25:])

    def configure(recipe: Recipe) -> None:
        recipe.sources.append(SourceSpec(path=str(second)))

    in_memory, streamed = build_both(first, tmp_path, configure)

    assert_same_files(tmp_path / "memory", tmp_path / "streamed")
    assert_same_report(in_memory, streamed)
    assert streamed["counts"]["duplicates"] == 7
    assert [entry["rows"] for entry in streamed["inputs"]] == [30, 22]


def test_streamed_build_rejects_with_the_same_reasons(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "faq.jsonl", faq_rows())
    build(recipe_for(source, tmp_path / "out", "on"))

    lines = (tmp_path / "out" / "rejected.jsonl").read_text(encoding="utf-8").splitlines()
    rejected = {row["source_row"]: row for row in map(json.loads, lines)}
    # Line 8 is blank, so the rows after it are one line further down.
    assert rejected[14]["status"] == "duplicate"
    assert rejected[14]["reasons"] == ["duplicate"]
    assert rejected[14]["duplicate_of"] == 4
    assert rejected[14]["messages"] == ["faq.jsonl line 14: exact duplicate of record 4 (faq.jsonl line 4), which is kept"]
    assert rejected[31]["reasons"] == ["unreadable_row"]
    assert rejected[31]["messages"] == [
        "faq.jsonl line 31: the row could not be used: line 31: not a JSON object (found a list)"
    ]
    by_reason = {tuple(row["reasons"]): row for row in rejected.values()}
    assert by_reason[("empty_prompt",)]["record"] == {"prompt": "", "completion": "no question"}
    assert by_reason[("empty_completion",)]["messages"][0].endswith(
        "the completion is empty after cleaning; fill in the column answer or change the completion template"
    )
    assert by_reason[("too_long",)]["record"]["completion"] == "too long"
    assert by_reason[("not_text",)]["messages"] == [
        "faq.jsonl line 48: column question holds a number or true/false, not text; convert it in the source "
        "or switch on 'accept numbers as text'"
    ]
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["inputs"][0]["problems"][0]["message"] == "line 8: blank line skipped"


def test_legacy_encoding_is_transcoded_and_streamed(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "faq_gbk.csv", faq_rows(), encoding="gb18030")
    in_memory, streamed = both_builds(
        recipe_for(source, tmp_path / "memory", "off"), recipe_for(source, tmp_path / "streamed", "on")
    )
    assert_same_files(tmp_path / "memory", tmp_path / "streamed")
    assert streamed["inputs"][0]["encoding"] == in_memory["inputs"][0]["encoding"]
    assert "问题 0: 如何退货？" in (tmp_path / "streamed" / "train.jsonl").read_text(encoding="utf-8") + \
        (tmp_path / "streamed" / "validation.jsonl").read_text(encoding="utf-8")


def test_continued_pretraining_over_the_model_maximum(tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps({"text": f"第{i}段。Paragraph {i}."}) + "\n" for i in range(120)),
                      encoding="utf-8")

    def configure(recipe: Recipe) -> None:
        recipe.model.id = TITAN
        recipe.split.max_records = 50

    in_memory, streamed = build_both(source, tmp_path, configure, task=Task.CONTINUED_PRETRAINING)

    assert_same_files(tmp_path / "memory", tmp_path / "streamed")
    assert_same_report(in_memory, streamed)
    assert streamed["counts"] == {"rows_read": 120, "train": 45, "validation": 5, "rejected": 70, "duplicates": 0}
    assert streamed["reasons"] == {"not_selected": 70}


def test_streaming_on_refuses_a_conversation_mapping(tmp_path: Path) -> None:
    source = tmp_path / "chats.jsonl"
    source.write_text(json.dumps({"messages": [{"role": "user", "content": "hi"}]}) + "\n", encoding="utf-8")
    recipe = recipe_for(source, tmp_path / "out", "on", conversation="messages")

    with pytest.raises(UsageError) as raised:
        build(recipe)
    assert "a conversation mapping (mapping.conversation)" in raised.value.message
    assert raised.value.code == "streaming_not_possible"
    assert not (tmp_path / "out").exists()


def test_streaming_on_refuses_default_conversation_columns(tmp_path: Path) -> None:
    source = tmp_path / "chats.jsonl"
    source.write_text(json.dumps({"messages": [{"role": "user", "content": "hi"}]}) + "\n", encoding="utf-8")
    recipe = recipe_for(source, tmp_path / "out", "on")
    recipe.mapping = MappingSpec()

    with pytest.raises(UsageError, match="the files contain conversations"):
        build(recipe)


def test_auto_streams_large_inputs_and_falls_back_when_it_cannot(tmp_path: Path, monkeypatch) -> None:
    source = write_csv(tmp_path / "faq.csv", faq_rows())
    small = build(recipe_for(source, tmp_path / "small", "auto")).report
    assert "streamed" not in small

    monkeypatch.setattr(core.streaming, "STREAMING_THRESHOLD_BYTES", 10)
    large = build(recipe_for(source, tmp_path / "large", "auto")).report
    assert large["streamed"] is True

    near = recipe_for(source, tmp_path / "near", "auto")
    near.dedup.near = True
    assert build(near).report["streamed"] is True

    recent = recipe_for(source, tmp_path / "recent", "auto")
    recent.dedup.near = True
    recent.dedup.near_keep = "most_recent"
    recent.dedup.near_time_column = "topic"
    assert "streamed" not in build(recent).report
    assert core.streaming.streaming_blockers(recent) == ["keeping the most recent near duplicate (dedup.near_keep, --near-dedup-keep)"]


def test_ragged_csv_stops_a_streamed_build_and_auto_falls_back(tmp_path: Path, monkeypatch) -> None:
    source = write_csv(tmp_path / "ragged.csv", faq_rows())
    with source.open("a", encoding="utf-8") as handle:
        handle.write("one,two,three,four\n")

    with pytest.raises(InputError) as raised:
        build(recipe_for(source, tmp_path / "on", "on"))
    assert raised.value.code == "streaming_read_failed"
    assert raised.value.message.startswith("ragged.csv: the streaming reader could not read the file (")
    assert not (tmp_path / "on").exists()

    monkeypatch.setattr(core.streaming, "STREAMING_THRESHOLD_BYTES", 10)
    report = build(recipe_for(source, tmp_path / "auto", "auto")).report
    assert "streamed" not in report
    assert report["counts"]["rows_read"] == 46
    assert "4 fields, header has 3" in report["inputs"][0]["problems"][0]["message"]


def test_quoted_line_breaks_polars_cannot_read(tmp_path: Path, data_dir: Path, monkeypatch) -> None:
    # Polars' CSV reader fails on this valid GBK file, whose quoted answers contain line breaks.
    source = data_dir / "readers" / "样例_内科5000-6000.csv"
    with pytest.raises(InputError) as raised:
        build(recipe_for(source, tmp_path / "on", "on", prompt="ask", completion="answer"))
    assert raised.value.code == "streaming_read_failed"
    assert "quoted fields contain line breaks: build it with streaming off" in raised.value.message

    monkeypatch.setattr(core.streaming, "STREAMING_THRESHOLD_BYTES", 10)
    report = build(recipe_for(source, tmp_path / "auto", "auto", prompt="ask", completion="answer")).report
    assert "streamed" not in report
    assert report["counts"]["rows_read"] == 7644


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "faq.jsonl", faq_rows())
    out = tmp_path / "out"
    out.mkdir()
    (out / "train.jsonl").write_text("earlier build\n", encoding="utf-8")
    token = CancelToken()

    def progress(stage: str, done: float, total: float | None) -> None:
        if stage == "write":
            token.cancel()

    with pytest.raises(Cancelled):
        build(recipe_for(source, out, "on"), progress=progress, cancel=token)
    assert sorted(p.name for p in out.iterdir()) == ["train.jsonl"]
    assert (out / "train.jsonl").read_text(encoding="utf-8") == "earlier build\n"


def test_cancelling_during_a_pass_writes_nothing(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "faq.csv", faq_rows())
    token = CancelToken()

    def progress(stage: str, done: float, total: float | None) -> None:
        if stage == "validate":
            token.cancel()

    with pytest.raises(Cancelled):
        build(recipe_for(source, tmp_path / "out", "on"), progress=progress, cancel=token)
    assert not (tmp_path / "out").exists()


def test_convert_streaming_option(tmp_path: Path, capsys) -> None:
    source = write_csv(tmp_path / "faq.csv", faq_rows())
    code = cli_main(["convert", str(source), "--out", str(tmp_path / "out"), "--model", LLAMA,
                     "--prompt", "question", "--completion", "answer", "--streaming", "on", "--max-chars", "2000"])

    assert code == 1  # 40 records are fewer than the model's minimum of 100
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["streamed"] is True
    assert report["counts"]["train"] == 36
    assert [e["code"] for e in report["errors"]] == ["too_few_records"]
    assert "rows read: 45  train: 36  validation: 4  rejected: 3  duplicates: 2" in capsys.readouterr().out
