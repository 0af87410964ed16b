"""The `tunedata upload` and `tunedata jobs` commands against a local moto server."""

from __future__ import annotations

import json
from pathlib import Path

import boto3
import pytest

from core.aws.iam import create_service_role, plan_service_role
from core.aws.s3uri import S3Uri
from core.aws.session import Connection
from core.cli import main

ROLE = "arn:aws:iam::123456789012:role/tds-bedrock-role"
TRAINING_CSV = "step_number,epoch_number,training_loss,perplexity\n" + "".join(
    f"{step},{step // 5},{2.0 - step * 0.05:.3f},5.0\n" for step in range(20)
)


@pytest.fixture
def build_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    lines = "".join(json.dumps({"prompt": f"q{n}", "completion": f"a{n}"}) + "\n" for n in range(90))
    (folder / "train.jsonl").write_text(lines, encoding="utf-8")
    (folder / "validation.jsonl").write_text(lines[:200], encoding="utf-8")
    (folder / "report.json").write_text(json.dumps({"counts": {"train": 90, "validation": 10}}), encoding="utf-8")
    return folder


def _aws(url: str) -> list[str]:
    return ["--endpoint-url", url, "--region", "us-east-1"]


def _create_args(url: str, folder: Path, name: str = "support-ft-1") -> list[str]:
    return ["jobs", "create", "--name", name, "--custom-model-name", f"{name}-model",
            "--model", "amazon.nova-micro-v1:0:128k", "--role-arn", ROLE,
            "--train", "s3://tds-data/run/train.jsonl", "--validation", "s3://tds-data/run/validation.jsonl",
            "--output", "s3://tds-data/jobs/", "--hp", "epochCount=2", "--hp", "learningRate=0.00002",
            "--report", str(folder / "report.json"), *_aws(url)]


def test_upload_command(build_folder: Path, moto_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["upload", str(build_folder), "s3://tds-data/run", "--create-bucket", *_aws(moto_url)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "AWS identity: arn:aws:sts::123456789012:user/moto (account 123456789012, region us-east-1)" in err
    assert err.splitlines()[-1].endswith("(100%)")
    assert "created bucket tds-data in us-east-1" in out
    assert "s3://tds-data/run/train.jsonl" in out
    assert "s3://tds-data/run/validation.jsonl" in out
    assert "report.json" not in out
    keys = [item["Key"] for item in boto3.client("s3", endpoint_url=moto_url, region_name="us-east-1")
            .list_objects_v2(Bucket="tds-data")["Contents"]]
    assert keys == ["run/train.jsonl", "run/validation.jsonl"]


def test_upload_missing_bucket_exits_2(build_folder: Path, moto_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["upload", str(build_folder), "s3://tds-none/run", *_aws(moto_url)])
    assert code == 2
    assert "error: Bucket 'tds-none' does not exist" in capsys.readouterr().err


def test_jobs_lifecycle(build_folder: Path, moto_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upload", str(build_folder), "s3://tds-data/run", "--create-bucket", *_aws(moto_url)]) == 0
    conn = Connection(region="us-east-1", endpoint_url=moto_url)
    create_service_role(conn, plan_service_role("tds-bedrock-role", account_id="123456789012", region="us-east-1",
                                                data=S3Uri("tds-data", "run/"), output=S3Uri("tds-data", "jobs/")))
    capsys.readouterr()

    assert main(_create_args(moto_url, build_folder)) == 0
    out, err = capsys.readouterr()
    assert "job support-ft-1: InProgress" in out
    assert 'hyperparameters: {"epochCount": "2", "learningRate": "0.00002"}' in out
    assert "check record_counts: ok: 90 training and 10 validation records" in err
    assert "check model_offered: not checked" in err

    assert main(_create_args(moto_url, build_folder)) == 0  # the same request again: no second job
    capsys.readouterr()
    assert main(["jobs", "list", *_aws(moto_url)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1
    assert listed[0].startswith("support-ft-1\tInProgress\t")

    assert main(["jobs", "status", "support-ft-1", *_aws(moto_url)]) == 0
    assert "job support-ft-1: InProgress" in capsys.readouterr().out
    assert main(["jobs", "stop", "support-ft-1", *_aws(moto_url)]) == 0
    assert "job support-ft-1: Stopped" in capsys.readouterr().out

    boto3.client("s3", endpoint_url=moto_url, region_name="us-east-1").put_object(
        Bucket="tds-data", Key="jobs/model-customization-job-support-ft-1/training_artifacts/"
        "step_wise_training_metrics.csv", Body=TRAINING_CSV.encode("utf-8"))
    plot = tmp_path / "loss.png"
    assert main(["jobs", "metrics", "support-ft-1", "--plot", str(plot), *_aws(moto_url)]) == 0
    out = capsys.readouterr().out
    assert "training loss: 20 steps from s3://tds-data/jobs/model-customization-job-support-ft-1/" in out
    assert "validation loss: none" in out
    assert "reading: Training loss is still falling" in out
    assert plot.exists()


def test_jobs_create_refused_by_checks(build_folder: Path, moto_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(_create_args(moto_url, build_folder))
    err = capsys.readouterr().err
    assert code == 2
    assert "check training_data: FAILED: the training data bucket 'tds-data' does not exist" in err
    assert "error: the job was not created because 3 check(s) failed" in err


def test_jobs_bad_hyperparameter_exits_2(build_folder: Path, moto_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = _create_args(moto_url, build_folder)
    args[args.index("epochCount=2")] = "epochCount=50"
    assert main(args) == 2
    assert "error: epochCount=50 is above the maximum 5 for Amazon Nova Micro" in capsys.readouterr().err


def test_jobs_status_missing_exits_2(moto_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["jobs", "status", "nobody", *_aws(moto_url)]) == 2
    assert "error: Could not get the status of job 'nobody' (nobody): the resource was not found." in \
        capsys.readouterr().err


@pytest.mark.parametrize("command", [["upload"], ["jobs"], ["jobs", "create"], ["jobs", "list"], ["jobs", "status"],
                                     ["jobs", "stop"], ["jobs", "metrics"]])
def test_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([*command, "--help"])
    assert caught.value.code == 0
    assert "usage: tunedata" in capsys.readouterr().out
