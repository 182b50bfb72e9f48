# corpus: path=finance/reports.py
import io
import logging
from datetime import date

import pandas as pd
from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required
from sqlalchemy import text

from .extensions import db

bp = Blueprint("reports", __name__, url_prefix="/reports")
log = logging.getLogger(__name__)

SORTS = {"due": "due_date", "amount": "amount_cents DESC", "customer": "customer_name"}
DERIVED = {
    "margin": "(revenue - cost) / revenue",
    "net": "revenue - cost - fees",
}


def _tenant() -> int:
    return current_user.tenant_id


@bp.get("/receivables")
@login_required
def receivables():
    status = request.args.get("status", "open")
    frame = pd.read_sql(  # expect: sql-injection
        f"SELECT id, customer_name, amount_cents, due_date FROM invoices "
        f"WHERE tenant_id = {_tenant()} AND status = '{status}'",
        db.engine,
    )
    return jsonify(frame.to_dict(orient="records"))


@bp.get("/receivables/v2")
@login_required
def receivables_v2():
    frame = pd.read_sql(  # ok: sql-injection
        text(
            "SELECT id, customer_name, amount_cents, due_date FROM invoices "
            "WHERE tenant_id = :tenant AND status = :status"
        ),
        db.engine,
        params={"tenant": _tenant(), "status": request.args.get("status", "open")},
    )
    return jsonify(frame.to_dict(orient="records"))


@bp.get("/aging")
@login_required
def aging():
    sort = request.args.get("sort", "due")
    rows = db.session.execute(  # expect: sql-injection
        text(f"SELECT customer_name, amount_cents, due_date FROM invoices WHERE tenant_id = :t ORDER BY {sort}"),
        {"t": _tenant()},
    ).all()
    return jsonify([r._asdict() for r in rows])


@bp.get("/aging/v2")
@login_required
def aging_v2():
    order_by = SORTS.get(request.args.get("sort", "due"), SORTS["due"])
    rows = db.session.execute(  # ok: sql-injection
        text(f"SELECT customer_name, amount_cents, due_date FROM invoices WHERE tenant_id = :t ORDER BY {order_by}"),
        {"t": _tenant()},
    ).all()
    return jsonify([r._asdict() for r in rows])


def _monthly() -> pd.DataFrame:
    return pd.read_sql(
        text("SELECT month, revenue, cost, fees FROM monthly_pnl WHERE tenant_id = :t ORDER BY month"),
        db.engine,
        params={"t": _tenant()},
    )


@bp.get("/pnl/custom")
@login_required
def pnl_custom():
    formula = request.args.get("formula", "revenue - cost")
    frame = _monthly()
    frame["value"] = frame.eval(formula)  # expect: code-injection
    return jsonify(frame[["month", "value"]].to_dict(orient="records"))


@bp.get("/pnl/<metric>")
@login_required
def pnl_metric(metric):
    if metric not in DERIVED:
        abort(404)
    frame = _monthly()
    frame["value"] = frame.eval(DERIVED[metric])  # ok: code-injection
    return jsonify(frame[["month", "value"]].to_dict(orient="records"))


@bp.get("/export.xlsx")
@login_required
def export_xlsx():
    frame = _monthly()
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name="P&L", index=False)
    buf.seek(0)
    name = request.args.get("name") or f"pnl-{date.today():%Y-%m}"
    return send_file(  # ok: header-injection
        buf,
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=f"{name}.xlsx",
    )


@bp.post("/import")
@login_required
def import_budget():
    upload = request.files.get("file")
    if upload is None:
        abort(400)
    sheet = request.form.get("sheet", "Budget")
    current_app.logger.info(f"budget import of sheet {sheet} by {current_user.email}")  # expect: log-injection
    frame = pd.read_excel(upload, sheet_name=sheet, engine="openpyxl")
    frame["tenant_id"] = _tenant()
    frame.to_sql("budget_lines", db.engine, if_exists="append", index=False)
    log.info("imported %d budget lines for tenant %s", len(frame), _tenant())
    return jsonify({"rows": len(frame)})


@bp.get("/archive/<path:name>")
@login_required
def archived_report(name):
    archive = current_app.config["REPORT_ARCHIVE"]
    frame = pd.read_pickle(f"{archive}/{_tenant()}/{name}")  # expect: path-traversal, unsafe-deserialization
    return jsonify(frame.to_dict(orient="records"))
