# corpus: path=ledger/reports/queries.py
"""Read-only report queries. Column and sort names come from fixed maps, values are bound."""
from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from psycopg import sql
from psycopg.rows import dict_row

SORTABLE = {
    "date": "spent_on",
    "amount": "amount",
    "vendor": "vendor",
    "category": "category",
}
GROUPABLE = {"category": "category", "vendor": "vendor", "month": "date_trunc('month', spent_on)"}
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def _order_by(sort: str) -> sql.Composable:
    descending = sort.startswith("-")
    column = SORTABLE.get(sort.lstrip("-"), "spent_on")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL("ORDER BY {} {}, id").format(sql.Identifier(column), direction)  # ok: sql-injection


def list_expenses(conn, org_id, *, sort: str = "-date", page: int = 1, page_size: int = DEFAULT_PAGE_SIZE,
                  category: str | None = None, since: date | None = None) -> list[dict]:
    page_size = max(1, min(page_size, MAX_PAGE_SIZE))
    clauses = [sql.SQL("org_id = %(org)s")]
    params: dict = {"org": org_id, "limit": page_size, "offset": (max(page, 1) - 1) * page_size}
    if category:
        clauses.append(sql.SQL("category = %(category)s"))
        params["category"] = category
    if since:
        clauses.append(sql.SQL("spent_on >= %(since)s"))
        params["since"] = since
    query = sql.SQL("SELECT id, vendor, category, amount, spent_on FROM expenses WHERE {} {} LIMIT %(limit)s OFFSET %(offset)s").format(
        sql.SQL(" AND ").join(clauses), _order_by(sort)
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)  # ok: sql-injection
        return cur.fetchall()


def totals_by(conn, org_id, group: str, year: int) -> list[dict]:
    expression = GROUPABLE.get(group)
    if expression is None:
        raise ValueError(f"cannot group by {group!r}")
    query = sql.SQL(
        "SELECT {expr} AS bucket, sum(amount) AS total, count(*) AS n FROM expenses "
        "WHERE org_id = %s AND extract(year FROM spent_on) = %s GROUP BY 1 ORDER BY 2 DESC"
    ).format(expr=sql.SQL(expression))  # ok: sql-injection
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, (org_id, year))
        return cur.fetchall()


def find_by_ids(conn, org_id, ids: Sequence[str]) -> list[dict]:
    if not ids:
        return []
    placeholders = ", ".join(["%s"] * len(ids))
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            f"SELECT id, vendor, amount FROM expenses WHERE org_id = %s AND id IN ({placeholders})",  # ok: sql-injection
            (org_id, *ids),
        )
        return cur.fetchall()


def search_vendors(conn, org_id, term: str, limit: int = 10) -> list[str]:
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with conn.cursor() as cur:
        cur.execute(
            "SELECT DISTINCT vendor FROM expenses WHERE org_id = %s AND vendor ILIKE %s ORDER BY vendor LIMIT %s",
            (org_id, pattern, limit),
        )
        return [row[0] for row in cur.fetchall()]


def upsert_budgets(conn, org_id, budgets: Iterable[tuple[str, int]]) -> int:
    rows = [(org_id, category, cents) for category, cents in budgets]
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO budgets (org_id, category, cents) VALUES (%s, %s, %s) "
            "ON CONFLICT (org_id, category) DO UPDATE SET cents = EXCLUDED.cents",
            rows,
        )
        return cur.rowcount


def copy_table_stats(conn, tables: Sequence[str] = ("expenses", "budgets", "invoices")) -> dict[str, int]:
    stats = {}
    with conn.cursor() as cur:
        for table in tables:
            cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
            stats[table] = cur.fetchone()[0]
    return stats
