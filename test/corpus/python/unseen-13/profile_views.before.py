import logging
import os

from flask import abort, current_app, jsonify, request, send_file
from flask.views import MethodView
from flask_login import current_user, login_required

from app.extensions import db
from app.models import Profile

log = logging.getLogger(__name__)


class AvatarView(MethodView):
    decorators = [login_required]

    def __init__(self) -> None:
        self.root = current_app.config["AVATAR_DIR"]
        self.filename = f"{current_user.id}.png"

    def _path(self) -> str:
        return os.path.join(self.root, self.filename)

    def get(self):
        path = self._path()
        if not os.path.exists(path):
            abort(404)
        return send_file(path, mimetype="image/png")

    def delete(self):
        path = self._path()
        if os.path.exists(path):
            os.remove(path)
        return "", 204


class ProfileView(MethodView):
    decorators = [login_required]

    def get(self):
        profile = Profile.query.filter_by(user_id=current_user.id).first_or_404()
        return jsonify(profile.to_dict())

    def patch(self):
        profile = Profile.query.filter_by(user_id=current_user.id).first_or_404()
        data = request.get_json(force=True)
        for field in ("display_name", "bio", "timezone"):
            if field in data:
                setattr(profile, field, data[field])
        db.session.commit()
        return jsonify(profile.to_dict())
