# corpus: path=scripts/create_demo_tenant.py
"""Creates a demo tenant with sample users for sales demos on staging."""
import argparse
import secrets
import sys

from app import create_app
from app.db import db
from app.models import Tenant, User

DEMO_USERS = [
    ("owner@demo.example.com", "Owner"),
    ("analyst@demo.example.com", "Analyst"),
    ("viewer@demo.example.com", "Viewer"),
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slug", default="demo")
    parser.add_argument("--password", help="password for every demo user (random when omitted)")
    args = parser.parse_args(argv)

    password = args.password or secrets.token_urlsafe(12)
    app = create_app()
    with app.app_context():
        tenant = Tenant(slug=args.slug, name="Demo Co", plan="enterprise")
        db.session.add(tenant)
        for email, role in DEMO_USERS:
            user = User(email=email, role=role.lower(), tenant=tenant)
            user.set_password(password)
            db.session.add(user)
        db.session.commit()
    print(f"created tenant {args.slug}; demo password: {password}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
