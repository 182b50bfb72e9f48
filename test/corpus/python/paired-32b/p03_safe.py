# corpus: path=app/api/errors.py
import functools
import logging
import uuid

from flask import jsonify

log = logging.getLogger(__name__)


def json_errors(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        try:
            return view(*args, **kwargs)
        except Exception:
            incident = uuid.uuid4().hex
            log.exception("unhandled error %s", incident)
            return jsonify({"error": "internal error", "incident": incident}), 500  # ok: error-exposure

    return wrapper
