"""The AWS error boundary: each code the product relies on maps to a plain message."""

from __future__ import annotations

import pytest
from botocore import exceptions as bx
from botocore.stub import Stubber

from core.aws import errors
from core.aws.jobs import list_jobs
from core.aws.session import Connection
from core.errors import AwsError

RELIED_ON = {
    "ExpiredToken": "aws_expired_token",
    "ExpiredTokenException": "aws_expired_token",
    "AccessDenied": "aws_access_denied",
    "AccessDeniedException": "aws_access_denied",
    "ThrottlingException": "aws_throttled",
    "ValidationException": "aws_invalid_request",
    "ResourceNotFound": "aws_not_found",
    "ResourceNotFoundException": "aws_not_found",
    "NoSuchBucket": "aws_no_such_bucket",
    "ConflictException": "aws_conflict",
    "ServiceQuotaExceededException": "aws_quota_exceeded",
}


@pytest.mark.parametrize(("aws_code", "product_code"), sorted(RELIED_ON.items()))
def test_relied_on_code_is_mapped(aws_code: str, product_code: str) -> None:
    assert errors.advice_for_code(aws_code)[0] == product_code


def test_relied_on_list_matches_test() -> None:
    assert set(errors.RELIED_ON_CODES) == set(RELIED_ON)


def _client_error(code: str, message: str = "details") -> bx.ClientError:
    return bx.ClientError({"Error": {"Code": code, "Message": message}}, "SomeOperation")


@pytest.mark.parametrize(
    ("exception", "code", "text"),
    [
        (bx.UnauthorizedSSOTokenError(), "aws_sso_expired", "Run 'aws sso login --profile work'"),
        (bx.NoCredentialsError(), "aws_no_credentials", "no AWS credentials were found for profile 'work'"),
        (bx.EndpointConnectionError(endpoint_url="http://127.0.0.1:9"), "aws_connection",
         "the AWS endpoint could not be reached"),
        (bx.ProfileNotFound(profile="work"), "aws_profile_not_found", "does not exist in your AWS configuration"),
    ],
)
def test_exception_translated(exception: Exception, code: str, text: str) -> None:
    with pytest.raises(AwsError) as caught:
        with errors.aws_errors("list jobs", profile="work"):
            raise exception
    assert caught.value.code == code
    assert text in caught.value.message
    assert caught.value.__cause__ is exception


def test_unknown_code_keeps_aws_message() -> None:
    error = errors.translate(_client_error("WeirdError", "strange"), action="list jobs")
    assert error.code == "aws_error"
    assert "AWS error: WeirdError: strange." in error.message


def test_expired_token_message_with_stubber(conn: Connection) -> None:
    client = conn.client("sts")
    with Stubber(client) as stubber:
        stubber.add_client_error("get_caller_identity", service_error_code="ExpiredToken",
                                 service_message="The security token included in the request is expired",
                                 http_status_code=400)
        with pytest.raises(AwsError) as caught:
            conn.identity()
    assert caught.value.code == "aws_expired_token"
    assert caught.value.message == (
        "Could not check who you are signed in as (sts:GetCallerIdentity): the AWS session credentials have "
        "expired. AWS error: ExpiredToken: The security token included in the request is expired. Next: sign in "
        "again (for an SSO profile run 'aws sso login --profile default'), or refresh the temporary keys, then retry."
    )


def test_access_denied_message_with_stubber(conn: Connection) -> None:
    client = conn.client("bedrock")
    with Stubber(client) as stubber:
        stubber.add_client_error("list_model_customization_jobs", service_error_code="AccessDeniedException",
                                 service_message="not authorized to perform bedrock:ListModelCustomizationJobs",
                                 http_status_code=403)
        with pytest.raises(AwsError) as caught:
            list_jobs(conn)
    assert caught.value.code == "aws_access_denied"
    assert caught.value.message.startswith(
        "Could not list customization jobs (bedrock:ListModelCustomizationJobs): access was denied."
    )
    assert "ask your AWS administrator to allow this action" in caught.value.message


def test_throttling_retried_then_reported(conn: Connection) -> None:
    from core.aws.retry import RetryPolicy, call_with_retries

    client = conn.client("bedrock")
    waits: list[float] = []
    with Stubber(client) as stubber:
        for _ in range(3):
            stubber.add_client_error("list_model_customization_jobs", service_error_code="ThrottlingException",
                                     service_message="Rate exceeded", http_status_code=429)
        with pytest.raises(AwsError) as caught:
            call_with_retries(conn, "list customization jobs", client.list_model_customization_jobs,
                              policy=RetryPolicy(attempts=3, first_delay=2.0, sleep=waits.append))
        stubber.assert_no_pending_responses()
    assert caught.value.code == "aws_throttled"
    assert "AWS is limiting the request rate" in caught.value.message
    assert "wait a minute and retry" in caught.value.message
    assert waits == [2.0, 4.0]


@pytest.mark.parametrize(
    ("failure", "code"),
    [
        ("Could not validate GetObject permissions to access Amazon S3 bucket: x", "job_failed_read_permission"),
        ("Amazon S3 perms missing (PutObject): ...", "job_failed_write_permission"),
        ("Unable to parse Amazon S3 file: train.jsonl", "job_failed_parse"),
        ("Input data at line 3 must follow '{\"prompt\": ...", "job_failed_record_shape"),
        ("Input size exceeded in file train.jsonl", "job_failed_record_too_long"),
        ("Maximum input token count 4097 exceeds limit", "job_failed_token_limit"),
        ("Maximum output token count 3000 exceeds limit", "job_failed_token_limit"),
        ("Max sum of input and output token length 20000 exceeds", "job_failed_token_limit"),
        ("Automated tests flagged this fine-tuning job", "job_failed_content_policy"),
        ("Encountered an unexpected error when processing the request", "job_failed_service"),
    ],
)
def test_job_failure_explained(failure: str, code: str) -> None:
    found_code, help_text = errors.explain_failure(failure)
    assert found_code == code
    assert help_text


def test_unknown_failure_not_explained() -> None:
    assert errors.explain_failure("Something new") == ("", "")
