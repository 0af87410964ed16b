"""Loss curves of a customization job, read from the CSV files it writes to S3.

Bedrock writes no CloudWatch metrics for training. A job writes, below
`<output URI>/model-customization-job-<job id>/`, the file
`training_artifacts/step_wise_training_metrics.csv` (step_number, epoch_number,
training_loss, perplexity) and, when a validation file was given,
`validation_metrics.csv` (step_number, epoch_number, validation_loss, perplexity) in one
of several sub-folders. Files are found by name anywhere below the job's folder.

Plots are drawn with matplotlib's Agg canvas; the window draws the same figure through
its own Qt canvas with `draw_loss`.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

if TYPE_CHECKING:
    from matplotlib.figure import Figure

from core.atomic import atomic_path
from core.aws.jobs import JobStatus, get_job, output_prefix_of
from core.aws.session import Connection
from core.errors import AwsError, InputError

log = logging.getLogger(__name__)

TRAINING_METRICS_FILE = "step_wise_training_metrics.csv"
VALIDATION_METRICS_FILE = "validation_metrics.csv"
_TRAINING_COLUMNS = ("step_number", "training_loss")
_VALIDATION_COLUMNS = ("step_number", "validation_loss")

# Relative change between the first and the last quarter of a curve below which it is "flat".
FLAT_CHANGE = 0.02
# Validation loss this far above its minimum at the end counts as rising.
RISE_CHANGE = 0.05


@dataclass
class LossCurves:
    """The job's training and validation loss, each a frame of (step_number, loss) or None."""

    job_name: str
    training: pl.DataFrame | None
    validation: pl.DataFrame | None
    training_uri: str = ""
    validation_uri: str = ""


@dataclass(frozen=True)
class LossReading:
    """A plain-language reading of the curves; `code` lets the window translate it."""

    code: str
    message: str


def find_metric_files(conn: Connection, job: JobStatus) -> dict[str, str]:
    """Return {"training"|"validation": s3 uri} for the metrics files under the job's output folder."""
    folder = output_prefix_of(job)
    found: dict[str, str] = {}
    with conn.errors(f"list the output of job '{job.name}' in {folder}", resource=str(folder)):
        pages = conn.client("s3").get_paginator("list_objects_v2").paginate(Bucket=folder.bucket, Prefix=folder.key)
        for page in pages:
            for item in page.get("Contents", []):
                base_name = item["Key"].rsplit("/", 1)[-1]
                if base_name == TRAINING_METRICS_FILE:
                    found.setdefault("training", f"s3://{folder.bucket}/{item['Key']}")
                elif base_name == VALIDATION_METRICS_FILE:
                    found.setdefault("validation", f"s3://{folder.bucket}/{item['Key']}")
    return found


def _read_csv(conn: Connection, uri: str, loss_column: str) -> pl.DataFrame:
    bucket, _, key = uri[len("s3://"):].partition("/")
    with conn.errors(f"read {uri}", resource=uri):
        body = conn.client("s3").get_object(Bucket=bucket, Key=key)["Body"].read()
    try:
        frame = pl.read_csv(io.BytesIO(body))
    except pl.exceptions.PolarsError as exc:
        raise InputError(f"{uri}: not a readable CSV file ({exc})", code="metrics_unreadable", uri=uri) from exc
    missing = [column for column in ("step_number", loss_column) if column not in frame.columns]
    if missing:
        raise InputError(
            f"{uri}: missing column {', '.join(missing)}; found {', '.join(frame.columns)}",
            code="metrics_columns_missing", uri=uri, missing=", ".join(missing),
        )
    return (
        frame.select(
            pl.col("step_number").cast(pl.Int64, strict=False),
            pl.col(loss_column).cast(pl.Float64, strict=False).alias("loss"),
        )
        .drop_nulls()
        .sort("step_number")
    )


def read_loss_curves(conn: Connection, job_name: str) -> LossCurves:
    """Read the training and validation loss of the job called `job_name`.

    Raises:
        AwsError: code `metrics_not_found` when the job has written no training metrics yet.
    """
    job = get_job(conn, job_name)
    files = find_metric_files(conn, job)
    if "training" not in files:
        raise AwsError(
            f"Job '{job_name}' ({job.status}) has no {TRAINING_METRICS_FILE} under {output_prefix_of(job)} yet. "
            "Bedrock writes the metrics files when training ends; try again after the job completes.",
            code="metrics_not_found", job_name=job_name, status=job.status,
        )
    training = _read_csv(conn, files["training"], "training_loss")
    validation = _read_csv(conn, files["validation"], "validation_loss") if "validation" in files else None
    log.info("read loss curves of job %s: %d training and %d validation points", job_name, training.height,
             0 if validation is None else validation.height)
    return LossCurves(job_name, training, validation, files["training"], files.get("validation", ""))


def _quarter_means(loss: pl.Series) -> tuple[float, float]:
    width = max(1, loss.len() // 4)
    return float(loss.head(width).mean()), float(loss.tail(width).mean())  # type: ignore[arg-type]


def read_loss(curves: LossCurves) -> LossReading:
    """Return a plain-language reading of the loss curves.

    The first and last quarter of each curve are compared, which smooths the step-to-step
    noise of training loss. Thresholds: a change under 2% is flat; validation loss ending
    5% above its minimum is rising.
    """
    if curves.training is None or curves.training.height < 2:
        return LossReading("too_few_points", "There are too few training steps to read a trend.")
    train_first, train_last = _quarter_means(curves.training["loss"])
    train_change = (train_last - train_first) / abs(train_first) if train_first else 0.0

    validation = curves.validation["loss"] if curves.validation is not None else None
    if validation is not None and validation.len() >= 2:
        lowest = float(validation.min())  # type: ignore[arg-type]
        last = float(validation[-1])
        lowest_step = int(validation.arg_min())  # type: ignore[arg-type]
        if train_change < -FLAT_CHANGE and lowest_step < validation.len() - 1 and last > lowest * (1 + RISE_CHANGE):
            return LossReading(
                "overfitting",
                "Validation loss is rising while training loss falls: the model is over-fitting (memorising the "
                "training examples). Train for fewer epochs or add more varied data.",
            )
    if train_change > FLAT_CHANGE:
        return LossReading(
            "diverging",
            "Training loss went up: the learning rate is probably too high. Lower the learning rate and train again.",
        )
    if abs(train_change) <= FLAT_CHANGE:
        return LossReading(
            "flat",
            "Training loss barely changed: the learning rate may be too low, or the examples too easy or too "
            "alike. Raise the learning rate or check the data.",
        )
    tail = curves.training["loss"].tail(max(2, curves.training.height // 2))
    tail_first, tail_last = _quarter_means(tail)
    if tail_first and (tail_first - tail_last) / abs(tail_first) > FLAT_CHANGE:
        return LossReading(
            "still_learning",
            "Training and validation loss are both still falling: the model was still learning when training "
            "ended. More epochs or more data may improve it.",
        ) if validation is not None else LossReading(
            "still_learning",
            "Training loss is still falling: the model was still learning when training ended. More epochs or "
            "more data may improve it. Add a validation file to detect over-fitting.",
        )
    return LossReading(
        "converged",
        "Loss fell and then levelled off: training went as expected.",
    )


@dataclass(frozen=True)
class PlotLabels:
    """Texts on the plot, so the window can pass translated ones."""

    title: str = "Loss"
    x_axis: str = "Step"
    y_axis: str = "Loss"
    training: str = "Training loss"
    validation: str = "Validation loss"


def draw_loss(figure: Figure, curves: LossCurves, labels: PlotLabels = PlotLabels(),
              font_families: tuple[str, ...] = ()) -> None:
    """Draw the training and validation loss on `figure`, replacing what it showed."""
    figure.clear()
    axes = figure.add_subplot(1, 1, 1)
    font = {"family": list(font_families)} if font_families else {}
    if curves.training is not None:
        axes.plot(curves.training["step_number"].to_list(), curves.training["loss"].to_list(),
                  label=labels.training, color="tab:blue", linewidth=1.2)
    if curves.validation is not None:
        axes.plot(curves.validation["step_number"].to_list(), curves.validation["loss"].to_list(),
                  label=labels.validation, color="tab:orange", marker="o", linewidth=1.5)
    axes.set_title(labels.title, fontdict=font)
    axes.set_xlabel(labels.x_axis, fontdict=font)
    axes.set_ylabel(labels.y_axis, fontdict=font)
    axes.grid(True, alpha=0.3)
    if curves.training is not None or curves.validation is not None:
        axes.legend(prop=font or None)
    figure.tight_layout()


def save_loss_plot(curves: LossCurves, path: Path, labels: PlotLabels = PlotLabels(),
                   font_families: tuple[str, ...] = ()) -> Path:
    """Draw the loss curves to a PNG file (written atomically) and return its path."""
    # Imported here: matplotlib takes a fifth of a second to load, which every
    # `tunedata` command would otherwise pay.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 4), dpi=100)
    FigureCanvasAgg(figure)
    draw_loss(figure, curves, labels, font_families)
    with atomic_path(path) as tmp:
        figure.savefig(tmp, format="png")
    log.info("saved the loss plot of job %s to %s", curves.job_name, path)
    return path


def cjk_font_families() -> tuple[str, ...]:
    """Return installed font families that cover Chinese and Japanese, best first."""
    from matplotlib import font_manager

    wanted = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "Source Han Sans",
              "Microsoft YaHei", "PingFang SC", "Hiragino Sans", "Yu Gothic", "MS Gothic", "SimHei")
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return tuple(name for name in wanted if name in installed)
