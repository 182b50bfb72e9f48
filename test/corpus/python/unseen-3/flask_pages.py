# corpus: path=shop/pages.py
from flask import Flask, Response, make_response, render_template, render_template_string, request
from jinja2 import Template
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    return render_template_string("<p>Hello " + name + "</p>")  # expect: template-injection


@app.route("/greet-safe")
def greet_safe():
    name = request.args.get("name", "guest")
    return render_template_string("<p>Hello {{ name }}</p>", name=name)  # ok: template-injection


@app.route("/banner")
def banner():
    text = request.args.get("text", "")
    return Template("<div class='banner'>" + text + "</div>").render()  # expect: template-injection


@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    return "<html><body>You said: " + msg + "</body></html>"  # expect: xss


@app.route("/echo-safe")
def echo_safe():
    msg = request.args.get("msg", "")
    return "<html><body>You said: " + str(escape(msg)) + "</body></html>"  # ok: xss


@app.route("/tag")
def tag():
    label = request.values.get("label", "")
    return render_template("tag.html", label=Markup(f"<em>{label}</em>"))  # expect: xss


@app.route("/tag-safe")
def tag_safe():
    label = request.values.get("label", "")
    return render_template("tag.html", label=label)  # ok: xss


@app.route("/error")
def error_page():
    reason = request.args.get("reason", "unknown")
    resp = make_response(f"<h2>Error: {reason}</h2>", 400)  # expect: xss
    return resp


@app.route("/error.json")
def error_json():
    reason = request.args.get("reason", "unknown")
    return Response(f'{{"error": "{reason}"}}', status=400, mimetype="application/json")  # ok: xss
