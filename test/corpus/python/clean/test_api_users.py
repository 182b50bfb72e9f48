# corpus: path=tests/api/test_users.py
import pytest
from httpx import ASGITransport, AsyncClient

from backend.asgi import app
from backend.auth import issue_token

pytestmark = pytest.mark.anyio


@pytest.fixture
async def client():
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c


@pytest.fixture
def admin_headers(admin_user):
    return {"Authorization": f"Bearer {issue_token(admin_user.id)}"}


async def test_create_user(client):
    resp = await client.post(
        "/users",
        json={"email": "New.Person@Example.com", "display_name": "New Person", "password": "a-long-enough-passphrase"},
    )
    assert resp.status_code == 201
    body = resp.json()
    assert body["email"] == "new.person@example.com"
    assert "password" not in body and "password_hash" not in body


async def test_duplicate_email_conflicts(client, user):
    resp = await client.post(
        "/users",
        json={"email": user.email, "display_name": "Dup", "password": "a-long-enough-passphrase"},
    )
    assert resp.status_code == 409


async def test_short_password_is_rejected(client):
    resp = await client.post("/users", json={"email": "x@example.com", "display_name": "X", "password": "short"})
    assert resp.status_code == 422


async def test_list_requires_admin(client, user):
    headers = {"Authorization": f"Bearer {issue_token(user.id)}"}
    resp = await client.get("/users", headers=headers)
    assert resp.status_code == 403


async def test_list_pages_with_cursor(client, admin_headers, many_users):
    first = (await client.get("/users", params={"limit": 10}, headers=admin_headers)).json()
    assert len(first["items"]) == 10
    second = (await client.get("/users", params={"limit": 10, "cursor": first["next_cursor"]}, headers=admin_headers)).json()
    assert {u["id"] for u in first["items"]}.isdisjoint(u["id"] for u in second["items"])


async def test_update_me(client, user):
    headers = {"Authorization": f"Bearer {issue_token(user.id)}"}
    resp = await client.patch("/users/me", json={"display_name": "Renamed"}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["display_name"] == "Renamed"
