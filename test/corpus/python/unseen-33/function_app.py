# corpus: path=functions/function_app.py
"""HTTP functions of the warehouse portal (Azure Functions, Python v2 programming model).

Every function is anonymous-auth behind the public Front Door, so route parameters, the query
string and the body are whatever the caller typed.
"""
import html
import json
import logging
import os
import posixpath
import traceback

import azure.functions as func
import pyodbc

app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)

LABELS_DIR = "/home/site/wwwroot/labels"
PORTAL_HOME = "/portal/"


def _db():
    return pyodbc.connect(os.environ["SQL_CONNECTION_STRING"])


@app.route(route="stock", methods=["GET"])
def stock_search(req: func.HttpRequest) -> func.HttpResponse:
    sku = req.params.get("sku", "")
    site = req.params.get("site", "MAIN")
    with _db() as conn:
        cur = conn.cursor()
        cur.execute(f"SELECT sku, qty, bin FROM stock WHERE sku LIKE '{sku}%' AND site = '{site}'")  # expect: sql-injection
        rows = [{"sku": r.sku, "qty": r.qty, "bin": r.bin} for r in cur.fetchall()]
    return func.HttpResponse(json.dumps(rows), mimetype="application/json")


@app.route(route="stock/{sku}", methods=["GET"])
def stock_item(req: func.HttpRequest) -> func.HttpResponse:
    sku = req.route_params.get("sku")
    with _db() as conn:
        cur = conn.cursor()
        cur.execute("SELECT sku, qty, bin FROM stock WHERE sku = ?", sku)  # ok: sql-injection
        row = cur.fetchone()
    if row is None:
        return func.HttpResponse(status_code=404)
    return func.HttpResponse(json.dumps({"sku": row.sku, "qty": row.qty}), mimetype="application/json")


@app.route(route="labels/{name}", methods=["GET"])
def label_pdf(req: func.HttpRequest) -> func.HttpResponse:
    name = req.route_params.get("name")
    with open(os.path.join(LABELS_DIR, name), "rb") as fh:  # expect: path-traversal
        body = fh.read()
    return func.HttpResponse(body, mimetype="application/pdf")


@app.route(route="labels/v2/{name}", methods=["GET"])
def label_pdf_v2(req: func.HttpRequest) -> func.HttpResponse:
    name = posixpath.basename(req.route_params.get("name", ""))
    if not name.endswith(".pdf"):
        return func.HttpResponse(status_code=400)
    with open(os.path.join(LABELS_DIR, name), "rb") as fh:  # ok: path-traversal
        body = fh.read()
    return func.HttpResponse(body, mimetype="application/pdf")


@app.route(route="greeting", methods=["GET"])
def greeting(req: func.HttpRequest) -> func.HttpResponse:
    who = req.params.get("name", "visitor")
    page = f"<html><body><h1>Welcome back, {who}</h1></body></html>"
    return func.HttpResponse(page, mimetype="text/html")  # expect: xss


@app.route(route="greeting/safe", methods=["GET"])
def greeting_safe(req: func.HttpRequest) -> func.HttpResponse:
    who = html.escape(req.params.get("name", "visitor"))
    page = f"<html><body><h1>Welcome back, {who}</h1></body></html>"
    return func.HttpResponse(page, mimetype="text/html")  # ok: xss


@app.route(route="signin/done", methods=["GET"])
def signin_done(req: func.HttpRequest) -> func.HttpResponse:
    # The identity provider bounces the browser here with the page the user started from.
    return_to = req.params.get("returnTo") or PORTAL_HOME
    return func.HttpResponse(status_code=302, headers={"Location": return_to})  # expect: open-redirect


@app.route(route="signout", methods=["GET"])
def signout(req: func.HttpRequest) -> func.HttpResponse:
    target = req.params.get("next", "")
    if not target.startswith("/") or target.startswith("//"):
        target = PORTAL_HOME
    return func.HttpResponse(status_code=302, headers={"Location": target})  # ok: open-redirect


@app.route(route="orders", methods=["POST"])
def create_order(req: func.HttpRequest) -> func.HttpResponse:
    try:
        order = req.get_json()
        with _db() as conn:
            conn.cursor().execute(
                "INSERT INTO orders (sku, qty, site) VALUES (?, ?, ?)",  # ok: sql-injection
                order["sku"], int(order["qty"]), order.get("site", "MAIN"),
            )
        return func.HttpResponse(status_code=201)
    except Exception:
        logging.exception("order insert failed")
        return func.HttpResponse(traceback.format_exc(), status_code=500)  # expect: error-exposure


@app.route(route="orders/cancel", methods=["POST"])
def cancel_order(req: func.HttpRequest) -> func.HttpResponse:
    try:
        body = req.get_json()
        with _db() as conn:
            conn.cursor().execute("UPDATE orders SET status = 'cancelled' WHERE id = ?", int(body["id"]))
        return func.HttpResponse(status_code=204)
    except (ValueError, KeyError):
        return func.HttpResponse("id is required", status_code=400)
    except Exception:
        logging.exception("cancel failed")
        return func.HttpResponse("Internal error", status_code=500)  # ok: error-exposure
