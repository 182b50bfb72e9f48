# corpus: path=tests/test_auth_flow.py
import hashlib
import pickle
import random
import subprocess

import pytest
import requests

from accounts.models import User
from accounts.tokens import reset_token

TEST_PASSWORD = "correct-horse-battery-staple"  # ok: hardcoded-secret


@pytest.fixture
def user(db):
    return User.objects.create_user(email="ada@example.com", password=TEST_PASSWORD)


@pytest.fixture
def rng():
    return random.Random(1234)  # ok: insecure-random


def test_login_sets_session_cookie(client, user):
    resp = client.post("/login", {"username": user.email, "password": TEST_PASSWORD})
    assert resp.status_code == 302
    assert "session" in resp.cookies


def test_reset_token_is_unique(rng):
    tokens = {reset_token() for _ in range(100)}
    assert len(tokens) == 100


def test_fixture_checksums(tmp_path):
    data = b"fixture"
    (tmp_path / "f.bin").write_bytes(data)
    assert hashlib.md5((tmp_path / "f.bin").read_bytes()).hexdigest() == hashlib.md5(data).hexdigest()  # ok: weak-hash


def test_roundtrip_pickle():
    obj = {"a": [1, 2, 3]}
    assert pickle.loads(pickle.dumps(obj)) == obj  # ok: unsafe-deserialization


def test_local_server_tls(live_server):
    resp = requests.get(live_server.url.replace("http:", "https:") + "/healthz", verify=False)  # ok: tls-verify-disabled
    assert resp.ok


def test_cli_help():
    out = subprocess.run("python -m accounts.cli --help", shell=True, capture_output=True, text=True)  # ok: command-injection
    assert "usage" in out.stdout
