# corpus: path=app/accounts/views.py
import json
import logging

from flask import Blueprint, abort, jsonify, request

from .models import Account

bp = Blueprint("accounts", __name__)
logger = logging.getLogger(__name__)


@bp.post("/login")
def login():
    username = request.form.get("username", "")
    logger.info(f"login attempt for {username}")  # expect: log-injection
    account = Account.query.filter_by(username=username).first()
    if account is None:
        logger.warning("login failed: unknown user %s", username)  # expect: log-injection
        abort(401)
    logger.info("account %s logged in", account.id)  # ok: log-injection
    return jsonify({"ok": True})


@bp.get("/accounts/<int:account_id>")
def show(account_id):
    logger.info("viewing account %d", account_id)  # ok: log-injection
    account = Account.query.get_or_404(account_id)
    return jsonify(account.to_dict())


@bp.get("/search")
def search():
    q = request.args.get("q", "")
    page = request.args.get("page", 1, type=int)
    logger.debug("search page=%d", page)  # ok: log-injection
    logger.info("search query %r", q)  # ok: log-injection
    logger.info("search", extra={"query": q, "page": page})  # ok: log-injection
    cleaned = q.replace("\r", "").replace("\n", " ")
    logger.info("search for %s", cleaned)  # ok: log-injection
    logger.debug("search params %s", json.dumps(request.args))  # ok: log-injection
    results = Account.search(q, page=page)
    return jsonify([a.to_dict() for a in results])


@bp.post("/webhooks/<provider>")
def webhook(provider):
    event = request.headers.get("X-Event-Type", "unknown")
    logger.info("received %s webhook: %s" % (provider, event))  # expect: log-injection
    agent = request.headers.get("User-Agent", "")
    logger.info("webhook client: " + agent)  # expect: log-injection
    try:
        count = int(request.args.get("retries", "0"))
    except ValueError:
        count = 0
    logger.info(f"retry count {count}")  # ok: log-injection
    return "", 204
