"""`tunedata upload`: send a build's training files to S3, resuming an interrupted upload."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.aws.session import Connection
from core.aws.upload import DEFAULT_PART_SIZE, MIB, state_path_for, training_files, upload_files


def add_aws_options(parser: argparse.ArgumentParser) -> None:
    """Add --profile, --region and --endpoint-url, shared by the AWS commands."""
    group = parser.add_argument_group("AWS connection (credentials come from your AWS configuration)")
    group.add_argument("--profile", default="", help="AWS profile name (default: the default credential chain)")
    group.add_argument("--region", default="", help="AWS region, e.g. us-east-1 (default: the profile's region)")
    group.add_argument("--endpoint-url", default="", metavar="URL",
                       help="send every AWS call to this URL (a VPC endpoint or a local test server)")


def connection_from_args(args: argparse.Namespace) -> Connection:
    return Connection(profile=args.profile, region=args.region, endpoint_url=args.endpoint_url)


def show_identity(conn: Connection) -> None:
    """Print who the calls run as, before anything is changed."""
    identity = conn.identity()
    print(f"AWS identity: {identity.arn} (account {identity.account}, region {conn.region_name})", file=sys.stderr)


class _ProgressPrinter:
    """Print the upload progress to standard error in steps of 10%."""

    def __init__(self) -> None:
        self.next_percent = 10

    def __call__(self, stage: str, done: float, total: float | None) -> None:
        if not total:
            return
        percent = int(100 * done / total)
        if percent >= self.next_percent:
            print(f"{stage}: {done / MIB:.1f} of {total / MIB:.1f} MiB ({percent}%)", file=sys.stderr, flush=True)
            self.next_percent = (percent // 10 + 1) * 10


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "upload",
        help="upload a build's training and validation files to S3",
        description="Upload the train*.jsonl and validation*.jsonl files of a build's output folder (or one "
        "file) below an S3 prefix. Keys are rewritten to the characters Bedrock accepts. An interrupted upload "
        "resumes where it stopped when the same command runs again.",
    )
    parser.add_argument("source", type=Path, metavar="DIR", help="output folder of a build, or one .jsonl file")
    parser.add_argument("destination", metavar="s3://BUCKET/PREFIX", help="where the files go")
    add_aws_options(parser)
    parser.add_argument("--kms-key-id", default="", metavar="KEY",
                        help="encrypt the objects with this KMS key (SSE-KMS); default is SSE-S3")
    parser.add_argument("--create-bucket", action="store_true",
                        help="create the bucket in the chosen region when it does not exist")
    parser.add_argument("--part-size", type=int, default=DEFAULT_PART_SIZE // MIB, metavar="MiB",
                        help="multipart upload part size in MiB (minimum 5, default %(default)s)")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    files = training_files(args.source)
    conn = connection_from_args(args)
    show_identity(conn)

    folder = args.source if args.source.is_dir() else args.source.parent
    result = upload_files(
        conn, files, args.destination, state_path=state_path_for(folder), kms_key_id=args.kms_key_id,
        create_missing_bucket=args.create_bucket, part_size=args.part_size * MIB, progress=_ProgressPrinter(),
    )
    if result.bucket_created:
        print(f"created bucket {result.bucket} in {result.bucket_region}")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for item in result.objects:
        state = "uploaded" if item.sent else "already uploaded, not sent again"
        print(f"{item.uri}  {item.size} bytes  sha256 {item.sha256}  ({state})")
    return 0
