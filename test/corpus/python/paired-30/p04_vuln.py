# corpus: path=app/tenancy/views.py
from flask import Blueprint, redirect, request, session

bp = Blueprint("tenancy", __name__)


@bp.route("/switch-tenant", methods=["POST"])
def switch_tenant():
    session["tenant_id"] = request.headers.get("X-Tenant-Id")  # expect: trust-boundary
    return redirect("/dashboard")
