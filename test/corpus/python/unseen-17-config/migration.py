# corpus: path=migrations/versions/4c9e2f7a1b3d_api_keys_and_webhooks.py
"""api keys and webhook endpoints

Revision ID: 4c9e2f7a1b3d
Revises: e81b5d0c92af
Create Date: 2024-05-14 09:21:37.118204
"""
import sqlalchemy as sa
from alembic import op

revision = "4c9e2f7a1b3d"
down_revision = "e81b5d0c92af"
branch_labels = None
depends_on = None

SERVICE_ACCOUNT_HASH = "pbkdf2:sha256:600000$Xq8bT2vLm9Rk$5e0c7a9d3f1b8e6a2c4d7f0b9e3a5c8d1f6b2e7a9c4d0f3b8e5a1c7d9f2b4e6a"  # ok: hardcoded-secret


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("prefix", sa.String(8), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
    )
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"], unique=True)
    op.create_table(
        "webhook_endpoints",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("signing_secret", sa.String(64), nullable=False),
        sa.Column("enabled", sa.Boolean(), server_default=sa.true()),
    )
    op.add_column("accounts", sa.Column("password_changed_at", sa.DateTime(timezone=True)))
    accounts = sa.table("accounts", sa.column("email", sa.String), sa.column("password_hash", sa.String))
    op.bulk_insert(accounts, [{"email": "svc-reports@internal.example.com", "password_hash": SERVICE_ACCOUNT_HASH}])


def downgrade() -> None:
    op.drop_column("accounts", "password_changed_at")
    op.drop_table("webhook_endpoints")
    op.drop_index("ix_api_keys_prefix", table_name="api_keys")
    op.drop_table("api_keys")
