# corpus: path=storefront/pages.py
import hashlib
import secrets

from markupsafe import Markup, escape
from quart import Quart, abort, make_response, redirect, render_template, render_template_string, request, session, url_for

app = Quart(__name__)
app.config.from_prefixed_env()

BANNER_TEMPLATE = "<p class='banner'>{{ text }}</p>"


@app.route("/preview")
async def preview():
    title = request.args.get("title", "Untitled")
    body = f"<h1>{title}</h1><div>{{{{ product.description }}}}</div>"
    return await render_template_string(body, product={"description": "demo"})  # expect: template-injection


@app.route("/banner")
async def banner():
    text = request.args.get("text", "")
    return await render_template_string(BANNER_TEMPLATE, text=text)  # ok: template-injection


@app.route("/product/<slug>")
async def product(slug):
    note = request.args.get("note", "")
    return await render_template("product.html", slug=slug, note=note)  # ok: template-injection, xss


@app.route("/badge")
async def badge():
    label = request.args.get("label", "new")
    return Markup(f"<span class='badge'>{label}</span>")  # expect: xss


@app.route("/badge/safe")
async def badge_safe():
    label = request.args.get("label", "new")
    return Markup("<span class='badge'>{}</span>").format(label)  # ok: xss


@app.route("/tooltip")
async def tooltip():
    hint = request.args.get("hint", "")
    return Markup("<abbr title='%s'>?</abbr>" % escape(hint))  # ok: xss


@app.route("/login", methods=["POST"])
async def login():
    form = await request.form
    target = form.get("next", "/")
    if not target.startswith("/"):
        target = "/"
    session["user"] = form["username"]  # expect: trust-boundary
    return redirect(target)  # expect: open-redirect


@app.route("/logout")
async def logout():
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = url_for("index")
    session.clear()
    return redirect(target)  # ok: open-redirect


@app.route("/cart/remember", methods=["POST"])
async def remember_cart():
    cart_id = secrets.token_urlsafe(24)
    resp = await make_response({"ok": True})
    resp.set_cookie("cart_id", cart_id, max_age=7 * 86400)  # expect: insecure-cookie
    return resp


@app.route("/theme", methods=["POST"])
async def theme():
    resp = await make_response({"ok": True})
    resp.set_cookie("cart_token", secrets.token_urlsafe(24), secure=True, httponly=True, samesite="Lax")  # ok: insecure-cookie
    return resp


@app.route("/asset/<name>")
async def asset(name):
    if not name.isalnum():
        abort(404)
    etag = hashlib.md5(name.encode()).hexdigest()  # ok: weak-hash
    return {"etag": etag}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)  # expect: debug-mode
