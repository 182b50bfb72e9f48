from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass
class SearchQuery:
    term: str
    category: str | None = None
    sort: str = "relevance"
    limit: int = 20


class SearchService:
    def __init__(self, session: Session):
        self.session = session

    def search(self, q: SearchQuery):
        params = {"term": f"%{q.term}%", "limit": min(q.limit, 100)}
        sql = "SELECT id, title FROM articles WHERE title ILIKE :term"
        if q.category:
            sql += " AND category = :category"
            params["category"] = q.category
        sql += " ORDER BY published_at DESC LIMIT :limit"
        return self.session.execute(text(sql), params).all()
