# corpus: path=app/handlers/orders.py
import json
import traceback

import tornado.web

from ..orders import OrderNotFound, load_order, place_order


class OrderHandler(tornado.web.RequestHandler):
    def get(self, order_id):
        try:
            order = load_order(order_id)
        except OrderNotFound:
            self.set_status(404)
            self.write({"error": "no such order"})  # ok: error-exposure
            return
        self.write(order.as_dict())

    def post(self, order_id):
        try:
            body = json.loads(self.request.body)
            receipt = place_order(order_id, body)
        except Exception:
            self.set_status(500)
            self.write({"error": "order failed", "trace": traceback.format_exc()})  # expect: error-exposure
            return
        self.write({"receipt": receipt})

    def write_error(self, status_code, **kwargs):
        if self.settings.get("serve_traceback") and "exc_info" in kwargs:
            self.finish({"error": status_code, "trace": traceback.format_exception(*kwargs["exc_info"])})  # ok: error-exposure
            return
        self.finish({"error": status_code})  # ok: error-exposure
