# corpus: path=etl/config.py
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class WarehouseConfig:
    host: str
    user: str
    password: str
    database: str = "analytics"

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:5432/{self.database}"  # ok: hardcoded-secret


def from_env() -> WarehouseConfig:
    return WarehouseConfig(
        host=os.environ["WAREHOUSE_HOST"],
        user=os.environ["WAREHOUSE_USER"],
        password=os.environ["WAREHOUSE_PASSWORD"],  # ok: hardcoded-secret
    )


REPLICA_DSN = "postgresql://etl:Wint3r-Is-C0ming-77@replica.db.internal:5432/analytics"  # expect: hardcoded-secret
PASSWORD_FIELD = "password"  # ok: hardcoded-secret
EXAMPLE_DSN = "postgresql://user:password@localhost:5432/analytics"  # ok: hardcoded-secret
