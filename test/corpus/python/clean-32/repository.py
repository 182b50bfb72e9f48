# corpus: path=shelf/books/repository.py
import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session, selectinload

from shelf.extensions import cache
from shelf.models import Book, Loan, Review

log = logging.getLogger(__name__)

SORTS = {
    "title": Book.title.asc(),
    "newest": Book.published_year.desc(),
    "oldest": Book.published_year.asc(),
    "popular": Book.loan_count.desc(),
}
PAGE_SIZE_MAX = 100


@dataclass(frozen=True)
class BookQuery:
    q: str = ""
    author: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    sort: str = "title"
    page: int = 1
    per_page: int = 20


def cache_key(prefix: str, params: dict) -> str:
    payload = json.dumps(params, sort_keys=True, default=str)
    return f"{prefix}:{hashlib.sha256(payload.encode()).hexdigest()[:32]}"


class BookRepository:
    def __init__(self, session: Session):
        self.session = session

    def search(self, query: BookQuery) -> tuple[Sequence[Book], int]:
        stmt = select(Book).options(selectinload(Book.tags))
        if query.q:
            pattern = f"%{query.q.replace('%', r'\%').replace('_', r'\_')}%"
            stmt = stmt.where(or_(Book.title.ilike(pattern, escape="\\"), Book.author.ilike(pattern, escape="\\")))  # ok: sql-injection
        if query.author:
            stmt = stmt.where(Book.author == query.author)
        if query.year_from is not None:
            stmt = stmt.where(Book.published_year >= query.year_from)
        if query.year_to is not None:
            stmt = stmt.where(Book.published_year <= query.year_to)
        total = self.session.scalar(select(func.count()).select_from(stmt.subquery()))
        per_page = max(1, min(query.per_page, PAGE_SIZE_MAX))
        stmt = stmt.order_by(SORTS.get(query.sort, SORTS["title"]), Book.id)  # ok: sql-injection
        stmt = stmt.limit(per_page).offset((max(query.page, 1) - 1) * per_page)
        return self.session.scalars(stmt).all(), total

    def get(self, book_id) -> Book | None:
        return self.session.get(Book, book_id)

    def by_isbn(self, isbn: str) -> Book | None:
        return self.session.scalar(select(Book).where(Book.isbn == isbn.replace("-", "")))

    def popular(self, limit: int = 10) -> list[dict]:
        key = cache_key("popular", {"limit": limit})
        cached = cache.get(key)
        if cached is not None:
            return cached
        rows = self.session.execute(
            text(  # ok: sql-injection
                """
                SELECT b.id, b.title, b.author, count(l.id) AS loans
                FROM books b
                JOIN loans l ON l.book_id = b.id
                WHERE l.borrowed_at > now() - make_interval(days => :days)
                GROUP BY b.id
                ORDER BY loans DESC
                LIMIT :limit
                """
            ),
            {"days": 30, "limit": limit},
        ).mappings()
        result = [dict(row) for row in rows]
        cache.set(key, result, timeout=300)
        return result

    def overdue_loans(self, now) -> Sequence[Loan]:
        stmt = select(Loan).where(Loan.returned_at.is_(None), Loan.due_at < now).order_by(Loan.due_at)
        return self.session.scalars(stmt).all()

    def mark_returned(self, loan_ids: list, returned_at) -> int:
        if not loan_ids:
            return 0
        result = self.session.execute(
            update(Loan).where(Loan.id.in_(loan_ids), Loan.returned_at.is_(None)).values(returned_at=returned_at)
        )
        log.info("marked %d loans returned", result.rowcount)
        return result.rowcount

    def add_review(self, book: Book, user, rating: int, body: str) -> Review:
        review = Review(book=book, user=user, rating=max(1, min(rating, 5)), body=body.strip())
        self.session.add(review)
        self.session.flush()
        self.session.execute(
            text("UPDATE books SET rating_avg = (SELECT avg(rating) FROM reviews WHERE book_id = :id) WHERE id = :id"),  # ok: sql-injection
            {"id": book.id},
        )
        return review

    def stats_by_year(self, columns: Sequence[str] = ("published_year",)) -> list[tuple]:
        allowed = {"published_year", "language", "format"}
        chosen = [c for c in columns if c in allowed] or ["published_year"]
        column_sql = ", ".join(chosen)
        sql = f"SELECT {column_sql}, count(*) FROM books GROUP BY {column_sql} ORDER BY {column_sql}"
        return list(self.session.execute(text(sql)))  # ok: sql-injection
