# corpus: path=app/sessions/views.py
import base64
import pickle

from flask import Blueprint, request

bp = Blueprint("sessions", __name__)


class SavedCart:
    def __init__(self, blob):
        self.raw = blob
        self.default = base64.b64encode(pickle.dumps([]))

    def items(self):
        return pickle.loads(base64.b64decode(self.raw))  # expect: unsafe-deserialization


@bp.post("/cart/restore")
def restore():
    cart = SavedCart(request.form.get("cart", ""))
    return {"count": len(cart.items())}
