# corpus: path=analytics/reports.py
import io
import logging
import os

import pandas as pd
from flask import Blueprint, abort, current_app, jsonify, request, send_file

bp = Blueprint("reports", __name__, url_prefix="/reports")
log = logging.getLogger(__name__)

DATA_DIR = os.environ.get("ANALYTICS_DATA", "/srv/analytics/data")
METRICS = {
    "margin": "revenue - cost",
    "margin_pct": "(revenue - cost) / revenue",
    "aov": "revenue / orders",
}


def _sales():
    return pd.read_parquet(os.path.join(DATA_DIR, "sales.parquet"))


@bp.post("/snapshot")
def load_snapshot():
    snap = pd.read_pickle(request.files["snapshot"])  # expect: unsafe-deserialization
    return jsonify({"rows": len(snap), "columns": list(snap.columns)})


@bp.post("/upload")
def upload_csv():
    df = pd.read_csv(request.files["data"], nrows=100_000)  # ok: ssrf, unsafe-deserialization
    return jsonify({"rows": len(df), "columns": list(df.columns)})


@bp.post("/import-remote")
def import_remote():
    source = request.form["source_url"]
    df = pd.read_csv(source)  # expect: ssrf, path-traversal
    df.to_parquet(os.path.join(DATA_DIR, "imported.parquet"))
    return jsonify({"rows": len(df)})


@bp.get("/metric")
def metric():
    expr = request.args.get("expr", "revenue")
    df = _sales()
    df["value"] = df.eval(expr)  # expect: code-injection
    return jsonify(df[["day", "value"]].tail(30).to_dict(orient="records"))


@bp.get("/metric/v2")
def metric_v2():
    name = request.args.get("metric", "margin")
    if name not in METRICS:
        abort(400)
    df = _sales()
    df["value"] = df.eval(METRICS[name])  # ok: code-injection
    return jsonify(df[["day", "value"]].tail(30).to_dict(orient="records"))


@bp.get("/filter")
def filter_rows():
    region = request.args.get("region", "EU")
    df = _sales()
    subset = df.query("region == @region")  # ok: code-injection
    return jsonify(subset.head(100).to_dict(orient="records"))


@bp.get("/filter/advanced")
def filter_advanced():
    condition = request.args.get("where", "revenue > 0")
    df = _sales()
    subset = df.query(condition)  # expect: code-injection
    return jsonify(subset.head(100).to_dict(orient="records"))


@bp.get("/export/<name>")
def export(name):
    df = _sales()
    buf = io.BytesIO()
    df.to_csv(buf, index=False)
    buf.seek(0)
    return send_file(buf, mimetype="text/csv", as_attachment=True, download_name=f"{name}.csv")  # ok: path-traversal


@bp.get("/table")
def html_table():
    df = _sales().tail(50)
    caption = request.args.get("caption", "Sales")
    html = df.to_html(index=False)
    return f"<h2>{caption}</h2>{html}"  # expect: xss


@bp.get("/saved/<name>")
def saved(name):
    path = os.path.join(DATA_DIR, "saved", f"{name}.pkl")
    return jsonify(pd.read_pickle(path).to_dict(orient="records"))  # expect: path-traversal, unsafe-deserialization


@bp.errorhandler(Exception)
def on_error(exc):
    current_app.logger.exception("report failed")
    return jsonify({"error": "report failed"}), 500
