# corpus: path=scripts/manage.py
#!/usr/bin/env python3
"""Operator commands: seed data, rebuild search, report stale accounts."""
import csv
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import click

from shop.app import create_app
from shop.db import session_scope
from shop.models import Customer, Product
from shop.search import rebuild_index


@click.group()
def cli():
    """Shop maintenance commands."""


@cli.command()
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Parse and validate only.")
def seed_products(csv_path: Path, dry_run: bool):
    """Create or update products from a CSV export of the catalogue."""
    created = updated = 0
    with csv_path.open(newline="", encoding="utf-8") as fh, session_scope() as session:
        for row in csv.DictReader(fh):
            product = session.query(Product).filter_by(sku=row["sku"]).one_or_none()
            if product is None:
                product = Product(sku=row["sku"])
                session.add(product)
                created += 1
            else:
                updated += 1
            product.name = row["name"].strip()
            product.list_price = row["price"]
            product.stock = int(row.get("stock") or 0)
        if dry_run:
            session.rollback()
    print(f"{created} created, {updated} updated{' (dry run)' if dry_run else ''}")


@cli.command()
def reindex():
    """Rebuild the product search index from the database."""
    app = create_app()
    with app.app_context():
        count = rebuild_index()
    print(f"indexed {count} products")


@cli.command()
@click.option("--days", default=365, show_default=True)
def stale_accounts(days: int):
    """List customers who have not ordered for DAYS days."""
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "email", "last_order_at"])
    with session_scope() as session:
        for customer in session.query(Customer).filter(Customer.last_order_at < cutoff).order_by(Customer.id):
            writer.writerow([customer.id, customer.email, customer.last_order_at.isoformat()])


if __name__ == "__main__":
    cli()
