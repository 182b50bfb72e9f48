import os

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required

from .models import Asset, db

media = Blueprint("media", __name__, url_prefix="/media")


def _asset_root():
    return os.path.join(current_app.instance_path, "assets")


@media.get("/assets")
@login_required
def list_assets():
    rows = Asset.query.filter_by(owner_id=current_user.id).order_by(Asset.created.desc()).all()
    return jsonify([a.to_dict() for a in rows])


@media.get("/assets/<int:asset_id>")
@login_required
def get_asset(asset_id):
    asset = Asset.query.filter_by(id=asset_id, owner_id=current_user.id).first_or_404()
    return send_from_directory(_asset_root(), asset.stored_name)
