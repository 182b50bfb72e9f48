# corpus: path=app/api/search.py
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from markupsafe import Markup, escape
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Article

router = APIRouter(prefix="/search", tags=["search"])
templates = Environment(loader=FileSystemLoader("app/templates"), autoescape=select_autoescape())

SORTABLE = {"title": Article.title, "published": Article.published_at}


@router.get("/articles")
def search_articles(
    q: Annotated[str, Query(max_length=200)],
    sort: str = "published",
    session: Session = Depends(get_session),
):
    stmt = text(f"SELECT id, title FROM articles WHERE title ILIKE '%{q}%' ORDER BY {sort} DESC")  # also: sql-injection
    rows = session.execute(stmt).all()  # expect: sql-injection
    return [{"id": r.id, "title": r.title} for r in rows]


@router.get("/articles/v2")
def search_articles_v2(
    q: Annotated[str, Query(max_length=200)],
    sort: str = "published",
    session: Session = Depends(get_session),
):
    column = SORTABLE.get(sort, Article.published_at)
    stmt = select(Article.id, Article.title).where(Article.title.ilike(f"%{q}%")).order_by(column.desc())
    rows = session.execute(stmt).all()  # ok: sql-injection
    return [{"id": r.id, "title": r.title} for r in rows]


@router.get("/count")
def count_articles(author: str, session: Session = Depends(get_session)):
    total = session.execute(text("SELECT count(*) FROM articles WHERE author = :a"), {"a": author}).scalar_one()  # ok: sql-injection
    return {"total": total}


@router.get("/preview", response_class=HTMLResponse)
def preview(title: str, body: str):
    page = Template("<h1>" + title + "</h1><div>{{ body }}</div>")  # expect: template-injection
    return page.render(body=body)


@router.get("/preview/v2", response_class=HTMLResponse)
def preview_v2(title: str, body: str):
    page = templates.get_template("preview.html")
    return page.render(title=title, body=body)  # ok: template-injection


@router.get("/highlight", response_class=HTMLResponse)
def highlight(term: str):
    snippet = Markup(f"<mark>{term}</mark>")  # expect: xss
    return templates.get_template("highlight.html").render(snippet=snippet)


@router.get("/highlight/v2", response_class=HTMLResponse)
def highlight_v2(term: str):
    snippet = Markup("<mark>{}</mark>").format(term)  # ok: xss
    return templates.get_template("highlight.html").render(snippet=snippet, plain=escape(term))


@router.get("/{article_id}")
def get_article(article_id: int, session: Session = Depends(get_session)):
    article = session.get(Article, article_id)
    if article is None:
        raise HTTPException(status_code=404, detail="not found")
    return {"id": article.id, "title": article.title, "body": article.body}
