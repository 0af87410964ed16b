"""Connections to AWS from the user's own configuration: profiles, region, endpoint URL.

Credentials come only from the user's AWS configuration (static keys, assumed roles, SSO
profiles, environment variables); this package never stores, prints or logs them. A
`Connection` is what every other `core.aws` function takes: it names the profile, the
region and an optional endpoint URL (a VPC endpoint, or a local test server) and hands
out one cached boto3 client per service.
"""

from __future__ import annotations

import logging
import threading
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

import boto3
from botocore.config import Config

from core.aws.errors import aws_errors
from core.errors import AwsError

log = logging.getLogger(__name__)

USER_AGENT_EXTRA = "tuning-data-studio"


@dataclass(frozen=True)
class Identity:
    """The account and principal the calls run as, from `sts.get_caller_identity`."""

    account: str
    arn: str
    user_id: str


@dataclass
class Connection:
    """The AWS profile, region and endpoint URL the product calls AWS with.

    Attributes:
        profile: profile name from the AWS configuration; empty uses the default chain.
        region: AWS region such as "us-east-1"; empty uses the profile's region.
        endpoint_url: one URL for every service, for a VPC endpoint or a local test server.
        max_attempts: total attempts per call in botocore's standard retry mode; None keeps
            botocore's setting (environment variable AWS_MAX_ATTEMPTS or the profile).
    """

    profile: str = ""
    region: str = ""
    endpoint_url: str = ""
    max_attempts: int | None = None
    _session: Any = field(default=None, init=False, repr=False)
    _clients: dict[str, Any] = field(default_factory=dict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def profile_label(self) -> str:
        return self.profile or "default"

    def errors(self, action: str, resource: str = "") -> AbstractContextManager[None]:
        """Return the error boundary for `action`, naming this connection's profile."""
        return aws_errors(action, profile=self.profile_label, resource=resource)

    @property
    def session(self) -> boto3.session.Session:
        with self._lock:
            if self._session is None:
                with self.errors(f"open AWS profile '{self.profile_label}'"):
                    self._session = boto3.session.Session(
                        profile_name=self.profile or None, region_name=self.region or None
                    )
            return self._session

    @property
    def region_name(self) -> str:
        """Return the region in use: the chosen one, else the profile's, else an error."""
        region = self.region or (self.session.region_name or "")
        if not region:
            raise AwsError(
                f"No AWS region is set for profile '{self.profile_label}'. Choose a region, for example us-east-1.",
                code="aws_no_region", profile=self.profile_label,
            )
        return region

    def client(self, service: str, region: str = "") -> Any:
        """Return a cached boto3 client for `service` (in `region`, default the connection's)."""
        region_name = region or self.region_name
        key = f"{service}@{region_name}"
        session = self.session
        with self._lock:
            client = self._clients.get(key)
            if client is None:
                retries: dict[str, Any] = {"mode": "standard"}
                if self.max_attempts is not None:
                    retries["total_max_attempts"] = self.max_attempts
                config = Config(retries=retries, user_agent_extra=USER_AGENT_EXTRA)
                with self.errors(f"create the {service} client"):
                    client = session.client(
                        service, region_name=region_name, endpoint_url=self.endpoint_url or None, config=config
                    )
                self._clients[key] = client
            return client

    def identity(self) -> Identity:
        """Return the account and ARN the calls run as; the window shows it before any change."""
        with self.errors("check who you are signed in as (sts:GetCallerIdentity)"):
            answer = self.client("sts").get_caller_identity()
        identity = Identity(account=answer["Account"], arn=answer["Arn"], user_id=answer["UserId"])
        log.info("AWS identity for profile %s: %s", self.profile_label, identity.arn)
        return identity


def available_profiles() -> list[str]:
    """Return the profile names in the user's AWS configuration files, sorted."""
    with aws_errors("read the AWS configuration"):
        return sorted(boto3.session.Session().available_profiles)


def default_region(profile: str = "") -> str:
    """Return the region configured for `profile`, or an empty string."""
    with aws_errors(f"read the region of AWS profile '{profile or 'default'}'", profile=profile):
        return boto3.session.Session(profile_name=profile or None).region_name or ""


# Regions where Bedrock model customization exists; the catalog narrows this per model.
CUSTOMIZATION_REGIONS = ("us-east-1", "us-west-2")
