"""Customization jobs against moto: request, idempotent create, list, status, stop, preflight."""

from __future__ import annotations

import boto3
import pytest
from botocore.stub import Stubber

from core.aws import jobs
from core.aws.session import Connection
from core.errors import AwsError, CatalogError, UsageError

ROLE = "arn:aws:iam::123456789012:role/tds-bedrock-role"


def _request(**changes):
    values = dict(
        job_name="support-ft-1", custom_model_name="support_model-1", model_id="amazon.nova-micro-v1:0:128k",
        role_arn=ROLE, train_uri="s3://tds-data/runs/train.jsonl", validation_uri="s3://tds-data/runs/validation.jsonl",
        output_uri="s3://tds-data/jobs/", hyperparameters={"epochCount": 3, "learningRate": "0.00001"},
        job_tags={"team": "support"},
    )
    values.update(changes)
    return jobs.build_job_request(**values)


def _bedrock(url: str):
    return boto3.client("bedrock", endpoint_url=url, region_name="us-east-1")


def test_request_sends_hyperparameters_as_strings() -> None:
    api = _request().to_api()
    assert api["hyperParameters"] == {"epochCount": "3", "learningRate": "0.00001"}
    assert api["customizationType"] == "FINE_TUNING"
    assert api["validationDataConfig"] == {"validators": [{"s3Uri": "s3://tds-data/runs/validation.jsonl"}]}
    assert api["jobTags"] == [{"key": "team", "value": "support"}]


def test_token_depends_on_request() -> None:
    assert _request().client_request_token() == _request().client_request_token()
    assert _request().client_request_token() != _request(hyperparameters={"epochCount": 2}).client_request_token()
    assert jobs.re.fullmatch(r"[a-zA-Z0-9]([-a-zA-Z0-9]{0,254}[a-zA-Z0-9])?", _request().client_request_token())


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"job_name": "-bad"}, "job name '-bad' is invalid"),
        ({"job_name": "x" * 64}, "job name"),
        ({"custom_model_name": "my.model"}, "custom model name 'my.model' is invalid"),
        ({"custom_model_name": "my__model"}, "custom model name 'my__model' is invalid"),
        ({"train_uri": "s3://tds-data/my file.jsonl"}, "training data URI"),
        ({"role_arn": "tds-bedrock-role"}, "service role ARN"),
        ({"hyperparameters": {"epochCount": 9}}, "epochCount=9 is above the maximum 5"),
        ({"hyperparameters": {"batchSize": 2}}, "unknown hyperparameter batchSize"),
        ({"job_tags": {"team": "支援"}}, "job tag 'team=支援' is invalid"),
        ({"kms_key_id": "my key"}, "KMS key 'my key' is invalid"),
    ],
)
def test_invalid_request_rejected(changes: dict, message: str) -> None:
    with pytest.raises(UsageError, match=jobs.re.escape(message)):
        _request(**changes)


def test_validation_file_rejected_where_unsupported() -> None:
    with pytest.raises(UsageError, match="takes no validation file"):
        _request(model_id="amazon.nova-2-lite-v1:0:256k")


def test_unknown_model_rejected() -> None:
    with pytest.raises(CatalogError, match="unknown model"):
        _request(model_id="amazon.nova-mikro")


def test_create_job_sends_expected_request(conn: Connection, moto_url: str) -> None:
    request = _request()
    job = jobs.create_job(conn, request)
    stored = _bedrock(moto_url).get_model_customization_job(jobIdentifier="support-ft-1")
    assert job.status == "InProgress"
    assert job.name == "support-ft-1"
    assert stored["hyperParameters"] == {"epochCount": "3", "learningRate": "0.00001"}
    assert stored["clientRequestToken"] == request.client_request_token()
    assert stored["baseModelArn"].endswith("foundation-model/amazon.nova-micro-v1:0:128k")
    assert stored["trainingDataConfig"] == {"s3Uri": "s3://tds-data/runs/train.jsonl"}
    assert stored["outputDataConfig"] == {"s3Uri": "s3://tds-data/jobs/"}
    assert stored["roleArn"] == ROLE


def test_retry_with_same_request_gives_one_job(conn: Connection) -> None:
    first = jobs.create_job(conn, _request())
    second = jobs.create_job(conn, _request())
    assert second.arn == first.arn
    assert [job.name for job in jobs.list_jobs(conn)] == ["support-ft-1"]


def test_same_name_other_request_is_conflict(conn: Connection) -> None:
    jobs.create_job(conn, _request())
    with pytest.raises(AwsError, match="already exists with different settings") as caught:
        jobs.create_job(conn, _request(hyperparameters={"epochCount": 1}))
    assert caught.value.code == "job_name_taken"


def test_list_filter_and_sort(conn: Connection) -> None:
    for number in (1, 2, 3):
        jobs.create_job(conn, _request(job_name=f"support-ft-{number}", custom_model_name=f"support-model-{number}"))
    jobs.create_job(conn, _request(job_name="billing-ft-1", custom_model_name="billing-model-1"))
    jobs.stop_job(conn, "support-ft-2")

    assert len(jobs.list_jobs(conn)) == 4
    assert [job.name for job in jobs.list_jobs(conn, name_contains="support", status="InProgress", newest_first=False)] \
        == ["support-ft-1", "support-ft-3"]
    assert [job.name for job in jobs.list_jobs(conn, status="Stopped")] == ["support-ft-2"]
    assert len(jobs.list_jobs(conn, limit=2)) == 2
    with pytest.raises(UsageError, match="unknown job status 'Running'"):
        jobs.list_jobs(conn, status="Running")


def test_status_and_stop(conn: Connection) -> None:
    jobs.create_job(conn, _request())
    status = jobs.get_job(conn, "support-ft-1")
    assert status.status == "InProgress"
    assert status.failure_message == ""
    assert not status.finished
    stopped = jobs.stop_job(conn, "support-ft-1")
    assert stopped.status == "Stopped"
    assert stopped.finished


def test_status_of_missing_job(conn: Connection) -> None:
    with pytest.raises(AwsError, match="Could not get the status of job 'nobody'") as caught:
        jobs.get_job(conn, "nobody")
    assert caught.value.code == "aws_not_found"


def test_wait_for_job_polls_with_backoff(conn: Connection) -> None:
    jobs.create_job(conn, _request())
    seen: list[str] = []
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 15:
            jobs.stop_job(conn, "support-ft-1")

    final = jobs.wait_for_job(conn, "support-ft-1", on_update=lambda job: seen.append(job.status),
                              interval=10, factor=2, max_interval=40, sleep=sleep)
    assert final.status == "Stopped"
    assert seen == ["InProgress", "InProgress", "Stopped"]
    assert len(waits) == 30  # 10 one-second waits, then 20


def test_failed_job_explained() -> None:
    status = jobs._job_status({"jobName": "j", "jobArn": "arn:x/j", "status": "Failed",
                               "failureMessage": "Unable to parse Amazon S3 file: train.jsonl line 4"})
    assert status.failure_code == "job_failed_parse"
    assert "is not valid JSON" in status.failure_help


def _seed_data(url: str, region: str = "us-east-1", bucket: str = "tds-data") -> None:
    s3 = boto3.client("s3", endpoint_url=url, region_name=region)
    config = {} if region == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": region}}
    s3.create_bucket(Bucket=bucket, **config)
    s3.put_object(Bucket=bucket, Key="runs/train.jsonl", Body=b'{"prompt": "a", "completion": "b"}\n')
    s3.put_object(Bucket=bucket, Key="runs/validation.jsonl", Body=b'{"prompt": "c", "completion": "d"}\n')


def _live_models(conn: Connection, status: str = "ACTIVE") -> Stubber:
    stubber = Stubber(conn.client("bedrock"))
    stubber.add_response(
        "list_foundation_models",
        {"modelSummaries": [{
            "modelArn": "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0:128k",
            "modelId": "amazon.nova-micro-v1:0:128k", "modelLifecycle": {"status": status},
        }]},
        {"byCustomizationType": "FINE_TUNING"},
    )
    return stubber


def test_preflight_all_good(conn: Connection, moto_url: str) -> None:
    from core.aws.iam import create_service_role, plan_service_role
    from core.aws.s3uri import S3Uri

    _seed_data(moto_url)
    create_service_role(conn, plan_service_role("tds-bedrock-role", account_id="123456789012", region="us-east-1",
                                                data=S3Uri("tds-data", "runs/"), output=S3Uri("tds-data", "jobs/")))
    with _live_models(conn):
        result = jobs.preflight(conn, _request(), counts=jobs.RecordCounts(train=90, validation=10))
    assert [(check.name, check.ok) for check in result.checks] == [
        ("model_active", True), ("model_region", True), ("model_offered", True), ("training_data", True),
        ("validation_data", True), ("record_counts", True), ("role", True),
    ]
    assert result.ok


def test_preflight_lists_problems(conn: Connection, moto_url: str) -> None:
    s3 = boto3.client("s3", endpoint_url=moto_url, region_name="us-east-1")
    s3.create_bucket(Bucket="tds-data")
    with _live_models(conn, status="LEGACY"):
        result = jobs.preflight(conn, _request(), counts=jobs.RecordCounts(train=5, validation=1))
    failures = {check.name: check.message for check in result.failures}
    assert set(failures) == {"model_offered", "training_data", "validation_data", "record_counts", "role"}
    assert failures["model_offered"] == ("amazon.nova-micro-v1:0:128k is LEGACY in us-east-1: no new customization "
                                         "jobs start on it")
    assert failures["record_counts"] == "6 records is fewer than the 8 Amazon Nova Micro needs"
    assert "does not exist; upload it first" in failures["training_data"]
    assert not result.ok


def test_preflight_wrong_region(moto_url: str) -> None:
    conn = Connection(region="us-west-2", endpoint_url=moto_url, max_attempts=1)
    _seed_data(moto_url)
    stubber = Stubber(conn.client("bedrock"))
    stubber.add_response("list_foundation_models", {"modelSummaries": []}, {"byCustomizationType": "FINE_TUNING"})
    with stubber:
        result = jobs.preflight(conn, _request())
    failures = {check.name: check.message for check in result.failures}
    assert failures["model_region"] == "Amazon Nova Micro can be customized only in us-east-1, not us-west-2; choose that region"
    assert "is in us-east-1, but the job runs in us-west-2" in failures["training_region"]


def test_launch_refuses_on_failed_checks(conn: Connection) -> None:
    with _live_models(conn):
        with pytest.raises(AwsError, match=r"checks failed: \(1\) the training data bucket 'tds-data' does not exist"):
            jobs.launch_job(conn, _request())
    assert jobs.list_jobs(conn) == []


def test_counts_from_report() -> None:
    report = {"counts": {"rows_read": 120, "train": 90, "validation": 10}, "errors": []}
    assert jobs.counts_from_report(report) == jobs.RecordCounts(90, 10, 0)
    assert jobs.counts_from_report({"counts": {"train": 5, "validation": 0}, "errors": [{"code": "x"}]}) == \
        jobs.RecordCounts(5, 0, 1)
    assert jobs.counts_from_report({"rows_read": 5}) is None


def test_report_errors_fail_counts_check(conn: Connection) -> None:
    with _live_models(conn):
        result = jobs.preflight(conn, _request(), counts=jobs.RecordCounts(train=90, validation=10, errors=2))
    failures = {check.name: check.message for check in result.failures}
    assert failures["record_counts"] == ("the build report lists 2 error(s) that make the data invalid for "
                                         "Amazon Nova Micro; fix them and build again")
