# corpus: path=auth/api.py
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.post("/login")
def login():
    """Log the username of every failed login."""
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if not app.config["USER_STORE"].verify(username, password):
        safe_name = username.replace("\r", "\\r").replace("\n", "\\n")
        logger.warning("failed login for user " + safe_name)  # ok: log-injection
        return {"ok": False}, 401
    return {"ok": True}
