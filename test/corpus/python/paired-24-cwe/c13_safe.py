# corpus: path=app/auth/login.py
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/login")
def login():
    username = request.form["username"]
    password = request.form["password"]
    log.info("login attempt user=%s password_len=%d", username, len(password))  # ok: sensitive-logging
    return authenticate(username, password)
