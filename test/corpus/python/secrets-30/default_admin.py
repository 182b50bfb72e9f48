# corpus: path=migrations/versions/5d41402abc4b_default_admin.py
"""create the default admin and the demo shop

Revision ID: 5d41402abc4b
Revises: 7c6a180b3689
Create Date: 2024-05-02 10:14:00
"""
import sqlalchemy as sa
from alembic import op

revision = "5d41402abc4b"
down_revision = "7c6a180b3689"
branch_labels = None
depends_on = None

users = sa.table(
    "users",
    sa.column("id", sa.String),
    sa.column("email", sa.String),
    sa.column("password", sa.String),
    sa.column("is_admin", sa.Boolean),
)

api_keys = sa.table(
    "api_keys",
    sa.column("id", sa.String),
    sa.column("user_id", sa.String),
    sa.column("prefix", sa.String),
    sa.column("key_hash", sa.String),
)


def upgrade() -> None:
    # Werkzeug hashes; the admin must change the password on first login.
    op.bulk_insert(
        users,
        [
            {
                "id": "01HXQ3M8Z4V7K2T9PB5N6RCW1D",
                "email": "admin@acme-retail.com",
                "password": "scrypt:32768:8:1$S3gYQuae2m0EZLNr$b174e4feeb4cad62da24785223f04c09c076dd1f8dade1b936cfbe8476f4193f",  # ok: hardcoded-secret
                "is_admin": True,
            },
            {
                "id": "01HXQ3M8Z4V7K2T9PB5N6RCW1E",
                "email": "demo@acme-retail.com",
                "password": "pbkdf2:sha256:600000$Lu87dtUFEfsOkH$3e1974b0cb85a9f98744d0507abf8be05b16f6d8f76c6b3567d1211f32bb4b9c",  # ok: hardcoded-secret
                "is_admin": False,
            },
        ],
    )
    op.bulk_insert(
        api_keys,
        [
            {
                "id": "01HXQ3N0A7B2C4D6E8F0G1H2J3",
                "user_id": "01HXQ3M8Z4V7K2T9PB5N6RCW1E",
                "prefix": "ak_demo_3f9c",
                # sha256 of the demo key, never the key itself
                "key_hash": "d9555215de494caea9d2e3d094c1c33cefb9b785b284c1f52981fa43b5956582",
            }
        ],
    )


def downgrade() -> None:
    op.execute("DELETE FROM api_keys WHERE id = '01HXQ3N0A7B2C4D6E8F0G1H2J3'")
    op.execute("DELETE FROM users WHERE id IN ('01HXQ3M8Z4V7K2T9PB5N6RCW1D', '01HXQ3M8Z4V7K2T9PB5N6RCW1E')")
