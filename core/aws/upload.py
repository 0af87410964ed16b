"""Upload a build's training files to S3: resumable multipart upload with verification.

`upload_files()` sends each file as one object below an S3 prefix. Files larger than the
part size go as multipart uploads. After every part a small JSON state file (beside the
output folder, see `state_path_for`) records the upload id and the ETag of each finished
part, with the file's size and SHA-256. A later call with the same files and destination
resumes: it asks S3 which parts it holds (`ListParts`), keeps those whose ETags match the
state file and sends only the rest. A file whose object already exists with the same size
and SHA-256 is not sent again.

Every object carries its SHA-256 in the metadata key `sha256`. After the upload each
object is checked with `HeadObject` for the expected size and checksum.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.atomic import atomic_write_bytes
from core.aws.retry import RetryPolicy, call_with_retries
from core.aws.s3uri import S3Uri, check_bucket_name, parse_s3_uri, unique_keys
from core.aws.session import Connection
from core.errors import AwsError, InputError, UsageError
from core.progress import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress

log = logging.getLogger(__name__)

MIB = 1024 * 1024
DEFAULT_PART_SIZE = 8 * MIB
MIN_PART_SIZE = 5 * MIB  # S3 rejects smaller parts except the last one
MAX_PARTS = 10_000
STATE_VERSION = 1
CHECKSUM_METADATA_KEY = "sha256"
TRAINING_FILE_PATTERNS = ("train*.jsonl", "validation*.jsonl")
"""Files of an output folder that a customization job reads; other build files stay local."""


@dataclass
class UploadedObject:
    """One local file and the S3 object it became."""

    local_path: Path
    key: str
    uri: str
    size: int
    sha256: str
    sent: bool
    """False when the object already existed with the same size and checksum."""


@dataclass
class UploadResult:
    """What `upload_files` did."""

    bucket: str
    prefix: str
    bucket_region: str
    objects: list[UploadedObject] = field(default_factory=list)
    parts_sent: int = 0
    parts_reused: int = 0
    files_skipped: int = 0
    bucket_created: bool = False
    warnings: list[str] = field(default_factory=list)

    def uri_of(self, file_name: str) -> str:
        """Return the S3 URI of the uploaded file called `file_name`."""
        for item in self.objects:
            if item.local_path.name == file_name:
                return item.uri
        raise KeyError(file_name)


@dataclass
class Encryption:
    """Server-side encryption of uploaded objects: SSE-S3 by default, SSE-KMS with a key id."""

    kms_key_id: str = ""

    def extra_args(self) -> dict[str, str]:
        if self.kms_key_id:
            return {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": self.kms_key_id}
        return {"ServerSideEncryption": "AES256"}


def state_path_for(folder: Path) -> Path:
    """Return the upload state file kept beside `folder` (not inside it, so builds never see it)."""
    folder = folder.resolve()
    return folder.parent / f".{folder.name}.upload-state.json"


def training_files(folder: Path) -> list[Path]:
    """Return the training and validation files of a build's output folder, sorted by name.

    Raises:
        InputError: the folder does not exist or holds no `train*.jsonl` file.
    """
    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise InputError(f"{folder}: folder not found; give the output folder of a build", code="folder_not_found",
                         path=str(folder))
    found = sorted({path for pattern in TRAINING_FILE_PATTERNS for path in folder.glob(pattern) if path.is_file()})
    if not any(path.name.startswith("train") for path in found):
        present = ", ".join(sorted(path.name for path in folder.iterdir())) or "nothing"
        raise InputError(
            f"{folder}: no training file (train*.jsonl) found; the folder holds {present}. Run the build first.",
            code="no_training_file", path=str(folder),
        )
    return found


def file_sha256(path: Path, cancel: CancelToken = NEVER_CANCELLED) -> str:
    """Return the hex SHA-256 of a file, reading it in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(MIB):
            digest.update(block)
            cancel.raise_if_cancelled()
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------
# Buckets


def list_buckets(conn: Connection) -> list[str]:
    """Return the names of the buckets the identity can list."""
    with conn.errors("list S3 buckets (s3:ListAllMyBuckets)"):
        answer = conn.client("s3").list_buckets()
    return sorted(bucket["Name"] for bucket in answer.get("Buckets", []))


def bucket_region(conn: Connection, bucket: str) -> str | None:
    """Return the region of `bucket`, or None when it does not exist."""
    check_bucket_name(bucket)
    try:
        with conn.errors(f"find the region of bucket '{bucket}'", resource=f"s3://{bucket}"):
            answer = conn.client("s3").get_bucket_location(Bucket=bucket)
    except AwsError as exc:
        if exc.params.get("aws_code") in {"NoSuchBucket", "404", "NotFound"}:
            return None
        raise
    # Buckets in us-east-1 report no location; "EU" is the legacy name of eu-west-1.
    location = answer.get("LocationConstraint") or "us-east-1"
    return "eu-west-1" if location == "EU" else location


def create_bucket(conn: Connection, bucket: str, region: str = "") -> str:
    """Create `bucket` in `region` (default the connection's), blocking public access; return the region."""
    check_bucket_name(bucket)
    region = region or conn.region_name
    client = conn.client("s3", region)
    request: dict[str, Any] = {"Bucket": bucket}
    if region != "us-east-1":
        request["CreateBucketConfiguration"] = {"LocationConstraint": region}
    with conn.errors(f"create bucket '{bucket}' in {region}", resource=f"s3://{bucket}"):
        client.create_bucket(**request)
        client.put_public_access_block(
            Bucket=bucket,
            PublicAccessBlockConfiguration={
                "BlockPublicAcls": True, "IgnorePublicAcls": True,
                "BlockPublicPolicy": True, "RestrictPublicBuckets": True,
            },
        )
    log.info("created bucket %s in %s", bucket, region)
    return region


def region_mismatch_warning(bucket: str, bucket_region_name: str, job_region: str) -> str:
    """Return the warning shown when a bucket is outside the job's region, or ''."""
    if bucket_region_name == job_region:
        return ""
    return (
        f"Bucket '{bucket}' is in {bucket_region_name} but the customization job runs in {job_region}. "
        f"Bedrock reads training data only from a bucket in the job's region: choose or create a bucket "
        f"in {job_region}."
    )


# ---------------------------------------------------------------------------------------
# Upload


class _StateFile:
    """The resume state of one upload destination, saved atomically after every change."""

    def __init__(self, path: Path, bucket: str) -> None:
        self.path = path
        self.data: dict[str, Any] = {"version": STATE_VERSION, "bucket": bucket, "files": {}}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable upload state %s: %s", path, exc)
            return
        if loaded.get("version") == STATE_VERSION and loaded.get("bucket") == bucket:
            self.data = loaded

    def entry(self, key: str) -> dict[str, Any] | None:
        return self.data["files"].get(key)

    def put(self, key: str, entry: dict[str, Any]) -> None:
        self.data["files"][key] = entry
        self.save()

    def drop(self, key: str) -> None:
        if self.data["files"].pop(key, None) is not None:
            self.save()

    def save(self) -> None:
        atomic_write_bytes(self.path, json.dumps(self.data, indent=1, sort_keys=True).encode("utf-8"))

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


class _Uploader:
    """One call of `upload_files`: the client, the state file, counters and progress."""

    def __init__(
        self, conn: Connection, client: Any, destination: S3Uri, state: _StateFile, *,
        part_size: int, encryption: Encryption, retry: RetryPolicy,
        progress: ProgressCallback, cancel: CancelToken, total_bytes: int,
    ) -> None:
        self.conn = conn
        self.client = client
        self.bucket = destination.bucket
        self.state = state
        self.part_size = part_size
        self.encryption = encryption
        self.retry = retry
        self.progress = progress
        self.cancel = cancel
        self.total_bytes = total_bytes
        self.done_bytes = 0
        self.parts_sent = 0
        self.parts_reused = 0

    def call(self, action: str, resource: str, function: Callable[[], Any]) -> Any:
        """Run one S3 call, retrying transient failures with exponential backoff."""
        return call_with_retries(self.conn, action, function, resource=resource, policy=self.retry,
                                 cancel=self.cancel)

    def advance(self, count: int) -> None:
        self.done_bytes += count
        self.progress("upload", self.done_bytes, self.total_bytes)

    def existing_matches(self, key: str, size: int, sha256: str) -> bool:
        """Return True when the object exists with this size and SHA-256 metadata."""
        try:
            head = self.call(f"check s3://{self.bucket}/{key}", f"s3://{self.bucket}/{key}",
                             lambda: self.client.head_object(Bucket=self.bucket, Key=key))
        except AwsError as exc:
            if exc.params.get("aws_code") in {"404", "NoSuchKey", "NotFound"}:
                return False
            raise
        return head.get("ContentLength") == size and head.get("Metadata", {}).get(CHECKSUM_METADATA_KEY) == sha256

    def send(self, path: Path, key: str, size: int, sha256: str) -> bool:
        """Upload one file unless S3 already holds it; return True when bytes were sent."""
        entry = self.state.entry(key)
        if entry and (entry.get("size") != size or entry.get("sha256") != sha256):
            log.info("%s changed since the interrupted upload; starting it again", path)
            self.abort(key, entry.get("upload_id", ""))
            self.state.drop(key)
            entry = None

        if (entry is None or entry.get("done")) and self.existing_matches(key, size, sha256):
            log.info("s3://%s/%s already holds %s (same size and SHA-256); not sent again", self.bucket, key, path)
            self.state.drop(key)
            self.advance(size)
            return False

        if size <= self.part_size:
            self.put_whole(path, key, size, sha256)
        else:
            self.put_multipart(path, key, size, sha256, entry)
        return True

    def put_whole(self, path: Path, key: str, size: int, sha256: str) -> None:
        self.cancel.raise_if_cancelled()
        body = path.read_bytes()
        checksum = base64.b64encode(hashlib.sha256(body).digest()).decode("ascii")
        self.call(
            f"upload {path.name} to s3://{self.bucket}/{key}", f"s3://{self.bucket}/{key}",
            lambda: self.client.put_object(
                Bucket=self.bucket, Key=key, Body=body, ChecksumSHA256=checksum,
                Metadata={CHECKSUM_METADATA_KEY: sha256}, **self.encryption.extra_args(),
            ),
        )
        self.parts_sent += 1
        self.advance(size)
        log.info("uploaded %s to s3://%s/%s (%d bytes)", path, self.bucket, key, size)

    def put_multipart(self, path: Path, key: str, size: int, sha256: str, entry: dict[str, Any] | None) -> None:
        resource = f"s3://{self.bucket}/{key}"
        part_size = int(entry["part_size"]) if entry else self.part_size
        held = self.parts_held(key, entry) if entry else {}
        if entry is None or held is None:
            answer = self.call(
                f"start the upload of {path.name} to {resource}", resource,
                lambda: self.client.create_multipart_upload(
                    Bucket=self.bucket, Key=key, ChecksumAlgorithm="SHA256",
                    Metadata={CHECKSUM_METADATA_KEY: sha256}, **self.encryption.extra_args(),
                ),
            )
            entry = {"key": key, "size": size, "sha256": sha256, "part_size": part_size,
                     "upload_id": answer["UploadId"], "parts": {}, "done": False}
            self.state.put(key, entry)
            held = {}
        entry["parts"] = held
        self.state.put(key, entry)

        upload_id = entry["upload_id"]
        part_count = -(-size // part_size)
        with path.open("rb") as handle:
            for number in range(1, part_count + 1):
                self.cancel.raise_if_cancelled()
                length = min(part_size, size - (number - 1) * part_size)
                if str(number) in held:
                    self.parts_reused += 1
                    self.advance(length)
                    continue
                handle.seek((number - 1) * part_size)
                data = handle.read(length)
                checksum = base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")
                answer = self.call(
                    f"upload part {number} of {part_count} of {path.name} to {resource}", resource,
                    lambda data=data, number=number, checksum=checksum: self.client.upload_part(
                        Bucket=self.bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=data,
                        ChecksumSHA256=checksum,
                    ),
                )
                held[str(number)] = {"etag": answer["ETag"], "checksum": checksum}
                self.state.put(key, entry)
                self.parts_sent += 1
                self.advance(length)

        parts = [
            {"PartNumber": number, "ETag": held[str(number)]["etag"], "ChecksumSHA256": held[str(number)]["checksum"]}
            for number in range(1, part_count + 1)
        ]
        self.call(
            f"finish the upload of {path.name} to {resource}", resource,
            lambda: self.client.complete_multipart_upload(
                Bucket=self.bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": parts},
            ),
        )
        entry["done"] = True
        self.state.put(key, entry)
        log.info("uploaded %s to %s (%d bytes, %d parts)", path, resource, size, part_count)

    def parts_held(self, key: str, entry: dict[str, Any]) -> dict[str, dict[str, str]] | None:
        """Return the recorded parts S3 still holds with the same ETag; None when the upload is gone."""
        resource = f"s3://{self.bucket}/{key}"
        server: dict[str, str] = {}
        marker = 0
        while True:
            try:
                answer = self.call(
                    f"list the parts already uploaded to {resource}", resource,
                    lambda marker=marker: self.client.list_parts(
                        Bucket=self.bucket, Key=key, UploadId=entry["upload_id"], PartNumberMarker=marker
                    ),
                )
            except AwsError as exc:
                if exc.params.get("aws_code") in {"NoSuchUpload", "404", "NotFound"}:
                    log.info("the interrupted upload of %s no longer exists on S3; starting again", resource)
                    return None
                raise
            for part in answer.get("Parts", []):
                server[str(part["PartNumber"])] = part["ETag"]
            if not answer.get("IsTruncated"):
                break
            marker = int(answer["NextPartNumberMarker"])
        recorded: dict[str, dict[str, str]] = entry.get("parts", {})
        return {number: part for number, part in recorded.items() if server.get(number) == part["etag"]}

    def abort(self, key: str, upload_id: str) -> None:
        if not upload_id:
            return
        try:
            self.call(f"abort an old upload to s3://{self.bucket}/{key}", f"s3://{self.bucket}/{key}",
                      lambda: self.client.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id))
        except AwsError as exc:
            log.warning("could not abort the old upload %s of %s: %s", upload_id, key, exc.code)

    def verify(self, key: str, size: int, sha256: str) -> None:
        """Raise `AwsError` unless the object has the expected size and checksum."""
        resource = f"s3://{self.bucket}/{key}"
        head = self.call(f"verify {resource}", resource,
                         lambda: self.client.head_object(Bucket=self.bucket, Key=key))
        found_size = head.get("ContentLength")
        found_sha = head.get("Metadata", {}).get(CHECKSUM_METADATA_KEY, "")
        if found_size != size or found_sha != sha256:
            raise AwsError(
                f"The uploaded object {resource} does not match the local file: expected {size} bytes with "
                f"SHA-256 {sha256}, found {found_size} bytes with SHA-256 {found_sha or 'missing'}. Upload again.",
                code="upload_verify_failed", uri=resource, expected_size=str(size), found_size=str(found_size),
            )


def upload_files(
    conn: Connection,
    files: list[Path],
    destination: str | S3Uri,
    *,
    state_path: Path,
    kms_key_id: str = "",
    create_missing_bucket: bool = False,
    part_size: int = DEFAULT_PART_SIZE,
    retry: RetryPolicy | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> UploadResult:
    """Upload `files` below the prefix `destination`, resuming an interrupted upload.

    Object keys are the file names made safe for Bedrock (see `core.aws.s3uri`). Progress
    is reported as `progress("upload", bytes_done, bytes_total)`. Cancelling keeps the
    state file, so the next call resumes.

    Raises:
        AwsError: the bucket is missing (and `create_missing_bucket` is False), an AWS call
            failed after its retries, or an uploaded object does not match its file.
        InputError: a file cannot be read.
        Cancelled: `cancel` was set; finished parts stay recorded.
    """
    target = destination if isinstance(destination, S3Uri) else parse_s3_uri(destination, what="upload destination")
    if part_size < MIN_PART_SIZE:
        raise UsageError(f"part size {part_size} bytes is below S3's minimum of {MIN_PART_SIZE} bytes",
                         code="part_size_too_small", value=str(part_size))
    job_region = conn.region_name
    result = UploadResult(bucket=target.bucket, prefix=target.prefix, bucket_region=job_region)

    found_region = bucket_region(conn, target.bucket)
    if found_region is None:
        if not create_missing_bucket:
            raise AwsError(
                f"Bucket '{target.bucket}' does not exist. Create it (option --create-bucket, or 'Create bucket' "
                "in the window) or choose an existing bucket.",
                code="aws_no_such_bucket", bucket=target.bucket,
            )
        found_region = create_bucket(conn, target.bucket, job_region)
        result.bucket_created = True
    result.bucket_region = found_region
    warning = region_mismatch_warning(target.bucket, found_region, job_region)
    if warning:
        log.warning("%s", warning)
        result.warnings.append(warning)

    keys = unique_keys(target.prefix, [path.name for path in files])
    sizes: dict[Path, int] = {}
    for path in files:
        try:
            sizes[path] = path.stat().st_size
        except OSError as exc:
            raise InputError(f"{path}: cannot read the file ({exc.strerror})", code="file_unreadable",
                             path=str(path)) from exc
        key = keys[path.name]
        if key.rsplit("/", 1)[-1] != path.name:
            result.warnings.append(f"'{path.name}' is uploaded as '{key}': Bedrock accepts only letters, digits "
                                   "and - ! _ * ' ( ) . in S3 keys.")
        if -(-sizes[path] // part_size) > MAX_PARTS:
            raise UsageError(f"{path}: too large for {part_size}-byte parts; use a larger part size",
                             code="part_size_too_small", path=str(path))

    state = _StateFile(state_path, target.bucket)
    uploader = _Uploader(
        conn, conn.client("s3", found_region), target, state, part_size=part_size,
        encryption=Encryption(kms_key_id), retry=retry or RetryPolicy(), progress=progress, cancel=cancel,
        total_bytes=sum(sizes.values()),
    )
    progress("upload", 0, uploader.total_bytes)
    for path in files:
        cancel.raise_if_cancelled()
        sha256 = file_sha256(path, cancel)
        key = keys[path.name]
        sent = uploader.send(path, key, sizes[path], sha256)
        uploader.verify(key, sizes[path], sha256)
        state.drop(key)
        if not sent:
            result.files_skipped += 1
        result.objects.append(UploadedObject(path, key, f"s3://{target.bucket}/{key}", sizes[path], sha256, sent))

    state.remove()
    result.parts_sent = uploader.parts_sent
    result.parts_reused = uploader.parts_reused
    return result
