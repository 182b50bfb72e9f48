import logging

from flask import Blueprint, jsonify, render_template, request
from flask_login import current_user, login_required

from .models import Ticket

log = logging.getLogger(__name__)
bp = Blueprint("support", __name__, url_prefix="/support")


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
