# corpus: path=app/projects/routes.py
import os
from pathlib import Path

from flask import (
    Blueprint,
    abort,
    current_app,
    g,
    jsonify,
    redirect,
    request,
    send_file,
    send_from_directory,
    url_for,
)
from sqlalchemy import select, text
from werkzeug.utils import secure_filename

from app.auth import login_required
from app.db import db
from app.models import Attachment, Project

bp = Blueprint("projects", __name__, url_prefix="/projects")

ALLOWED_EXTENSIONS = {".pdf", ".png", ".jpg", ".csv"}
SORT_COLUMNS = {"name": Project.name, "created": Project.created_at, "updated": Project.updated_at}


def _attachments_root() -> Path:
    return Path(current_app.config["ATTACHMENTS_ROOT"])


@bp.get("/")
@login_required
def list_projects():
    sort = request.args.get("sort", "updated")
    column = SORT_COLUMNS.get(sort, Project.updated_at)
    stmt = select(Project).where(Project.owner_id == g.user.id).order_by(column.desc())  # ok: sql-injection
    projects = db.session.scalars(stmt).all()
    return jsonify([p.to_dict() for p in projects])


@bp.get("/search")
@login_required
def search_projects():
    term = request.args.get("q", "").strip()
    status = request.args.get("status", "active")
    rows = db.session.execute(
        text(
            "SELECT id, name FROM projects WHERE owner_id = :owner "
            f"AND status = '{status}' AND name ILIKE :term"  # expect: sql-injection
        ),
        {"owner": g.user.id, "term": f"%{term}%"},
    ).all()
    return jsonify([{"id": r.id, "name": r.name} for r in rows])


@bp.get("/tagged")
@login_required
def tagged_projects():
    tag = request.args.get("tag", "")
    stmt = text("SELECT p.id, p.name FROM projects p JOIN tags t ON t.project_id = p.id WHERE t.label = :tag")
    rows = db.session.execute(stmt, {"tag": tag}).all()  # ok: sql-injection
    return jsonify([{"id": r.id, "name": r.name} for r in rows])


@bp.post("/<int:project_id>/attachments")
@login_required
def upload_attachment(project_id: int):
    project = db.get_or_404(Project, project_id)
    if project.owner_id != g.user.id:
        abort(403)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    ext = os.path.splitext(upload.filename)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(415)
    folder = _attachments_root() / str(project.id)
    folder.mkdir(parents=True, exist_ok=True)
    stored_name = secure_filename(upload.filename)
    upload.save(folder / stored_name)  # ok: path-traversal
    db.session.add(Attachment(project_id=project.id, filename=stored_name))
    db.session.commit()
    return jsonify({"filename": stored_name}), 201


@bp.post("/<int:project_id>/import")
@login_required
def import_bundle(project_id: int):
    project = db.get_or_404(Project, project_id)
    upload = request.files["bundle"]
    folder = _attachments_root() / str(project.id) / request.form.get("folder", "imports")
    folder.mkdir(parents=True, exist_ok=True)
    upload.save(folder / upload.filename)  # expect: path-traversal
    return jsonify({"ok": True}), 202


@bp.get("/<int:project_id>/attachments/<name>")
@login_required
def get_attachment(project_id: int, name: str):
    project = db.get_or_404(Project, project_id)
    if project.owner_id != g.user.id:
        abort(403)
    return send_from_directory(_attachments_root() / str(project.id), name)  # ok: path-traversal


@bp.get("/<int:project_id>/export")
@login_required
def export_project(project_id: int):
    name = request.args.get("file", f"project-{project_id}.csv")
    export_dir = current_app.config["EXPORT_DIR"]
    path = os.path.join(export_dir, name)
    return send_file(path, as_attachment=True)  # expect: path-traversal


@bp.post("/<int:project_id>/archive")
@login_required
def archive_project(project_id: int):
    project = db.get_or_404(Project, project_id)
    project.archived = True
    db.session.commit()
    back = request.form.get("return_to") or url_for("projects.list_projects")
    return redirect(back)  # expect: open-redirect


@bp.post("/<int:project_id>/restore")
@login_required
def restore_project(project_id: int):
    project = db.get_or_404(Project, project_id)
    project.archived = False
    db.session.commit()
    tab = request.form.get("tab", "overview")
    return redirect(url_for("projects.show_project", project_id=project.id, tab=tab))  # ok: open-redirect
