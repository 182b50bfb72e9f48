# corpus: path=notes/app.py
import json
import logging
import os
import sqlite3

from robyn import Response, Robyn, jsonify

app = Robyn(__file__)
log = logging.getLogger("notes")

DB = os.environ.get("NOTES_DB", "notes.db")
ATTACH_DIR = "/srv/notes/attachments"
SORT_COLUMNS = {"new": "id DESC", "old": "id ASC", "title": "title ASC"}


def conn():
    c = sqlite3.connect(DB)
    c.row_factory = sqlite3.Row
    return c


@app.get("/notes/:note_id")
async def get_note(request):
    note_id = request.path_params["note_id"]
    row = conn().execute("SELECT id, title, body FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        return Response(status_code=404, headers={}, description="not found")
    return jsonify(dict(row))


@app.get("/notes")
async def list_notes(request):
    tag = request.query_params.get("tag", "")
    sort = request.query_params.get("sort", "new")
    rows = conn().execute(f"SELECT id, title FROM notes WHERE tag = '{tag}' ORDER BY {sort}").fetchall()  # expect: sql-injection
    return jsonify([dict(r) for r in rows])


@app.get("/notes/sorted")
async def list_notes_sorted(request):
    tag = request.query_params.get("tag", "")
    order = SORT_COLUMNS.get(request.query_params.get("sort", "new"), "id DESC")
    rows = conn().execute(f"SELECT id, title FROM notes WHERE tag = ? ORDER BY {order}", (tag,)).fetchall()  # ok: sql-injection
    return jsonify([dict(r) for r in rows])


@app.post("/notes")
async def create_note(request):
    body = request.json()
    c = conn()
    cur = c.execute("INSERT INTO notes (title, body, tag) VALUES (?, ?, ?)", (body["title"], body["body"], body.get("tag", "")))
    c.commit()
    log.info("note created: %s", body["title"])  # expect: log-injection
    return jsonify({"id": cur.lastrowid})


@app.get("/attachments/:name")
async def attachment(request):
    name = request.path_params["name"]
    with open(os.path.join(ATTACH_DIR, name), "rb") as fh:  # expect: path-traversal
        data = fh.read()
    return Response(status_code=200, headers={"Content-Type": "application/octet-stream"}, description=data)


@app.get("/attachments/safe/:name")
async def attachment_safe(request):
    name = os.path.basename(request.path_params["name"])
    with open(os.path.join(ATTACH_DIR, name), "rb") as fh:  # ok: path-traversal
        data = fh.read()
    return Response(status_code=200, headers={"Content-Type": "application/octet-stream"}, description=data)


@app.get("/preview/:note_id")
async def preview(request):
    note_id = request.path_params["note_id"]
    highlight = request.query_params.get("q", "")
    return Response(  # expect: xss
        status_code=200,
        headers={"Content-Type": "text/html"},
        description=f"<p>Results for <mark>{highlight}</mark> in note {note_id}</p>",
    )


@app.get("/out")
async def outbound(request):
    url = request.query_params.get("url", "/")
    return Response(status_code=302, headers={"Location": url}, description="")  # expect: open-redirect


@app.exception
def handle_exception(error):
    log.exception("unhandled error")
    return Response(status_code=500, headers={}, description="internal error")


if __name__ == "__main__":
    app.start(host="0.0.0.0", port=8080)
