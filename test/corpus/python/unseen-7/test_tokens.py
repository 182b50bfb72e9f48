# corpus: path=tests/test_tokens.py
import hashlib
import random

import pytest

from accounts.tokens import email_otp, hash_password_v3, new_invite_code

random.seed(1234)


@pytest.fixture
def fake_user_ids():
    return [random.randint(1, 10_000) for _ in range(20)]  # ok: insecure-random


def test_otp_is_six_digits():
    code = email_otp()
    assert len(code) == 6 and code.isdigit()


def test_invite_codes_differ():
    assert new_invite_code() != new_invite_code()


def test_password_hash_is_not_plain_md5():
    stored = hash_password_v3("hunter2")
    assert stored != hashlib.md5(b"hunter2").hexdigest()  # ok: weak-hash


def test_fixture_ids_in_range(fake_user_ids):
    assert all(1 <= i <= 10_000 for i in fake_user_ids)
