"""The Train on Bedrock page, offscreen, against a local moto server."""

from __future__ import annotations

import json
from pathlib import Path

import boto3
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from core.recipe import ModelSpec, Recipe
from gui import dialogs
from gui.pages.cloud import CloudPage

TIMEOUT = 20_000
TRAINING_CSV = "step_number,epoch_number,training_loss,perplexity\n" + "".join(
    f"{step},{step // 10},{2.5 - step * 0.09:.3f},9.0\n" for step in range(20)
)
VALIDATION_CSV = "step_number,epoch_number,validation_loss,perplexity\n4,0,2.1,8\n9,1,1.6,5\n14,2,1.4,4\n19,3,1.8,6\n"


@pytest.fixture
def build_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "support-build"
    folder.mkdir()
    lines = "".join(json.dumps({"prompt": f"q{n}", "completion": f"a{n}"}) + "\n" for n in range(90))
    (folder / "train.jsonl").write_text(lines, encoding="utf-8")
    (folder / "validation.jsonl").write_text(lines[:300], encoding="utf-8")
    (folder / "report.json").write_text(json.dumps({"counts": {"train": 90, "validation": 10}}), encoding="utf-8")
    return folder


@pytest.fixture
def page(qtbot, build_folder: Path, moto_url: str):
    dialogs.set_test_mode(True)
    widget = CloudPage()
    qtbot.addWidget(widget)
    widget.resize(900, 1400)
    widget.set_context(Recipe(model=ModelSpec(id="amazon.nova-micro-v1:0:128k")), build_folder)
    widget.region.setCurrentText("us-east-1")
    widget.endpoint.setText(moto_url)
    yield widget
    widget.shutdown()
    widget.calls.wait_for_done(10_000)
    dialogs.set_test_mode(False)


def _connect(qtbot, page: CloudPage) -> None:
    page.connect_aws()
    qtbot.waitUntil(lambda: page.conn is not None, timeout=TIMEOUT)


def test_form_generated_from_catalog(page: CloudPage) -> None:
    assert sorted(page.hyperparameter_fields) == ["epochCount", "learningRate", "learningRateWarmupSteps"]
    assert page.hyperparameter_fields["epochCount"].text() == "2"
    assert page.hyperparameter_fields["learningRate"].text() == "0.00001"
    assert page.model_label.text() == "Amazon Nova Micro (amazon.nova-micro-v1:0:128k)"
    assert "train.jsonl" in page.files_label.text()
    assert page.job_name.text().startswith("support-build-job-")
    assert not page.upload_button.isEnabled()


def test_connect_shows_identity(qtbot, page: CloudPage) -> None:
    _connect(qtbot, page)
    assert page.identity_label.text() == "arn:aws:sts::123456789012:user/moto (account 123456789012, region us-east-1)"
    assert page.region_hint.text().startswith("Amazon Nova Micro can be customized in us-east-1")
    assert page.upload_button.isEnabled()


def test_connection_error_shown(qtbot, page: CloudPage) -> None:
    page.endpoint.setText("http://127.0.0.1:9")
    page.connect_aws()
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=TIMEOUT)
    assert page.message.text().startswith("AWS could not be reached.")
    assert page.conn is None
    assert not page.start_job_button.isEnabled()


def test_upload_role_job_stop_and_loss(qtbot, page: CloudPage, moto_url: str, tmp_path: Path) -> None:
    _connect(qtbot, page)
    page.bucket.setEditText("tds-page")
    page.prefix.setText("support run/")
    page.create_bucket.setChecked(True)
    page.start_upload()
    qtbot.waitUntil(lambda: page.upload_task is None and page.uploaded != {}, timeout=TIMEOUT)
    assert page.upload_progress.value() == 1000
    assert page.train_uri.text() == "s3://tds-page/support_run/train.jsonl"
    assert page.validation_uri.text() == "s3://tds-page/support_run/validation.jsonl"
    assert page.output_uri.text() == "s3://tds-page/support_run/job-output/"

    page.new_role_name.setText("tds-page-role")
    page.show_role_plan()
    assert '"aws:SourceAccount": "123456789012"' in page.policy_view.toPlainText()
    assert "arn:aws:s3:::tds-page/support_run/*" in page.policy_view.toPlainText()
    dialogs.queue_answer(dialogs.Answer.YES)
    page.create_role()
    qtbot.waitUntil(lambda: page.role.currentText().endswith("role/tds-page-role"), timeout=TIMEOUT)

    page.hyperparameter_fields["epochCount"].setText("3")
    page.job_name.setText("support-page-1")
    page.model_name.setText("support-page-model")
    page.start_job()
    qtbot.waitUntil(lambda: page.checks_label.text().startswith("Job support-page-1 started"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.jobs_table.rowCount() == 1, timeout=TIMEOUT)
    stored = boto3.client("bedrock", endpoint_url=moto_url, region_name="us-east-1").get_model_customization_job(
        jobIdentifier="support-page-1")
    assert stored["hyperParameters"] == {"epochCount": "3", "learningRate": "0.00001", "learningRateWarmupSteps": "10"}
    assert page.poll_timer.isActive()

    page.jobs_table.selectRow(0)
    dialogs.queue_answer(dialogs.Answer.YES)
    page.stop_selected_job()
    qtbot.waitUntil(lambda: page.jobs_table.item(0, 1) is not None and page.jobs_table.item(0, 1).text() == "Stopped",
                    timeout=TIMEOUT)
    assert not page.poll_timer.isActive()

    s3 = boto3.client("s3", endpoint_url=moto_url, region_name="us-east-1")
    folder = "support_run/job-output/model-customization-job-support-page-1/"
    s3.put_object(Bucket="tds-page", Key=folder + "training_artifacts/step_wise_training_metrics.csv",
                  Body=TRAINING_CSV.encode())
    s3.put_object(Bucket="tds-page", Key=folder + "validation_artifacts/validation_metrics.csv",
                  Body=VALIDATION_CSV.encode())
    page.jobs_table.selectRow(0)
    page.load_loss()
    qtbot.waitUntil(lambda: page.save_png_button.isEnabled(), timeout=TIMEOUT)
    assert page.reading_label.text().startswith("Validation loss is rising while training loss falls")

    target = tmp_path / "loss"
    dialogs.queue_answer(target)
    page.save_png()
    qtbot.waitUntil(lambda: page.message.text().startswith("Saved"), timeout=TIMEOUT)
    assert (tmp_path / "loss.png").read_bytes()[:4] == b"\x89PNG"


def test_job_refused_when_checks_fail(qtbot, page: CloudPage) -> None:
    _connect(qtbot, page)
    page.role.setEditText("arn:aws:iam::123456789012:role/absent")
    page.train_uri.setText("s3://tds-none/train.jsonl")
    page.output_uri.setText("s3://tds-none/out/")
    page.start_job()
    qtbot.waitUntil(lambda: page.checks_label.text().startswith("The job was not started"), timeout=TIMEOUT)
    lines = page.checks_label.text().splitlines()
    assert "✘ The training file is missing or empty. (the training data bucket 'tds-none' does not exist)" in lines
    assert ("✘ The service role does not exist. (the service role arn:aws:iam::123456789012:role/absent does not "
            "exist; create it or pick another)") in lines
    assert "✔ The base model is active." in lines
    assert page.jobs_table.rowCount() == 0


def test_invalid_hyperparameter_shown(qtbot, page: CloudPage) -> None:
    _connect(qtbot, page)
    page.role.setEditText("arn:aws:iam::123456789012:role/r")
    page.train_uri.setText("s3://tds-none/train.jsonl")
    page.output_uri.setText("s3://tds-none/out/")
    page.hyperparameter_fields["epochCount"].setText("12")
    page.start_job()
    assert "epochCount=12 is above the maximum 5" in page.message.text()


@pytest.mark.parametrize(("language", "upload", "connect"), [("zh_CN", "上传", "连接"), ("ja_JP", "アップロード", "接続")])
def test_translated_texts(qtbot, tmp_path: Path, language: str, upload: str, connect: str) -> None:
    from gui.i18n import compile_translations

    compiled = compile_translations(tmp_path)
    qm = next(path for path in compiled if path.name == f"cloud_{language}.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.instance().installTranslator(translator)
    try:
        widget = CloudPage()
        qtbot.addWidget(widget)
        assert widget.upload_button.text() == upload
        assert widget.connect_button.text() == connect
    finally:
        QApplication.instance().removeTranslator(translator)


def test_role_plan_names_both_kms_keys(qtbot, page: CloudPage) -> None:
    _connect(qtbot, page)
    page.bucket.setEditText("tds-page")
    page.kms_key.setText("11111111-2222-3333-4444-555555555555")
    page.model_kms_key.setText("arn:aws:kms:us-east-1:123456789012:key/66666666-7777-8888-9999-000000000000")
    page.show_role_plan()
    policy = page.policy_view.toPlainText()
    assert "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555" in policy
    assert "arn:aws:kms:us-east-1:123456789012:key/66666666-7777-8888-9999-000000000000" in policy
    assert page.create_role_button.isEnabled()

    page.role.setEditText("arn:aws:iam::123456789012:role/r")
    page.train_uri.setText("s3://tds-page/train.jsonl")
    page.output_uri.setText("s3://tds-page/out/")
    assert page.job_request().kms_key_id == "arn:aws:kms:us-east-1:123456789012:key/66666666-7777-8888-9999-000000000000"


def test_upload_cancel_then_resume(qtbot, page: CloudPage, build_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from core.aws.upload import MIB, state_path_for
    from gui.pages import cloud

    line = json.dumps({"prompt": "How do I reset my password?", "completion": "Open Settings, then Security."}) + "\n"
    (build_folder / "train.jsonl").write_text(line * (17 * MIB // len(line) + 1), encoding="utf-8")
    real_upload = cloud.upload_files
    gate = threading.Event()
    results = []

    def gated_upload(*args, progress, cancel, **kwargs):
        def report(stage: str, done: float, total: float | None) -> None:
            progress(stage, done, total)
            if done > 0:
                gate.wait(10)

        result = real_upload(*args, progress=report, cancel=cancel, **kwargs)
        results.append(result)
        return result

    monkeypatch.setattr(cloud, "upload_files", gated_upload)
    _connect(qtbot, page)
    page.bucket.setEditText("tds-cancel")
    page.create_bucket.setChecked(True)
    page.start_upload()
    qtbot.waitUntil(lambda: page.upload_progress.value() > 0, timeout=TIMEOUT)
    page.cancel_upload()
    gate.set()
    qtbot.waitUntil(lambda: page.upload_task is None, timeout=TIMEOUT)
    assert page.upload_result.text() == "Upload cancelled. Press Upload again to resume where it stopped."
    assert page.message.text() == ""
    assert state_path_for(build_folder).exists()

    page.start_upload()
    qtbot.waitUntil(lambda: page.upload_task is None and page.uploaded != {}, timeout=TIMEOUT)
    assert results[-1].parts_reused == 1
    assert results[-1].parts_sent == 3  # the two remaining parts of train.jsonl, and validation.jsonl
    assert not state_path_for(build_folder).exists()
