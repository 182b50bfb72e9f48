# corpus: path=scripts/seed_demo.py
"""Load a demo organisation into a local database.

    python scripts/seed_demo.py --reset
"""
import argparse
import logging
import random
import secrets
import sys
import uuid
from datetime import date, timedelta
from decimal import Decimal

import bcrypt
import psycopg
from faker import Faker

from ledger.settings import DATABASE_URL, IS_PRODUCTION

log = logging.getLogger("seed")

DEMO_ORG_ID = uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e")
DEMO_PASSWORD = "demo1234"  # ok: hardcoded-secret
CATEGORIES = ["Travel", "Software", "Office", "Meals", "Hardware", "Training"]
VENDORS = ["Lufthansa", "GitHub", "Staples", "Deliveroo", "Apple", "Coursera", "Atlassian"]


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reset", action="store_true", help="delete the demo org first")
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--expenses", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1234, help="random seed, so runs are reproducible")
    return parser.parse_args(argv)


def hash_password(plain: str) -> str:
    return bcrypt.hashpw(plain.encode(), bcrypt.gensalt(rounds=10)).decode()


def reset(cur):
    cur.execute("DELETE FROM expenses WHERE org_id = %s", (DEMO_ORG_ID,))
    cur.execute("DELETE FROM users WHERE org_id = %s", (DEMO_ORG_ID,))
    cur.execute("DELETE FROM organizations WHERE id = %s", (DEMO_ORG_ID,))


def seed_org(cur):
    cur.execute(
        "INSERT INTO organizations (id, name, plan) VALUES (%s, %s, %s) ON CONFLICT (id) DO NOTHING",
        (DEMO_ORG_ID, "Demo GmbH", "team"),
    )


def seed_users(cur, fake, count):
    password_hash = hash_password(DEMO_PASSWORD)  # ok: hardcoded-secret
    user_ids = []
    for i in range(count):
        user_id = uuid.uuid4()
        email = "demo@example.com" if i == 0 else fake.unique.company_email()
        cur.execute(
            "INSERT INTO users (id, org_id, email, full_name, password_hash, role) VALUES (%s, %s, %s, %s, %s, %s)",
            (user_id, DEMO_ORG_ID, email, fake.name(), password_hash, "admin" if i == 0 else "member"),
        )
        user_ids.append(user_id)
    return user_ids


def seed_expenses(cur, rng, user_ids, count):
    start = date.today() - timedelta(days=365)
    rows = []
    for _ in range(count):
        rows.append(
            (
                uuid.uuid4(),
                DEMO_ORG_ID,
                rng.choice(user_ids),  # ok: insecure-random
                rng.choice(VENDORS),
                rng.choice(CATEGORIES),
                Decimal(rng.randint(500, 250_000)) / 100,  # ok: insecure-random
                start + timedelta(days=rng.randint(0, 364)),
            )
        )
    cur.executemany(
        "INSERT INTO expenses (id, org_id, user_id, vendor, category, amount, spent_on) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
        rows,
    )
    return len(rows)


def seed_api_key(cur):
    raw = "ldg_demo_" + secrets.token_urlsafe(24)
    cur.execute(
        "INSERT INTO api_keys (id, org_id, name, prefix, key_hash) VALUES (%s, %s, %s, %s, crypt(%s, gen_salt('bf')))",
        (uuid.uuid4(), DEMO_ORG_ID, "demo", raw[:12], raw),
    )
    return raw


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    if IS_PRODUCTION:
        log.error("refusing to seed demo data into a production database")
        return 2

    fake = Faker("de_DE")
    Faker.seed(args.seed)
    rng = random.Random(args.seed)  # ok: insecure-random

    with psycopg.connect(DATABASE_URL) as conn, conn.cursor() as cur:
        if args.reset:
            reset(cur)
        seed_org(cur)
        user_ids = seed_users(cur, fake, args.users)
        inserted = seed_expenses(cur, rng, user_ids, args.expenses)
        raw_key = seed_api_key(cur)
        conn.commit()

    log.info("seeded org %s with %d users and %d expenses", DEMO_ORG_ID, len(user_ids), inserted)
    print(f"Sign in as demo@example.com / {DEMO_PASSWORD}")  # ok: sensitive-logging
    print(f"Demo API key (shown once): {raw_key}")  # ok: sensitive-logging
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
