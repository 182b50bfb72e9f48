# corpus: path=library/views.py
from datetime import date, timedelta

from flask import Flask, abort, jsonify, request
from pony.orm import Database, Optional, PrimaryKey, Required, Set, db_session, desc, raw_sql, select

db = Database()


class Book(db.Entity):
    id = PrimaryKey(int, auto=True)
    title = Required(str)
    author = Required(str)
    isbn = Optional(str, unique=True)
    published = Optional(date)
    loans = Set("Loan")


class Loan(db.Entity):
    book = Required(Book)
    member_id = Required(int)
    due = Required(date)
    returned = Optional(date)


app = Flask(__name__)
db.bind(provider="sqlite", filename="library.sqlite", create_db=True)
db.generate_mapping(create_tables=True)


@app.get("/books")
@db_session
def list_books():
    author = request.args.get("author", "")
    books = select(b for b in Book if b.author == author).order_by(desc(Book.published))[:50]  # ok: sql-injection
    return jsonify([b.to_dict() for b in books])


@app.get("/books/search")
@db_session
def search_books():
    term = request.args.get("q", "")
    rows = db.select(f"SELECT id, title FROM Book WHERE title LIKE '%{term}%' LIMIT 50")  # expect: sql-injection
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])


@app.get("/books/isbn")
@db_session
def by_isbn():
    isbn = request.args.get("isbn", "").replace("-", "")
    rows = db.select("SELECT id, title FROM Book WHERE isbn = $isbn")  # ok: sql-injection
    if not rows:
        abort(404)
    return jsonify({"id": rows[0][0], "title": rows[0][1]})


@app.get("/books/year")
@db_session
def by_year():
    year = request.args.get("year", "")
    books = Book.select(lambda b: raw_sql(f"strftime('%Y', b.published) = '{year}'"))[:100]  # expect: sql-injection
    return jsonify([b.to_dict() for b in books])


@app.get("/books/decade")
@db_session
def by_decade():
    start = request.args.get("from", "1990")
    books = Book.select(lambda b: raw_sql("strftime('%Y', b.published) >= $start"))[:100]  # ok: sql-injection
    return jsonify([b.to_dict() for b in books])


@app.get("/members/overdue")
@db_session
def overdue_for_member():
    member_id = int(request.args["member"])
    rows = db.select(  # ok: sql-injection
        f"SELECT book, due FROM Loan WHERE member_id = {member_id} AND returned IS NULL AND due < date('now')"
    )
    return jsonify([{"book": r[0], "due": str(r[1])} for r in rows])


@app.post("/loans/extend")
@db_session
def extend_loans():
    member = request.form["member"]
    days = request.form.get("days", "14")
    db.execute(  # expect: sql-injection
        "UPDATE Loan SET due = date(due, '+" + days + " days') WHERE member_id = " + member + " AND returned IS NULL"
    )
    return jsonify({"ok": True})


@app.get("/loans/sorted")
@db_session
def sorted_loans():
    order = request.args.get("order", "due")
    column = {"due": Loan.due, "book": Loan.book}.get(order, Loan.due)
    loans = Loan.select().order_by(column)[:100]  # ok: sql-injection
    return jsonify([{"id": l.id, "due": str(l.due)} for l in loans])


@app.post("/loans/<int:loan_id>/renew")
@db_session
def renew(loan_id):
    loan = Loan.get(id=loan_id) or abort(404)
    loan.due = loan.due + timedelta(days=14)
    return jsonify({"due": str(loan.due)})
