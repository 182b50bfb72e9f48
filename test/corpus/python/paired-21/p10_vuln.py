# corpus: path=app/imports/settings.py
import yaml
from flask import Blueprint, request

bp = Blueprint("imports", __name__)


@bp.post("/settings/import")
def import_settings():
    document = request.get_data(as_text=True)
    settings = yaml.load(document, Loader=yaml.Loader)  # expect: unsafe-deserialization
    return {"keys": sorted(settings.keys()) if isinstance(settings, dict) else []}
