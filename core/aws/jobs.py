"""Bedrock model customization jobs: build the request, check it, create, list, watch, stop.

Calls to Bedrock always name a job by its job name. Real Bedrock also accepts the job
ARN, but moto's server returns "not found" for an ARN, and names are what users type.

`create_job()` sends a `clientRequestToken` computed from the request itself, so sending
the same request again (after a time-out, or a second click) never starts a second job.
Bedrock returns the job it already created. Where a service reports a name conflict
instead, the existing job is returned when its token matches.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.aws.errors import explain_failure
from core.aws.iam import role_exists
from core.aws.retry import RetryPolicy, call_with_retries
from core.aws.s3uri import S3Uri, parse_s3_uri
from core.aws.session import Connection
from core.aws.upload import bucket_region
from core.catalog import Lifecycle, load_catalog, validate_hyperparameters
from core.errors import AwsError, UsageError
from core.progress import NEVER_CANCELLED, CancelToken
from core.recipe import Task

log = logging.getLogger(__name__)

# Patterns of CreateModelCustomizationJob (botocore's bedrock service model, 2023-04-20).
JOB_NAME_PATTERN = re.compile(r"[a-zA-Z0-9](-*[a-zA-Z0-9+\-.])*")
CUSTOM_MODEL_NAME_PATTERN = re.compile(r"([0-9a-zA-Z][_-]?){1,63}")
TAG_PATTERN = re.compile(r"[a-zA-Z0-9\s._:/=+@-]*")
S3_URI_PATTERN = re.compile(r"s3://[a-z0-9][-.a-z0-9]{1,61}[a-z0-9](?:/[-!_*'().a-zA-Z0-9]+(?:/[-!_*'().a-zA-Z0-9]+)*)?/?")
ROLE_ARN_PATTERN = re.compile(r"arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+")
KMS_KEY_PATTERN = re.compile(
    r"(arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:((key/[a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+)))"
    r"|([a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+)"
)
VPC_ID_PATTERN = re.compile(r"[-0-9a-zA-Z]{1,32}")

STATUSES = ("InProgress", "Completed", "Failed", "Stopping", "Stopped")
FINISHED_STATUSES = frozenset({"Completed", "Failed", "Stopped"})


@dataclass(frozen=True)
class JobRequest:
    """Everything `CreateModelCustomizationJob` needs, already checked by `build_job_request`."""

    job_name: str
    custom_model_name: str
    base_model_id: str
    role_arn: str
    train_uri: str
    output_uri: str
    validation_uri: str = ""
    customization_type: str = "FINE_TUNING"
    hyperparameters: dict[str, str] = field(default_factory=dict)
    job_tags: dict[str, str] = field(default_factory=dict)
    custom_model_tags: dict[str, str] = field(default_factory=dict)
    kms_key_id: str = ""
    subnet_ids: tuple[str, ...] = ()
    security_group_ids: tuple[str, ...] = ()

    def to_api(self) -> dict[str, Any]:
        """Return the keyword arguments of `create_model_customization_job`, without the token."""
        request: dict[str, Any] = {
            "jobName": self.job_name,
            "customModelName": self.custom_model_name,
            "roleArn": self.role_arn,
            "baseModelIdentifier": self.base_model_id,
            "customizationType": self.customization_type,
            "trainingDataConfig": {"s3Uri": self.train_uri},
            "outputDataConfig": {"s3Uri": self.output_uri},
            "hyperParameters": dict(self.hyperparameters),
        }
        if self.validation_uri:
            request["validationDataConfig"] = {"validators": [{"s3Uri": self.validation_uri}]}
        if self.job_tags:
            request["jobTags"] = [{"key": key, "value": value} for key, value in sorted(self.job_tags.items())]
        if self.custom_model_tags:
            request["customModelTags"] = [
                {"key": key, "value": value} for key, value in sorted(self.custom_model_tags.items())
            ]
        if self.kms_key_id:
            request["customModelKmsKeyId"] = self.kms_key_id
        if self.subnet_ids:
            request["vpcConfig"] = {"subnetIds": list(self.subnet_ids), "securityGroupIds": list(self.security_group_ids)}
        return request

    def client_request_token(self) -> str:
        """Return an idempotency token derived from the request: equal requests get equal tokens."""
        canonical = json.dumps(self.to_api(), sort_keys=True, separators=(",", ":"))
        return "tds-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _check(pattern: re.Pattern[str], value: str, *, what: str, rule: str, code: str, max_length: int = 0) -> None:
    if not pattern.fullmatch(value) or (max_length and len(value) > max_length):
        raise UsageError(f"{what} '{value}' is invalid: {rule}", code=code, value=value)


def check_job_name(name: str) -> None:
    """Raise `UsageError` unless `name` is a valid customization job name."""
    _check(JOB_NAME_PATTERN, name, what="job name", code="job_name_invalid", max_length=63,
           rule="use 1-63 letters, digits, hyphens, '+' or '.', starting with a letter or digit")


def check_custom_model_name(name: str) -> None:
    """Raise `UsageError` unless `name` is a valid custom model name."""
    _check(CUSTOM_MODEL_NAME_PATTERN, name, what="custom model name", code="custom_model_name_invalid",
           max_length=63,
           rule="use 1-63 letters and digits, each optionally followed by one '_' or '-' (no dots or spaces)")


def check_s3_uri(uri: str, *, what: str) -> None:
    """Raise `UsageError` unless `uri` matches the S3 URI form Bedrock accepts."""
    _check(S3_URI_PATTERN, uri, what=what, code="s3_uri_invalid", max_length=1024,
           rule="write s3://bucket/key with a lowercase bucket and keys of letters, digits and - ! _ * ' ( ) .")


def _check_tags(tags: dict[str, str], what: str) -> None:
    for key, value in tags.items():
        if not 1 <= len(key) <= 128 or not TAG_PATTERN.fullmatch(key) or len(value) > 256 or not TAG_PATTERN.fullmatch(value):
            raise UsageError(
                f"{what} '{key}={value}' is invalid: keys have 1-128 and values 0-256 characters among "
                "letters, digits, spaces and . _ : / = + @ -",
                code="tag_invalid", key=key, value=value,
            )


def build_job_request(
    *,
    job_name: str,
    custom_model_name: str,
    model_id: str,
    role_arn: str,
    train_uri: str,
    output_uri: str,
    validation_uri: str = "",
    task: Task | str = Task.FINE_TUNING,
    hyperparameters: dict[str, Any] | None = None,
    job_tags: dict[str, str] | None = None,
    custom_model_tags: dict[str, str] | None = None,
    kms_key_id: str = "",
    subnet_ids: tuple[str, ...] = (),
    security_group_ids: tuple[str, ...] = (),
) -> JobRequest:
    """Check every field against the catalog and the API's rules and return the request.

    Hyperparameters are checked for name and range and sent as strings; names left out
    take the service's defaults.

    Raises:
        UsageError: a name, URI, tag, key id, VPC setting or hyperparameter is invalid.
        CatalogError: the model is unknown or does not support `task`.
    """
    check_job_name(job_name)
    check_custom_model_name(custom_model_name)
    _check(ROLE_ARN_PATTERN, role_arn, what="service role ARN", code="role_arn_invalid",
           rule="write it as arn:aws:iam::123456789012:role/NAME")
    check_s3_uri(train_uri, what="training data URI")
    check_s3_uri(output_uri, what="output URI")
    if validation_uri:
        check_s3_uri(validation_uri, what="validation data URI")
    if kms_key_id:
        _check(KMS_KEY_PATTERN, kms_key_id, what="KMS key", code="kms_key_invalid",
               rule="give a key id, a key ARN or an alias such as alias/my-key")
    _check_tags(job_tags or {}, "job tag")
    _check_tags(custom_model_tags or {}, "custom model tag")
    if bool(subnet_ids) != bool(security_group_ids) or len(subnet_ids) > 16 or len(security_group_ids) > 5:
        raise UsageError(
            "a VPC configuration needs 1-16 subnet ids and 1-5 security group ids",
            code="vpc_invalid", subnets=str(len(subnet_ids)), groups=str(len(security_group_ids)),
        )
    for item in (*subnet_ids, *security_group_ids):
        _check(VPC_ID_PATTERN, item, what="VPC id", code="vpc_invalid", rule="use letters, digits and hyphens")

    model = load_catalog().get(model_id)
    spec = model.task(task)
    if validation_uri and not spec.validation_supported:
        raise UsageError(
            f"{model.name} takes no validation file; leave out the validation data",
            code="validation_not_supported", model=model.name,
        )
    values = validate_hyperparameters(model, task, hyperparameters or {})
    return JobRequest(
        job_name=job_name, custom_model_name=custom_model_name, base_model_id=model.id, role_arn=role_arn,
        train_uri=train_uri, output_uri=output_uri, validation_uri=validation_uri,
        customization_type=spec.customization_type, hyperparameters=values,
        job_tags=dict(job_tags or {}), custom_model_tags=dict(custom_model_tags or {}), kms_key_id=kms_key_id,
        subnet_ids=tuple(subnet_ids), security_group_ids=tuple(security_group_ids),
    )


# ---------------------------------------------------------------------------------------
# Region and lifecycle


def catalog_regions(model_id: str) -> list[str]:
    """Return the regions where, by the catalog, `model_id` can be customized."""
    return list(load_catalog().get(model_id).regions)


def offered_models(conn: Connection, customization_type: str = "FINE_TUNING") -> dict[str, str]:
    """Return {model id: lifecycle status} for the models this region customizes, asked live."""
    with conn.errors(f"list the models {conn.region_name} can customize (bedrock:ListFoundationModels)"):
        answer = conn.client("bedrock").list_foundation_models(byCustomizationType=customization_type)
    return {
        summary["modelId"]: summary.get("modelLifecycle", {}).get("status", "ACTIVE")
        for summary in answer.get("modelSummaries", [])
    }


# ---------------------------------------------------------------------------------------
# Preflight


@dataclass(frozen=True)
class Check:
    """One preflight check: `ok` is None when it could not be made (the job may still work)."""

    name: str
    ok: bool | None
    message: str


@dataclass
class Preflight:
    """The checks made before a job is created."""

    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check.ok is not False for check in self.checks)

    @property
    def failures(self) -> list[Check]:
        return [check for check in self.checks if check.ok is False]

    def add(self, name: str, ok: bool | None, message: str) -> None:
        self.checks.append(Check(name, ok, message))


@dataclass(frozen=True)
class RecordCounts:
    """Record counts of the built files and the number of errors, from the build report."""

    train: int
    validation: int = 0
    errors: int = 0


def counts_from_report(report: dict[str, Any]) -> RecordCounts | None:
    """Return the counts of a build report (`report.json`), or None when it has no `counts` section."""
    counts = report.get("counts")
    if not isinstance(counts, dict) or not isinstance(counts.get("train"), int):
        return None
    validation = counts.get("validation") or 0
    errors = report.get("errors") or []
    return RecordCounts(counts["train"], validation if isinstance(validation, int) else 0, len(errors))


def preflight(conn: Connection, request: JobRequest, *, counts: RecordCounts | None = None) -> Preflight:
    """Check the model, region, data objects, record counts and role before creating a job."""
    result = Preflight()
    model = load_catalog().get(request.base_model_id)
    spec = next(spec for spec in model.tasks if spec.customization_type == request.customization_type)
    region = conn.region_name

    if model.lifecycle != Lifecycle.ACTIVE or not spec.available:
        result.add("model_active", False, f"{model.name} is {model.lifecycle.value}: {model.lifecycle_note}")
    else:
        result.add("model_active", True, f"{model.name} is active")
    if region in model.regions:
        result.add("model_region", True, f"{model.name} can be customized in {region}")
    else:
        where = ", ".join(model.regions) or "no region"
        result.add("model_region", False, f"{model.name} can be customized only in {where}, not {region}; "
                   "choose that region")
    _check_live_model(conn, request, result)
    _check_objects(conn, request, result)
    if counts is not None:
        _check_counts(spec, model.name, counts, result)
    _check_role(conn, request, result)
    return result


def _check_live_model(conn: Connection, request: JobRequest, result: Preflight) -> None:
    try:
        offered = offered_models(conn, request.customization_type)
    except AwsError as exc:
        result.add("model_offered", None, f"Could not ask Bedrock which models {conn.region_name} customizes "
                   f"({exc.code}); the catalog's answer is used.")
        return
    status = offered.get(request.base_model_id)
    if status is None:
        result.add("model_offered", False, f"Bedrock in {conn.region_name} does not offer {request.base_model_id} "
                   "for this customization type; choose another region or model")
    elif status != "ACTIVE":
        result.add("model_offered", False, f"{request.base_model_id} is {status} in {conn.region_name}: "
                   "no new customization jobs start on it")
    else:
        result.add("model_offered", True, f"Bedrock offers {request.base_model_id} in {conn.region_name}")


def _check_objects(conn: Connection, request: JobRequest, result: Preflight) -> None:
    uris = [("training", request.train_uri)] + ([("validation", request.validation_uri)] if request.validation_uri else [])
    for label, uri in uris:
        location = parse_s3_uri(uri)
        found = bucket_region(conn, location.bucket)
        if found is None:
            result.add(f"{label}_data", False, f"the {label} data bucket '{location.bucket}' does not exist")
            continue
        if found != conn.region_name:
            result.add(f"{label}_region", False, f"the {label} data bucket '{location.bucket}' is in {found}, "
                       f"but the job runs in {conn.region_name}; upload to a bucket in {conn.region_name}")
        try:
            with conn.errors(f"check the {label} data {uri}", resource=uri):
                head = conn.client("s3", found).head_object(Bucket=location.bucket, Key=location.key)
        except AwsError as exc:
            if exc.params.get("aws_code") in {"404", "NoSuchKey", "NotFound"}:
                result.add(f"{label}_data", False, f"the {label} data {uri} does not exist; upload it first")
                continue
            raise
        if head.get("ContentLength", 0) == 0:
            result.add(f"{label}_data", False, f"the {label} data {uri} is empty")
        else:
            result.add(f"{label}_data", True, f"{uri} exists ({head['ContentLength']} bytes)")


def _check_counts(spec: Any, model_name: str, counts: RecordCounts, result: Preflight) -> None:
    total = counts.train + counts.validation
    problems: list[str] = []
    if total < spec.min_records:
        problems.append(f"{total} records is fewer than the {spec.min_records} {model_name} needs")
    if spec.max_records is not None and total > spec.max_records:
        problems.append(f"{total} records is more than the {spec.max_records} {model_name} accepts")
    if spec.max_train_records is not None and counts.train > spec.max_train_records:
        problems.append(f"{counts.train} training records is more than the {spec.max_train_records} allowed")
    if counts.validation and not spec.validation_supported:
        problems.append(f"{model_name} takes no validation file")
    if spec.max_validation_records is not None and counts.validation > spec.max_validation_records:
        problems.append(f"{counts.validation} validation records is more than the "
                        f"{spec.max_validation_records} allowed")
    if spec.min_records_per_file is not None:
        for label, count in (("training", counts.train), ("validation", counts.validation)):
            if count and count < spec.min_records_per_file:
                problems.append(f"the {label} file has {count} records, fewer than the "
                                f"{spec.min_records_per_file} each file needs")
    if counts.errors:
        problems.append(f"the build report lists {counts.errors} error(s) that make the data invalid for "
                        f"{model_name}; fix them and build again")
    if problems:
        result.add("record_counts", False, "; ".join(problems))
    else:
        result.add("record_counts", True, f"{counts.train} training and {counts.validation} validation records "
                   "are within the model's limits")


def _check_role(conn: Connection, request: JobRequest, result: Preflight) -> None:
    try:
        exists = role_exists(conn, request.role_arn)
    except AwsError as exc:
        result.add("role", None, f"Could not check the service role ({exc.code}): {exc.message}")
        return
    if exists:
        result.add("role", True, f"the service role {request.role_arn} exists")
    else:
        result.add("role", False, f"the service role {request.role_arn} does not exist; create it or pick another")


# ---------------------------------------------------------------------------------------
# Jobs


@dataclass
class JobStatus:
    """The state of one job as `get_model_customization_job` reports it, in plain fields."""

    name: str
    arn: str
    status: str
    base_model: str = ""
    custom_model_name: str = ""
    output_model_arn: str = ""
    output_uri: str = ""
    training_uri: str = ""
    validation_uri: str = ""
    hyperparameters: dict[str, str] = field(default_factory=dict)
    client_request_token: str = ""
    created: datetime | None = None
    ended: datetime | None = None
    failure_message: str = ""
    failure_code: str = ""
    failure_help: str = ""
    phases: dict[str, str] = field(default_factory=dict)
    training_loss: float | None = None
    validation_loss: float | None = None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED_STATUSES

    @property
    def job_id(self) -> str:
        """Return the last segment of the job ARN, which names the job's output folder."""
        return self.arn.rsplit("/", 1)[-1]


def _job_status(answer: dict[str, Any]) -> JobStatus:
    status = answer.get("status", "")
    failure = answer.get("failureMessage", "") if status == "Failed" else ""
    failure_code, failure_help = explain_failure(failure)
    details = answer.get("statusDetails", {})
    phases = {
        phase: details[key]["status"]
        for phase, key in (("validation", "validationDetails"), ("data_processing", "dataProcessingDetails"),
                           ("training", "trainingDetails"))
        if key in details and "status" in details[key]
    }
    validation_losses = [item.get("validationLoss") for item in answer.get("validationMetrics", [])]
    validators = answer.get("validationDataConfig", {}).get("validators", [])
    return JobStatus(
        name=answer.get("jobName", ""),
        arn=answer.get("jobArn", ""),
        status=status,
        base_model=answer.get("baseModelArn", "").rsplit("/", 1)[-1],
        custom_model_name=answer.get("outputModelName", ""),
        output_model_arn=answer.get("outputModelArn", ""),
        output_uri=answer.get("outputDataConfig", {}).get("s3Uri", ""),
        training_uri=answer.get("trainingDataConfig", {}).get("s3Uri", ""),
        validation_uri=validators[0]["s3Uri"] if validators else "",
        hyperparameters=dict(answer.get("hyperParameters", {})),
        client_request_token=answer.get("clientRequestToken", ""),
        created=answer.get("creationTime"),
        ended=answer.get("endTime") if status in FINISHED_STATUSES else None,
        failure_message=failure,
        failure_code=failure_code,
        failure_help=failure_help,
        phases=phases,
        training_loss=answer.get("trainingMetrics", {}).get("trainingLoss"),
        validation_loss=validation_losses[-1] if validation_losses else None,
    )


def get_job(conn: Connection, name: str) -> JobStatus:
    """Return the status of the job called `name`.

    Raises:
        AwsError: code `aws_not_found` when no such job exists in the region.
    """
    check_job_name(name)
    with conn.errors(f"get the status of job '{name}'", resource=name):
        answer = conn.client("bedrock").get_model_customization_job(jobIdentifier=name)
    return _job_status(answer)


def create_job(conn: Connection, request: JobRequest, *, retry: RetryPolicy | None = None) -> JobStatus:
    """Create the customization job, safely: a repeated request returns the job it created.

    Raises:
        AwsError: the service rejected the request, or a different job has the same name.
    """
    token = request.client_request_token()
    client = conn.client("bedrock")
    log.info("creating customization job %s on %s in %s", request.job_name, request.base_model_id, conn.region_name)
    try:
        call_with_retries(
            conn, f"create customization job '{request.job_name}'",
            lambda: client.create_model_customization_job(**request.to_api(), clientRequestToken=token),
            resource=request.job_name, policy=retry,
        )
    except AwsError as exc:
        if exc.params.get("aws_code") not in {"ConflictException", "ResourceInUseException", "ValidationException"}:
            raise
        existing = _existing_job(conn, request.job_name)
        if existing is None or existing.client_request_token != token:
            raise AwsError(
                f"A customization job named '{request.job_name}' already exists with different settings "
                f"(or the custom model name '{request.custom_model_name}' is taken). Choose new names. "
                f"AWS error: {exc.params.get('aws_message', '')}",
                code="job_name_taken", job_name=request.job_name, model_name=request.custom_model_name,
            ) from exc
        log.info("job %s already exists with the same request token; using it", request.job_name)
        return existing
    return get_job(conn, request.job_name)


def _existing_job(conn: Connection, name: str) -> JobStatus | None:
    try:
        return get_job(conn, name)
    except AwsError as exc:
        if exc.code == "aws_not_found":
            return None
        raise


def launch_job(conn: Connection, request: JobRequest, *, counts: RecordCounts | None = None) -> JobStatus:
    """Run the preflight checks and create the job when none failed.

    Raises:
        AwsError: code `preflight_failed`, listing each failed check, or any `create_job` error.
    """
    checks = preflight(conn, request, counts=counts)
    if not checks.ok:
        listed = " ".join(f"({index}) {check.message}." for index, check in enumerate(checks.failures, 1))
        raise AwsError(f"The job was not created because checks failed: {listed}", code="preflight_failed",
                       failures=[check.name for check in checks.failures])
    return create_job(conn, request)


@dataclass(frozen=True)
class JobSummary:
    """One row of the job list."""

    name: str
    arn: str
    status: str
    base_model: str
    custom_model_name: str
    created: datetime | None
    ended: datetime | None


def list_jobs(
    conn: Connection,
    *,
    status: str = "",
    name_contains: str = "",
    created_after: datetime | None = None,
    created_before: datetime | None = None,
    newest_first: bool = True,
    limit: int = 0,
) -> list[JobSummary]:
    """Return the region's customization jobs, filtered and sorted by creation time."""
    if status and status not in STATUSES:
        raise UsageError(f"unknown job status '{status}'; use one of {', '.join(STATUSES)}",
                         code="job_status_invalid", value=status)
    request: dict[str, Any] = {"sortBy": "CreationTime", "sortOrder": "Descending" if newest_first else "Ascending"}
    if status:
        request["statusEquals"] = status
    if name_contains:
        request["nameContains"] = name_contains
    if created_after:
        request["creationTimeAfter"] = created_after
    if created_before:
        request["creationTimeBefore"] = created_before
    jobs: list[JobSummary] = []
    with conn.errors("list customization jobs (bedrock:ListModelCustomizationJobs)"):
        pages = conn.client("bedrock").get_paginator("list_model_customization_jobs").paginate(**request)
        for page in pages:
            for item in page.get("modelCustomizationJobSummaries", []):
                jobs.append(JobSummary(
                    name=item["jobName"], arn=item["jobArn"], status=item["status"],
                    base_model=item.get("baseModelArn", "").rsplit("/", 1)[-1],
                    custom_model_name=item.get("customModelName", ""),
                    created=item.get("creationTime"),
                    ended=item.get("endTime") if item["status"] in FINISHED_STATUSES else None,
                ))
                if limit and len(jobs) >= limit:
                    return jobs
    return jobs


def stop_job(conn: Connection, name: str) -> JobStatus:
    """Stop a running job (it cannot be resumed; trained tokens are still billed); return its status."""
    check_job_name(name)
    with conn.errors(f"stop job '{name}'", resource=name):
        conn.client("bedrock").stop_model_customization_job(jobIdentifier=name)
    log.info("asked Bedrock to stop job %s", name)
    return get_job(conn, name)


def wait_for_job(
    conn: Connection,
    name: str,
    *,
    on_update: Callable[[JobStatus], None] | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
    interval: float = 60.0,
    max_interval: float = 300.0,
    factor: float = 1.5,
    sleep: Callable[[float], None] = time.sleep,
) -> JobStatus:
    """Poll the job until it finishes, waiting longer between polls (Bedrock has no waiter).

    Calls `on_update` after every poll. Returns the final status; raises `Cancelled` when
    `cancel` is set (the job keeps running).
    """
    delay = interval
    while True:
        job = get_job(conn, name)
        if on_update is not None:
            on_update(job)
        if job.finished:
            return job
        waited = 0.0
        while waited < delay:
            cancel.raise_if_cancelled()
            step = min(1.0, delay - waited)
            sleep(step)
            waited += step
        cancel.raise_if_cancelled()
        delay = min(delay * factor, max_interval)


def output_prefix_of(job: JobStatus) -> S3Uri:
    """Return the folder below the output URI where the job writes its metrics files."""
    output = parse_s3_uri(job.output_uri, what="job output URI")
    return output.child(f"model-customization-job-{job.job_id}/")
