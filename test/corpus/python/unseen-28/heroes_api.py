# corpus: path=heroes/api.py
import html
import os
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlmodel import Field, Session, SQLModel, col, create_engine, select, text

engine = create_engine(os.environ["DATABASE_URL"])
app = FastAPI()


class Hero(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    secret_name: str
    age: int | None = None
    team_id: int | None = Field(default=None, foreign_key="team.id")
    is_admin: bool = False


class HeroCreate(SQLModel):
    name: str
    secret_name: str
    age: int | None = None


class HeroUpdate(SQLModel):
    name: str | None = None
    age: int | None = None


def get_session():
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
SORT_COLUMNS = {"name": Hero.name, "age": Hero.age}


@app.post("/heroes")
def create_hero(hero: HeroCreate, session: SessionDep):
    db_hero = Hero.model_validate(hero)  # ok: mass-assignment
    session.add(db_hero)
    session.commit()
    session.refresh(db_hero)
    return db_hero


@app.post("/heroes/import")
async def import_hero(request: Request, session: SessionDep):
    data = await request.json()
    db_hero = Hero(**data)  # expect: mass-assignment
    session.add(db_hero)
    session.commit()
    return {"id": db_hero.id}


@app.patch("/heroes/{hero_id}")
def update_hero(hero_id: int, hero: HeroUpdate, session: SessionDep):
    db_hero = session.get(Hero, hero_id)
    if not db_hero:
        raise HTTPException(status_code=404, detail="Hero not found")
    db_hero.sqlmodel_update(hero.model_dump(exclude_unset=True))  # ok: mass-assignment
    session.add(db_hero)
    session.commit()
    return db_hero


@app.get("/heroes")
def read_heroes(
    session: SessionDep,
    name: str = "",
    sort: str = "name",
    offset: int = 0,
    limit: Annotated[int, Query(le=100)] = 100,
):
    order = SORT_COLUMNS.get(sort, Hero.name)
    stmt = select(Hero).where(col(Hero.name).contains(name)).order_by(order).offset(offset).limit(limit)  # ok: sql-injection
    return session.exec(stmt).all()


@app.get("/heroes/ranked")
def ranked_heroes(session: SessionDep, sort: str = "age desc"):
    stmt = select(Hero).order_by(text(sort)).limit(20)  # expect: sql-injection
    return session.exec(stmt).all()


@app.get("/teams/{team}/heroes")
def heroes_by_team(team: str, session: SessionDep):
    rows = session.execute(  # expect: sql-injection
        text(f"SELECT h.id, h.name FROM hero h JOIN team t ON t.id = h.team_id WHERE t.name = '{team}'")
    ).all()
    return [{"id": r.id, "name": r.name} for r in rows]


@app.get("/teams/{team}/roster")
def roster(team: str, session: SessionDep):
    rows = session.execute(  # ok: sql-injection
        text("SELECT h.id, h.name FROM hero h JOIN team t ON t.id = h.team_id WHERE t.name = :team"),
        {"team": team},
    ).all()
    return [{"id": r.id, "name": r.name} for r in rows]


@app.get("/heroes/{hero_id}/card", response_class=HTMLResponse)
def hero_card(hero_id: int, session: SessionDep, theme: str = "light"):
    hero = session.get(Hero, hero_id)
    if not hero:
        raise HTTPException(status_code=404)
    return f"<div class='card {theme}'><h2>{html.escape(hero.name)}</h2></div>"  # expect: xss


@app.get("/heroes/{hero_id}/badge", response_class=HTMLResponse)
def hero_badge(hero_id: int, session: SessionDep, caption: str = ""):
    hero = session.get(Hero, hero_id)
    if not hero:
        raise HTTPException(status_code=404)
    return f"<span class='badge'>{html.escape(hero.name)} {html.escape(caption)}</span>"  # ok: xss


@app.get("/go")
def leave_site(to: str):
    return RedirectResponse(to)  # expect: open-redirect


@app.get("/back")
def back_to_list(page: int = 1):
    return RedirectResponse(f"/heroes?page={page}")  # ok: open-redirect
