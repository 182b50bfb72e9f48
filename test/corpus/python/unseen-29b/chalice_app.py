# corpus: path=app.py
import hashlib
import random
import string

from chalice import Chalice, Response

app = Chalice(app_name="links")
TABLE = {}


@app.route("/links", methods=["POST"])
def create_link():
    body = app.current_request.json_body
    slug = "".join(random.choices(string.ascii_letters, k=6))
    TABLE[slug] = body["url"]
    return {"slug": slug}


@app.route("/links/{slug}")
def follow(slug):
    target = TABLE.get(slug)
    if target is None:
        return Response(status_code=404, body="")
    return Response(status_code=302, body="", headers={"Location": target})  # ok: open-redirect


@app.route("/unsubscribe")
def unsubscribe():
    email = app.current_request.query_params.get("email", "")
    token = hashlib.md5(email.encode()).hexdigest()  # expect: weak-hash
    return {"token": token}
