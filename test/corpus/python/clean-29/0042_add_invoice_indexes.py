# corpus: path=migrations/versions/0042_add_invoice_indexes.py
"""add invoice indexes and backfill currency

Revision ID: 3f9c2a7b1d4e
Revises: a81d5e0c9b72
Create Date: 2024-05-02 10:14:31.208417
"""
import sqlalchemy as sa
from alembic import op

revision = "3f9c2a7b1d4e"
down_revision = "a81d5e0c9b72"
branch_labels = None
depends_on = None

BATCH = 5000
STATUSES = ("draft", "open", "paid", "void", "uncollectible")


def upgrade():
    op.add_column("invoices", sa.Column("currency", sa.String(3), nullable=True))
    op.add_column("invoices", sa.Column("checksum", sa.String(64), nullable=True))
    op.create_index("ix_invoices_org_status", "invoices", ["org_id", "status"])
    op.create_index(
        "ix_invoices_due_open",
        "invoices",
        ["due_at"],
        postgresql_where=sa.text("status = 'open'"),
    )

    conn = op.get_bind()
    conn.execute(sa.text("UPDATE invoices SET currency = o.default_currency FROM organizations o WHERE o.id = invoices.org_id AND invoices.currency IS NULL"))
    op.alter_column("invoices", "currency", nullable=False, server_default="EUR")

    status_list = ", ".join(f"'{s}'" for s in STATUSES)
    op.create_check_constraint("ck_invoices_status", "invoices", f"status IN ({status_list})")  # ok: sql-injection

    last_id = 0
    while True:
        rows = conn.execute(
            sa.text("SELECT id FROM invoices WHERE id > :last AND checksum IS NULL ORDER BY id LIMIT :batch"),
            {"last": last_id, "batch": BATCH},
        ).fetchall()
        if not rows:
            break
        conn.execute(
            sa.text("UPDATE invoices SET checksum = encode(sha256(number::bytea), 'hex') WHERE id = ANY(:ids)"),
            {"ids": [r.id for r in rows]},
        )
        last_id = rows[-1].id

    for table in ("invoices", "invoice_lines"):
        op.execute(f"ANALYZE {table}")  # ok: sql-injection

    op.execute("GRANT SELECT ON invoices TO ledger_readonly")


def downgrade():
    op.drop_constraint("ck_invoices_status", "invoices", type_="check")
    op.drop_index("ix_invoices_due_open", table_name="invoices")
    op.drop_index("ix_invoices_org_status", table_name="invoices")
    op.drop_column("invoices", "checksum")
    op.drop_column("invoices", "currency")
