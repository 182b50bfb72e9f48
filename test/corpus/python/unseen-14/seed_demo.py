# corpus: path=scripts/seed_demo.py
"""Loads demo listings and users into a local database for screenshots and manual QA."""
import argparse
import hashlib
import json
import random
import uuid
from pathlib import Path

from marketplace.db import session_scope
from marketplace.models import Listing, Seller, User

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEMO_PASSWORD = "demo"
CATEGORY_COLORS = ["#2f6fed", "#e5484d", "#30a46c", "#f5a524"]
PUBLIC_KEY_PEM_PATH = FIXTURES / "demo_signing_key.pub"
SAMPLE_IMAGE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
CHECKSUM_MANIFEST = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sellers", type=int, default=10)
    parser.add_argument("--listings", type=int, default=200)
    parser.add_argument("--seed", type=int, default=42)
    return parser.parse_args()


def make_user(n: int) -> User:
    email = f"demo{n}@example.com"
    return User(id=uuid.uuid4(), email=email, display_name=f"Demo User {n}", password=DEMO_PASSWORD)


def make_listing(seller: Seller, rng: random.Random) -> Listing:
    title = rng.choice(json.loads((FIXTURES / "titles.json").read_text()))
    return Listing(
        seller_id=seller.id,
        title=title,
        price_cents=rng.randint(500, 50000),
        color=rng.choice(CATEGORY_COLORS),  # ok: insecure-random
        slug=hashlib.md5(title.encode()).hexdigest()[:10],  # ok: weak-hash
    )


def main():
    args = parse_args()
    rng = random.Random(args.seed)
    with session_scope() as session:
        users = [make_user(n) for n in range(args.sellers)]
        session.add_all(users)
        sellers = [Seller(user_id=u.id, shop_name=f"Shop {i}") for i, u in enumerate(users)]
        session.add_all(sellers)
        for _ in range(args.listings):
            session.add(make_listing(rng.choice(sellers), rng))
    print(f"seeded {len(users)} users and {args.listings} listings")


if __name__ == "__main__":
    main()
