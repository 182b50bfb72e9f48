# corpus: path=service/app.py
import logging
import os

from flask import Flask, jsonify, make_response, render_template_string, request, session
from flask_cors import CORS
from markupsafe import Markup, escape
from werkzeug.middleware.proxy_fix import ProxyFix

from .blueprints import admin, api, public
from .extensions import cache, db, migrate

log = logging.getLogger(__name__)

BANNER = """
<div class="banner">
  <h1>{{ title }}</h1>
  <p>{{ message }}</p>
</div>
"""


def create_app(config_object="service.config.ProductionConfig"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.config.from_prefixed_env()
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

    db.init_app(app)
    migrate.init_app(app, db)
    cache.init_app(app)

    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: permissive-cors

    app.register_blueprint(public.bp)
    app.register_blueprint(api.bp, url_prefix="/api")
    app.register_blueprint(admin.bp, url_prefix="/admin")

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.get("/banner")
    def banner():
        return render_template_string(BANNER, title="Maintenance", message=request.args.get("msg", ""))  # ok: template-injection

    @app.get("/hello")
    def hello():
        name = request.args.get("name", "world")
        return render_template_string("<p>Hello " + name + "</p>")  # expect: template-injection

    @app.get("/greet")
    def greet():
        name = request.args.get("name", "world")
        return Markup("<p>Hello %s</p>") % escape(name)  # ok: xss

    @app.get("/welcome")
    def welcome():
        name = request.args.get("name", "")
        return Markup(f"<h2>Welcome back, {name}</h2>")  # expect: xss

    @app.post("/prefs")
    def prefs():
        theme = request.form.get("theme", "light")
        response = make_response(jsonify(ok=True))
        response.set_cookie("theme", theme, max_age=31536000, samesite="Lax")
        response.set_cookie("remember_token", session.get("token", ""), max_age=2592000)  # expect: insecure-cookie
        return response

    @app.errorhandler(500)
    def server_error(error):
        log.exception("unhandled error")
        return jsonify(error="internal server error"), 500

    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), debug=True)  # expect: debug-mode
