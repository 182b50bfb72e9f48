import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, current_app, jsonify, request

from app.slack.handlers import dispatch_command, dispatch_event

bp = Blueprint("slack", __name__, url_prefix="/slack")


def _verify(req):
    timestamp = req.headers.get("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(timestamp)) > 60 * 5:
        abort(400)
    basestring = f"v0:{timestamp}:{req.get_data(as_text=True)}".encode()
    secret = current_app.config["SLACK_SIGNING_SECRET"].encode()
    my_signature = "v0=" + hmac.new(secret, basestring, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(my_signature, req.headers.get("X-Slack-Signature", "")):
        abort(401)


@bp.post("/events")
def events():
    _verify(request)
    body = request.get_json()
    if body.get("type") == "url_verification":
        return jsonify(challenge=body["challenge"])
    dispatch_event(body["event"])
    return "", 200
