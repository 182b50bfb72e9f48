# corpus: path=app/api/jobs.py
import logging
import traceback

from flask import Blueprint, current_app, jsonify, make_response, request

from ..errors import ImportRejected
from ..services import exports, imports

bp = Blueprint("jobs", __name__, url_prefix="/api/jobs")
log = logging.getLogger(__name__)


@bp.errorhandler(Exception)
def unexpected(exc):
    log.exception("unhandled error in jobs api")
    return jsonify({"error": type(exc).__name__, "trace": traceback.format_exception(exc)}), 500  # expect: error-exposure


@bp.post("/import")
def start_import():
    payload = request.get_json(force=True)
    try:
        job = imports.start(payload["source"], payload.get("options", {}))
    except ImportRejected as exc:
        return jsonify({"error": str(exc)}), 422  # ok: error-exposure
    except Exception:
        return jsonify({"error": "import failed", "trace": traceback.format_exc()}), 500  # expect: error-exposure
    return jsonify({"id": job.id}), 202


@bp.get("/<job_id>/result")
def job_result(job_id):
    try:
        result = exports.load_result(job_id)
    except FileNotFoundError:
        return jsonify({"error": "no result yet"}), 404  # ok: error-exposure
    except Exception:
        details = traceback.format_exc()
        log.error("loading result for job %s failed: %s", job_id, details)  # ok: error-exposure
        return jsonify({"error": "internal error"}), 500  # ok: error-exposure
    return jsonify(result)


@bp.post("/<job_id>/retry")
def retry(job_id):
    try:
        imports.retry(job_id)
    except Exception as exc:
        if current_app.debug:
            return jsonify({"error": str(exc), "trace": traceback.format_exc()}), 500  # ok: error-exposure
        log.exception("retry of %s failed", job_id)
        return jsonify({"error": "retry failed"}), 500  # ok: error-exposure
    return "", 204


@bp.delete("/<job_id>")
def cancel(job_id):
    try:
        imports.cancel(job_id)
    except Exception as exc:
        return make_response(f"could not cancel {job_id}: {exc}", 500)  # expect: error-exposure, xss
    return "", 204


@bp.get("/<job_id>/log")
def job_log(job_id):
    try:
        lines = exports.read_log(job_id)
    except Exception:
        stack = traceback.format_exc()
        body = {"error": "log unavailable", "debug": stack}
        return jsonify(body), 500  # expect: error-exposure
    return jsonify({"lines": lines})
