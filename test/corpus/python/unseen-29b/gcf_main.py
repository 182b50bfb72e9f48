# corpus: path=main.py
import functions_framework
import yaml
from flask import jsonify
from markupsafe import escape


@functions_framework.http
def import_config(request):
    cfg = yaml.load(request.get_data(), Loader=yaml.Loader)  # expect: unsafe-deserialization
    return jsonify(keys=sorted(cfg))


@functions_framework.http
def import_config_safe(request):
    cfg = yaml.safe_load(request.get_data())  # ok: unsafe-deserialization
    return jsonify(keys=sorted(cfg))


@functions_framework.http
def greet(request):
    name = request.args.get("name", "world")
    return f"<p>Hello {escape(name)}</p>"  # ok: xss
