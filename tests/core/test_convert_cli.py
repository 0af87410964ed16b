"""End-to-end: `tunedata convert`, `run` and friends on real sample files, checked record by record.

The inputs are copies of the public samples in tests/data (sources in tests/data/SOURCES.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.catalog import load_catalog
from core.cli import main
from core.jsonl_check import check_file
from core.recipe import load_recipe

DATA = Path(__file__).resolve().parent.parent / "data"
READERS = DATA / "readers"
LLAMA = "meta.llama3-1-8b-instruct-v1:0:128k"
NOVA = "amazon.nova-micro-v1:0:128k"
CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0:200k"
SHAPE_ONLY_CODES = {"too_few_records", "duplicate_line"}


def convert(tmp_path: Path, *args: str) -> tuple[int, dict]:
    out = tmp_path / "out"
    code = main(["convert", *args, "--out", str(out), "--json"])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return code, report


def lines(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\n\n" not in raw
    assert raw == b"" or raw.endswith(b"\n")
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()]


def assert_counts_add_up(report: dict) -> None:
    counts = report["counts"]
    total = counts["train"] + counts["validation"] + counts["rejected"] + counts["duplicates"]
    assert counts["rows_read"] == total


def assert_valid_for_model(path: Path, model_id: str) -> None:
    """Our own output must pass our own validator, apart from dataset-size findings."""
    result = check_file(path, load_catalog().get(model_id))
    errors = [p for p in result.problems if p.severity == "error" and p.code not in SHAPE_ONLY_CODES]
    assert errors == []


def test_gbk_medical_csv_to_nova(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = convert(
        tmp_path, str(READERS / "样例_内科5000-6000.csv"), "--model", NOVA,
        "--prompt", "{title}\n{ask}", "--completion", "answer",
    )

    assert code == 0
    assert report["inputs"][0]["encoding"] == "GB18030 (GBK)"
    assert report["counts"]["rows_read"] == 7644
    assert_counts_add_up(report)
    train = lines(tmp_path / "out" / "train.jsonl")
    assert len(train) == report["counts"]["train"]
    assert all(record["schemaVersion"] == "bedrock-conversation-2024" for record in train)
    assert_valid_for_model(tmp_path / "out" / "train.jsonl", NOVA)
    assert_valid_for_model(tmp_path / "out" / "validation.jsonl", NOVA)
    texts = [record["messages"][0]["content"][0]["text"] for record in train]
    assert any(text.startswith("高血压患者能吃党参吗？") for text in texts)


def test_cp932_tickets_text_intact(tmp_path: Path) -> None:
    code, report = convert(
        tmp_path, str(READERS / "tickets_cp932.csv"), "--model", CLAUDE,
        "--prompt", "{件名}\n{本文}", "--completion", "顧客名",
    )

    assert report["inputs"][0]["encoding"] == "Shift_JIS (CP932)"
    assert code == 1
    records = lines(tmp_path / "out" / "train.jsonl") + lines(tmp_path / "out" / "rejected.jsonl")
    prompts = {json.dumps(r, ensure_ascii=False) for r in records}
    assert any("①初期設定について\\n㈱サンプル商事の担当です。Ⅲ型の設置は幅10㎝以上が必要ですか？" in p for p in prompts)
    assert any("価格は￥12,000～￥15,000で合っていますか？" in p for p in prompts)
    assert [e["code"] for e in report["errors"]] == ["too_few_records"]


def test_utf16_and_bom_files_keep_header_and_text(tmp_path: Path) -> None:
    code, report = convert(tmp_path, str(READERS / "utf16.csv"), "--model", LLAMA, "--prompt", "name", "--completion", "age")

    assert report["inputs"][0]["encoding"] == "UTF-16 LE"
    train = lines(tmp_path / "out" / "train.jsonl") + lines(tmp_path / "out" / "validation.jsonl")
    assert {"prompt": "José Álvarez", "completion": "30"} in train

    code, report = convert(tmp_path, str(READERS / "faq_excel_utf8.csv"), "--model", LLAMA, "--prompt", "问题", "--completion", "答案")
    assert report["inputs"][0]["encoding"] == "UTF-8 with BOM"
    assert report["counts"]["train"] + report["counts"]["validation"] == 2


def test_case01_jsonl_rejects_with_line_numbers(tmp_path: Path) -> None:
    code, report = convert(tmp_path, str(READERS / "case01_train.jsonl"), "--model", LLAMA)

    assert code == 1
    assert report["counts"] == {"rows_read": 5, "train": 3, "validation": 0, "rejected": 2, "duplicates": 0}
    rejected = lines(tmp_path / "out" / "rejected.jsonl")
    assert [(r["source_row"], r["reasons"]) for r in rejected] == [
        (3, ["not_text"]),
        (5, ["key_case_mismatch", "key_case_mismatch"]),
    ]
    train = lines(tmp_path / "out" / "train.jsonl")
    assert all(set(record) == {"prompt", "completion"} for record in train)
    assert {"prompt": "如何修改绑定的手机号？", "completion": "请在“账户设置 > 安全”中选择“更换手机号”，按提示完成短信验证即可。"} in train
    problems = [p["message"] for p in report["inputs"][0]["problems"]]
    assert "line 4: blank line skipped" in problems
    assert any(w["code"] == "unused_columns" and "id, category" in w["message"] for w in report["warnings"])


def test_long_log_field_rejected_as_too_long(tmp_path: Path) -> None:
    code, report = convert(
        tmp_path, str(READERS / "tickets_with_log.csv"), "--model", LLAMA, "--prompt", "subject", "--completion", "body",
    )

    rejected = lines(tmp_path / "out" / "rejected.jsonl")
    too_long = [r for r in rejected if "too_many_tokens" in r["reasons"]]
    assert len(too_long) == 1
    assert len(too_long[0]["record"]["completion"]) == 140_023
    assert too_long[0]["messages"][0].startswith("tickets_with_log.csv row 3: about ")


def test_c4_text_to_continued_pretraining(tmp_path: Path) -> None:
    source = tmp_path / "c4.jsonl"
    source.write_text(
        "\n".join(json.dumps({"text": f"Passage {i}: 数据{i}"}, ensure_ascii=False) for i in range(5)) + "\n",
        encoding="utf-8",
    )
    code, report = convert(
        tmp_path, str(source), "--model", "amazon.titan-text-express-v1:0:8k", "--task", "continued-pretraining",
    )

    train = lines(tmp_path / "out" / "train.jsonl")
    assert not (tmp_path / "out" / "validation.jsonl").exists()
    assert sorted(r["input"] for r in train) == sorted(f"Passage {i}: 数据{i}" for i in range(5))
    assert report["task"] == "continued-pretraining"


def test_missing_column_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main([
        "convert", str(READERS / "faq_excel_utf8.csv"), "--out", str(tmp_path / "o"), "--model", LLAMA,
        "--prompt", "{question}", "--completion", "答案",
    ])

    assert code == 2
    assert capsys.readouterr().err == (
        "error: the prompt template refers to column {question}, which does not exist; "
        "available columns: 问题, 答案.\n"
    )
    assert not (tmp_path / "o").exists()


def test_unknown_model_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["convert", str(READERS / "faq_excel_utf8.csv"), "--out", str(tmp_path / "o"), "--model", "llama3"])

    assert code == 2
    assert "llama3" in capsys.readouterr().err


def test_missing_file_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["convert", str(tmp_path / "nope.csv"), "--out", str(tmp_path / "o"), "--model", LLAMA])

    assert code == 2
    assert "nope.csv: file not found" in capsys.readouterr().err


def test_saved_recipe_runs_to_same_bytes(tmp_path: Path) -> None:
    recipe_path = tmp_path / "faq.toml"
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "faq_sample.csv"
    assert main([
        "convert", str(sample), "--out", str(tmp_path / "a"), "--model", LLAMA,
        "--prompt", "question", "--completion", "answer", "--save-recipe", str(recipe_path),
    ]) == 0
    assert load_recipe(recipe_path).mapping.prompt == "question"

    assert main(["run", str(recipe_path), "--out", str(tmp_path / "b")]) == 0
    for name in ("train.jsonl", "validation.jsonl", "rejected.jsonl", "report.json"):
        first = (tmp_path / "a" / name).read_bytes()
        second = (tmp_path / "b" / name).read_bytes()
        if name == "report.json":
            first = first.replace(str(tmp_path / "a").encode(), b"")
            second = second.replace(str(tmp_path / "b").encode(), b"")
        assert first == second


def test_bundled_sample_builds_cleanly(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "faq_sample.csv"
    code, report = convert(tmp_path, str(sample), "--model", LLAMA, "--prompt", "question", "--completion", "answer")

    assert code == 0
    assert report["counts"]["rows_read"] == 240
    assert report["counts"]["duplicates"] == report["reasons"].get("duplicate", 0)
    assert_counts_add_up(report)
    assert_valid_for_model(tmp_path / "out" / "train.jsonl", LLAMA)


def test_backslash_n_in_template_is_line_break(tmp_path: Path) -> None:
    code, report = convert(
        tmp_path, str(READERS / "样例_内科5000-6000.csv"), "--model", NOVA,
        "--prompt", "{title}\\n{ask}", "--completion", "answer",
    )

    train = lines(tmp_path / "out" / "train.jsonl")
    prompt = train[0]["messages"][0]["content"][0]["text"]
    assert "\n" in prompt
    assert "\\n" not in prompt


def test_output_path_that_is_file_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "afile"
    target.write_text("keep me", encoding="utf-8")
    code = main(["convert", str(READERS / "faq_excel_utf8.csv"), "--out", str(target), "--model", LLAMA,
                 "--prompt", "问题", "--completion", "答案"])

    assert code == 2
    assert f"{target} is a file, not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"


def test_folder_input_reads_supported_files(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("# 标题\n\n第一段。\n", encoding="utf-8")
    (folder / "b.txt").write_text("Second file.\n", encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    code, report = convert(tmp_path, str(folder), "--model", "amazon.titan-text-express-v1:0:8k",
                           "--task", "continued-pretraining")

    assert [Path(item["path"]).name for item in report["inputs"]] == ["a.md", "b.txt"]


def test_chat_file_system_prompt_kept(tmp_path: Path) -> None:
    source = tmp_path / "chat.jsonl"
    source.write_text(json.dumps({
        "system": [{"text": "You are a support agent."}],
        "messages": [
            {"role": "user", "content": [{"text": "Where is my parcel?"}]},
            {"role": "assistant", "content": [{"text": "It ships today."}]},
        ],
    }) + "\n", encoding="utf-8")
    code, report = convert(tmp_path, str(source), "--model", NOVA, "--validation-fraction", "0")

    record = lines(tmp_path / "out" / "train.jsonl")[0]
    assert record["system"] == [{"text": "You are a support agent."}]


def test_output_files_readable_by_group(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "faq_sample.csv"
    convert(tmp_path, str(sample), "--model", LLAMA, "--prompt", "question", "--completion", "answer")

    mode = (tmp_path / "out" / "train.jsonl").stat().st_mode & 0o777
    assert mode & 0o040


def test_recipe_typo_suggests_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recipe = tmp_path / "r.toml"
    recipe.write_text('[mapping]\ncompleton = "answer"\n', encoding="utf-8")

    assert main(["run", str(recipe)]) == 2
    assert "mapping.completon: unknown key; did you mean 'completion'?" in capsys.readouterr().err


@pytest.mark.parametrize("streaming", ["off", "on"])
def test_redacted_values_in_no_output_or_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, streaming: str
) -> None:
    personal = ["li.wei@example.com", "138 0013 8000", "０９０－１２３４－５６７８", "4111 1111 1111 1111",
                "AKIAIOSFODNN7EXAMPLE", "110101194912310024"]
    source = tmp_path / "tickets.csv"
    rows = ["question,answer"]
    for number, value in enumerate(personal * 20):
        rows.append(f'"Ticket {number}: my details are {value}, please check","We checked ticket {number}."')
    rows.append('"Ticket x: my details are li.wei@example.com","short"')
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"

    caplog.set_level("DEBUG")
    code = main(["-v", "convert", str(source), "--out", str(out), "--model", LLAMA, "--prompt", "question",
                 "--completion", "answer", "--redact-pii", "--streaming", streaming])
    captured = capsys.readouterr()

    assert code == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["pii"]["records"] == 121
    written = [path.read_text(encoding="utf-8") for path in sorted(out.iterdir())]
    for value in personal:
        for text in (*written, captured.out, captured.err, caplog.text):
            assert value not in text
