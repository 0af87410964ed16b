"""Tests of the JSONL training-file checker and the token estimates it uses."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from core.catalog import Catalog, load_catalog
from core.errors import Cancelled, InputError
from core.jsonl_check import CheckResult, Problem, check_file
from core.progress import CancelToken
from core.recipe import Task
from core.tokens import (
    aws_tokens_expr,
    estimate_tokens,
    estimate_tokens_aws,
    estimate_tokens_script,
    script_tokens_expr,
    tokens_expr,
)

NOVA_MICRO = "amazon.nova-micro-v1:0:128k"
NOVA_LITE = "amazon.nova-lite-v1:0:300k"
NOVA_PRO = "amazon.nova-pro-v1:0:300k"
NOVA_2_LITE = "amazon.nova-2-lite-v1:0:256k"
LLAMA_31_8B = "meta.llama3-1-8b-instruct-v1:0:128k"
LLAMA_32_1B = "meta.llama3-2-1b-instruct-v1:0:128k"
CLAUDE_HAIKU = "anthropic.claude-3-haiku-20240307-v1:0:200k"
TITAN_EXPRESS = "amazon.titan-text-express-v1:0:8k"
COHERE_COMMAND = "cohere.command-text-v14:7:4k"

EVERY_MODEL_SHAPE = [LLAMA_31_8B, NOVA_MICRO, NOVA_PRO, LLAMA_32_1B, CLAUDE_HAIKU, TITAN_EXPRESS]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def jsonl_dir(data_dir: Path) -> Path:
    return data_dir / "jsonl"


def check(path: Path, catalog: Catalog, model_id: str, task: Task = Task.FINE_TUNING) -> CheckResult:
    return check_file(path, catalog.get(model_id), task)


def codes(result: CheckResult) -> list[tuple[int | None, str]]:
    """Return (line, code) of every problem, in the order reported."""
    return [(problem.line, problem.code) for problem in result.problems]


def find(result: CheckResult, code: str) -> list[Problem]:
    return [problem for problem in result.problems if problem.code == code]


def write_lines(path: Path, records: list) -> Path:
    """Write one JSON value per line (strings are written as they are)."""
    lines = [record if isinstance(record, str) else json.dumps(record, ensure_ascii=False) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def converse(*turns: tuple[str, object], system: object = None, schema: object = "bedrock-conversation-2024") -> dict:
    """Build a Converse record; a turn's content that is a str becomes one text block."""
    record: dict = {}
    if schema is not None:
        record["schemaVersion"] = schema
    if system is not None:
        record["system"] = system
    record["messages"] = [
        {"role": role, "content": [{"text": content}] if isinstance(content, str) else content}
        for role, content in turns
    ]
    return record


GOOD_TURNS = (("user", "Where is my parcel?"), ("assistant", "It left the depot this morning."))


# ---------------------------------------------------------------- token estimates

TOKEN_SAMPLES = [
    "",
    "How do I reset my router?",
    "如何修改绑定的手机号？",
    "請問我的訂單什麼時候到？",
    "パスワードを忘れました。リセット方法を教えてください。",
    "비밀번호를 잊어버렸습니다",
    "ＡＢＣ１２３！",
    "mixed 中文 and English, ｶﾀｶﾅ half-width",
    "emoji 😀 and 𠀀 (extension B)",
    "a" * 4097,
]


@pytest.mark.parametrize("text", TOKEN_SAMPLES)
def test_polars_estimates_match_python(text: str) -> None:
    frame = pl.DataFrame({"text": [text]}).select(
        aws_tokens_expr(pl.col("text")).alias("aws"),
        script_tokens_expr(pl.col("text")).alias("script"),
        tokens_expr(pl.col("text")).alias("checked"),
    )
    assert frame["aws"].to_list() == [estimate_tokens_aws(text)]
    assert frame["script"].to_list() == [estimate_tokens_script(text)]
    assert frame["checked"].to_list() == [estimate_tokens(text)]


def test_token_expressions_treat_null_as_empty() -> None:
    frame = pl.DataFrame({"text": [None, "abcd"]}, schema={"text": pl.String}).select(
        aws_tokens_expr(pl.col("text")).alias("aws"), script_tokens_expr(pl.col("text")).alias("script")
    )
    assert frame["aws"].to_list() == [0, 1]
    assert frame["script"].to_list() == [0, 1]
    assert frame.schema["aws"] == pl.Int64


def test_token_estimates_exact_values() -> None:
    assert estimate_tokens_aws("a" * 13) == 3
    assert estimate_tokens_script("a" * 13) == 4
    assert estimate_tokens_script("如何修改绑定的手机号？") == 11
    assert estimate_tokens_script("パスワード abc") == 5 + 1
    assert estimate_tokens_aws("如何修改绑定的手机号？") == 2


def test_chinese_record_script_estimate_beats_aws() -> None:
    text = "中" * 40000
    assert estimate_tokens_aws(text) == 6667
    assert estimate_tokens_script(text) == 40000
    assert estimate_tokens(text) == 40000


def test_uber_longest_record_estimate(jsonl_dir: Path) -> None:
    frame = pl.read_ndjson(jsonl_dir / "uber10K.jsonl").with_row_index("line", offset=1).select(
        "line", tokens_expr(pl.col("prompt") + pl.col("completion")).alias("tokens")
    )
    longest = frame.sort("tokens", descending=True).row(0)
    assert longest == (71, 2219)


# ---------------------------------------------------------------- real files


def test_case01_problems_by_line(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "case01_train.jsonl", catalog, LLAMA_31_8B)
    assert result.records == 5
    assert codes(result) == [
        (1, "utf8_bom"),
        (2, "extra_key"),
        (3, "not_a_string"),
        (4, "blank_line"),
        (5, "key_wrong_case"),
        (5, "key_wrong_case"),
        (None, "too_few_records"),
    ]
    assert result.valid is False


def test_case01_messages_name_line_and_key(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "case01_train.jsonl", catalog, LLAMA_31_8B)
    messages = [problem.message for problem in result.problems]
    assert messages[0] == "line 1: the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM"
    assert messages[1] == "line 2: extra keys id, category; only prompt and completion are used; the others are ignored"
    assert messages[2] == "line 3: completion is a number (30), not text; put the value in quotes or convert it to text"
    assert messages[3] == "line 4: the line is blank; remove empty lines from the file"
    assert messages[4] == "line 5: found Prompt; the key must be lower-case prompt"
    assert messages[5] == "line 5: found Completion; the key must be lower-case completion"
    assert messages[6] == (
        "the file has 5 records; Meta Llama 3.1 8B Instruct needs at least 100 for fine-tuning; add more examples"
    )


def test_case01_extra_keys_are_a_warning(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "case01_train.jsonl", catalog, LLAMA_31_8B)
    assert [problem.severity for problem in find(result, "extra_key")] == ["warning"]


def test_uber_is_valid_for_llama_31(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "uber10K.jsonl", catalog, LLAMA_31_8B)
    assert result.records == 200
    assert result.problems == []
    assert result.valid is True


def test_uber_has_no_line_over_llama_31_limit(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "uber10K.jsonl", catalog, LLAMA_31_8B)
    assert find(result, "too_many_tokens") == []
    assert find(result, "near_token_limit") == []


def test_formatted_converse_is_valid_for_nova(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "formatted_test_ft.jsonl", catalog, NOVA_MICRO)
    assert result.records == 120
    assert result.valid is True
    # The file's schemaVersion is "tooluse-dataset-2024"; Nova accepts any string there.
    assert Counter(codes_only(result)) == Counter({"wrong_schema_version": 120})
    assert {problem.severity for problem in result.problems} == {"warning"}


def test_formatted_converse_wrong_schema_for_llama_32(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "formatted_test_ft.jsonl", catalog, LLAMA_32_1B)
    assert result.valid is False
    assert [p.line for p in find(result, "wrong_schema_version")] == list(range(1, 121))
    assert {p.severity for p in result.problems} == {"error"}


def codes_only(result: CheckResult) -> list[str]:
    return [problem.code for problem in result.problems]


def test_near_miss_converse_specific_errors(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "test_ft.jsonl", catalog, NOVA_MICRO)
    assert result.records == 120
    assert codes(result)[:4] == [
        (1, "missing_schema_version"),
        (1, "system_not_list"),
        (1, "content_not_list"),
        (1, "content_not_list"),
    ]
    assert Counter(codes_only(result)) == Counter(
        {"missing_schema_version": 120, "system_not_list": 120, "content_not_list": 240}
    )
    assert result.problems[1].message == (
        'line 1: system is text; write it as a list with one block: [{"text": "..."}]'
    )
    assert result.problems[2].message == (
        'line 1: message 1 content is text; write it as a list of blocks: [{"text": "..."}]'
    )


def test_near_miss_is_valid_claude_shape_except_count(jsonl_dir: Path, catalog: Catalog) -> None:
    # test_ft.jsonl uses plain-string system and content, which is exactly Claude's chat shape.
    result = check(jsonl_dir / "test_ft.jsonl", catalog, CLAUDE_HAIKU)
    assert codes(result) == [(None, "model_not_active")]
    assert result.valid is True


@pytest.mark.parametrize("model_id", EVERY_MODEL_SHAPE)
def test_openai_chat_invalid_for_every_model(jsonl_dir: Path, catalog: Catalog, model_id: str) -> None:
    result = check(jsonl_dir / "toy_chat_fine_tuning.jsonl", catalog, model_id)
    assert result.records == 5
    assert result.valid is False


def test_openai_chat_for_llama_31(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "toy_chat_fine_tuning.jsonl", catalog, LLAMA_31_8B)
    expected = []
    for line in range(1, 6):
        expected += [(line, "extra_key"), (line, "missing_key"), (line, "missing_key")]
    assert codes(result) == expected + [(None, "too_few_records")]
    assert result.problems[1].message == (
        "line 1: missing key prompt; each record needs prompt and completion as text"
    )


def test_openai_chat_for_claude(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "toy_chat_fine_tuning.jsonl", catalog, CLAUDE_HAIKU)
    assert codes(result) == [
        (1, "system_role_in_messages"),
        (2, "system_role_in_messages"),
        (4, "system_role_in_messages"),
        (4, "too_few_messages"),
        (4, "no_user_message"),
        (5, "system_role_in_messages"),
        (None, "too_few_records"),
        (None, "model_not_active"),
    ]
    assert find(result, "no_user_message")[0].message == (
        "line 4: the conversation has no user message; add the user's question first"
    )


def test_openai_chat_for_nova(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "toy_chat_fine_tuning.jsonl", catalog, NOVA_PRO)
    line4 = [code for line, code in codes(result) if line == 4]
    assert line4 == [
        "missing_schema_version", "system_role_in_messages", "content_not_list",
        "too_few_messages", "no_user_message",
    ]
    assert [p.line for p in find(result, "missing_schema_version")] == [1, 2, 3, 4, 5]
    assert [p.line for p in find(result, "system_role_in_messages")] == [1, 2, 4, 5]
    assert len(find(result, "content_not_list")) == 2 + 8 + 2 + 1 + 2


# ---------------------------------------------------------------- tokens in records


def test_chinese_record_exceeds_llama_by_script_estimate(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "zh.jsonl", [{"prompt": "中" * 40000, "completion": "好"}])
    result = check(path, catalog, LLAMA_31_8B)
    problems = find(result, "too_many_tokens")
    assert [p.line for p in problems] == [1]
    assert problems[0].message == (
        "line 1: about 40,001 tokens, over the limit of 16,000 per record for Meta Llama 3.1 8B Instruct "
        "(estimates: 40,001 by script, 6,667 by characters ÷ 6); shorten or split the record"
    )


def test_english_record_under_limit_passes(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "en.jsonl", [{"prompt": "word " * 10000, "completion": "ok"}])
    result = check(path, catalog, LLAMA_31_8B)
    assert find(result, "too_many_tokens") == []
    assert [p.line for p in find(result, "near_token_limit")] == []


def test_record_near_limit_warns(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "near.jsonl", [{"prompt": "a" * 61000, "completion": "ok"}])
    result = check(path, catalog, LLAMA_31_8B)
    assert [(p.line, p.severity) for p in find(result, "near_token_limit")] == [(1, "warning")]


def test_cohere_separate_input_limit(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "cohere.jsonl", [
        {"prompt": "a" * 20000, "completion": "short"},
        {"prompt": "short", "completion": "b" * 9000},
    ])
    result = check(path, catalog, COHERE_COMMAND)
    assert codes(result)[:2] == [(1, "too_many_input_tokens"), (2, "too_many_output_tokens")]


def test_converse_tokens_count_every_turn(tmp_path: Path, catalog: Catalog) -> None:
    record = converse(("user", "字" * 9000), ("assistant", "字" * 8000))
    path = write_lines(tmp_path / "turns.jsonl", [record])
    result = check(path, catalog, LLAMA_32_1B)
    assert [p.line for p in find(result, "too_many_tokens")] == [1]


# ---------------------------------------------------------------- line level


def test_invalid_json_and_not_object(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "bad.jsonl", ['{"prompt": "a", "completion": "b"', "[1, 2]", '"text"'])
    result = check(path, catalog, LLAMA_31_8B)
    assert codes(result)[:3] == [(1, "invalid_json"), (2, "not_an_object"), (3, "not_an_object")]
    assert result.problems[0].message == (
        "line 1: not valid JSON (unexpected end of data at column 34); each line must be one complete JSON object"
    )
    assert result.problems[1].message.startswith("line 2: the line is a JSON list, not an object")


def test_invalid_utf8_line(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "gbk.jsonl"
    path.write_bytes(b'{"prompt": "a", "completion": "b"}\n' + '{"prompt": "中文", "completion": "b"}\n'.encode("gbk"))
    result = check(path, catalog, LLAMA_31_8B)
    assert codes(result)[0] == (2, "invalid_utf8")
    assert result.problems[0].message == "line 2: not valid UTF-8 (byte 0xd6 at byte 13); save the file as UTF-8"


def test_utf16_file_reported_once(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "utf16.jsonl"
    path.write_bytes('{"prompt": "a", "completion": "b"}\n'.encode("utf-16"))
    result = check(path, catalog, LLAMA_31_8B)
    assert codes(result) == [(None, "not_utf8"), (None, "no_records")]


def test_wrong_extension(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "train.json", [{"prompt": "a", "completion": "b"}])
    result = check(path, catalog, LLAMA_31_8B)
    assert codes(result)[0] == (None, "not_jsonl_extension")
    assert "rename the file to end in .jsonl" in result.problems[0].message


def test_empty_file(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    result = check(path, catalog, NOVA_MICRO)
    assert codes(result) == [(None, "no_records")]
    assert result.records == 0


def test_trailing_blank_lines_reported(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "trail.jsonl"
    path.write_text('{"prompt": "a", "completion": "b"}\n\n \n', encoding="utf-8")
    result = check(path, catalog, TITAN_EXPRESS)
    assert [p.line for p in find(result, "blank_line")] == [2, 3]
    assert result.records == 1


def test_missing_empty_and_null_values(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "values.jsonl", [
        {"prompt": "a"},
        {"prompt": "  ", "completion": "b"},
        {"prompt": None, "completion": True},
    ])
    result = check(path, catalog, LLAMA_31_8B)
    assert codes(result)[:4] == [(1, "missing_key"), (2, "empty_text"), (3, "not_a_string"), (3, "not_a_string")]
    assert result.problems[3].message == (
        "line 3: completion is a boolean (true), not text; put the value in quotes or convert it to text"
    )


def test_duplicate_record_warns(tmp_path: Path, catalog: Catalog) -> None:
    record = {"prompt": "a", "completion": "b"}
    path = write_lines(tmp_path / "dup.jsonl", [record, {"prompt": "c", "completion": "d"}, record])
    result = check(path, catalog, TITAN_EXPRESS)
    duplicates = find(result, "duplicate_record")
    assert [(p.line, p.severity) for p in duplicates] == [(3, "warning")]
    assert duplicates[0].message.startswith("line 3: repeats line 1 exactly")


# ---------------------------------------------------------------- Claude


def test_claude_extra_key_is_error(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "claude.jsonl", [
        {"id": 1, "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]},
    ])
    result = check(path, catalog, CLAUDE_HAIKU)
    problems = find(result, "extra_key")
    assert [(p.line, p.severity) for p in problems] == [(1, "error")]
    assert problems[0].message == "line 1: extra key id; only system and messages are accepted; remove the others"


def test_claude_content_blocks_rejected(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "claude.jsonl", [
        {"system": ["x"], "messages": [
            {"role": "user", "content": [{"text": "Hi"}]}, {"role": "assistant", "content": "Hello"},
        ]},
    ])
    result = check(path, catalog, CLAUDE_HAIKU)
    assert codes(result)[:2] == [(1, "not_a_string"), (1, "content_not_string")]


def test_claude_reserved_human_after_newline(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "claude.jsonl", [
        {"messages": [
            {"role": "user", "content": "Quote:\nHuman: hello"},
            {"role": "assistant", "content": "Human: at line start without newline is fine"},
        ]},
    ])
    result = check(path, catalog, CLAUDE_HAIKU)
    problems = find(result, "reserved_string")
    assert [p.line for p in problems] == [1]
    assert "message 1 contains a line break followed by 'Human:'" in problems[0].message


def test_claude_order_rules(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "order.jsonl", [
        {"messages": [{"role": "assistant", "content": "a"}, {"role": "user", "content": "b"}]},
        {"messages": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"},
                      {"role": "assistant", "content": "c"}]},
        {"messages": [{"role": "user", "content": "a"}, {"role": "bot", "content": "b"}]},
        {"messages": "hello"},
    ])
    result = check(path, catalog, CLAUDE_HAIKU)
    line_codes = [pair for pair in codes(result) if pair[0] is not None]
    assert line_codes == [
        (1, "first_not_user"), (1, "last_not_assistant"),
        (2, "roles_not_alternating"),
        (3, "invalid_role"), (3, "too_few_messages"), (3, "last_not_assistant"),
        (4, "messages_not_list"),
    ]


# ---------------------------------------------------------------- Converse


def test_converse_valid_record_has_no_problems(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "ok.jsonl", [converse(*GOOD_TURNS, system=[{"text": "Be brief."}])] * 1)
    result = check(path, catalog, NOVA_MICRO)
    assert codes(result) == [(None, "too_few_records")]


def test_converse_system_shapes(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "system.jsonl", [
        converse(*GOOD_TURNS, system=[{"text": "a"}, {"text": "b"}]),
        converse(*GOOD_TURNS, system=[]),
        converse(*GOOD_TURNS, system=[{"text": ""}]),
        converse(*GOOD_TURNS, system=[{"content": "a"}]),
    ])
    result = check(path, catalog, LLAMA_32_1B)
    line_codes = [pair for pair in codes(result) if pair[0] is not None]
    assert line_codes == [
        (1, "system_not_single_text"), (2, "system_not_single_text"), (3, "empty_text"), (4, "system_not_single_text"),
    ]


def test_converse_content_rules(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "content.jsonl", [
        converse(("user", []), ("assistant", "a")),
        converse(("user", [{"text": ""}]), ("assistant", "a")),
        converse(("user", [{"toolUse": {}}]), ("assistant", "a")),
        converse(("user", "q"), ("assistant", [{"image": {"format": "png"}}])),
        converse(("user", "q"), ("assistant", "a"), ("user", "q2")),
    ])
    result = check(path, catalog, NOVA_LITE)
    line_codes = [pair for pair in codes(result) if pair[0] is not None]
    assert line_codes == [
        (1, "empty_content"),
        (2, "empty_text"),
        (3, "unknown_block"),
        (4, "assistant_not_text"),
        (5, "last_not_assistant"),
    ]


def test_converse_reserved_strings_for_nova(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "reserved.jsonl", [
        converse(("user", "User: where is it?"), ("assistant", "It is here [EOS]")),
        converse(("user", "Say <unk>"), ("assistant", "ok")),
    ])
    result = check(path, catalog, NOVA_MICRO)
    problems = find(result, "reserved_string")
    assert [p.line for p in problems] == [1, 1, 2]
    assert problems[0].message == (
        "line 1: message 1 contains 'User:', which Amazon Nova Micro reserves and which makes the job fail; "
        "reword that text"
    )
    assert "'[EOS]'" in problems[1].message


def test_reserved_strings_do_not_apply_to_llama(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "reserved.jsonl", [converse(("user", "User: hi"), ("assistant", "Bot: hello"))])
    result = check(path, catalog, LLAMA_32_1B)
    assert find(result, "reserved_string") == []


def test_media_on_text_only_model(tmp_path: Path, catalog: Catalog) -> None:
    image = {"image": {"format": "png", "source": {"s3Location": {"uri": "s3://bucket/a.png", "bucketOwner": "123456789012"}}}}
    path = write_lines(tmp_path / "media.jsonl", [converse(("user", [image, {"text": "What is this?"}]), ("assistant", "A cat."))])
    micro = check(path, catalog, NOVA_MICRO)
    lite = check(path, catalog, NOVA_LITE)
    assert [pair for pair in codes(micro) if pair[0] is not None] == [(1, "media_not_supported")]
    assert [pair for pair in codes(lite) if pair[0] is not None] == []


def test_media_without_s3_uri_invalid(tmp_path: Path, catalog: Catalog) -> None:
    image = {"image": {"format": "png", "source": {"bytes": "aGVsbG8="}}}
    path = write_lines(tmp_path / "media.jsonl", [converse(("user", [image]), ("assistant", "A cat."))])
    result = check(path, catalog, NOVA_LITE)
    assert [pair for pair in codes(result) if pair[0] is not None] == [(1, "invalid_media")]


def test_reasoning_content_only_on_nova_2_lite(tmp_path: Path, catalog: Catalog) -> None:
    reasoning = {"reasoningContent": {"reasoningText": {"text": "Think first."}}}
    path = write_lines(tmp_path / "reason.jsonl", [converse(("user", "q"), ("assistant", [reasoning, {"text": "a"}]))])
    nova_2 = check(path, catalog, NOVA_2_LITE)
    nova_1 = check(path, catalog, NOVA_LITE)
    assert [pair for pair in codes(nova_2) if pair[0] is not None] == []
    assert [pair for pair in codes(nova_1) if pair[0] is not None] == [(1, "assistant_not_text")]


def test_converse_wrong_key_case(tmp_path: Path, catalog: Catalog) -> None:
    record = {"SchemaVersion": "bedrock-conversation-2024", "messages": converse(*GOOD_TURNS)["messages"]}
    path = write_lines(tmp_path / "case.jsonl", [record])
    result = check(path, catalog, NOVA_MICRO)
    problems = [p for p in result.problems if p.line is not None]
    assert [(p.line, p.code) for p in problems] == [(1, "key_wrong_case")]
    assert problems[0].message == "line 1: found SchemaVersion; the key must be spelled exactly schemaVersion"


# ---------------------------------------------------------------- file level


def test_too_many_records(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(f'{{"prompt": "q{i}", "completion": "a"}}\n' for i in range(10001)), encoding="utf-8")
    result = check(path, catalog, LLAMA_31_8B)
    assert codes(result) == [(None, "too_many_records")]
    assert result.problems[0].message == (
        "the file has 10,001 records; Meta Llama 3.1 8B Instruct accepts at most 10,000 for fine-tuning; "
        "remove records or ask AWS to raise the quota"
    )


def test_nova_few_records_warning(tmp_path: Path, catalog: Catalog) -> None:
    records = [converse(("user", f"q{i}"), ("assistant", "a")) for i in range(10)]
    result = check(write_lines(tmp_path / "few.jsonl", records), catalog, NOVA_MICRO)
    assert [(p.code, p.severity) for p in result.problems] == [("few_records", "warning")]
    assert result.valid is True


def test_cpt_on_titan_is_unavailable(tmp_path: Path, catalog: Catalog) -> None:
    path = write_lines(tmp_path / "cpt.jsonl", [{"input": "Some document text."}, {"text": "wrong key"}])
    result = check(path, catalog, TITAN_EXPRESS, Task.CONTINUED_PRETRAINING)
    assert codes(result) == [
        (2, "extra_key"), (2, "missing_key"), (None, "model_not_active"), (None, "task_unavailable"),
    ]
    assert result.task == "continued-pretraining"


def test_missing_file_raises_input_error(tmp_path: Path, catalog: Catalog) -> None:
    with pytest.raises(InputError) as caught:
        check(tmp_path / "nope.jsonl", catalog, LLAMA_31_8B)
    assert caught.value.code == "file_not_found"


def test_folder_raises_input_error(tmp_path: Path, catalog: Catalog) -> None:
    with pytest.raises(InputError) as caught:
        check(tmp_path, catalog, LLAMA_31_8B)
    assert caught.value.code == "input_is_folder"


def test_input_file_not_modified(jsonl_dir: Path, catalog: Catalog) -> None:
    path = jsonl_dir / "case01_train.jsonl"
    before = path.read_bytes()
    check(path, catalog, LLAMA_31_8B)
    assert path.read_bytes() == before


def test_cancel_stops_check(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text('{"prompt": "q", "completion": "a"}\n' * 2000, encoding="utf-8")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        check_file(path, catalog.get(LLAMA_31_8B), Task.FINE_TUNING, cancel=token)


def test_progress_reports_bytes(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text('{"prompt": "q", "completion": "a"}\n' * 2000, encoding="utf-8")
    reports: list[tuple[str, float, float | None]] = []
    check_file(path, catalog.get(LLAMA_31_8B), Task.FINE_TUNING, progress=lambda *args: reports.append(args))
    size = path.stat().st_size
    assert reports[-1] == ("validate", size, size)
    assert reports[0] == ("validate", 35 * 1000, size)


def test_result_to_dict(jsonl_dir: Path, catalog: Catalog) -> None:
    result = check(jsonl_dir / "case01_train.jsonl", catalog, LLAMA_31_8B)
    data = result.to_dict()
    assert list(data) == ["file", "model", "task", "records", "problems", "valid"]
    assert data["problems"][0] == {
        "line": 1, "code": "utf8_bom",
        "message": "line 1: the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM",
        "severity": "error",
    }
    assert data["valid"] is False


def test_converse_null_content_and_missing_role(tmp_path: Path, catalog: Catalog) -> None:
    record = {
        "schemaVersion": "bedrock-conversation-2024",
        "messages": [{"role": "user", "content": None}, {"content": [{"text": "a"}]}],
    }
    result = check(write_lines(tmp_path / "null.jsonl", [record]), catalog, NOVA_MICRO)
    line_codes = [pair for pair in codes(result) if pair[0] is not None]
    assert line_codes == [
        (1, "content_not_list"), (1, "missing_key"), (1, "too_few_messages"), (1, "last_not_assistant"),
    ]
    assert result.problems[0].message == (
        'line 1: message 1 content is null; write it as a list of blocks: [{"text": "..."}]'
    )
    assert result.problems[1].message == 'line 1: message 2 has no role key; add "role": "user" or "assistant"'
