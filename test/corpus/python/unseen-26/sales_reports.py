# corpus: path=bi/sales.py
import io
import os

import pandas as pd
from flask import Blueprint, jsonify, request, send_file
from sqlalchemy import create_engine, text

bp = Blueprint("sales", __name__)

engine = create_engine(os.environ["WAREHOUSE_URL"])
OUT_DIR = "/srv/bi/out"


def sales_for_region(region):
    return pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", engine)  # expect: sql-injection


def sales_for_region_bound(region):
    return pd.read_sql(text("SELECT * FROM sales WHERE region = :region"), engine, params={"region": region})  # ok: sql-injection


@bp.get("/sales/summary")
def summary():
    df = sales_for_region_bound(request.args.get("region", "emea"))
    condition = request.args.get("filter")
    if condition:
        df = df.query(condition)  # expect: code-injection
    totals = df.groupby("product")["amount"].sum().sort_values(ascending=False)
    return jsonify(totals.head(20).to_dict())


@bp.get("/sales/top")
def top_products():
    df = sales_for_region_bound(request.args.get("region", "emea"))
    minimum = float(request.args.get("min", "0"))
    df = df.query("amount >= @minimum")  # ok: code-injection
    return jsonify(df.nlargest(10, "amount").to_dict(orient="records"))


@bp.post("/sales/save")
def save_report():
    name = request.form.get("name", "report")
    df = sales_for_region_bound(request.form.get("region", "emea"))
    df.to_csv(os.path.join(OUT_DIR, f"{name}.csv"), index=False)  # expect: path-traversal
    return jsonify(saved=name)


@bp.post("/sales/upload")
def upload_frame():
    upload = request.files["frame"]
    if upload.filename.endswith(".pkl"):
        df = pd.read_pickle(upload.stream)  # expect: unsafe-deserialization
    else:
        df = pd.read_csv(upload.stream)  # ok: unsafe-deserialization
    return jsonify(rows=len(df), columns=list(df.columns))


@bp.get("/sales/export")
def export_xlsx():
    df = sales_for_region_bound(request.args.get("region", "emea"))
    buf = io.BytesIO()
    df.to_excel(buf, index=False)
    buf.seek(0)
    return send_file(buf, download_name="sales.xlsx", as_attachment=True)
