"""The Bedrock service role: policy documents, creation and listing, against moto."""

from __future__ import annotations

import json

import boto3
import pytest

from core.aws.iam import create_service_role, list_service_roles, plan_service_role, role_exists
from core.aws.s3uri import S3Uri
from core.aws.session import Connection
from core.errors import UsageError


def _plan():
    return plan_service_role(
        "tds-bedrock-role", account_id="123456789012", region="us-east-1",
        data=S3Uri("tds-data", "runs/one/"), output=S3Uri("tds-data", "jobs/"),
        kms_key_arns=("arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555",),
    )


def test_trust_policy_limited_to_account() -> None:
    assert _plan().trust_policy == {
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "bedrock.amazonaws.com"},
            "Action": "sts:AssumeRole",
            "Condition": {
                "StringEquals": {"aws:SourceAccount": "123456789012"},
                "ArnLike": {"aws:SourceArn": "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/*"},
            },
        }],
    }


def test_permissions_least_privilege() -> None:
    statements = {statement["Sid"]: statement for statement in _plan().permissions_policy["Statement"]}
    assert statements["ReadTrainingData"]["Action"] == ["s3:GetObject"]
    assert statements["ReadTrainingData"]["Resource"] == ["arn:aws:s3:::tds-data/runs/one/*"]
    assert statements["WriteJobOutput"]["Action"] == ["s3:GetObject", "s3:PutObject"]
    assert statements["WriteJobOutput"]["Resource"] == ["arn:aws:s3:::tds-data/jobs/*"]
    listing = statements["ListPrefixes1"]
    assert listing["Resource"] == ["arn:aws:s3:::tds-data"]
    assert listing["Condition"] == {"StringLike": {"s3:prefix": ["runs/one/*", "jobs/*"]}}
    kms = statements["UseKmsKeysThroughBedrockAndS3"]
    assert kms["Resource"] == ["arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555"]
    assert kms["Condition"]["StringEquals"]["kms:ViaService"] == ["bedrock.us-east-1.amazonaws.com",
                                                                   "s3.us-east-1.amazonaws.com"]
    assert len(statements) == 4


def test_no_kms_statement_without_key() -> None:
    plan = plan_service_role("r", account_id="123456789012", region="us-west-2",
                             data=S3Uri("a-bucket", "d/"), output=S3Uri("b-bucket", "o/"))
    sids = [statement["Sid"] for statement in plan.permissions_policy["Statement"]]
    assert sids == ["ReadTrainingData", "WriteJobOutput", "ListPrefixes1", "ListPrefixes2"]


def test_invalid_role_name() -> None:
    with pytest.raises(UsageError, match="'my role' is not a valid IAM role name"):
        plan_service_role("my role", account_id="123456789012", region="us-east-1",
                          data=S3Uri("a-bucket"), output=S3Uri("a-bucket"))


def test_create_role_stores_planned_documents(conn: Connection, moto_url: str) -> None:
    plan = _plan()
    role = create_service_role(conn, plan)
    iam = boto3.client("iam", endpoint_url=moto_url, region_name="us-east-1")
    stored = iam.get_role(RoleName="tds-bedrock-role")["Role"]
    inline = iam.get_role_policy(RoleName="tds-bedrock-role", PolicyName=plan.policy_name)
    assert role.arn == "arn:aws:iam::123456789012:role/tds-bedrock-role"
    assert stored["AssumeRolePolicyDocument"] == plan.trust_policy
    assert inline["PolicyDocument"] == plan.permissions_policy
    assert role_exists(conn, role.arn)
    assert not role_exists(conn, "arn:aws:iam::123456789012:role/absent")


def test_list_only_bedrock_roles(conn: Connection, moto_url: str) -> None:
    iam = boto3.client("iam", endpoint_url=moto_url, region_name="us-east-1")
    lambda_trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName="lambda-role", AssumeRolePolicyDocument=json.dumps(lambda_trust))
    create_service_role(conn, _plan())
    assert [role.name for role in list_service_roles(conn)] == ["tds-bedrock-role"]
