# corpus: path=tests/test_profile.py
import pytest
from django.urls import reverse

from accounts.models import Profile, User

ADMIN = {"username": "root", "email": "root@example.com", "is_staff": True, "is_superuser": True}
MEMBER = {"username": "ann", "email": "ann@example.com"}


@pytest.fixture
def admin(db):
    return User.objects.create(**ADMIN)  # ok: mass-assignment


@pytest.fixture
def member(db):
    user = User.objects.create(**MEMBER)  # ok: mass-assignment
    Profile.objects.create(user=user, display_name="Ann")
    return user


def test_profile_update_keeps_staff_flag(client, member):
    client.force_login(member)
    response = client.patch(reverse("accounts:api_profile"), {"is_staff": True}, content_type="application/json")
    assert response.status_code == 200
    member.refresh_from_db()
    assert member.is_staff is False


def test_session_org_switch(client, member):
    client.force_login(member)
    session = client.session
    session["active_org"] = 42  # ok: trust-boundary
    session.save()
    response = client.get(reverse("dashboard:home"))
    assert response.status_code == 403
