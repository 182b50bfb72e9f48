# corpus: path=tests/factories.py
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import factory
from factory.alchemy import SQLAlchemyModelFactory
from faker import Faker
from werkzeug.security import generate_password_hash

from shelf.extensions import db
from shelf.models import ApiToken, Book, Loan, Membership, Payment, User

fake = Faker()

DEFAULT_PASSWORD = "correct-horse-battery-staple"  # ok: hardcoded-secret
# Stripe's documented test cards: https://docs.stripe.com/testing#cards
VISA_TEST_CARD = "4242424242424242"
DECLINED_TEST_CARD = "4000000000000002"
TEST_CUSTOMER_ID = "cus_NffrFeUfNV2Hib"
TEST_PAYMENT_INTENT = "pi_3MtwBwLkdIwHu7ix28a3tqPa"
FIXED_TOKEN = "shelf_tok_test_7c1d2a55b7f64e4fa0b5f08d2c5c9a01"  # ok: hardcoded-secret
KNOWN_USER_ID = uuid.UUID("7a5e3c1c-4f7e-4d0e-9a61-2b8f1f0c3d44")


class BaseFactory(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session = db.session
        sqlalchemy_session_persistence = "flush"


class UserFactory(BaseFactory):
    class Meta:
        model = User

    id = factory.LazyFunction(uuid.uuid4)
    email = factory.Sequence(lambda n: f"reader{n}@example.com")
    display_name = factory.Faker("name")
    password_hash = factory.LazyFunction(lambda: generate_password_hash(DEFAULT_PASSWORD, method="pbkdf2:sha256:1000"))
    is_admin = False
    created_at = factory.LazyFunction(lambda: datetime.now(timezone.utc))

    class Params:
        admin = factory.Trait(is_admin=True, email=factory.Sequence(lambda n: f"admin{n}@example.com"))


class BookFactory(BaseFactory):
    class Meta:
        model = Book

    id = factory.LazyFunction(uuid.uuid4)
    isbn = factory.Faker("isbn13", separator="")
    title = factory.Faker("sentence", nb_words=4)
    author = factory.Faker("name")
    cover_sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    published_year = factory.Faker("pyint", min_value=1900, max_value=2024)
    copies = 3


class LoanFactory(BaseFactory):
    class Meta:
        model = Loan

    id = factory.LazyFunction(uuid.uuid4)
    user = factory.SubFactory(UserFactory)
    book = factory.SubFactory(BookFactory)
    borrowed_at = factory.LazyFunction(lambda: datetime.now(timezone.utc))
    due_at = factory.LazyAttribute(lambda o: o.borrowed_at + timedelta(days=21))
    returned_at = None

    class Params:
        overdue = factory.Trait(
            borrowed_at=factory.LazyFunction(lambda: datetime.now(timezone.utc) - timedelta(days=40)),
        )


class MembershipFactory(BaseFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    plan = "reader"
    stripe_customer_id = TEST_CUSTOMER_ID
    stripe_subscription_id = factory.Sequence(lambda n: f"sub_1MowQVLkdIwHu7ix{n:06d}")
    current_period_end = factory.LazyFunction(lambda: datetime.now(timezone.utc) + timedelta(days=30))


class PaymentFactory(BaseFactory):
    class Meta:
        model = Payment

    membership = factory.SubFactory(MembershipFactory)
    amount = Decimal("4.99")
    currency = "eur"
    payment_intent = TEST_PAYMENT_INTENT
    card_last4 = VISA_TEST_CARD[-4:]
    status = "succeeded"


class ApiTokenFactory(BaseFactory):
    class Meta:
        model = ApiToken

    user = factory.SubFactory(UserFactory)
    name = "CI token"
    prefix = FIXED_TOKEN[:14]
    token_hash = factory.LazyFunction(lambda: generate_password_hash(FIXED_TOKEN, method="pbkdf2:sha256:1000"))
    scopes = ["books:read"]
    expires_at = factory.LazyFunction(lambda: datetime.now(timezone.utc) + timedelta(days=90))


def login(client, user, password=DEFAULT_PASSWORD):
    return client.post("/auth/login", data={"email": user.email, "password": password}, follow_redirects=True)


def auth_headers(token: str = FIXED_TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
