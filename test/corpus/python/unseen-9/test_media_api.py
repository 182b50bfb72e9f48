# corpus: path=tests/test_media_api.py
import hashlib
import io
import os
import random
import subprocess
import tempfile

import pytest
import requests

from portal import create_app
from portal.media.models import Asset, db

TEST_PASSWORD = "correct-horse-battery"


@pytest.fixture
def app(tmp_path):
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/test.db", "SECRET_KEY": "test"})
    with app.app_context():
        db.create_all()
    os.makedirs(os.path.join(app.instance_path, "assets"), exist_ok=True)
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def logged_in(client):
    client.post("/auth/register", data={"email": "a@example.com", "password": TEST_PASSWORD})
    client.post("/auth/login", data={"email": "a@example.com", "password": TEST_PASSWORD})
    return client


def make_png(seed: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.getrandbits(8) for _ in range(256))


def test_upload_and_fetch(logged_in, app):
    payload = make_png(1)
    resp = logged_in.post("/media/assets", data={"file": (io.BytesIO(payload), "cat.png")}, content_type="multipart/form-data")
    assert resp.status_code == 201
    asset_id = resp.get_json()["id"]
    got = logged_in.get(f"/media/assets/{asset_id}")
    assert hashlib.md5(got.data).hexdigest() == hashlib.md5(payload).hexdigest()


def test_raw_rejects_traversal(logged_in):
    resp = logged_in.get("/media/raw", query_string={"name": "../../etc/passwd"})
    assert resp.status_code in (400, 404)


def test_convert_requires_owner(client):
    resp = client.post("/media/assets/1/convert", data={"format": "png; rm -rf /"})
    assert resp.status_code in (302, 401)


def test_export_zip(logged_in, app):
    resp = logged_in.get("/media/export")
    assert resp.status_code == 200
    with tempfile.NamedTemporaryFile(suffix=".zip") as fh:
        fh.write(resp.data)
        fh.flush()
        listing = subprocess.run(["unzip", "-l", fh.name], capture_output=True, text=True, check=True)
    assert "assets" in listing.stdout


@pytest.mark.integration
def test_live_health():
    base = os.environ.get("PORTAL_URL", "http://localhost:5000")
    resp = requests.get(f"{base}/healthz", timeout=5)
    assert resp.ok


def test_asset_model_defaults(app):
    with app.app_context():
        asset = Asset(owner_id=1, stored_name="x.png", size=10)
        db.session.add(asset)
        db.session.commit()
        assert asset.created is not None
        assert Asset.query.count() == 1
