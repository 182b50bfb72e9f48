import logging

from quart import Quart, abort, jsonify, redirect, render_template, request, url_for
from tortoise import Tortoise, fields
from tortoise.contrib.quart import register_tortoise
from tortoise.models import Model

app = Quart(__name__)
log = logging.getLogger("tickets")


class Ticket(Model):
    id = fields.IntField(pk=True)
    title = fields.CharField(max_length=200)
    status = fields.CharField(max_length=20, default="open")
    assignee = fields.CharField(max_length=80, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)


@app.get("/tickets/search")
async def search():
    term = request.args.get("q", "")
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(f"SELECT id, title, status FROM ticket WHERE title ILIKE '%{term}%'")
    return jsonify(rows)


@app.get("/tickets/queue")
async def queue():
    assignee = "unassigned"
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(
        f"SELECT id, title FROM ticket WHERE status = 'open' AND coalesce(assignee, 'unassigned') = '{assignee}'"
    )
    return jsonify(rows)


@app.get("/tickets/<int:ticket_id>")
async def show(ticket_id):
    ticket = await Ticket.get_or_none(id=ticket_id)
    if ticket is None:
        abort(404)
    return await render_template("ticket.html", ticket=ticket)


register_tortoise(app, db_url="postgres://tickets@db/tickets", modules={"models": [__name__]})
