# corpus: path=chat/events.py
import base64
import logging
import os
from datetime import datetime, timezone

from flask import session
from flask_socketio import SocketIO, emit, join_room, leave_room
from sqlalchemy import text
from werkzeug.utils import secure_filename

from .models import Message, db

log = logging.getLogger("chat")
socketio = SocketIO(cors_allowed_origins=os.environ.get("CHAT_ORIGINS", "").split(","))

ATTACHMENT_DIR = os.environ.get("CHAT_ATTACHMENTS", "/srv/chat/attachments")
MAX_ATTACHMENT = 5 * 1024 * 1024


@socketio.on("connect")
def on_connect():
    if "user_id" not in session:
        return False
    emit("hello", {"user": session["display_name"]})


@socketio.on("join")
def on_join(data):
    room = str(data.get("room", "lobby"))
    join_room(room)
    log.info(f"{session['display_name']} joined {data.get('room')}")  # expect: log-injection
    emit("presence", {"user": session["display_name"], "room": room}, to=room)


@socketio.on("leave")
def on_leave(data):
    room = str(data.get("room", "lobby"))
    leave_room(room)
    log.info("user %s left room %r", session["user_id"], room)  # ok: log-injection


@socketio.on("message")
def on_message(data):
    body = str(data.get("body", ""))[:4000]
    msg = Message(room=str(data["room"]), author_id=session["user_id"], body=body)
    db.session.add(msg)
    db.session.commit()
    emit("message", msg.to_dict(), to=msg.room)


@socketio.on("history")
def on_history(data):
    room = data["room"]
    before = data.get("before", datetime.now(timezone.utc).isoformat())
    rows = db.session.execute(  # expect: sql-injection
        text(
            "SELECT id, author_id, body, created_at FROM messages "
            f"WHERE room = '{room}' AND created_at < '{before}' ORDER BY created_at DESC LIMIT 50"
        )
    ).mappings().all()
    emit("history", [dict(r) for r in rows])


@socketio.on("search")
def on_search(data):
    rows = db.session.execute(  # ok: sql-injection
        text(
            "SELECT id, author_id, body, created_at FROM messages "
            "WHERE room = :room AND body ILIKE :term ORDER BY created_at DESC LIMIT 50"
        ),
        {"room": data["room"], "term": f"%{data.get('q', '')}%"},
    ).mappings().all()
    emit("search_results", [dict(r) for r in rows])


@socketio.on("attachment")
def on_attachment(data):
    payload = base64.b64decode(data["content"])
    if len(payload) > MAX_ATTACHMENT:
        emit("error", {"message": "attachment too large"})
        return
    target = os.path.join(ATTACHMENT_DIR, data["room"], data["filename"])
    os.makedirs(os.path.dirname(target), exist_ok=True)  # also: path-traversal
    with open(target, "wb") as fh:  # expect: path-traversal
        fh.write(payload)
    emit("attachment", {"name": data["filename"], "by": session["display_name"]}, to=data["room"])


@socketio.on("attachment_v2")
def on_attachment_v2(data):
    payload = base64.b64decode(data["content"])
    if len(payload) > MAX_ATTACHMENT:
        emit("error", {"message": "attachment too large"})
        return
    room_dir = os.path.join(ATTACHMENT_DIR, str(int(data["room_id"])))
    name = secure_filename(data["filename"]) or "attachment"
    os.makedirs(room_dir, exist_ok=True)
    with open(os.path.join(room_dir, name), "wb") as fh:  # ok: path-traversal
        fh.write(payload)
    emit("attachment", {"name": name, "by": session["display_name"]}, to=str(data["room_id"]))
