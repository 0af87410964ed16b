"""Train on Bedrock: connect, upload the built files, pick or create the role, start and watch a job.

Every AWS call runs on a worker thread through `gui.workers.Runner`: uploads on their own
one-thread runner (so a long upload never waits behind, or races with, another upload),
everything else on a second one. The page only reads the form, submits work and shows
results. Texts go through `self.tr()`; AWS errors are shown by their `code` in the user's
language, with AWS's own words (English) appended when there are any.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.aws import iam, jobs, metrics
from core.aws.s3uri import S3Uri, parse_s3_uri, sanitize_prefix
from core.aws.session import CUSTOMIZATION_REGIONS, Connection, Identity, available_profiles
from core.aws.upload import state_path_for, training_files, upload_files
from core.catalog import Hyperparameter, format_number, load_catalog
from core.errors import TuneDataError
from core.recipe import Recipe, Task
from gui import dialogs
from gui.workers import Runner

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 60_000
_NAME_CHARS = re.compile(r"[^A-Za-z0-9-]+")


def _default_name(folder: Path | None, suffix: str) -> str:
    """Return a job or model name from the output folder's name and the time, valid for both patterns."""
    base = _NAME_CHARS.sub("-", folder.name if folder else "tuning").strip("-") or "tuning"
    base = re.sub(r"-{2,}", "-", base)[:40]
    return f"{base}-{suffix}-{datetime.now():%Y%m%d-%H%M}"


class CloudPage(QWidget):
    """The "Train on Bedrock" step: upload, service role, job form, job list and loss plot."""

    stateChanged = Signal()

    def __init__(self, context: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        runners = getattr(context, "runners", None)
        self.calls: Runner = runners.aws if runners is not None else Runner("aws", 1, parent=self)
        self.transfers = Runner("aws-upload", 1, parent=self)
        self.recipe: Recipe | None = None
        self.out_dir: Path | None = None
        self.conn: Connection | None = None
        self.identity: Identity | None = None
        self.upload_task = None
        self.uploaded: dict[str, str] = {}
        self.role_plan: iam.RolePlan | None = None
        self.curves: metrics.LossCurves | None = None
        self.hyperparameter_fields: dict[str, QLineEdit] = {}

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setObjectName("cloudMessage")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.message)
        layout.addWidget(self._build_connection())
        layout.addWidget(self._build_upload())
        layout.addWidget(self._build_role())
        layout.addWidget(self._build_job())
        layout.addWidget(self._build_jobs())
        layout.addWidget(self._build_loss())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.refresh_jobs)
        self._set_connected(False)

    # ------------------------------------------------------------------ building the form

    def _build_connection(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. AWS connection"))
        form = QFormLayout(box)
        self.profile = QComboBox()
        self.profile.setEditable(True)
        self.profile.addItem("")
        try:
            self.profile.addItems(available_profiles())
        except TuneDataError as exc:
            log.warning("could not read the AWS profiles: %s", exc.message)
        self.profile.setToolTip(self.tr("Profile from your AWS configuration; empty uses the default credentials"))
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(list(CUSTOMIZATION_REGIONS))
        # Until the user picks a region, it follows the chosen model's first listed region.
        self._region_chosen = False
        self.region.activated.connect(self._region_picked)
        self.region.lineEdit().textEdited.connect(self._region_picked)
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText(self.tr("optional, for a VPC endpoint"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.connect_aws)
        self.identity_label = QLabel(self.tr("Not connected. Credentials are read from your AWS configuration and "
                                             "never stored by this program."))
        self.identity_label.setWordWrap(True)
        self.region_hint = QLabel()
        self.region_hint.setWordWrap(True)
        form.addRow(self.tr("Profile:"), self.profile)
        form.addRow(self.tr("Region:"), self.region)
        form.addRow(self.tr("Endpoint URL:"), self.endpoint)
        form.addRow("", self.connect_button)
        form.addRow(self.tr("Signed in as:"), self.identity_label)
        form.addRow(self.tr("Model and region:"), self.region_hint)
        return box

    def _build_upload(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Upload the training data to S3"))
        form = QFormLayout(box)
        bucket_row = QHBoxLayout()
        self.bucket = QComboBox()
        self.bucket.setEditable(True)
        self.bucket.setMinimumWidth(240)
        self.list_buckets_button = QPushButton(self.tr("List buckets"))
        self.list_buckets_button.clicked.connect(self.refresh_buckets)
        bucket_row.addWidget(self.bucket, 1)
        bucket_row.addWidget(self.list_buckets_button)

        self.create_bucket = QCheckBox(self.tr("Create the bucket in the chosen region if it does not exist"))
        self.prefix = QLineEdit("tuning-data/")
        self.kms_key = QLineEdit()
        self.kms_key.setPlaceholderText(self.tr("empty: S3-managed encryption (SSE-S3)"))
        self.files_label = QLabel(self.tr("No build yet: build the dataset on the Export step first."))
        self.files_label.setWordWrap(True)

        buttons = QHBoxLayout()
        self.upload_button = QPushButton(self.tr("Upload"))
        self.upload_button.clicked.connect(self.start_upload)
        self.cancel_upload_button = QPushButton(self.tr("Cancel"))
        self.cancel_upload_button.clicked.connect(self.cancel_upload)
        self.cancel_upload_button.setEnabled(False)
        self.upload_progress = QProgressBar()
        self.upload_progress.setRange(0, 1000)
        self.upload_progress.setValue(0)
        buttons.addWidget(self.upload_button)
        buttons.addWidget(self.cancel_upload_button)
        buttons.addWidget(self.upload_progress, 1)
        self.upload_result = QLabel()
        self.upload_result.setWordWrap(True)
        self.upload_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form.addRow(self.tr("Files:"), self.files_label)
        form.addRow(self.tr("Bucket:"), bucket_row)
        form.addRow("", self.create_bucket)
        form.addRow(self.tr("Prefix:"), self.prefix)
        form.addRow(self.tr("KMS key:"), self.kms_key)
        form.addRow(buttons)
        form.addRow(self.upload_result)
        return box

    def _build_role(self) -> QGroupBox:
        box = QGroupBox(self.tr("3. Service role Bedrock uses to read the data"))
        form = QFormLayout(box)
        role_row = QHBoxLayout()
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setMinimumWidth(320)
        self.list_roles_button = QPushButton(self.tr("List roles"))
        self.list_roles_button.clicked.connect(self.refresh_roles)
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.list_roles_button)
        new_row = QHBoxLayout()
        self.new_role_name = QLineEdit("TuningDataStudioBedrockRole")
        self.plan_role_button = QPushButton(self.tr("Show policies"))
        self.plan_role_button.clicked.connect(self.show_role_plan)
        self.create_role_button = QPushButton(self.tr("Create role"))
        self.create_role_button.clicked.connect(self.create_role)
        self.create_role_button.setEnabled(False)
        new_row.addWidget(self.new_role_name, 1)
        new_row.addWidget(self.plan_role_button)
        new_row.addWidget(self.create_role_button)
        self.policy_view = QPlainTextEdit()
        self.policy_view.setReadOnly(True)
        self.policy_view.setMaximumHeight(200)
        self.policy_view.setPlaceholderText(self.tr("The trust policy and the permissions policy appear here before "
                                                    "anything is created."))
        form.addRow(self.tr("Existing role:"), role_row)
        form.addRow(self.tr("Or a new role:"), new_row)
        form.addRow(self.policy_view)
        return box

    def _build_job(self) -> QGroupBox:
        box = QGroupBox(self.tr("4. Customization job"))
        form = QFormLayout(box)
        self.model_label = QLabel()
        self.job_name = QLineEdit()
        self.job_name.setToolTip(self.tr("1-63 letters, digits, hyphens, '+' or '.', starting with a letter or digit"))
        self.model_name = QLineEdit()
        self.model_name.setToolTip(self.tr("1-63 letters and digits, each optionally followed by one '_' or '-'"))
        self.train_uri = QLineEdit()
        self.validation_uri = QLineEdit()
        self.validation_uri.setPlaceholderText(self.tr("optional"))
        self.output_uri = QLineEdit()
        self.model_kms_key = QLineEdit()
        self.model_kms_key.setPlaceholderText(self.tr("optional: KMS key that encrypts the custom model"))
        self.hyperparameter_box = QWidget()
        self.hyperparameter_grid = QGridLayout(self.hyperparameter_box)
        self.hyperparameter_grid.setContentsMargins(0, 0, 0, 0)
        self.start_job_button = QPushButton(self.tr("Check and start the job"))
        self.start_job_button.clicked.connect(self.start_job)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        form.addRow(self.tr("Base model:"), self.model_label)
        form.addRow(self.tr("Job name:"), self.job_name)
        form.addRow(self.tr("Custom model name:"), self.model_name)
        form.addRow(self.tr("Training data:"), self.train_uri)
        form.addRow(self.tr("Validation data:"), self.validation_uri)
        form.addRow(self.tr("Output folder:"), self.output_uri)
        form.addRow(self.tr("Model KMS key:"), self.model_kms_key)
        form.addRow(self.tr("Hyperparameters:"), self.hyperparameter_box)
        form.addRow("", self.start_job_button)
        form.addRow(self.checks_label)
        return box

    def _build_jobs(self) -> QGroupBox:
        box = QGroupBox(self.tr("5. Jobs in this region"))
        layout = QVBoxLayout(box)
        self.jobs_table = QTableWidget(0, 4)
        self.jobs_table.setHorizontalHeaderLabels(
            [self.tr("Job name"), self.tr("Status"), self.tr("Created"), self.tr("Base model")]
        )
        self.jobs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.jobs_table.horizontalHeader().setStretchLastSection(True)
        self.jobs_table.setMinimumHeight(140)
        self.jobs_table.itemSelectionChanged.connect(self._job_selected)

        buttons = QHBoxLayout()
        self.refresh_jobs_button = QPushButton(self.tr("Refresh"))
        self.refresh_jobs_button.clicked.connect(self.refresh_jobs)
        self.stop_job_button = QPushButton(self.tr("Stop job"))
        self.stop_job_button.clicked.connect(self.stop_selected_job)
        self.show_loss_button = QPushButton(self.tr("Show loss"))
        self.show_loss_button.clicked.connect(self.load_loss)
        buttons.addWidget(self.refresh_jobs_button)
        buttons.addWidget(self.stop_job_button)
        buttons.addWidget(self.show_loss_button)
        buttons.addStretch(1)

        self.job_detail = QLabel()
        self.job_detail.setWordWrap(True)
        self.job_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.jobs_table)
        layout.addLayout(buttons)
        layout.addWidget(self.job_detail)
        return box

    def _build_loss(self) -> QGroupBox:
        box = QGroupBox(self.tr("6. Training and validation loss"))
        layout = QVBoxLayout(box)
        self.figure = Figure(figsize=(6, 3), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(260)
        self.reading_label = QLabel(self.tr("Select a finished job and press Show loss."))
        self.reading_label.setWordWrap(True)
        self.save_png_button = QPushButton(self.tr("Save PNG"))
        self.save_png_button.clicked.connect(self.save_png)
        self.save_png_button.setEnabled(False)
        layout.addWidget(self.canvas)
        layout.addWidget(self.reading_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_png_button)
        layout.addLayout(row)
        return box

    # ------------------------------------------------------------------ context

    def set_context(self, recipe: Recipe, out_dir: Path | None) -> None:
        """Show the recipe's model and the build in `out_dir` (None when nothing is built yet)."""
        self.recipe = recipe
        self.out_dir = out_dir
        self.uploaded = {}
        model = load_catalog().get(recipe.model.id)
        spec = model.task(recipe.mapping.task)
        self.model_label.setText(f"{model.name} ({model.id})")
        if model.regions and not self._region_chosen and self.conn is None:
            self.region.setCurrentText(model.regions[0])
        self._fill_hyperparameters(spec.hyperparameters)
        self.validation_uri.setEnabled(spec.validation_supported)
        if not self.job_name.text():
            self.job_name.setText(_default_name(out_dir, "job"))
        if not self.model_name.text():
            self.model_name.setText(_default_name(out_dir, "model"))
        self._show_files()
        self._show_region_hint(offered=None)
        self.stateChanged.emit()

    def _region_picked(self) -> None:
        self._region_chosen = True

    def _fill_hyperparameters(self, parameters: list[Hyperparameter]) -> None:
        while self.hyperparameter_grid.count():
            item = self.hyperparameter_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.hyperparameter_fields = {}
        for row, parameter in enumerate(parameters):
            field = QLineEdit(format_number(parameter.default))
            field.setObjectName(f"hp_{parameter.name}")
            field.setToolTip(parameter.description)
            field.setMaximumWidth(120)
            name_label = QLabel(self._hyperparameter_title(parameter.name))
            name_label.setToolTip(parameter.name)
            range_label = QLabel(self.tr("range {low} to {high}, default {default}").format(
                low=format_number(parameter.min), high=format_number(parameter.max),
                default=format_number(parameter.default)))
            explanation = QLabel(self._hyperparameter_help(parameter))
            explanation.setWordWrap(True)
            explanation.setStyleSheet("color: palette(dark);")
            self.hyperparameter_grid.addWidget(name_label, row * 2, 0)
            self.hyperparameter_grid.addWidget(field, row * 2, 1)
            self.hyperparameter_grid.addWidget(range_label, row * 2, 2)
            self.hyperparameter_grid.addWidget(explanation, row * 2 + 1, 0, 1, 3)
            self.hyperparameter_fields[parameter.name] = field

    def _hyperparameter_title(self, name: str) -> str:
        titles = {
            "epochCount": self.tr("Epochs"),
            "batchSize": self.tr("Batch size"),
            "learningRate": self.tr("Learning rate"),
            "learningRateMultiplier": self.tr("Learning rate multiplier"),
            "learningRateWarmupSteps": self.tr("Warm-up steps"),
            "earlyStoppingThreshold": self.tr("Early stopping threshold"),
            "earlyStoppingPatience": self.tr("Early stopping patience"),
            "evalPercentage": self.tr("Validation share (%)"),
        }
        return titles.get(name, name)

    def _hyperparameter_help(self, parameter: Hyperparameter) -> str:
        texts = {
            "epochCount": self.tr("How many times training goes through all the data. More epochs learn more, "
                                  "but too many memorise the examples."),
            "batchSize": self.tr("How many records are processed together in one training step."),
            "learningRate": self.tr("How big each learning step is. Too high makes training unstable; too low "
                                    "learns little."),
            "learningRateMultiplier": self.tr("Scales the model's standard learning rate; 1 keeps it."),
            "learningRateWarmupSteps": self.tr("Steps at the start during which the learning rate rises "
                                               "gradually."),
            "earlyStoppingThreshold": self.tr("Smallest drop in validation loss that still counts as progress."),
            "earlyStoppingPatience": self.tr("How many checks without progress before training stops early."),
            "evalPercentage": self.tr("Share of the training data held back to measure progress when no "
                                      "validation file is given."),
        }
        return texts.get(parameter.name, parameter.description)

    def _show_files(self) -> None:
        if self.out_dir is None:
            self.files_label.setText(self.tr("No build yet: build the dataset on the Export step first."))
            self.upload_button.setEnabled(False)
            return
        try:
            files = training_files(self.out_dir)
        except TuneDataError as exc:
            self.files_label.setText(self._error_text(exc))
            self.upload_button.setEnabled(False)
            return
        listed = ", ".join(f"{path.name} ({path.stat().st_size:,} B)" for path in files)
        self.files_label.setText(listed)
        self.upload_button.setEnabled(self.conn is not None)

    def step_state(self) -> Any:
        from gui.pages import StepState

        if self.uploaded and self.jobs_table.rowCount():
            return StepState.DONE
        return StepState.NOT_STARTED

    # ------------------------------------------------------------------ helpers

    def _set_connected(self, connected: bool) -> None:
        for widget in (self.list_buckets_button, self.list_roles_button, self.plan_role_button,
                       self.start_job_button, self.refresh_jobs_button, self.stop_job_button,
                       self.show_loss_button):
            widget.setEnabled(connected)
        self.upload_button.setEnabled(connected and self.out_dir is not None)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")

    def _error_text(self, error: BaseException) -> str:
        """Return the error in the user's language; AWS's own words stay in English."""
        if not isinstance(error, TuneDataError):
            return self.tr("Unexpected error: {error}").format(error=repr(error))
        params = {key: str(value) for key, value in error.params.items()}
        templates = {
            "aws_sso_expired": self.tr("The SSO sign-in for profile “{profile}” has expired. Run “{command}” in a "
                                       "terminal, then press Connect again."),
            "aws_no_credentials": self.tr("No AWS credentials were found for profile “{profile}”. Configure the "
                                          "profile with “aws configure” or choose another profile."),
            "aws_profile_not_found": self.tr("The AWS profile “{profile}” does not exist. Choose a listed profile."),
            "aws_no_region": self.tr("No AWS region is set. Choose a region, for example us-east-1."),
            "aws_connection": self.tr("AWS could not be reached. Check the network, proxy or endpoint URL, then "
                                      "retry; an interrupted upload resumes where it stopped."),
            "aws_timeout": self.tr("AWS did not answer in time. Retry; an interrupted upload resumes where it "
                                   "stopped."),
            "aws_expired_token": self.tr("The AWS session credentials have expired. Sign in again (for an SSO "
                                         "profile: aws sso login --profile {profile}) and retry."),
            "aws_invalid_credentials": self.tr("AWS does not recognise the access key of profile “{profile}”. "
                                               "Check your AWS configuration."),
            "aws_access_denied": self.tr("Access was denied. Ask your AWS administrator to allow this action, or "
                                         "choose a profile that has the permission."),
            "aws_throttled": self.tr("AWS is limiting the request rate. Wait a minute and retry."),
            "aws_invalid_request": self.tr("AWS rejected the request as invalid. Correct the value AWS names and "
                                           "retry."),
            "aws_not_found": self.tr("Not found. Check the name and the region."),
            "aws_no_such_bucket": self.tr("The bucket “{bucket}” does not exist. Tick “Create the bucket” or "
                                          "choose an existing bucket."),
            "aws_conflict": self.tr("A resource with that name already exists or is busy. Choose another name."),
            "aws_quota_exceeded": self.tr("An AWS service quota is reached. Remove unused resources or request a "
                                          "quota increase."),
            "aws_service_error": self.tr("AWS reported an internal error. Retry in a few minutes."),
            "aws_wrong_region": self.tr("The bucket is in another region. Choose the bucket's region or another "
                                        "bucket."),
            "job_name_taken": self.tr("A job named “{job_name}” already exists with other settings, or the custom "
                                      "model name is taken. Choose new names."),
            "metrics_not_found": self.tr("Job “{job_name}” ({status}) has written no loss figures yet. They "
                                         "appear when training ends."),
            "upload_verify_failed": self.tr("The uploaded object {uri} does not match the local file. Upload "
                                            "again."),
        }
        template = templates.get(error.code)
        if template is None:
            from gui.i18n import translate_error

            return translate_error(error)
        try:
            text = template.format(**params)
        except (KeyError, IndexError):
            return error.message
        aws_message = params.get("aws_message", "")
        if aws_message:
            text += " " + self.tr("AWS message: {message}").format(message=aws_message)
        return text

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, TuneDataError):
            log.warning("cloud step: %s: %s", error.code, error.message)
        else:
            log.error("cloud step failed unexpectedly: %r", error)
        self._show_message(self._error_text(error), error=True)

    def _need_connection(self) -> Connection | None:
        if self.conn is None:
            self._show_message(self.tr("Connect to AWS first."), error=True)
        return self.conn

    # ------------------------------------------------------------------ connection

    def connect_aws(self) -> None:
        """Open a connection with the chosen profile, region and endpoint, and show the identity."""
        conn = Connection(profile=self.profile.currentText().strip(), region=self.region.currentText().strip(),
                          endpoint_url=self.endpoint.text().strip())
        self.identity_label.setText(self.tr("Connecting…"))

        def work(progress: Any, cancel: Any) -> tuple[Identity, dict[str, str] | None]:
            identity = conn.identity()
            try:
                offered = jobs.offered_models(conn)
            except TuneDataError as exc:
                log.info("could not list the customizable models in %s: %s", conn.region_name, exc.code)
                offered = None
            return identity, offered

        def done(result: tuple[Identity, dict[str, str] | None]) -> None:
            identity, offered = result
            self.conn = conn
            self.identity = identity
            self.identity_label.setText(self.tr("{arn} (account {account}, region {region})").format(
                arn=identity.arn, account=identity.account, region=conn.region_name))
            self._show_region_hint(offered)
            self._set_connected(True)
            self._show_message("")
            self._suggest_bucket()
            self.refresh_jobs()

        def failed(error: BaseException) -> None:
            self.conn = None
            self._set_connected(False)
            self.identity_label.setText(self.tr("Not connected."))
            self._on_error(error)

        self.calls.submit("connect to AWS", work, on_result=done, on_error=failed)

    def _show_region_hint(self, offered: dict[str, str] | None) -> None:
        if self.recipe is None:
            return
        model = load_catalog().get(self.recipe.model.id)
        region = self.region.currentText().strip()
        regions = ", ".join(model.regions) or self.tr("no region")
        if region in model.regions:
            text = self.tr("{model} can be customized in {regions}; {region} is one of them.")
        else:
            text = self.tr("{model} can be customized only in {regions}, not in {region}. Choose one of those "
                           "regions.")
        text = text.format(model=model.name, regions=regions, region=region)
        if offered is not None:
            status = offered.get(model.id)
            if status is None:
                text += " " + self.tr("Bedrock in this region does not list it for customization.")
            elif status != "ACTIVE":
                text += " " + self.tr("Bedrock lists it as {status}: no new jobs can start.").format(status=status)
            else:
                text += " " + self.tr("Bedrock confirms it is active here.")
        else:
            text += " " + self.tr("(Not confirmed with Bedrock: the list of models could not be read.)")
        self.region_hint.setText(text)

    def _suggest_bucket(self) -> None:
        if not self.bucket.currentText() and self.identity is not None and self.conn is not None:
            self.bucket.setEditText(f"tuning-data-{self.identity.account}-{self.conn.region_name}")

    # ------------------------------------------------------------------ upload

    def refresh_buckets(self) -> None:
        conn = self._need_connection()
        if conn is None:
            return
        from core.aws.upload import list_buckets

        def done(names: list[str]) -> None:
            current = self.bucket.currentText()
            self.bucket.clear()
            self.bucket.addItems(names)
            if current:
                self.bucket.setEditText(current)
            elif names:
                self.bucket.setEditText(names[0])

        self.calls.submit("list buckets", lambda progress, cancel: list_buckets(conn), on_result=done,
                          on_error=self._on_error)

    def destination(self) -> S3Uri:
        """Return the bucket and sanitised prefix the form names (raises `UsageError` when invalid)."""
        return parse_s3_uri(f"s3://{self.bucket.currentText().strip()}/{sanitize_prefix(self.prefix.text())}",
                            what=self.tr("Bucket and prefix"))

    def start_upload(self) -> None:
        """Upload the build's files on the upload runner, with progress and Cancel."""
        conn = self._need_connection()
        if conn is None or self.out_dir is None:
            return
        try:
            target = self.destination()
            files = training_files(self.out_dir)
        except TuneDataError as exc:
            self._on_error(exc)
            return
        out_dir = self.out_dir
        kms_key = self.kms_key.text().strip()
        create = self.create_bucket.isChecked()

        def work(progress: Any, cancel: Any) -> Any:
            return upload_files(conn, files, target, state_path=state_path_for(out_dir), kms_key_id=kms_key,
                                create_missing_bucket=create, progress=progress, cancel=cancel)

        self.upload_button.setEnabled(False)
        self.cancel_upload_button.setEnabled(True)
        self.upload_progress.setValue(0)
        self.upload_result.setText(self.tr("Uploading…"))
        self.upload_task = self.transfers.submit(
            "upload", work, on_result=self._upload_done, on_error=self._on_error,
            on_progress=self._upload_progress, on_cancelled=self._upload_cancelled, on_done=self._upload_finished,
        )

    def _upload_progress(self, stage: str, done: float, total: float | None) -> None:
        if total:
            self.upload_progress.setValue(int(1000 * done / total))

    def _upload_done(self, result: Any) -> None:
        self.uploaded = {item.local_path.name: item.uri for item in result.objects}
        self.upload_progress.setValue(1000)
        lines = []
        for item in result.objects:
            state = self.tr("uploaded") if item.sent else self.tr("already there, not sent again")
            lines.append(f"{item.uri} ({state})")
        for warning in result.warnings:
            lines.append(self.tr("Warning: {text}").format(text=warning))
        self.upload_result.setText("\n".join(lines))
        if "train.jsonl" in self.uploaded:
            self.train_uri.setText(self.uploaded["train.jsonl"])
        if "validation.jsonl" in self.uploaded and self.validation_uri.isEnabled():
            self.validation_uri.setText(self.uploaded["validation.jsonl"])
        if not self.output_uri.text():
            self.output_uri.setText(f"s3://{result.bucket}/{result.prefix}job-output/")
        self._show_message(self.tr("Upload finished: {count} files checked on S3.").format(count=len(result.objects)))
        self.stateChanged.emit()

    def _upload_cancelled(self) -> None:
        self.upload_result.setText(self.tr("Upload cancelled. Press Upload again to resume where it stopped."))

    def _upload_finished(self) -> None:
        self.upload_task = None
        self.cancel_upload_button.setEnabled(False)
        self.upload_button.setEnabled(self.conn is not None and self.out_dir is not None)

    def cancel_upload(self) -> None:
        if self.upload_task is not None:
            self.upload_task.cancel()

    # ------------------------------------------------------------------ role

    def refresh_roles(self) -> None:
        conn = self._need_connection()
        if conn is None:
            return

        def done(roles: list[iam.ServiceRole]) -> None:
            current = self.role.currentText()
            self.role.clear()
            self.role.addItems([role.arn for role in roles])
            if current:
                self.role.setEditText(current)
            if not roles:
                self._show_message(self.tr("No role in this account lets Bedrock use it yet. Create one below."))

        self.calls.submit("list roles", lambda progress, cancel: iam.list_service_roles(conn), on_result=done,
                          on_error=self._on_error)

    def show_role_plan(self) -> None:
        """Show the exact policy documents of the new role; creating it becomes possible afterwards."""
        if self._need_connection() is None or self.identity is None:
            return
        try:
            data = self.destination()
            output = parse_s3_uri(self.output_uri.text().strip() or f"s3://{data.bucket}/{data.prefix}job-output/",
                                  what=self.tr("Output folder"))
            self.role_plan = iam.plan_service_role(
                self.new_role_name.text().strip(), account_id=self.identity.account, region=self.conn.region_name,
                data=data, output=output, kms_key_arns=self._kms_key_arns(),
            )
        except TuneDataError as exc:
            self._on_error(exc)
            return
        self.policy_view.setPlainText(
            self.tr("Trust policy (who may use the role):") + "\n" + self.role_plan.trust_policy_json() + "\n\n"
            + self.tr("Permissions policy “{name}” (what the role may do):").format(name=self.role_plan.policy_name)
            + "\n" + self.role_plan.permissions_policy_json()
        )
        self.create_role_button.setEnabled(True)

    def _kms_key_arns(self) -> tuple[str, ...]:
        """Return the ARNs of the data and model KMS keys the role must be allowed to use."""
        if self.identity is None or self.conn is None:
            return ()
        arns: list[str] = []
        for key in (self.kms_key.text().strip(), self.model_kms_key.text().strip()):
            if not key:
                continue
            if key.startswith("arn:"):
                arn = key
            else:
                # NOTE(kms): an alias ARN does not grant use of the key behind it; give the key ARN for aliases.
                kind = "" if key.startswith("alias/") else "key/"
                arn = f"arn:aws:kms:{self.conn.region_name}:{self.identity.account}:{kind}{key}"
            if arn not in arns:
                arns.append(arn)
        return tuple(arns)

    def create_role(self) -> None:
        conn = self._need_connection()
        plan = self.role_plan
        if conn is None or plan is None:
            return
        question = self.tr("Create the role “{name}” with the policies shown?").format(name=plan.role_name)
        if not dialogs.ask_yes_no(self, self.tr("Create service role"), question):
            return

        def done(role: iam.ServiceRole) -> None:
            self.role.setEditText(role.arn)
            self.create_role_button.setEnabled(False)
            self._show_message(self.tr("Created role {arn}.").format(arn=role.arn))

        self.calls.submit("create role", lambda progress, cancel: iam.create_service_role(conn, plan),
                          on_result=done, on_error=self._on_error)

    # ------------------------------------------------------------------ job

    def job_request(self) -> jobs.JobRequest:
        """Build the job request from the form (raises `UsageError` or `CatalogError` when invalid)."""
        if self.recipe is None:
            from core.errors import UsageError

            raise UsageError("no recipe is open", code="no_recipe")
        values = {name: field.text().strip() for name, field in self.hyperparameter_fields.items()
                  if field.text().strip()}
        return jobs.build_job_request(
            job_name=self.job_name.text().strip(), custom_model_name=self.model_name.text().strip(),
            model_id=self.recipe.model.id, role_arn=self.role.currentText().strip(),
            train_uri=self.train_uri.text().strip(), validation_uri=self.validation_uri.text().strip(),
            output_uri=self.output_uri.text().strip(), task=Task(self.recipe.mapping.task),
            hyperparameters=values, kms_key_id=self.model_kms_key.text().strip(),
        )

    def _report_counts(self) -> jobs.RecordCounts | None:
        if self.out_dir is None:
            return None
        try:
            report = json.loads((self.out_dir / "report.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return jobs.counts_from_report(report) if isinstance(report, dict) else None

    def start_job(self) -> None:
        """Run the preflight checks and, when none fails, create the job."""
        conn = self._need_connection()
        if conn is None:
            return
        try:
            request = self.job_request()
        except TuneDataError as exc:
            self._on_error(exc)
            return
        counts = self._report_counts()

        def work(progress: Any, cancel: Any) -> tuple[jobs.Preflight, jobs.JobStatus | None]:
            checks = jobs.preflight(conn, request, counts=counts)
            if not checks.ok:
                return checks, None
            return checks, jobs.create_job(conn, request)

        self.start_job_button.setEnabled(False)
        self.checks_label.setText(self.tr("Checking…"))
        self.calls.submit("start job", work, on_result=self._job_started, on_error=self._on_error,
                          on_done=lambda: self.start_job_button.setEnabled(self.conn is not None))

    def _job_started(self, result: tuple[jobs.Preflight, jobs.JobStatus | None]) -> None:
        checks, job = result
        lines = [self._check_text(check) for check in checks.checks]
        if job is None:
            lines.insert(0, self.tr("The job was not started because a check failed:"))
            self._show_message(self.tr("The job was not started: fix the failed checks below."), error=True)
        else:
            lines.insert(0, self.tr("Job {name} started ({status}).").format(
                name=job.name, status=self._status_text(job.status)))
            self._show_message(self.tr("Job {name} started. Its status is checked every minute.").format(
                name=job.name))
            self.refresh_jobs()
        self.checks_label.setText("\n".join(lines))

    def _check_text(self, check: jobs.Check) -> str:
        """Return one preflight line: a mark, the translated check, and AWS-side details when it did not pass."""
        texts = {
            ("model_active", True): self.tr("The base model is active."),
            ("model_active", False): self.tr("The base model no longer accepts new jobs."),
            ("model_region", True): self.tr("The model can be customized in this region."),
            ("model_region", False): self.tr("The model cannot be customized in this region."),
            ("model_offered", True): self.tr("Bedrock lists the model for customization here."),
            ("model_offered", False): self.tr("Bedrock does not offer the model for new jobs here."),
            ("model_offered", None): self.tr("Not confirmed with Bedrock: the list of models could not be read."),
            ("training_data", True): self.tr("The training file is on S3."),
            ("training_data", False): self.tr("The training file is missing or empty."),
            ("validation_data", True): self.tr("The validation file is on S3."),
            ("validation_data", False): self.tr("The validation file is missing or empty."),
            ("training_region", False): self.tr("The training data bucket is in another region than the job."),
            ("validation_region", False): self.tr("The validation data bucket is in another region than the job."),
            ("record_counts", True): self.tr("The record counts are within the model's limits."),
            ("record_counts", False): self.tr("The record counts are outside the model's limits."),
            ("role", True): self.tr("The service role exists."),
            ("role", False): self.tr("The service role does not exist."),
            ("role", None): self.tr("The service role could not be checked."),
        }
        mark = {True: "✔", False: "✘", None: "?"}[check.ok]
        text = texts.get((check.name, check.ok), check.message)
        # The English details name the bucket, role or counts involved; the translated line already
        # says everything for an unconfirmed model list.
        if text != check.message and (check.ok is False or (check.ok is None and check.name != "model_offered")):
            text += f" ({check.message})"
        return f"{mark} {text}"

    # ------------------------------------------------------------------ job list

    def refresh_jobs(self) -> None:
        """Reload the job list; polling continues every minute while a job is running."""
        conn = self.conn
        if conn is None:
            return
        self.calls.submit("list jobs", lambda progress, cancel: jobs.list_jobs(conn, limit=50),
                          on_result=self._show_jobs, on_error=self._on_error)

    def _show_jobs(self, found: list[jobs.JobSummary]) -> None:
        selected = self.selected_job()
        self.jobs_table.setRowCount(len(found))
        for row, job in enumerate(found):
            created = job.created.strftime("%Y-%m-%d %H:%M") if job.created else ""
            for column, text in enumerate((job.name, self._status_text(job.status), created, job.base_model)):
                self.jobs_table.setItem(row, column, QTableWidgetItem(text))
            if job.name == selected:
                self.jobs_table.selectRow(row)
        running = any(job.status in {"InProgress", "Stopping"} for job in found)
        if running and not self.poll_timer.isActive():
            self.poll_timer.start()
        elif not running:
            self.poll_timer.stop()
        self.stateChanged.emit()

    def _status_text(self, status: str) -> str:
        texts = {
            "InProgress": self.tr("In progress"),
            "Completed": self.tr("Completed"),
            "Failed": self.tr("Failed"),
            "Stopping": self.tr("Stopping"),
            "Stopped": self.tr("Stopped"),
        }
        return texts.get(status, status)

    def selected_job(self) -> str:
        rows = self.jobs_table.selectionModel().selectedRows()
        if not rows:
            return ""
        item = self.jobs_table.item(rows[0].row(), 0)
        return item.text() if item is not None else ""

    def _job_selected(self) -> None:
        name = self.selected_job()
        conn = self.conn
        if not name or conn is None:
            return
        self.calls.submit("job status", lambda progress, cancel: jobs.get_job(conn, name),
                          on_result=self._show_job_detail, on_error=self._on_error)

    def _show_job_detail(self, job: jobs.JobStatus) -> None:
        lines = [self.tr("{name}: {status}").format(name=job.name, status=self._status_text(job.status))]
        phase_names = {"validation": self.tr("validation"), "data_processing": self.tr("data processing"),
                       "training": self.tr("training")}
        for phase, state in job.phases.items():
            lines.append(f"{phase_names.get(phase, phase)}: {state}")
        if job.failure_message:
            lines.append(self.tr("Failure: {message}").format(message=job.failure_message))
            if job.failure_code:
                lines.append(self._failure_help(job.failure_code) or job.failure_help)
        if job.status == "Completed" and job.output_model_arn:
            lines.append(self.tr("Custom model: {arn}").format(arn=job.output_model_arn))
        self.job_detail.setText("\n".join(lines))

    def _failure_help(self, code: str) -> str:
        texts = {
            "job_failed_read_permission": self.tr("The service role cannot read the training data: give it "
                                                  "s3:GetObject and s3:ListBucket on the data, keep the bucket in "
                                                  "the job's region, and allow kms:Decrypt for encrypted data."),
            "job_failed_write_permission": self.tr("The service role cannot write to the output folder: give it "
                                                   "s3:PutObject on the output prefix."),
            "job_failed_parse": self.tr("A line of a data file is not valid JSON, or the file has blank lines. "
                                        "Build and upload the files again."),
            "job_failed_record_shape": self.tr("The records do not have the shape this model expects. Check the "
                                               "base model in the recipe and build again."),
            "job_failed_record_too_long": self.tr("A record is longer than the model allows. Lower the maximum "
                                                  "length and build again."),
            "job_failed_token_limit": self.tr("A record has more tokens than the model allows. Shorten long "
                                              "records and build again."),
            "job_failed_content_policy": self.tr("The model provider's content check flagged the training data. "
                                                 "Review the records."),
            "job_failed_service": self.tr("AWS had an internal fault. Start the job again."),
        }
        return texts.get(code, "")

    def stop_selected_job(self) -> None:
        conn = self._need_connection()
        name = self.selected_job()
        if conn is None or not name:
            return
        question = self.tr("Stop job “{name}”? A stopped job cannot be resumed, and the training done so far is "
                           "still billed.").format(name=name)
        if not dialogs.ask_yes_no(self, self.tr("Stop job"), question):
            return

        def done(job: jobs.JobStatus) -> None:
            self._show_job_detail(job)
            self.refresh_jobs()

        self.calls.submit("stop job", lambda progress, cancel: jobs.stop_job(conn, name), on_result=done,
                          on_error=self._on_error)

    # ------------------------------------------------------------------ loss

    def load_loss(self) -> None:
        conn = self._need_connection()
        name = self.selected_job()
        if conn is None:
            return
        if not name:
            self._show_message(self.tr("Select a job in the list first."), error=True)
            return
        self.calls.submit("read loss", lambda progress, cancel: metrics.read_loss_curves(conn, name),
                          on_result=self._show_loss, on_error=self._on_error)

    def _plot_labels(self) -> metrics.PlotLabels:
        return metrics.PlotLabels(title=self.tr("Loss of {job}").format(job=self.curves.job_name if self.curves else ""),
                                  x_axis=self.tr("Step"), y_axis=self.tr("Loss"),
                                  training=self.tr("Training loss"), validation=self.tr("Validation loss"))

    def _show_loss(self, curves: metrics.LossCurves) -> None:
        self.curves = curves
        metrics.draw_loss(self.figure, curves, self._plot_labels(), ("DejaVu Sans", *metrics.cjk_font_families()))
        self.canvas.draw_idle()
        reading = metrics.read_loss(curves)
        self.reading_label.setText(self._reading_text(reading.code) or reading.message)
        self.save_png_button.setEnabled(True)

    def _reading_text(self, code: str) -> str:
        texts = {
            "overfitting": self.tr("Validation loss is rising while training loss falls: the model is over-fitting "
                                   "(memorising the examples). Train for fewer epochs or add more varied data."),
            "diverging": self.tr("Training loss went up: the learning rate is probably too high. Lower it and "
                                 "train again."),
            "flat": self.tr("Training loss barely changed: the learning rate may be too low, or the examples too "
                            "alike. Raise the learning rate or check the data."),
            "still_learning": self.tr("Loss is still falling: the model was still learning when training ended. "
                                      "More epochs or more data may improve it."),
            "converged": self.tr("Loss fell and then levelled off: training went as expected."),
            "too_few_points": self.tr("There are too few training steps to read a trend."),
        }
        return texts.get(code, "")

    def save_png(self) -> None:
        if self.curves is None:
            return
        folder = str(self.out_dir or Path.home())
        path = dialogs.save_file_name(self, self.tr("Save loss plot"), folder, self.tr("PNG images (*.png)"))
        if path is None:
            return
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        curves = self.curves
        labels = self._plot_labels()
        fonts = ("DejaVu Sans", *metrics.cjk_font_families())

        def work(progress: Any, cancel: Any) -> Path:
            return metrics.save_loss_plot(curves, path, labels, fonts)

        self.calls.submit("save plot", work, on_error=self._on_error,
                          on_result=lambda saved: self._show_message(self.tr("Saved {path}.").format(path=saved)))

    def shutdown(self) -> None:
        """Stop polling and cancel running work; call before the window closes."""
        self.poll_timer.stop()
        self.transfers.cancel_all()
        self.transfers.wait_for_done(10_000)
