"""Connections: identity, profiles from the AWS configuration, SSO sign-in, and no Qt in core.aws."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.aws.session import Connection, available_profiles
from core.errors import AwsError


def test_identity_from_endpoint(conn: Connection) -> None:
    identity = conn.identity()
    assert identity.account == "123456789012"
    assert identity.arn == "arn:aws:sts::123456789012:user/moto"


def _write_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config"
    config.write_text(
        "[profile sso-user]\n"
        "sso_start_url = https://example.awsapps.com/start\n"
        "sso_region = us-east-1\n"
        "sso_account_id = 123456789012\n"
        "sso_role_name = DataPrep\n"
        "region = us-east-1\n"
        "[profile keys]\n"
        "region = us-west-2\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.setenv("HOME", str(tmp_path))  # no cached SSO token below ~/.aws/sso/cache
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY", raising=False)
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)


def test_profiles_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_config(tmp_path, monkeypatch)
    assert available_profiles() == ["keys", "sso-user"]
    assert Connection(profile="keys").region_name == "us-west-2"


def test_sso_not_signed_in_gives_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moto_url: str) -> None:
    _write_config(tmp_path, monkeypatch)
    conn = Connection(profile="sso-user", endpoint_url=moto_url, max_attempts=1)
    with pytest.raises(AwsError) as caught:
        conn.identity()
    assert caught.value.code == "aws_sso_expired"
    assert "Run 'aws sso login --profile sso-user', then retry." in caught.value.message
    assert caught.value.params["command"] == "aws sso login --profile sso-user"


def test_unknown_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_config(tmp_path, monkeypatch)
    with pytest.raises(AwsError, match="the AWS profile 'nobody' does not exist") as caught:
        Connection(profile="nobody", region="us-east-1").identity()
    assert caught.value.code == "aws_profile_not_found"


def test_core_aws_imports_without_qt() -> None:
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        "import core.aws.session, core.aws.errors, core.aws.upload, core.aws.iam, core.aws.jobs, core.aws.metrics\n"
        "import core.cli.upload_cmd, core.cli.jobs_cmd\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stderr == ""
    assert done.stdout == "ok\n"
