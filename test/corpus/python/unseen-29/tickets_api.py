# corpus: path=helpdesk/api/tickets.py
import os

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel
from tortoise import Tortoise
from tortoise.contrib.fastapi import register_tortoise
from tortoise.expressions import Q
from tortoise.functions import Count

from helpdesk.models import Attachment, Ticket

app = FastAPI()
register_tortoise(app, db_url=os.environ["DATABASE_URL"], modules={"models": ["helpdesk.models"]})

ATTACHMENTS = "/var/helpdesk/attachments"
ORDERINGS = {"new": "-created_at", "old": "created_at", "priority": "-priority"}


class TicketIn(BaseModel):
    subject: str
    body: str
    priority: int = 3


@app.get("/tickets")
async def list_tickets(q: str = "", order: str = "new"):
    qs = Ticket.filter(Q(subject__icontains=q) | Q(body__icontains=q))  # ok: sql-injection
    return await qs.order_by(ORDERINGS.get(order, "-created_at")).limit(100).values()


@app.get("/tickets/report")
async def ticket_report(assignee: str, status: str = "open"):
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(  # expect: sql-injection
        "SELECT assignee, count(*) AS n FROM ticket "
        f"WHERE assignee = '{assignee}' AND status = '{status}' GROUP BY assignee"
    )
    return rows


@app.get("/tickets/report/v2")
async def ticket_report_v2(assignee: str, status: str = "open"):
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict(  # ok: sql-injection
        "SELECT assignee, count(*) AS n FROM ticket WHERE assignee = $1 AND status = $2 GROUP BY assignee",
        [assignee, status],
    )
    return rows


@app.get("/tickets/by-tag")
async def tickets_by_tag(tag: str = Query(..., min_length=1)):
    return await Ticket.raw(f"SELECT * FROM ticket WHERE tags @> ARRAY['{tag}']")  # expect: sql-injection


@app.get("/tickets/counts")
async def ticket_counts():
    return await Ticket.annotate(n=Count("id")).group_by("status").values("status", "n")


@app.post("/tickets")
async def create_ticket(body: TicketIn):
    ticket = await Ticket.create(**body.model_dump())  # ok: mass-assignment
    return {"id": ticket.id}


@app.get("/tickets/{ticket_id}", response_class=HTMLResponse)
async def show_ticket(ticket_id: int, highlight: str = ""):
    ticket = await Ticket.get_or_none(id=ticket_id)
    if ticket is None:
        raise HTTPException(404)
    return f"<h1>{ticket.subject}</h1><p>Searching for: {highlight}</p><div>{ticket.body_html}</div>"  # expect: xss


@app.get("/tickets/{ticket_id}/attachments/{name}")
async def get_attachment(ticket_id: int, name: str):
    att = await Attachment.get_or_none(ticket_id=ticket_id, filename=name)
    if att is None:
        raise HTTPException(404)
    return FileResponse(os.path.join(ATTACHMENTS, str(ticket_id), att.stored_name))  # ok: path-traversal


@app.get("/exports/{name:path}")
async def get_export(name: str):
    return FileResponse(os.path.join(ATTACHMENTS, "exports", name))  # expect: path-traversal
