"""Upload to S3 against a local moto server: multipart, resume, keys, regions, encryption."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import boto3
import pytest

from core.aws.retry import RetryPolicy
from core.aws.s3uri import parse_s3_uri, sanitize_key_segment, unique_keys
from core.aws.session import Connection
from core.aws.upload import MIB, state_path_for, training_files, upload_files
from core.errors import AwsError, InputError, UsageError

PART = 5 * MIB
NO_WAIT = RetryPolicy(attempts=2, first_delay=0.0, sleep=lambda seconds: None)


def _write_jsonl(path: Path, size: int) -> Path:
    """Write prompt/completion lines until the file has at least `size` bytes."""
    lines = []
    total = 0
    number = 0
    while total < size:
        line = json.dumps({"prompt": f"Question {number}: how do I reset my password?",
                           "completion": f"Answer {number}: open Settings, then Security."}) + "\n"
        lines.append(line)
        total += len(line)
        number += 1
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _s3(url: str, region: str = "us-east-1"):
    return boto3.client("s3", endpoint_url=url, region_name=region)


def _count_calls(conn: Connection, operation: str) -> list[int]:
    """Return a one-item list counting the calls of an S3 operation made through `conn`."""
    counter = [0]

    def count(**_: object) -> None:
        counter[0] += 1

    conn.client("s3").meta.events.register(f"before-call.s3.{operation}", count)
    return counter


@pytest.fixture
def output_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "build"
    folder.mkdir()
    _write_jsonl(folder / "train.jsonl", 21 * MIB)
    _write_jsonl(folder / "validation.jsonl", 40_000)
    (folder / "rejected.jsonl").write_text('{"row": 1}\n', encoding="utf-8")
    return folder


def test_training_files_pick_train_and_validation(output_folder: Path) -> None:
    names = [path.name for path in training_files(output_folder)]
    assert names == ["train.jsonl", "validation.jsonl"]


def test_training_files_missing_train(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"no training file \(train\*\.jsonl\) found; the folder holds notes.txt"):
        training_files(tmp_path)


def test_multipart_upload_reports_progress(conn: Connection, output_folder: Path, moto_url: str) -> None:
    events: list[tuple[str, float, float | None]] = []
    train = output_folder / "train.jsonl"
    result = upload_files(
        conn, [train], "s3://tds-data/runs/first", state_path=state_path_for(output_folder),
        create_missing_bucket=True, part_size=PART, progress=lambda *event: events.append(event),
    )

    size = train.stat().st_size
    assert result.bucket_created
    assert result.parts_sent == 5  # 21 MiB and a little more in 5 MiB parts
    assert result.objects[0].uri == "s3://tds-data/runs/first/train.jsonl"
    assert [event[0] for event in events] == ["upload"] * len(events)
    assert [event[1] for event in events] == sorted(event[1] for event in events)
    assert events[-1] == ("upload", size, size)
    assert len(events) == 6

    head = _s3(moto_url).head_object(Bucket="tds-data", Key="runs/first/train.jsonl")
    assert head["ContentLength"] == size
    assert head["Metadata"]["sha256"] == hashlib.sha256(train.read_bytes()).hexdigest()
    assert head["ServerSideEncryption"] == "AES256"
    assert not state_path_for(output_folder).exists()


def test_upload_resumes_after_server_stops(conn: Connection, output_folder: Path, moto_endpoint) -> None:
    train = output_folder / "train.jsonl"
    validation = output_folder / "validation.jsonl"
    state_path = state_path_for(output_folder)
    sent_parts = _count_calls(conn, "UploadPart")

    def stop_after_two_parts(stage: str, done: float, total: float | None) -> None:
        if sent_parts[0] == 2 and moto_endpoint.running:
            moto_endpoint.stop()

    with pytest.raises(AwsError) as caught:
        upload_files(conn, [validation, train], "s3://tds-data/resume", state_path=state_path,
                     create_missing_bucket=True, part_size=PART, retry=NO_WAIT, progress=stop_after_two_parts)
    assert caught.value.code == "aws_connection"
    state = json.loads(state_path.read_text(encoding="utf-8"))
    assert sorted(state["files"]["resume/train.jsonl"]["parts"]) == ["1", "2"]
    assert "resume/validation.jsonl" not in state["files"]

    moto_endpoint.start()
    again = Connection(region="us-east-1", endpoint_url=conn.endpoint_url, max_attempts=1)
    parts_again = _count_calls(again, "UploadPart")
    puts_again = _count_calls(again, "PutObject")
    result = upload_files(again, [validation, train], "s3://tds-data/resume", state_path=state_path,
                          part_size=PART, retry=NO_WAIT)

    assert parts_again[0] == 3
    assert puts_again[0] == 0
    assert result.parts_reused == 2
    assert result.parts_sent == 3
    assert result.files_skipped == 1
    assert [item.sent for item in result.objects] == [False, True]
    body = _s3(conn.endpoint_url).get_object(Bucket="tds-data", Key="resume/train.jsonl")["Body"].read()
    assert hashlib.sha256(body).hexdigest() == hashlib.sha256(train.read_bytes()).hexdigest()
    assert not state_path.exists()


def test_upload_again_sends_nothing(conn: Connection, output_folder: Path) -> None:
    files = training_files(output_folder)
    upload_files(conn, files, "s3://tds-data/twice", state_path=state_path_for(output_folder),
                 create_missing_bucket=True, part_size=PART)
    puts = _count_calls(conn, "PutObject")
    parts = _count_calls(conn, "UploadPart")
    result = upload_files(conn, files, "s3://tds-data/twice", state_path=state_path_for(output_folder),
                          part_size=PART)
    assert result.files_skipped == 2
    assert puts[0] == 0
    assert parts[0] == 0


def test_changed_file_restarts_upload(conn: Connection, output_folder: Path, moto_endpoint) -> None:
    train = output_folder / "train.jsonl"
    state_path = state_path_for(output_folder)
    sent_parts = _count_calls(conn, "UploadPart")

    def stop_after_one_part(stage: str, done: float, total: float | None) -> None:
        if sent_parts[0] == 1 and moto_endpoint.running:
            moto_endpoint.stop()

    with pytest.raises(AwsError):
        upload_files(conn, [train], "s3://tds-data/changed", state_path=state_path, create_missing_bucket=True,
                     part_size=PART, retry=NO_WAIT, progress=stop_after_one_part)
    moto_endpoint.start()
    with train.open("a", encoding="utf-8") as handle:
        handle.write('{"prompt": "added", "completion": "later"}\n')

    again = Connection(region="us-east-1", endpoint_url=conn.endpoint_url, max_attempts=1)
    result = upload_files(again, [train], "s3://tds-data/changed", state_path=state_path, part_size=PART)
    assert result.parts_reused == 0
    assert result.parts_sent == 5
    assert result.objects[0].size == train.stat().st_size


def test_cancel_keeps_state_for_resume(conn: Connection, output_folder: Path) -> None:
    from core.errors import Cancelled
    from core.progress import CancelToken

    cancel = CancelToken()
    sent_parts = _count_calls(conn, "UploadPart")

    def cancel_after_one_part(stage: str, done: float, total: float | None) -> None:
        if sent_parts[0] == 1:
            cancel.cancel()

    state_path = state_path_for(output_folder)
    with pytest.raises(Cancelled):
        upload_files(conn, [output_folder / "train.jsonl"], "s3://tds-data/cancel", state_path=state_path,
                     create_missing_bucket=True, part_size=PART, progress=cancel_after_one_part, cancel=cancel)
    state = json.loads(state_path.read_text(encoding="utf-8"))
    assert list(state["files"]["cancel/train.jsonl"]["parts"]) == ["1"]


def test_keys_are_sanitised(conn: Connection, tmp_path: Path, moto_url: str) -> None:
    source = tmp_path / "客服 训练+v2 (final).jsonl"
    _write_jsonl(source, 1000)
    result = upload_files(conn, [source], "s3://tds-data/my data/", state_path=tmp_path / "state.json",
                          create_missing_bucket=True, part_size=PART)
    key = result.objects[0].key
    assert key == "my_data/_v2_(final).jsonl"
    assert any("is uploaded as 'my_data/_v2_(final).jsonl'" in warning for warning in result.warnings)
    assert _s3(moto_url).head_object(Bucket="tds-data", Key=key)["ContentLength"] == source.stat().st_size


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("train.jsonl", "train.jsonl"),
        ("my file.jsonl", "my_file.jsonl"),
        ("a+b=c&d%e.jsonl", "a_b_c_d_e.jsonl"),
        ("café-données.jsonl", "cafe-donnees.jsonl"),
        ("it's (ok)!*.jsonl", "it's_(ok)!*.jsonl"),
    ],
)
def test_sanitize_key_segment(name: str, expected: str) -> None:
    assert sanitize_key_segment(name) == expected


def test_sanitize_all_cjk_name_keeps_names_apart() -> None:
    first = sanitize_key_segment("训练数据.jsonl")
    second = sanitize_key_segment("検証データ.jsonl")
    assert first.startswith("file-")
    assert first.endswith(".jsonl")
    assert first != second


def test_unique_keys_number_clashes() -> None:
    keys = unique_keys("p", ["a b.jsonl", "a+b.jsonl"])
    assert keys == {"a b.jsonl": "p/a_b.jsonl", "a+b.jsonl": "p/a_b-2.jsonl"}


def test_bucket_in_other_region_warns(conn: Connection, tmp_path: Path, moto_url: str) -> None:
    _s3(moto_url, "eu-west-1").create_bucket(
        Bucket="tds-eu", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
    )
    source = _write_jsonl(tmp_path / "train.jsonl", 500)
    result = upload_files(conn, [source], "s3://tds-eu/data", state_path=tmp_path / "state.json", part_size=PART)
    assert result.bucket_region == "eu-west-1"
    assert result.warnings == [
        "Bucket 'tds-eu' is in eu-west-1 but the customization job runs in us-east-1. Bedrock reads training "
        "data only from a bucket in the job's region: choose or create a bucket in us-east-1."
    ]
    assert _s3(moto_url, "eu-west-1").head_object(Bucket="tds-eu", Key="data/train.jsonl")["ContentLength"] == source.stat().st_size


def test_missing_bucket_without_create(conn: Connection, tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "train.jsonl", 500)
    with pytest.raises(AwsError, match="Bucket 'tds-missing' does not exist") as caught:
        upload_files(conn, [source], "s3://tds-missing/data", state_path=tmp_path / "state.json")
    assert caught.value.code == "aws_no_such_bucket"


def test_sse_kms_upload(conn: Connection, output_folder: Path, moto_url: str) -> None:
    result = upload_files(conn, [output_folder / "validation.jsonl", output_folder / "train.jsonl"],
                          "s3://tds-data/kms", state_path=state_path_for(output_folder), create_missing_bucket=True,
                          part_size=PART, kms_key_id="alias/tds-data")
    for item in result.objects:
        head = _s3(moto_url).head_object(Bucket="tds-data", Key=item.key)
        assert head["ServerSideEncryption"] == "aws:kms"
        assert head["SSEKMSKeyId"].endswith("alias/tds-data")


def test_invalid_destination() -> None:
    with pytest.raises(UsageError, match="is not an S3 URI"):
        parse_s3_uri("tds-data/prefix")
    with pytest.raises(UsageError, match="not a valid S3 bucket name"):
        parse_s3_uri("s3://TDS_Data/prefix")
