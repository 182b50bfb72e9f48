# corpus: path=helpdesk/app.py
import logging

from quart import Quart, abort, jsonify, redirect, render_template, render_template_string, request, url_for
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
    rows = await conn.execute_query_dict("SELECT id, title, status FROM ticket WHERE title ILIKE $1", [f"%{term}%"])  # ok: sql-injection
    return jsonify(rows)


@app.get("/tickets/queue")
async def queue():
    assignee = request.args.get("assignee", "unassigned")  # expect: sql-injection
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(  # also: sql-injection
        f"SELECT id, title FROM ticket WHERE status = 'open' AND coalesce(assignee, 'unassigned') = '{assignee}'"
    )
    return jsonify(rows)


@app.get("/tickets/stale")
async def stale():
    days = request.args.get("days", "14")
    tickets = await Ticket.raw(f"SELECT * FROM ticket WHERE status = 'open' AND created_at < now() - interval '{days} days'")  # expect: sql-injection
    return jsonify([{"id": t.id, "title": t.title} for t in tickets])


@app.get("/tickets/stale/v2")
async def stale_v2():
    days = request.args.get("days", 14, type=int)
    tickets = await Ticket.raw(f"SELECT * FROM ticket WHERE status = 'open' AND created_at < now() - interval '{days} days'")  # ok: sql-injection
    return jsonify([{"id": t.id, "title": t.title} for t in tickets])


@app.get("/tickets/<int:ticket_id>")
async def show(ticket_id):
    ticket = await Ticket.get_or_none(id=ticket_id)
    if ticket is None:
        abort(404)
    return await render_template("ticket.html", ticket=ticket)


@app.post("/tickets/<int:ticket_id>/reply-preview")
async def reply_preview(ticket_id):
    form = await request.form
    ticket = await Ticket.get_or_none(id=ticket_id)
    if ticket is None:
        abort(404)
    signature = form.get("signature", "")
    return await render_template_string("<div class='reply'>{{ body }}</div><footer>" + signature + "</footer>", body=form.get("body", ""))  # expect: template-injection


@app.post("/tickets/<int:ticket_id>/close")
async def close(ticket_id):
    await Ticket.filter(id=ticket_id).update(status="closed")
    data = await request.get_json()
    log.warning("ticket %s closed: %s", ticket_id, data.get("reason"))  # expect: log-injection
    return redirect(url_for("show", ticket_id=ticket_id))  # ok: open-redirect


register_tortoise(app, db_url="postgres://tickets@db/tickets", modules={"models": [__name__]})
