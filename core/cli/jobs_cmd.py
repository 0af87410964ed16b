"""`tunedata jobs`: create, list, watch and stop Bedrock model customization jobs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.aws import jobs, metrics
from core.cli.upload_cmd import add_aws_options, connection_from_args, show_identity
from core.errors import InputError, UsageError
from core.recipe import Task


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "jobs", help="create, list, watch and stop customization jobs",
        description="Manage Bedrock model customization jobs. Jobs are named by their job name.",
    )
    commands = parser.add_subparsers(dest="jobs_command", metavar="ACTION", parser_class=type(parser))
    commands.required = True

    create = commands.add_parser(
        "create", help="check the settings and start a customization job",
        description="Check the model, region, data, record counts and service role, then start the job. "
        "Running the same command again never starts a second job.",
    )
    create.add_argument("--name", required=True, help="job name (1-63 letters, digits, - + .)")
    create.add_argument("--custom-model-name", required=True, metavar="NAME",
                        help="name of the model the job creates (letters and digits, single _ or - between)")
    create.add_argument("--model", required=True, metavar="MODEL_ID", help="base model id, see 'tunedata models'")
    create.add_argument("--role-arn", required=True, metavar="ARN", help="service role Bedrock assumes")
    create.add_argument("--train", required=True, metavar="S3URI", help="training file, s3://bucket/key.jsonl")
    create.add_argument("--validation", default="", metavar="S3URI", help="validation file, if the model takes one")
    create.add_argument("--output", required=True, metavar="S3URI", help="folder the job writes its metrics to")
    create.add_argument("--hp", action="append", default=[], metavar="NAME=VALUE",
                        help="hyperparameter, repeatable (e.g. --hp epochCount=2); others keep AWS's defaults")
    create.add_argument("--task", default=Task.FINE_TUNING.value, choices=[task.value for task in Task],
                        help="customization type (default %(default)s)")
    create.add_argument("--tag", action="append", default=[], metavar="KEY=VALUE", help="job tag, repeatable")
    create.add_argument("--kms-key-id", default="", metavar="KEY", help="KMS key that encrypts the custom model")
    create.add_argument("--subnet-id", action="append", default=[], metavar="ID", help="VPC subnet, repeatable")
    create.add_argument("--security-group-id", action="append", default=[], metavar="ID",
                        help="VPC security group, repeatable")
    create.add_argument("--report", type=Path, metavar="FILE",
                        help="the build's report.json; its record counts are checked against the model's limits")
    add_aws_options(create)
    create.set_defaults(handler=_create)

    listing = commands.add_parser("list", help="list customization jobs, newest first")
    listing.add_argument("--status", default="", choices=["", *jobs.STATUSES], help="only jobs with this status")
    listing.add_argument("--name-contains", default="", metavar="TEXT", help="only jobs whose name contains TEXT")
    listing.add_argument("--oldest-first", action="store_true", help="sort by creation time, oldest first")
    listing.add_argument("--limit", type=int, default=0, metavar="N", help="show at most N jobs")
    add_aws_options(listing)
    listing.set_defaults(handler=_list)

    status = commands.add_parser("status", help="show a job's status, and why it failed")
    status.add_argument("name", metavar="NAME", help="job name")
    status.add_argument("--wait", action="store_true", help="poll until the job ends (first every 60 s)")
    add_aws_options(status)
    status.set_defaults(handler=_status)

    stop = commands.add_parser("stop", help="stop a running job (it cannot be resumed)")
    stop.add_argument("name", metavar="NAME", help="job name")
    add_aws_options(stop)
    stop.set_defaults(handler=_stop)

    loss = commands.add_parser("metrics", help="read a job's loss curves and explain them")
    loss.add_argument("name", metavar="NAME", help="job name")
    loss.add_argument("--plot", type=Path, metavar="FILE.png", help="save the loss plot as PNG")
    add_aws_options(loss)
    loss.set_defaults(handler=_metrics)


def _pairs(values: list[str], option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"{option} {value!r} is not NAME=VALUE", code="option_not_pair", option=option,
                             value=value)
        pairs[name.strip()] = text.strip()
    return pairs


def _read_report(path: Path) -> jobs.RecordCounts | None:
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: report file not found", code="file_not_found", path=str(path)) from exc
    except ValueError as exc:
        raise InputError(f"{path}: not a JSON report ({exc})", code="report_invalid", path=str(path)) from exc
    counts = jobs.counts_from_report(report)
    if counts is None:
        print(f"warning: {path} has no train/validation counts; record counts not checked", file=sys.stderr)
    return counts


def _create(args: argparse.Namespace) -> int:
    request = jobs.build_job_request(
        job_name=args.name, custom_model_name=args.custom_model_name, model_id=args.model, role_arn=args.role_arn,
        train_uri=args.train, validation_uri=args.validation, output_uri=args.output, task=args.task,
        hyperparameters=_pairs(args.hp, "--hp"), job_tags=_pairs(args.tag, "--tag"), kms_key_id=args.kms_key_id,
        subnet_ids=tuple(args.subnet_id), security_group_ids=tuple(args.security_group_id),
    )
    counts = _read_report(args.report) if args.report else None
    conn = connection_from_args(args)
    show_identity(conn)

    checks = jobs.preflight(conn, request, counts=counts)
    for check in checks.checks:
        mark = {True: "ok", False: "FAILED", None: "not checked"}[check.ok]
        print(f"check {check.name}: {mark}: {check.message}", file=sys.stderr)
    if not checks.ok:
        print(f"error: the job was not created because {len(checks.failures)} check(s) failed", file=sys.stderr)
        return 2
    job = jobs.create_job(conn, request)
    print(f"job {job.name}: {job.status}")
    print(f"arn: {job.arn}")
    print(f"hyperparameters: {json.dumps(request.hyperparameters, sort_keys=True)}")
    return 0


def _list(args: argparse.Namespace) -> int:
    conn = connection_from_args(args)
    found = jobs.list_jobs(conn, status=args.status, name_contains=args.name_contains,
                           newest_first=not args.oldest_first, limit=args.limit)
    if not found:
        print("no customization jobs")
        return 0
    for job in found:
        created = job.created.strftime("%Y-%m-%d %H:%M") if job.created else "-"
        print(f"{job.name}\t{job.status}\t{created}\t{job.base_model}\t{job.custom_model_name}")
    return 0


def _print_status(job: jobs.JobStatus) -> None:
    print(f"job {job.name}: {job.status}")
    print(f"base model: {job.base_model}")
    if job.created:
        print(f"created: {job.created:%Y-%m-%d %H:%M:%S}")
    if job.ended:
        print(f"ended: {job.ended:%Y-%m-%d %H:%M:%S}")
    for phase, state in job.phases.items():
        print(f"{phase.replace('_', ' ')}: {state}")
    if job.status == "Completed" and job.output_model_arn:
        print(f"custom model: {job.output_model_arn}")
    if job.failure_message:
        print(f"failure: {job.failure_message}")
        if job.failure_help:
            print(f"what it means: {job.failure_help}")


def _status(args: argparse.Namespace) -> int:
    conn = connection_from_args(args)
    if args.wait:
        job = jobs.wait_for_job(conn, args.name, on_update=lambda update: print(f"{update.name}: {update.status}",
                                                                                 flush=True))
    else:
        job = jobs.get_job(conn, args.name)
    _print_status(job)
    return 0


def _stop(args: argparse.Namespace) -> int:
    conn = connection_from_args(args)
    show_identity(conn)
    job = jobs.stop_job(conn, args.name)
    print(f"job {job.name}: {job.status}")
    print("A stopped job cannot be resumed; the tokens trained so far are billed.")
    return 0


def _metrics(args: argparse.Namespace) -> int:
    conn = connection_from_args(args)
    curves = metrics.read_loss_curves(conn, args.name)
    training_points = curves.training.height if curves.training is not None else 0
    print(f"training loss: {training_points} steps from {curves.training_uri}")
    if curves.validation is not None:
        print(f"validation loss: {curves.validation.height} points from {curves.validation_uri}")
    else:
        print("validation loss: none (the job had no validation file)")
    print(f"reading: {metrics.read_loss(curves).message}")
    if args.plot:
        path = metrics.save_loss_plot(curves, args.plot)
        print(f"plot saved to {path}")
    return 0
