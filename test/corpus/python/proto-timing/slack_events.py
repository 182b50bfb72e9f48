# corpus: path=app/slack/routes.py
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


def _verify_legacy(req):
    # Slash commands configured before signing secrets existed still send the verification token.
    if req.form.get("token") != current_app.config["SLACK_VERIFICATION_TOKEN"]:  # expect: timing-unsafe-comparison
        abort(401)


@bp.post("/events")
def events():
    _verify(request)
    body = request.get_json()
    if body.get("type") == "url_verification":
        return jsonify(challenge=body["challenge"])
    dispatch_event(body["event"])
    return "", 200


@bp.post("/commands")
def commands():
    if request.headers.get("X-Slack-Signature"):
        _verify(request)
    else:
        _verify_legacy(request)
    command = request.form.get("command", "")
    if command == "/deploy":  # ok: timing-unsafe-comparison
        return jsonify(response_type="ephemeral", text="Deploys moved to #releases")
    dispatch_command(command, request.form)
    return "", 200


@bp.post("/interactions")
def interactions():
    _verify(request)
    payload = json.loads(request.form["payload"])
    if payload["type"] == "block_actions" and payload["actions"][0]["action_id"] == "approve":  # ok: timing-unsafe-comparison
        dispatch_event({"type": "approval", "user": payload["user"]["id"], "value": payload["actions"][0]["value"]})
    return "", 200
