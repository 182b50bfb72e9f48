# corpus: path=app/db.py
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(  # expect: hardcoded-secret
    "postgresql+psycopg2://billing_app:Vq7!rT2pLx9mZ4@db.prod.internal:5432/billing",
    pool_size=10,
    pool_pre_ping=True,
)
SessionLocal = sessionmaker(bind=engine, autoflush=False)


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()
