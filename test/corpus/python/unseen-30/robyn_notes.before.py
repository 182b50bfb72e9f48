import json
import logging
import os
import sqlite3

from robyn import Response, Robyn, jsonify

app = Robyn(__file__)
log = logging.getLogger("notes")

DB = os.environ.get("NOTES_DB", "notes.db")
ATTACH_DIR = "/srv/notes/attachments"


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
    rows = conn().execute("SELECT id, title FROM notes WHERE tag = ? ORDER BY id DESC", (tag,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/notes")
async def create_note(request):
    body = request.json()
    c = conn()
    cur = c.execute("INSERT INTO notes (title, body, tag) VALUES (?, ?, ?)", (body["title"], body["body"], body.get("tag", "")))
    c.commit()
    return jsonify({"id": cur.lastrowid})


if __name__ == "__main__":
    app.start(host="0.0.0.0", port=8080)
