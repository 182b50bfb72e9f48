from flask.views import MethodView
from flask_jwt_extended import current_user, jwt_required
from flask_smorest import Blueprint, abort

from ..models import Order, db
from ..schemas import OrderSchema, OrderUpdateSchema

blp = Blueprint("orders", __name__, url_prefix="/orders")


@blp.route("/<int:order_id>")
class OrderItem(MethodView):
    decorators = [jwt_required()]  # ok: missing-authorization

    @blp.response(200, OrderSchema)
    def get(self, order_id):
        return Order.query.filter_by(id=order_id, customer_id=current_user.id).first_or_404()

    @blp.arguments(OrderUpdateSchema)
    @blp.response(200, OrderSchema)
    def patch(self, data, order_id):
        order = Order.query.filter_by(id=order_id, customer_id=current_user.id).first_or_404()
        order.update(**data)
        db.session.commit()
        return order

