# corpus: path=migrations/versions/3f2a9c1d7e44_add_api_tokens_and_audit_log.py
"""add api tokens and audit log

Revision ID: 3f2a9c1d7e44
Revises: b81e0a4c6d2f
Create Date: 2024-05-14 09:12:31.442118

"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "3f2a9c1d7e44"
down_revision = "b81e0a4c6d2f"
branch_labels = None
depends_on = None

DEFAULT_SCOPES = ["books:read"]


def upgrade():
    op.create_table(
        "api_tokens",
        sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()")),
        sa.Column("user_id", postgresql.UUID(as_uuid=True), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(255), nullable=False),
        sa.Column("scopes", postgresql.ARRAY(sa.String(40)), nullable=False, server_default="{books:read}"),
        sa.Column("last_used_at", sa.DateTime(timezone=True)),
        sa.Column("expires_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_api_tokens_prefix", "api_tokens", ["prefix"], unique=True)
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("actor_id", postgresql.UUID(as_uuid=True), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target_type", sa.String(32)),
        sa.Column("target_id", sa.String(64)),
        sa.Column("meta", postgresql.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_audit_log_actor_created", "audit_log", ["actor_id", "created_at"])

    op.add_column("users", sa.Column("password_changed_at", sa.DateTime(timezone=True)))
    op.execute("UPDATE users SET password_changed_at = created_at WHERE password_changed_at IS NULL")  # ok: sql-injection

    # Legacy plaintext API keys are moved to hashed tokens by the backfill job; the column only
    # keeps its last four characters for display.
    op.add_column("users", sa.Column("api_key_last4", sa.String(4)))
    op.execute("UPDATE users SET api_key_last4 = right(api_key, 4) WHERE api_key IS NOT NULL")  # ok: sql-injection
    op.drop_column("users", "api_key")

    bind = op.get_bind()
    for table in ("api_tokens", "audit_log"):
        bind.execute(sa.text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO shelf_app"))  # ok: sql-injection

    op.execute(
        sa.text("INSERT INTO feature_flags (key, enabled, description) VALUES (:key, :enabled, :description) ON CONFLICT DO NOTHING").bindparams(
            key="api_tokens",
            enabled=False,
            description="Personal API tokens in account settings",
        )
    )


def downgrade():
    op.execute(sa.text("DELETE FROM feature_flags WHERE key = :key").bindparams(key="api_tokens"))
    op.add_column("users", sa.Column("api_key", sa.String(64)))
    op.drop_column("users", "api_key_last4")
    op.drop_column("users", "password_changed_at")
    op.drop_index("ix_audit_log_actor_created", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_api_tokens_user_id", table_name="api_tokens")
    op.drop_index("ix_api_tokens_prefix", table_name="api_tokens")
    op.drop_table("api_tokens")
