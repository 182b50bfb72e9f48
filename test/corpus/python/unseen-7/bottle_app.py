# corpus: path=kiosk/app.py
import os

import bottle
import requests
from bottle import SimpleTemplate, redirect, request, response, route, run, template

bottle.debug(True)  # expect: debug-mode

STATUS_BASE = "https://status.kiosk.example.com"


@route("/hello")
def hello():
    name = request.query.get("name", "visitor")
    return template("<p>Hello {{name}}</p>", name=name)  # ok: template-injection, xss


@route("/hello/raw")
def hello_raw():
    name = request.query.get("name", "visitor")
    return template("<p>Hello " + name + "</p>")  # expect: template-injection


@route("/card", method="POST")
def card():
    body = request.forms.get("body", "")
    return SimpleTemplate(body).render(kiosk=os.environ.get("KIOSK_ID"))  # expect: template-injection


@route("/page")
def page():
    msg = request.query.get("msg", "")
    return "<html><body><p>" + msg + "</p></body></html>"  # expect: xss


@route("/status")
def status():
    path = request.query.get("path", "/")
    r = requests.get(STATUS_BASE + path, timeout=5)  # expect: ssrf
    return r.text


@route("/status/<component:re:[a-z]+>")
def component_status(component):
    r = requests.get(f"{STATUS_BASE}/components/{component}", timeout=5)  # ok: ssrf
    return r.json()


@route("/out")
def out():
    redirect(request.query.get("to", "/"))  # expect: open-redirect


@route("/lang", method="POST")
def lang():
    response.set_cookie("lang", request.forms.get("lang", "en"), path="/")  # ok: insecure-cookie
    redirect("/")


if __name__ == "__main__":
    run(host="0.0.0.0", port=8080, debug=True, reloader=True)  # expect: debug-mode
