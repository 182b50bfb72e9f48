# corpus: path=heroes/routes.py
import logging
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import text
from sqlmodel import Field, Session, SQLModel, col, create_engine, select

log = logging.getLogger(__name__)
engine = create_engine("postgresql+psycopg://heroes@db/heroes")
router = APIRouter(prefix="/heroes")


class Hero(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    secret_name: str
    team: Optional[str] = None
    age: Optional[int] = None


def get_session():
    with Session(engine) as session:
        yield session


@router.get("/")
def list_heroes(team: Optional[str] = None, session: Session = Depends(get_session)):
    stmt = select(Hero)
    if team:
        stmt = stmt.where(Hero.team == team)  # ok: sql-injection
    return session.exec(stmt.limit(100)).all()


@router.get("/search")
def search_heroes(name: str, session: Session = Depends(get_session)):
    stmt = select(Hero).where(text(f"name ILIKE '%{name}%'"))  # expect: sql-injection
    return session.exec(stmt).all()


@router.get("/search/v2")
def search_heroes_v2(name: str, session: Session = Depends(get_session)):
    stmt = select(Hero).where(col(Hero.name).ilike(f"%{name}%"))  # ok: sql-injection
    return session.exec(stmt).all()


@router.get("/ordered")
def ordered(order_by: str = "name", session: Session = Depends(get_session)):
    rows = session.exec(text(f"SELECT id, name, team FROM hero ORDER BY {order_by}"))  # expect: sql-injection
    return [dict(r._mapping) for r in rows]


@router.get("/count")
def count_by_team(team: str, session: Session = Depends(get_session)):
    row = session.exec(text("SELECT count(*) FROM hero WHERE team = :team").bindparams(team=team)).one()  # ok: sql-injection
    return {"team": team, "count": row[0]}


@router.get("/older-than")
def older_than(age: int = Query(ge=0, le=200), session: Session = Depends(get_session)):
    return session.exec(select(Hero).where(text(f"age > {age}"))).all()  # ok: sql-injection


@router.delete("/{hero_id}")
def delete_hero(hero_id: int, session: Session = Depends(get_session)):
    hero = session.get(Hero, hero_id)
    if hero is None:
        raise HTTPException(status_code=404, detail="Hero not found")
    session.delete(hero)
    session.commit()
    log.info("deleted hero %s", hero_id)
    return {"ok": True}
