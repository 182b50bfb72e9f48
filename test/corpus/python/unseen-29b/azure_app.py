# corpus: path=function_app.py
import logging
import os

import azure.functions as func
import requests

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
EXPORT_ROOT = "/home/site/exports"


@app.route(route="files/{name}", methods=["GET"])
def download(req: func.HttpRequest) -> func.HttpResponse:
    name = req.route_params.get("name")
    with open(os.path.join(EXPORT_ROOT, name), "rb") as fh:  # expect: path-traversal
        return func.HttpResponse(fh.read(), mimetype="application/octet-stream")


@app.route(route="safe-files/{name}", methods=["GET"])
def safe_download(req: func.HttpRequest) -> func.HttpResponse:
    name = os.path.basename(req.route_params.get("name", ""))
    with open(os.path.join(EXPORT_ROOT, name), "rb") as fh:  # ok: path-traversal
        return func.HttpResponse(fh.read(), mimetype="application/octet-stream")


@app.route(route="proxy", methods=["GET"])
def proxy(req: func.HttpRequest) -> func.HttpResponse:
    url = req.params.get("url")
    resp = requests.get(url, timeout=5)  # expect: ssrf
    return func.HttpResponse(resp.content, status_code=resp.status_code)


@app.route(route="hello", methods=["GET"])
def hello(req: func.HttpRequest) -> func.HttpResponse:
    name = req.params.get("name", "world")
    logging.info("hello called")
    return func.HttpResponse(f"<h1>Hello {name}</h1>", mimetype="text/html")  # expect: xss
