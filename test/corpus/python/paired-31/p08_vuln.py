# corpus: path=app/api/projects.py
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from app.db import db
from app.models import Project

bp = Blueprint("projects", __name__)


@bp.post("/projects")
@login_required
def create_project():
    project = Project(**request.get_json(), owner_id=current_user.id)  # expect: mass-assignment
    db.session.add(project)
    db.session.commit()
    return jsonify(id=project.id), 201
