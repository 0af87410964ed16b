"""The service role Bedrock assumes to read the training data and write the job output.

`plan_service_role()` returns the exact trust and permissions policy documents, so that
the window can show them before anything is created; `create_service_role()` creates the
role from such a plan. The permissions are the least the job needs: read the data prefix,
write the output prefix, and (when the data or the model is encrypted with a customer
managed KMS key) use that key through Bedrock only.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

from core.aws.s3uri import S3Uri
from core.aws.session import Connection
from core.errors import AwsError, UsageError

log = logging.getLogger(__name__)

BEDROCK_SERVICE = "bedrock.amazonaws.com"
POLICY_NAME = "TuningDataStudioCustomizationAccess"
_ROLE_NAME = re.compile(r"^[\w+=,.@-]{1,64}$")


@dataclass(frozen=True)
class RolePlan:
    """A service role to create: its name, trust policy and inline permissions policy."""

    role_name: str
    trust_policy: dict[str, Any]
    permissions_policy: dict[str, Any]
    policy_name: str = POLICY_NAME

    def trust_policy_json(self) -> str:
        return json.dumps(self.trust_policy, indent=2)

    def permissions_policy_json(self) -> str:
        return json.dumps(self.permissions_policy, indent=2)


@dataclass(frozen=True)
class ServiceRole:
    """An existing role whose trust policy lets Bedrock assume it."""

    name: str
    arn: str
    description: str = ""


def _prefix_pattern(prefix: str) -> str:
    return f"{prefix}*" if prefix else "*"


def plan_service_role(
    role_name: str, *, account_id: str, region: str, data: S3Uri, output: S3Uri, kms_key_arns: tuple[str, ...] = (),
) -> RolePlan:
    """Build the policy documents of a Bedrock customization service role.

    Args:
        role_name: IAM role name (1-64 characters of letters, digits and `+=,.@_-`).
        account_id: the 12-digit account; the trust policy accepts Bedrock only on its behalf.
        region: the job's region, used in the trust policy's `aws:SourceArn` condition.
        data: the bucket and prefix holding the training and validation files (and any media).
        output: the bucket and prefix the job writes its metrics to.
        kms_key_arns: customer managed keys of the data, the output or the custom model.
    """
    if not _ROLE_NAME.match(role_name):
        raise UsageError(
            f"'{role_name}' is not a valid IAM role name: use 1-64 letters, digits or + = , . @ _ -",
            code="role_name_invalid", value=role_name,
        )
    trust = {
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": BEDROCK_SERVICE},
            "Action": "sts:AssumeRole",
            "Condition": {
                "StringEquals": {"aws:SourceAccount": account_id},
                "ArnLike": {"aws:SourceArn": f"arn:aws:bedrock:{region}:{account_id}:model-customization-job/*"},
            },
        }],
    }
    statements: list[dict[str, Any]] = [
        {
            "Sid": "ReadTrainingData",
            "Effect": "Allow",
            "Action": ["s3:GetObject"],
            "Resource": [f"arn:aws:s3:::{data.bucket}/{_prefix_pattern(data.prefix)}"],
        },
        {
            "Sid": "WriteJobOutput",
            "Effect": "Allow",
            "Action": ["s3:GetObject", "s3:PutObject"],
            "Resource": [f"arn:aws:s3:::{output.bucket}/{_prefix_pattern(output.prefix)}"],
        },
    ]
    prefixes_by_bucket: dict[str, list[str]] = {}
    for location in (data, output):
        patterns = prefixes_by_bucket.setdefault(location.bucket, [])
        if _prefix_pattern(location.prefix) not in patterns:
            patterns.append(_prefix_pattern(location.prefix))
    for bucket, patterns in prefixes_by_bucket.items():
        statement: dict[str, Any] = {
            "Sid": f"ListPrefixes{len(statements) - 1}",
            "Effect": "Allow",
            "Action": ["s3:ListBucket"],
            "Resource": [f"arn:aws:s3:::{bucket}"],
        }
        if "*" not in patterns:
            statement["Condition"] = {"StringLike": {"s3:prefix": patterns}}
        statements.append(statement)
    if kms_key_arns:
        statements.append({
            "Sid": "UseKmsKeysThroughBedrockAndS3",
            "Effect": "Allow",
            "Action": ["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey", "kms:CreateGrant"],
            "Resource": list(kms_key_arns),
            "Condition": {"StringEquals": {"kms:ViaService": [f"bedrock.{region}.amazonaws.com",
                                                               f"s3.{region}.amazonaws.com"]}},
        })
    permissions = {"Version": "2012-10-17", "Statement": statements}
    return RolePlan(role_name=role_name, trust_policy=trust, permissions_policy=permissions)


def _policy_document(value: Any) -> dict[str, Any]:
    """Return a policy document as a dict; IAM may send it URL-encoded JSON text."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            return json.loads(urllib.parse.unquote(value))
        except ValueError:
            return {}
    return {}


def trusts_bedrock(policy: Any) -> bool:
    """Return True when a trust policy allows `bedrock.amazonaws.com` to assume the role."""
    statements = _policy_document(policy).get("Statement", [])
    if isinstance(statements, dict):
        statements = [statements]
    for statement in statements:
        if statement.get("Effect") != "Allow":
            continue
        actions = statement.get("Action", [])
        actions = [actions] if isinstance(actions, str) else actions
        if "sts:AssumeRole" not in actions and "sts:*" not in actions:
            continue
        services = statement.get("Principal", {}).get("Service", []) if isinstance(statement.get("Principal"), dict) else []
        services = [services] if isinstance(services, str) else services
        if BEDROCK_SERVICE in services:
            return True
    return False


def list_service_roles(conn: Connection) -> list[ServiceRole]:
    """Return the roles whose trust policy lets Bedrock assume them, sorted by name."""
    roles: list[ServiceRole] = []
    with conn.errors("list IAM roles (iam:ListRoles)"):
        for page in conn.client("iam").get_paginator("list_roles").paginate():
            for role in page.get("Roles", []):
                if trusts_bedrock(role.get("AssumeRolePolicyDocument")):
                    roles.append(ServiceRole(role["RoleName"], role["Arn"], role.get("Description", "")))
    return sorted(roles, key=lambda role: role.name.lower())


def role_exists(conn: Connection, role_arn: str) -> bool:
    """Return True when the role named by `role_arn` exists in the account."""
    role_name = role_arn.rsplit("/", 1)[-1]
    try:
        with conn.errors(f"check role {role_name} (iam:GetRole)", resource=role_arn):
            conn.client("iam").get_role(RoleName=role_name)
    except AwsError as exc:
        if exc.params.get("aws_code") == "NoSuchEntity":
            return False
        raise
    return True


def create_service_role(conn: Connection, plan: RolePlan) -> ServiceRole:
    """Create the role and its inline policy exactly as planned; return it."""
    iam = conn.client("iam")
    description = "Lets Amazon Bedrock read training data and write job output (created by Tuning Data Studio)"
    with conn.errors(f"create role {plan.role_name} (iam:CreateRole)", resource=plan.role_name):
        answer = iam.create_role(
            RoleName=plan.role_name,
            AssumeRolePolicyDocument=json.dumps(plan.trust_policy),
            Description=description,
        )
    with conn.errors(f"attach the permissions policy to role {plan.role_name} (iam:PutRolePolicy)",
                     resource=plan.role_name):
        iam.put_role_policy(
            RoleName=plan.role_name, PolicyName=plan.policy_name, PolicyDocument=json.dumps(plan.permissions_policy)
        )
    log.info("created service role %s", answer["Role"]["Arn"])
    return ServiceRole(plan.role_name, answer["Role"]["Arn"], description)
