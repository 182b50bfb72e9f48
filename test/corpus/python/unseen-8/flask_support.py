# corpus: path=support/views.py
import logging
import random
import time

import requests
from flask import Blueprint, Response, jsonify, make_response, render_template, render_template_string, request
from flask_login import current_user, login_required
from markupsafe import escape

from .models import Ticket

log = logging.getLogger(__name__)
bp = Blueprint("support", __name__, url_prefix="/support")
STATUS_PAGE = "https://status.example.com/api/v2/summary.json"


@bp.get("/tickets")
@login_required
def tickets():
    rows = Ticket.query.filter_by(owner_id=current_user.id).all()
    return render_template("support/tickets.html", tickets=rows)


@bp.get("/tickets/<int:ticket_id>")
@login_required
def ticket(ticket_id):
    row = Ticket.query.filter_by(id=ticket_id, owner_id=current_user.id).first_or_404()
    return jsonify(row.to_dict())


@bp.get("/search")
@login_required
def search():
    term = request.args.get("term", "")
    return f"<p>No tickets match <em>{term}</em>.</p>"  # expect: xss


@bp.get("/search/escaped")
@login_required
def search_escaped():
    term = request.args.get("term", "")
    return f"<p>No tickets match <em>{escape(term)}</em>.</p>"  # ok: xss


@bp.get("/banner")
def banner():
    msg = request.args.get("msg", "")
    resp = make_response("<div class='banner'>" + msg + "</div>")  # expect: xss
    return resp


@bp.get("/export.csv")
@login_required
def export_csv():
    name = request.args.get("name", "tickets")
    return Response(f"id,title\n", mimetype="text/csv", headers={"Content-Disposition": f"attachment; filename={name}.csv"})  # expect: header-injection


@bp.post("/macro/preview")
@login_required
def macro_preview():
    macro = request.form["macro"]
    return render_template_string(macro, user=current_user)  # expect: template-injection


@bp.get("/status")
def status():
    data = requests.get(STATUS_PAGE, timeout=5).json()  # ok: ssrf, cleartext-http
    return jsonify(data["status"])


@bp.get("/status/component")
def component_status():
    url = request.args.get("url", STATUS_PAGE)
    return jsonify(requests.get(url, timeout=5).json())  # expect: ssrf


@bp.post("/tickets/<int:ticket_id>/share")
@login_required
def share_ticket(ticket_id):
    share_token = "%08x" % random.getrandbits(32)  # expect: insecure-random
    Ticket.query.filter_by(id=ticket_id, owner_id=current_user.id).update({"share_token": share_token})
    return jsonify({"token": share_token})


@bp.get("/retry-after")
def retry_after():
    time.sleep(random.uniform(0.1, 0.3))  # ok: insecure-random
    return jsonify({"retry": True})
