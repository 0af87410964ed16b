"""Translation of botocore exceptions into `core.errors.AwsError`, at one boundary.

Every AWS call in `core.aws` runs inside `aws_errors(action, ...)`. The context manager
turns botocore's exceptions into an `AwsError` whose `code` is stable (the GUI translates
by it), whose message states what failed in plain words and what to do next, and which is
chained to the original exception with `from`. Nothing else in the package catches
botocore exceptions, except where a specific error code is an expected answer (for
example "no such upload" while resuming), and those places use `error_code()`.

`explain_failure()` maps the failure messages a customization job reports to help text.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from botocore import exceptions as bx

from core.errors import AwsError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Advice:
    code: str
    problem: str
    next_step: str


# Error codes from AWS responses (ClientError) and what the user should do about each.
# Several services spell the same condition differently, so each spelling is listed.
_CLIENT_ERRORS: dict[str, _Advice] = {}


def _register(codes: tuple[str, ...], advice: _Advice) -> None:
    for aws_code in codes:
        _CLIENT_ERRORS[aws_code] = advice


_register(
    ("ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired"),
    _Advice(
        "aws_expired_token",
        "the AWS session credentials have expired",
        "sign in again (for an SSO profile run 'aws sso login --profile {profile}'), or refresh the "
        "temporary keys, then retry",
    ),
)
_register(
    ("InvalidClientTokenId", "UnrecognizedClientException", "SignatureDoesNotMatch", "InvalidAccessKeyId"),
    _Advice(
        "aws_invalid_credentials",
        "AWS does not recognise the access key of profile {profile}",
        "check the keys in your AWS configuration or choose another profile",
    ),
)
_register(
    ("AccessDenied", "AccessDeniedException", "Forbidden", "403", "AllAccessDisabled"),
    _Advice(
        "aws_access_denied",
        "access was denied",
        "ask your AWS administrator to allow this action for your identity, or choose a profile "
        "that has the permission",
    ),
)
_register(
    ("ThrottlingException", "Throttling", "TooManyRequestsException", "SlowDown", "RequestLimitExceeded"),
    _Advice(
        "aws_throttled",
        "AWS is limiting the request rate",
        "wait a minute and retry",
    ),
)
_register(
    ("ValidationException", "ValidationError", "InvalidParameterValue", "InvalidRequest", "InvalidArgument"),
    _Advice(
        "aws_invalid_request",
        "AWS rejected the request as invalid",
        "correct the value named in AWS's message and retry",
    ),
)
_register(
    ("ResourceNotFound", "ResourceNotFoundException", "NoSuchEntity", "NotFound", "404", "NoSuchKey"),
    _Advice(
        "aws_not_found",
        "the resource was not found",
        "check the name and the region (a job or role exists in one region and account only)",
    ),
)
_register(
    ("NoSuchBucket",),
    _Advice(
        "aws_no_such_bucket",
        "the S3 bucket does not exist",
        "check the bucket name, or let the program create it",
    ),
)
_register(
    ("ConflictException", "ResourceInUseException", "EntityAlreadyExists", "BucketAlreadyExists"),
    _Advice(
        "aws_conflict",
        "a resource with that name already exists or is busy",
        "choose another name, or wait until the running operation ends",
    ),
)
_register(
    ("BucketAlreadyOwnedByYou",),
    _Advice(
        "aws_bucket_owned",
        "you already own a bucket with that name",
        "choose it from the bucket list instead of creating it",
    ),
)
_register(
    ("ServiceQuotaExceededException", "LimitExceeded", "LimitExceededException", "TooManyBuckets",
     "TooManyTagsException"),
    _Advice(
        "aws_quota_exceeded",
        "an AWS service quota is reached",
        "remove unused resources (for example old custom models) or request a quota increase in "
        "the Service Quotas console",
    ),
)
_register(
    ("InternalServerException", "InternalError", "InternalFailure", "ServiceUnavailable",
     "ServiceUnavailableException"),
    _Advice(
        "aws_service_error",
        "AWS reported an internal error",
        "retry in a few minutes",
    ),
)
_register(
    ("KMS.AccessDeniedException", "KMS.DisabledException", "KMS.NotFoundException", "KMSAccessDenied"),
    _Advice(
        "aws_kms",
        "the KMS key cannot be used",
        "check the key id and that your identity may use the key",
    ),
)
_register(
    ("AuthorizationHeaderMalformed", "PermanentRedirect", "IllegalLocationConstraintException"),
    _Advice(
        "aws_wrong_region",
        "the bucket is in a different region than the one chosen",
        "choose the bucket's region, or use a bucket in the job's region",
    ),
)

_UNKNOWN_CLIENT_ERROR = _Advice(
    "aws_error",
    "AWS returned an error",
    "read AWS's message, correct the request and retry",
)

# Expected codes the product relies on; `tests/aws/test_errors.py` checks each is mapped.
RELIED_ON_CODES = (
    "ExpiredToken", "ExpiredTokenException", "AccessDenied", "AccessDeniedException",
    "ThrottlingException", "ValidationException", "ResourceNotFound", "ResourceNotFoundException",
    "NoSuchBucket", "ConflictException", "ServiceQuotaExceededException",
)


def error_code(exc: BaseException) -> str:
    """Return the AWS error code of a `ClientError`, or an empty string."""
    if isinstance(exc, bx.ClientError):
        return str(exc.response.get("Error", {}).get("Code", ""))
    return ""


def advice_for_code(aws_code: str) -> tuple[str, str, str]:
    """Return (product code, problem, next step) for an AWS error code."""
    advice = _CLIENT_ERRORS.get(aws_code, _UNKNOWN_CLIENT_ERROR)
    return advice.code, advice.problem, advice.next_step


def translate(exc: BaseException, *, action: str, profile: str = "", resource: str = "") -> AwsError:
    """Build the `AwsError` for a botocore exception raised while doing `action`.

    Args:
        exc: the botocore exception.
        action: what was being done, in words, e.g. "upload train.jsonl to s3://b/p/".
        profile: the AWS profile in use, named in credential messages.
        resource: the bucket, job or role involved, if any.
    """
    profile_name = profile or "default"
    where = f" ({resource})" if resource else ""

    if isinstance(exc, bx.UnauthorizedSSOTokenError | bx.SSOTokenLoadError | bx.TokenRetrievalError):
        return _error(
            "aws_sso_expired",
            f"Could not {action}: the SSO sign-in for profile '{profile_name}' has expired or is missing. "
            f"Run 'aws sso login --profile {profile_name}', then retry.",
            action=action, profile=profile_name, command=f"aws sso login --profile {profile_name}",
        )
    if isinstance(exc, bx.NoCredentialsError | bx.PartialCredentialsError):
        return _error(
            "aws_no_credentials",
            f"Could not {action}: no AWS credentials were found for profile '{profile_name}'. "
            "Configure the profile with 'aws configure' (or 'aws configure sso'), or choose another profile.",
            action=action, profile=profile_name,
        )
    if isinstance(exc, bx.ProfileNotFound):
        return _error(
            "aws_profile_not_found",
            f"Could not {action}: the AWS profile '{profile_name}' does not exist in your AWS configuration. "
            "Choose one of the listed profiles, or create it with 'aws configure --profile NAME'.",
            action=action, profile=profile_name,
        )
    if isinstance(exc, bx.NoRegionError):
        return _error(
            "aws_no_region",
            f"Could not {action}: no AWS region is set. Choose a region (for example us-east-1).",
            action=action,
        )
    if isinstance(exc, bx.EndpointConnectionError | bx.ConnectTimeoutError | bx.ConnectionClosedError):
        return _error(
            "aws_connection",
            f"Could not {action}: the AWS endpoint could not be reached ({exc}). "
            "Check the network connection, proxy or endpoint URL, then retry.",
            action=action, detail=str(exc),
        )
    if isinstance(exc, bx.ReadTimeoutError):
        return _error(
            "aws_timeout",
            f"Could not {action}: AWS did not answer in time. Retry; an interrupted upload resumes "
            "where it stopped.",
            action=action,
        )
    if isinstance(exc, bx.ClientError):
        aws_code = error_code(exc)
        aws_message = str(exc.response.get("Error", {}).get("Message", "")).strip()
        code, problem, next_step = advice_for_code(aws_code)
        problem = problem.format(profile=profile_name)
        next_step = next_step.format(profile=profile_name)
        detail = f" AWS error: {aws_code}: {aws_message}." if aws_message else f" AWS error: {aws_code}."
        return _error(
            code,
            f"Could not {action}{where}: {problem}.{detail} Next: {next_step}.",
            action=action, resource=resource, aws_code=aws_code, aws_message=aws_message, profile=profile_name,
        )
    if isinstance(exc, bx.BotoCoreError):
        return _error(
            "aws_error",
            f"Could not {action}{where}: {exc}. Check the AWS settings and retry.",
            action=action, detail=str(exc),
        )
    raise TypeError(f"not a botocore exception: {exc!r}")


def _error(code: str, message: str, **params: str) -> AwsError:
    return AwsError(message, code=code, **params)


@contextlib.contextmanager
def aws_errors(action: str, *, profile: str = "", resource: str = "") -> Iterator[None]:
    """Run the body and raise an `AwsError` (chained with `from`) for any botocore exception."""
    try:
        yield
    except (bx.BotoCoreError, bx.ClientError) as exc:
        error = translate(exc, action=action, profile=profile, resource=resource)
        log.debug("AWS call failed: %s: %s", action, error.code)
        raise error from exc


# Job failure messages (prefixes, as Bedrock writes them) and what they mean in plain words.
_FAILURE_HELP: tuple[tuple[str, str, str], ...] = (
    ("Could not validate GetObject permissions", "job_failed_read_permission",
     "The service role cannot read the training data. Give the role s3:GetObject and s3:ListBucket on the "
     "data, keep the bucket in the job's region, and allow kms:Decrypt when the data is encrypted with KMS."),
    ("Amazon S3 perms missing (PutObject)", "job_failed_write_permission",
     "The service role cannot write to the output folder. Give the role s3:PutObject on the output prefix."),
    ("Unable to parse Amazon S3 file", "job_failed_parse",
     "A line of a data file is not valid JSON, or the file has blank or extra lines. Run the validation step "
     "again and upload the files it writes."),
    ("Input data at", "job_failed_record_shape",
     "The records do not have the shape this model expects (for example prompt and completion). "
     "Choose the right base model in the recipe and build the files again."),
    ("Input size exceeded in file", "job_failed_record_too_long",
     "A record is longer than the model allows. Lower the maximum length in the cleaning step and rebuild."),
    ("Maximum input token count", "job_failed_token_limit",
     "A prompt has more tokens than the model allows. Shorten long records and rebuild."),
    ("Maximum output token count", "job_failed_token_limit",
     "A completion has more tokens than the model allows. Shorten long records and rebuild."),
    ("Max sum of input and output token length", "job_failed_token_limit",
     "A record's prompt and completion together have more tokens than the model allows. Shorten long "
     "records and rebuild."),
    ("Automated tests flagged this fine-tuning job", "job_failed_content_policy",
     "The model provider's content check flagged the training data. Review the records for content that "
     "breaks the provider's usage policy."),
    ("Encountered an unexpected error", "job_failed_service",
     "AWS had an internal fault. Start the job again; the data is probably fine."),
)


def explain_failure(failure_message: str) -> tuple[str, str]:
    """Return (code, plain explanation) for a job's `failureMessage`; empty strings when unknown."""
    text = (failure_message or "").strip()
    for prefix, code, help_text in _FAILURE_HELP:
        if text.startswith(prefix):
            return code, help_text
    return "", ""
