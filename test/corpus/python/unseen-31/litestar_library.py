# corpus: path=library/api.py
import os
from pathlib import Path

from litestar import Litestar, MediaType, Response, get, post
from litestar.exceptions import NotFoundException
from litestar.response import File, Redirect
from pony.orm import Database, Optional, PrimaryKey, Required, db_session

db = Database()
COVERS = Path("/srv/library/covers")


class Book(db.Entity):
    id = PrimaryKey(int, auto=True)
    title = Required(str)
    author = Required(str)
    genre = Optional(str)
    isbn = Optional(str, unique=True)


db.bind(provider="postgres", host=os.environ.get("PGHOST", "db"), database="library")
db.generate_mapping(create_tables=True)


@get("/books", sync_to_thread=True)
def list_books(author: str = "") -> list[dict]:
    with db_session:
        rows = db.select(f"SELECT id, title FROM Book WHERE author = '{author}' ORDER BY title")  # expect: sql-injection
        return [{"id": r[0], "title": r[1]} for r in rows]


@get("/books/v2", sync_to_thread=True)
def list_books_v2(author: str = "") -> list[dict]:
    with db_session:
        rows = db.select("SELECT id, title FROM Book WHERE author = $author ORDER BY title")  # ok: sql-injection
        return [{"id": r[0], "title": r[1]} for r in rows]


@get("/books/genre/{genre:str}", sync_to_thread=True)
def by_genre(genre: str) -> list[dict]:
    with db_session:
        books = Book.select_by_sql(f"SELECT * FROM Book WHERE genre = '{genre}'")  # expect: sql-injection
        return [b.to_dict(only=["id", "title", "author"]) for b in books]


@get("/books/genre/v2/{genre:str}", sync_to_thread=True)
def by_genre_v2(genre: str) -> list[dict]:
    with db_session:
        books = Book.select(lambda b: b.genre == genre)[:200]  # ok: sql-injection
        return [b.to_dict(only=["id", "title", "author"]) for b in books]


@post("/books/retag", sync_to_thread=True)
def retag(data: dict) -> dict:
    old, new = data.get("from", ""), data.get("to", "")
    with db_session:
        db.execute(f"UPDATE Book SET genre = '{new}' WHERE genre = '{old}'")  # expect: sql-injection
    return {"ok": True}


@post("/books/retag/v2", sync_to_thread=True)
def retag_v2(data: dict) -> dict:
    old, new = str(data.get("from", "")), str(data.get("to", ""))
    with db_session:
        db.execute("UPDATE Book SET genre = $new WHERE genre = $old")  # ok: sql-injection
    return {"ok": True}


@get("/covers/{name:str}")
async def cover(name: str) -> File:
    return File(path=COVERS / name)  # expect: path-traversal


@get("/covers/v2/{name:str}")
async def cover_v2(name: str) -> File:
    path = (COVERS / name).resolve()
    if not path.is_relative_to(COVERS):
        raise NotFoundException()
    return File(path=path)  # ok: path-traversal


@get("/search/banner")
async def banner(q: str = "") -> Response:
    return Response(content=f"<div class='banner'>You searched for {q}</div>", media_type=MediaType.HTML)  # expect: xss


@get("/search/banner/v2")
async def banner_v2(q: str = "") -> Response:
    return Response(content={"banner": f"You searched for {q}"}, media_type=MediaType.JSON)  # ok: xss


@get("/go")
async def go(to: str = "/books") -> Redirect:
    return Redirect(path=to)  # expect: open-redirect


app = Litestar(route_handlers=[list_books, list_books_v2, by_genre, by_genre_v2, retag, retag_v2, cover, cover_v2, banner, banner_v2, go])
