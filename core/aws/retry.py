"""Retrying AWS calls that failed for a passing reason, with exponential backoff."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from core.aws.session import Connection
from core.errors import AwsError
from core.progress import NEVER_CANCELLED, CancelToken

log = logging.getLogger(__name__)

T = TypeVar("T")

# Error codes (as `core.aws.errors` translates them) worth another attempt after a pause.
RETRYABLE_CODES = frozenset({"aws_connection", "aws_timeout", "aws_throttled", "aws_service_error"})


@dataclass
class RetryPolicy:
    """How often to attempt a call and how long to wait between attempts.

    botocore already retries each HTTP request a few times; this adds waits of seconds
    around whole steps (an upload part, a job submission) so a short network outage or a
    throttled account does not abandon a long upload.
    """

    attempts: int = 5
    first_delay: float = 1.0
    max_delay: float = 30.0
    sleep: Callable[[float], None] = time.sleep

    def delay(self, attempt: int) -> float:
        """Return the wait in seconds before attempt number `attempt + 2`."""
        return min(self.first_delay * (2 ** attempt), self.max_delay)


def call_with_retries(
    conn: Connection,
    action: str,
    function: Callable[[], T],
    *,
    resource: str = "",
    policy: RetryPolicy | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
) -> T:
    """Run `function` inside the AWS error boundary, retrying transient failures.

    Raises:
        AwsError: the call failed for a lasting reason, or every attempt failed.
        Cancelled: `cancel` was set while waiting to retry.
    """
    policy = policy or RetryPolicy()
    attempt = 0
    while True:
        try:
            with conn.errors(action, resource=resource):
                return function()
        except AwsError as exc:
            if exc.code not in RETRYABLE_CODES or attempt + 1 >= policy.attempts:
                raise
            delay = policy.delay(attempt)
            log.warning("%s failed (%s); attempt %d of %d in %.1f s", action, exc.code, attempt + 2,
                        policy.attempts, delay)
            attempt += 1
            cancel.raise_if_cancelled()
            policy.sleep(delay)
