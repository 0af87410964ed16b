"""Loss curves: metrics CSVs under a job's output prefix, their reading and plot."""

from __future__ import annotations

from pathlib import Path

import boto3
import polars as pl
import pytest

from core.aws import jobs, metrics
from core.aws.session import Connection
from core.errors import AwsError

ROLE = "arn:aws:iam::123456789012:role/tds-bedrock-role"
TRAINING_CSV = "step_number,epoch_number,training_loss,perplexity\n" + "".join(
    f"{step},{step // 10},{2.5 - step * 0.09:.3f},{10 - step * 0.2:.2f}\n" for step in range(20)
)
# Validation loss falls, bottoms out at the third point, then rises: over-fitting.
VALIDATION_CSV = (
    "step_number,epoch_number,validation_loss,perplexity\n"
    "4,0,2.10,8.1\n9,1,1.60,5.0\n14,2,1.40,4.1\n19,3,1.75,5.8\n"
)


def _create_job(conn: Connection, moto_url: str) -> jobs.JobStatus:
    boto3.client("s3", endpoint_url=moto_url, region_name="us-east-1").create_bucket(Bucket="tds-data")
    request = jobs.build_job_request(
        job_name="support-ft-1", custom_model_name="support-model-1", model_id="amazon.nova-micro-v1:0:128k",
        role_arn=ROLE, train_uri="s3://tds-data/runs/train.jsonl", output_uri="s3://tds-data/jobs/",
    )
    return jobs.create_job(conn, request)


def _put(moto_url: str, key: str, text: str) -> None:
    boto3.client("s3", endpoint_url=moto_url, region_name="us-east-1").put_object(
        Bucket="tds-data", Key=key, Body=text.encode("utf-8"))


def test_metrics_read_and_plotted(conn: Connection, moto_url: str, tmp_path: Path) -> None:
    job = _create_job(conn, moto_url)
    folder = f"jobs/model-customization-job-{job.job_id}/"
    _put(moto_url, folder + "training_artifacts/step_wise_training_metrics.csv", TRAINING_CSV)
    _put(moto_url, folder + "validation_artifacts/post_fine_tuning_validation/validation/validation_metrics.csv",
         VALIDATION_CSV)
    _put(moto_url, "jobs/model-customization-job-other/training_artifacts/step_wise_training_metrics.csv", "x\n1\n")

    curves = metrics.read_loss_curves(conn, "support-ft-1")
    assert curves.training is not None
    assert curves.training.height == 20
    assert curves.training["loss"][0] == pytest.approx(2.5)
    assert curves.validation is not None
    assert curves.validation["loss"].to_list() == [2.10, 1.60, 1.40, 1.75]
    assert curves.validation_uri == (f"s3://tds-data/{folder}validation_artifacts/post_fine_tuning_validation/"
                                     "validation/validation_metrics.csv")

    reading = metrics.read_loss(curves)
    assert reading.code == "overfitting"
    assert reading.message.startswith("Validation loss is rising while training loss falls")
    assert "fewer epochs or add more varied data" in reading.message

    plot = metrics.save_loss_plot(curves, tmp_path / "loss.png")
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert plot.stat().st_size > 10_000


def test_metrics_not_written_yet(conn: Connection, moto_url: str) -> None:
    _create_job(conn, moto_url)
    with pytest.raises(AwsError, match="has no step_wise_training_metrics.csv under") as caught:
        metrics.read_loss_curves(conn, "support-ft-1")
    assert caught.value.code == "metrics_not_found"


def _curves(training: list[float], validation: list[float] | None = None) -> metrics.LossCurves:
    train = pl.DataFrame({"step_number": list(range(len(training))), "loss": training})
    valid = None if validation is None else pl.DataFrame(
        {"step_number": list(range(len(validation))), "loss": validation})
    return metrics.LossCurves("job", train, valid)


@pytest.mark.parametrize(
    ("training", "validation", "code"),
    [
        ([2.0, 1.8, 1.6, 1.4, 1.2, 1.0, 0.8, 0.6], [2.0, 1.7, 1.5, 1.3], "still_learning"),
        ([2.0, 1.8, 1.6, 1.4, 1.2, 1.0, 0.8, 0.6], [2.0, 1.5, 1.6, 1.9], "overfitting"),
        ([2.0, 2.01, 1.99, 2.0, 2.0, 1.99, 2.01, 2.0], None, "flat"),
        ([1.0, 1.1, 1.3, 1.6, 2.0, 2.5, 3.0, 3.6], None, "diverging"),
        ([2.0, 1.2, 0.8, 0.61, 0.6, 0.6, 0.6, 0.6], [1.5, 1.0, 0.9, 0.9], "converged"),
        ([2.0], None, "too_few_points"),
    ],
)
def test_loss_reading(training: list[float], validation: list[float] | None, code: str) -> None:
    assert metrics.read_loss(_curves(training, validation)).code == code


def test_still_learning_without_validation_suggests_file() -> None:
    reading = metrics.read_loss(_curves([2.0, 1.8, 1.6, 1.4, 1.2, 1.0, 0.8, 0.6]))
    assert reading.code == "still_learning"
    assert "Add a validation file" in reading.message


def test_metrics_missing_column(conn: Connection, moto_url: str) -> None:
    from core.errors import InputError

    job = _create_job(conn, moto_url)
    key = f"jobs/model-customization-job-{job.job_id}/training_artifacts/step_wise_training_metrics.csv"
    _put(moto_url, key, "step_number,epoch_number,loss\n0,0,2.0\n")
    with pytest.raises(InputError, match="missing column training_loss; found step_number, epoch_number, loss") \
            as caught:
        metrics.read_loss_curves(conn, "support-ft-1")
    assert caught.value.code == "metrics_columns_missing"


def test_metrics_empty_file(conn: Connection, moto_url: str) -> None:
    from core.errors import InputError

    job = _create_job(conn, moto_url)
    key = f"jobs/model-customization-job-{job.job_id}/training_artifacts/step_wise_training_metrics.csv"
    _put(moto_url, key, "")
    with pytest.raises(InputError, match="not a readable CSV file") as caught:
        metrics.read_loss_curves(conn, "support-ft-1")
    assert caught.value.code == "metrics_unreadable"
