"""Format detection from extension and content, including .zip archives."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.errors import InputError
from core.readers import detect_format
from core.readers.detect import unzipped

READERS = Path(__file__).parent.parent / "data" / "readers"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("faq_ragged.csv", "csv"),
        ("demo.xlsx", "xlsx"),
        ("abcd_sample.json", "json"),
        ("case01_train.jsonl", "jsonl"),
        ("zendesk/tickets.json", "zendesk"),
        ("testJiraIssueExport.csv", "jira"),
        ("sample-chinese.txt", "text"),
    ],
)
def test_detect_sample_files(name: str, expected: str) -> None:
    assert detect_format(READERS / name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.tsv", "tsv"), ("a.pdf", "pdf"), ("a.docx", "docx"), ("a.htm", "html"), ("a.html", "html"),
     ("a.md", "markdown"), ("a.markdown", "markdown"), ("a.txt", "text"), ("A.CSV", "csv")],
)
def test_detect_by_extension(tmp_path: Path, name: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text("text without tabs\n", encoding="utf-8")

    assert detect_format(path) == expected


def test_txt_with_tabs_is_tsv(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text("问题\t答案\n退货\t可以\n", encoding="utf-8")

    assert detect_format(path) == "tsv"


def test_jira_header_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "jira.csv"
    path.write_text("Summary,Issue key,Description,Comment,Comment\nLogin fails,HD-1,x,a,b\n", encoding="utf-8")

    assert detect_format(path) == "jira"


def test_json_lines_named_json(tmp_path: Path) -> None:
    path = tmp_path / "train.json"
    path.write_text('{"prompt": "a", "completion": "b"}\n{"prompt": "c", "completion": "d"}\n', encoding="utf-8")

    assert detect_format(path) == "jsonl"


def test_unknown_extension_lists_supported(tmp_path: Path) -> None:
    path = tmp_path / "notes.rtf"
    path.write_text("{\\rtf1}", encoding="utf-8")

    with pytest.raises(InputError) as caught:
        detect_format(path)

    message = str(caught.value)
    assert str(path) in message
    assert "file type .rtf is not supported" in message
    assert ".csv" in message
    assert ".xlsx" in message
    assert ".jsonl" in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        detect_format(tmp_path / "absent.csv")


def test_zip_reports_inner_format(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(READERS / "zendesk" / "tickets.json", "tickets.json")

    assert detect_format(path) == "zendesk"
    with unzipped(path) as inner:
        assert inner.name == "tickets.json"
        assert inner.read_bytes() == (READERS / "zendesk" / "tickets.json").read_bytes()
    assert not inner.exists()


def test_zip_with_two_files_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.csv", "x\n1\n")
        archive.writestr("b.csv", "x\n2\n")

    with pytest.raises(InputError, match=r"must contain exactly one supported file, but it contains a.csv, b.csv"):
        detect_format(path)


def test_freshdesk_json_detected(tmp_path):
    path = tmp_path / "fd.json"
    path.write_text(
        '[{"id": 1, "subject": "Login", "conversations": [{"body_text": "hi", "incoming": true, "private": false}]}]',
        encoding="utf-8",
    )
    assert detect_format(path) == "freshdesk"


def test_zendesk_ticket_list_detected(tmp_path):
    path = tmp_path / "zd.json"
    path.write_text('[{"id": 7, "subject": "Refund", "comments": [{"body": "hi", "public": true}]}]', encoding="utf-8")
    assert detect_format(path) == "zendesk"


def test_freshdesk_csv_export_detected(tmp_path):
    path = tmp_path / "fd.csv"
    path.write_text("Ticket ID,Subject,Description,Status,Priority,Source\n1,Login,Cannot log in,Open,Low,Email\n", encoding="utf-8")
    assert detect_format(path) == "freshdesk"
