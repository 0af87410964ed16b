"""Ticket exports: threads rebuilt, notes and signatures dropped, pairs and conversations built."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import orjson
import pytest

from core.errors import InputError
from core.readers import REJECT, SOURCE_ROW
from core.readers.tickets import clean_message, read_tickets
from core.recipe import SourceSpec

# Text that must never reach a record: internal notes, signatures, quotes, automatic replies.
FORBIDDEN = [
    "VIP", "refund limit", "Alice", "Support Team", "Sent from my iPhone", "We reset your password", "wrote:",
    "received your request", "张三", "138-0000-0000", "此致", "客服中心", "发件人", "内部备注",
    "山田太郎", "よろしくお願いいたします", "書きました", "承知しました、ラベル", "社内メモ",
]


def _zendesk_export() -> dict:
    return {
        "tickets": [
            {
                "id": 101, "subject": "Cannot log in", "status": "solved", "type": "problem", "priority": "high",
                "requester_id": 1, "created_at": "2025-01-06T09:00:00Z", "tags": ["login", "password"],
                "comments": [
                    # Listed out of time order on purpose: the reader sorts by created_at.
                    {"id": 3, "author_id": 9, "public": False, "created_at": "2025-01-06T09:10:00Z",
                     "body": "Customer is VIP, refund limit 500."},
                    {"id": 1, "author_id": 1, "public": True, "created_at": "2025-01-06T09:00:00Z",
                     "body": "I cannot log in since this morning.\n\nSent from my iPhone"},
                    {"id": 2, "author_id": 1, "public": True, "created_at": "2025-01-06T09:05:00Z",
                     "body": "The error says my password is wrong."},
                    {"id": 4, "author_id": 9, "public": True, "created_at": "2025-01-06T09:01:00Z",
                     "via": {"channel": "rule", "source": {"rel": "trigger"}},
                     "body": "We have received your request and will reply soon."},
                    {"id": 5, "author_id": 9, "public": True, "created_at": "2025-01-06T09:20:00Z",
                     "html_body": "", "plain_body": "",
                     "body": "I reset your password. Please try again.\n\nBest regards,\nAlice\nSupport Team"},
                    {"id": 6, "author_id": 1, "public": True, "created_at": "2025-01-06T09:30:00Z",
                     "body": "It works now, thanks.\n\nOn Mon, Jan 6, 2025 at 9:20 AM Support <support@example.com> "
                             "wrote:\n> We reset your password"},
                    {"id": 7, "author_id": 9, "public": True, "created_at": "2025-01-06T09:40:00Z",
                     "body": "Glad to hear it!\n\n-- \nAlice\nSupport Team"},
                ],
            },
            {
                "id": 102, "subject": "订单未发货", "status": "open", "type": "question", "requester_id": 2,
                "comments": [
                    {"author_id": 2, "public": True, "created_at": "2025-01-07T08:00:00Z",
                     "body": "我的订单还没发货，请帮忙查一下。\n\n谢谢！\n--\n张三\n电话 138-0000-0000"},
                    {"author_id": 8, "public": False, "created_at": "2025-01-07T08:05:00Z", "body": "内部备注：仓库缺货"},
                    {"author_id": 8, "public": True, "created_at": "2025-01-07T08:10:00Z",
                     "html_body": "<p>您好，已为您加急处理，预计明天发货。</p><p>此致</p><p>客服中心</p>",
                     "body": ""},
                    {"author_id": 2, "public": True, "created_at": "2025-01-07T09:00:00Z",
                     "body": "好的，收到。\n\n发件人：客服中心\n发送时间：2025年1月7日\n您好，已为您加急处理"},
                ],
            },
            {
                "id": 103, "subject": "返品について", "status": "pending", "type": "question", "requester_id": 3,
                "comments": [
                    {"author_id": 3, "public": True, "created_at": "2025-01-08T10:00:00Z",
                     "body": "商品を返品したいです。\n\nよろしくお願いいたします。\n山田太郎"},
                    {"author_id": 7, "public": True, "created_at": "2025-01-08T11:00:00Z",
                     "body": "返品ラベルをメールでお送りします。"},
                    {"author_id": 3, "public": True, "created_at": "2025-01-08T12:00:00Z",
                     "body": "ありがとうございます。\n\n2025年1月8日(水) 11:00 に サポート <support@example.com> が書きました：\n"
                             "承知しました、ラベルをお送りします。"},
                ],
            },
            {
                "id": 104, "subject": "Invoice copy", "status": "open", "type": "task", "requester_id": 4,
                "comments": [
                    {"author_id": 4, "public": True, "created_at": "2025-01-09T10:00:00Z", "body": "Please send my invoice."},
                    {"author_id": 7, "public": False, "created_at": "2025-01-09T10:05:00Z", "body": "社内メモ: 経理に確認中"},
                ],
            },
        ]
    }


@pytest.fixture
def zendesk_file(tmp_path) -> Path:
    path = tmp_path / "export.json"
    path.write_bytes(orjson.dumps(_zendesk_export()))
    return path


def _read(path: Path, fmt: str, output: str = "pairs", label: str = ""):
    return read_tickets(path, SourceSpec(path=str(path), format=fmt, ticket_output=output, ticket_label=label))


def _all_strings(table) -> list[str]:
    strings: list[str] = []
    for row in table.frame.drop(REJECT).iter_rows():
        strings.extend(value for value in row if isinstance(value, str))
    return strings


def test_zendesk_pairs_exact(zendesk_file):
    table = _read(zendesk_file, "zendesk")
    rows = table.frame.filter(table.frame[REJECT].is_null()).select("ticket_id", "pair", "prompt", "completion").rows()
    assert rows == [
        ("101", "1", "I cannot log in since this morning.\n\nThe error says my password is wrong.",
         "I reset your password. Please try again."),
        ("101", "2", "It works now, thanks.", "Glad to hear it!"),
        ("102", "1", "我的订单还没发货，请帮忙查一下。", "您好，已为您加急处理，预计明天发货。"),
        ("103", "1", "商品を返品したいです。", "返品ラベルをメールでお送りします。"),
    ]


def test_zendesk_no_forbidden_text_in_any_record(zendesk_file):
    for output in ("pairs", "conversation", "classification"):
        table = _read(zendesk_file, "zendesk", output, label="type")
        for text in _all_strings(table):
            for forbidden in FORBIDDEN:
                assert forbidden not in text, (output, forbidden, text)


def test_zendesk_thread_without_answer_rejected(zendesk_file):
    table = _read(zendesk_file, "zendesk")
    rejected = table.frame.filter(table.frame[REJECT].is_not_null())
    assert rejected.select("ticket_id", REJECT).rows() == [("104", "ticket 104: no agent reply")]
    assert table.frame[SOURCE_ROW].to_list() == list(range(1, table.frame.height + 1))


def test_zendesk_details_counts(zendesk_file):
    details = _read(zendesk_file, "zendesk").details
    assert details["kind"] == "tickets"
    assert details["threads"] == 4
    assert details["messages"] == 16
    assert details["dropped_internal_notes"] == 3
    assert details["dropped_auto_replies"] == 1
    assert details["signatures_removed"] == 6
    assert details["quotes_removed"] == 3
    assert details["merged_messages"] == 1
    assert details["dropped_trailing_customer_messages"] == 3
    assert details["rejected_threads"] == 1


def test_zendesk_conversations_alternate_and_end_with_agent(zendesk_file):
    table = _read(zendesk_file, "zendesk", "conversation")
    kept = table.frame.filter(table.frame[REJECT].is_null())
    assert kept["ticket_id"].to_list() == ["101", "102", "103"]
    for text in kept["conversation"].to_list():
        turns = json.loads(text)
        roles = [turn["role"] for turn in turns]
        assert roles[0] == "user"
        assert roles[-1] == "assistant"
        assert all(a != b for a, b in zip(roles, roles[1:], strict=False))
    first = json.loads(kept["conversation"][0])
    assert first == [
        {"role": "user", "content": "I cannot log in since this morning.\n\nThe error says my password is wrong."},
        {"role": "assistant", "content": "I reset your password. Please try again."},
        {"role": "user", "content": "It works now, thanks."},
        {"role": "assistant", "content": "Glad to hear it!"},
    ]
    assert kept.select("subject", "status", "type", "priority", "tags").row(0) == (
        "Cannot log in", "solved", "problem", "high", "login, password")


def test_zendesk_classification_prompt_and_label(zendesk_file):
    table = _read(zendesk_file, "zendesk", "classification", label="type")
    assert table.frame.select("ticket_id", "prompt", "completion").rows() == [
        ("101", "Cannot log in\n\nI cannot log in since this morning.\n\nThe error says my password is wrong.", "problem"),
        ("102", "订单未发货\n\n我的订单还没发货，请帮忙查一下。", "question"),
        ("103", "返品について\n\n商品を返品したいです。", "question"),
        ("104", "Invoice copy\n\nPlease send my invoice.", "task"),
    ]


def test_classification_missing_label_lists_fields(zendesk_file):
    with pytest.raises(InputError) as caught:
        _read(zendesk_file, "zendesk", "classification", label="department")
    assert caught.value.code == "ticket_label_missing"
    assert "'department'" in caught.value.message
    assert "priority" in caught.value.message
    assert "subject" in caught.value.message


def test_zendesk_sibling_comments_with_ticket_ids(tmp_path):
    tickets = {"tickets": [{"id": 7, "subject": "Q", "requester_id": 1, "description": "Where is my parcel?"},
                           {"id": 8, "subject": "R", "requester_id": 2, "description": "Cancel please"}]}
    comments = {"comments": [
        {"ticket_id": 7, "author_id": 1, "public": True, "created_at": "2025-01-01T00:00:00Z", "body": "Where is my parcel?"},
        {"ticket_id": 7, "author_id": 5, "public": True, "created_at": "2025-01-01T01:00:00Z", "body": "It ships today."},
        {"ticket_id": 8, "author_id": 2, "public": True, "created_at": "2025-01-01T00:00:00Z", "body": "Cancel please"},
        {"ticket_id": 8, "author_id": 5, "public": True, "created_at": "2025-01-01T02:00:00Z", "body": "Cancelled."},
    ]}
    (tmp_path / "tickets.json").write_bytes(orjson.dumps(tickets))
    (tmp_path / "ticket_comments.json").write_bytes(orjson.dumps(comments))
    table = _read(tmp_path / "tickets.json", "zendesk")
    assert table.frame.select("ticket_id", "prompt", "completion").rows() == [
        ("7", "Where is my parcel?", "It ships today."),
        ("8", "Cancel please", "Cancelled."),
    ]


def test_zendesk_sample_fixture_rejects_with_reason(data_dir):
    table = _read(data_dir / "tickets" / "go-zendesk-fixture" / "tickets.json", "zendesk")
    assert table.frame.select("ticket_id", REJECT).rows() == [
        ("2", "ticket 2: no agent reply (the export has the description but no comments)"),
        ("3", "ticket 3: no agent reply (the export has the description but no comments)"),
    ]
    assert [problem.code for problem in table.problems] == ["zendesk_comments_unassigned"]
    assert table.frame["subject"].to_list() == ["Mail to create fixture ticket for testing", "にゃー"]


def test_jira_sample_without_comments_rejected(data_dir):
    table = _read(data_dir / "tickets" / "testJiraIssueExport.csv", "jira")
    assert table.frame.height == 4
    assert table.frame[REJECT].to_list() == [
        f"ticket {key}: no agent reply (the export has no Comment columns)"
        for key in ("SMRGR-6275", "SMRGR-3672", "SMRGR-2643", "SMRGR-2151")
    ]
    assert table.details["threads"] == 4


def test_jira_comments_become_pairs(tmp_path):
    path = tmp_path / "jira.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Summary", "Issue key", "Issue Type", "Status", "Reporter", "Created", "Description",
                         "Comment", "Comment", "Comment"])
        writer.writerow(["VPN drops", "IT-1", "Incident", "Done", "jdoe", "06/Jan/25 9:00 AM",
                         "The VPN drops every hour.",
                         "06/Jan/25 11:00 AM;jdoe;Still happening; any news?",
                         "06/Jan/25 10:00 AM;helpdesk;Please update the client to 5.2.\n\nBest regards,\nIT Desk",
                         "06/Jan/25 12:00 PM;helpdesk;We pushed a fix; restart please."])
    table = _read(path, "jira")
    assert table.frame.select("ticket_id", "prompt", "completion", "type", "status").rows() == [
        ("IT-1", "The VPN drops every hour.", "Please update the client to 5.2.", "Incident", "Done"),
        ("IT-1", "Still happening; any news?", "We pushed a fix; restart please.", "Incident", "Done"),
    ]


def test_freshdesk_json_conversations(tmp_path):
    tickets = [{
        "id": 55, "subject": "Printer offline", "status": 4, "priority": 2, "type": "Incident", "requester_id": 11,
        "created_at": "2025-02-01T08:00:00Z", "description_text": "My printer shows offline.",
        "conversations": [
            {"body_text": "Escalate to L2, refund limit exceeded", "private": True, "incoming": False, "source": 2,
             "user_id": 90, "created_at": "2025-02-01T08:05:00Z"},
            {"body_text": "Please power-cycle the printer.", "private": False, "incoming": False, "source": 0,
             "user_id": 90, "created_at": "2025-02-01T08:10:00Z"},
            {"body_text": "Done, it works.", "private": False, "incoming": True, "source": 0,
             "user_id": 11, "created_at": "2025-02-01T08:20:00Z"},
        ],
    }]
    path = tmp_path / "freshdesk.json"
    path.write_bytes(orjson.dumps(tickets))
    table = _read(path, "freshdesk", "conversation")
    row = table.frame.row(0, named=True)
    assert json.loads(row["conversation"]) == [
        {"role": "user", "content": "My printer shows offline."},
        {"role": "assistant", "content": "Please power-cycle the printer."},
    ]
    assert (row["status"], row["priority"], row["category"]) == ("Resolved", "Medium", "Incident")
    assert table.details["dropped_internal_notes"] == 1
    assert table.details["dropped_trailing_customer_messages"] == 1


def test_messages_table_chinese_headers(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text(
        "工单号,时间,角色,内容,分类\n"
        "T1,2025-01-01 10:00,客户,请问怎么开发票？,发票\n"
        "T1,2025-01-01 10:02,系统,自动回复：我们已收到您的消息,发票\n"
        "T1,2025-01-01 10:03,备注,内部备注：老客户,发票\n"
        "T1,2025-01-01 10:05,客服,在订单页面点击“申请发票”即可。,发票\n"
        "T2,2025-01-02 09:00,客户,退款多久到账？,退款\n",
        encoding="gb18030",
    )
    table = _read(path, "messages-table")
    assert table.frame.select("ticket_id", "prompt", "completion", "category", REJECT).rows() == [
        ("T1", "请问怎么开发票？", "在订单页面点击“申请发票”即可。", "发票", None),
        ("T2", "", "", "退款", "ticket T2: no agent reply"),
    ]
    assert table.details["dropped_auto_replies"] == 1
    assert table.details["dropped_internal_notes"] == 1


def test_messages_table_missing_columns_raises(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        _read(path, "messages-table")
    assert caught.value.code == "ticket_columns_missing"
    assert "author role" in caught.value.message
    assert "id, text" in caught.value.message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Thanks!\n\n-----Original Message-----\nFrom: A\nSent: Monday", "Thanks!"),
        ("OK\n\nFrom: Support <s@example.com>\nSent: Monday\nTo: me", "OK"),
        ("收到\n\n在2025年1月7日 上午10:00，客服中心 写道：\n> 您好", "收到"),
        ("了解しました。\n\n差出人: サポート\n送信日時: 2025年1月8日", "了解しました。"),
        ("Line one\n> quoted line\nLine two", "Line one\nLine two"),
        ("问题已解决。\n\n此致\n敬礼\n李四", "问题已解决。"),
        ("<div>Hello<br>World</div><blockquote>old text</blockquote>", "Hello\nWorld"),
    ],
)
def test_clean_message_removes_quotes_and_signatures(body, expected):
    text, _, _ = clean_message(body)
    assert text == expected


def test_clean_message_keeps_closing_inside_body():
    body = "Best regards to your team for the quick fix, but the issue came back today and I need help again."
    assert clean_message(body)[0] == body


def test_messages_table_excel_english_roles(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Conversation ID", "Sent At", "Sender Type", "Message", "Public"])
    sheet.append(["C-1", "2025-03-01T10:00:00Z", "Customer", "<p>How do I reset my PIN?</p>", "true"])
    sheet.append(["C-1", "2025-03-01T10:03:00Z", "Agent", "Note: check fraud flags first", "false"])
    sheet.append(["C-1", "2025-03-01T10:05:00Z", "Agent", "<p>Open Settings &gt; Security.</p><p>Kind regards,<br>Bob</p>", "true"])
    path = tmp_path / "chats.xlsx"
    workbook.save(path)

    table = _read(path, "messages-table")
    assert table.frame.select("ticket_id", "prompt", "completion").rows() == [
        ("C-1", "How do I reset my PIN?", "Open Settings > Security."),
    ]
    assert table.details["dropped_internal_notes"] == 1
    assert table.details["signatures_removed"] == 1


def test_messages_table_jsonl_unknown_role_reported(tmp_path):
    lines = [
        {"thread_id": "A", "role": "user", "text": "Is the store open on Sunday?"},
        {"thread_id": "A", "role": "moderator", "text": "Moved to the right queue."},
        {"thread_id": "A", "role": "assistant", "text": "Yes, from 10 to 18."},
    ]
    path = tmp_path / "messages.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(line) for line in lines))
    table = _read(path, "messages-table", "conversation")
    assert json.loads(table.frame["conversation"][0]) == [
        {"role": "user", "content": "Is the store open on Sunday?"},
        {"role": "assistant", "content": "Yes, from 10 to 18."},
    ]
    assert table.details["unknown_role_messages"] == 1
    assert [problem.code for problem in table.problems] == ["ticket_role_unknown"]


def test_freshdesk_csv_conversation_rows(tmp_path):
    path = tmp_path / "freshdesk.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Ticket ID", "Subject", "Status", "Created At", "Body Text", "Incoming", "Private", "Source"])
        writer.writerow(["9", "配送状況", "Open", "2025-04-01 09:00", "荷物はいつ届きますか？", "true", "false", "0"])
        writer.writerow(["9", "配送状況", "Open", "2025-04-01 09:10", "倉庫に確認中（社内メモ）", "false", "true", "2"])
        writer.writerow(["9", "配送状況", "Open", "2025-04-01 09:20", "明日午前に到着予定です。", "false", "false", "0"])
    table = _read(path, "freshdesk")
    assert table.frame.select("ticket_id", "prompt", "completion", "subject", "status").rows() == [
        ("9", "荷物はいつ届きますか？", "明日午前に到着予定です。", "配送状況", "Open"),
    ]
    assert table.details["dropped_internal_notes"] == 1


def test_freshdesk_csv_ticket_export_rejected(tmp_path):
    path = tmp_path / "tickets.csv"
    path.write_text("Ticket ID,Subject,Description,Status\n"
                    "1,Refund,I want a refund.,Open\n", encoding="utf-8")
    table = _read(path, "freshdesk")
    assert table.frame[REJECT].to_list() == [
        "ticket 1: no agent reply (the export has the description but no conversations)"
    ]


@pytest.mark.parametrize(
    ("body", "role", "expected"),
    [
        ("Automatic reply: I am away until Monday.", "user", True),
        ("【自動返信】ただいま休暇中です。", "user", True),
        ("This is an automated message. Do not reply to this email.", "assistant", True),
        ("We have received your request and will reply within 24 hours.", "assistant", True),
        ("We have received your request? I never got any mail.", "user", False),
        ("I got an automatic reply but nobody answered my question.", "user", False),
        ("我们已收到您的反馈，工程师会尽快联系您。", "assistant", True),
    ],
)
def test_auto_reply_detection(body, role, expected):
    from core.readers.tickets import is_auto_reply

    assert is_auto_reply(body, role) is expected
