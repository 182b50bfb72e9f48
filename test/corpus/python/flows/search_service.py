# corpus: path=news/search_service.py
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

SORTS = {"relevance": "ts_rank(search_vector, plainto_tsquery(:raw)) DESC", "newest": "published_at DESC"}


@dataclass
class SearchQuery:
    term: str
    category: str | None = None
    sort: str = "relevance"
    limit: int = 20
    author: str | None = None


class SearchService:
    def __init__(self, session: Session):
        self.session = session

    def search(self, q: SearchQuery):
        params = {"term": f"%{q.term}%", "raw": q.term, "limit": min(q.limit, 100)}
        sql = "SELECT id, title FROM articles WHERE title ILIKE :term"
        if q.category:
            sql += " AND category = :category"
            params["category"] = q.category
        if q.author:
            sql += f" AND author_slug = '{q.author}'"  # expect: sql-injection
        sql += " ORDER BY " + SORTS.get(q.sort, SORTS["newest"]) + " LIMIT :limit"  # ok: sql-injection
        return self.session.execute(text(sql), params).all()  # also: sql-injection
