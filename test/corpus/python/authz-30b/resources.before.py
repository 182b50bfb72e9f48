from flask_jwt_extended import get_jwt_identity, jwt_required
from flask_restx import Namespace, Resource, fields

from ..models import ApiKey, Webhook, db

ns = Namespace("integrations", description="Webhooks and API keys")

webhook_model = ns.model("Webhook", {"url": fields.String(required=True), "events": fields.List(fields.String)})


@ns.route("/webhooks")
class WebhookList(Resource):
    method_decorators = [jwt_required()]

    def get(self):
        return [w.as_dict() for w in Webhook.query.filter_by(account_id=get_jwt_identity())]

    @ns.expect(webhook_model)
    def post(self):
        hook = Webhook(account_id=get_jwt_identity(), **ns.payload)
        db.session.add(hook)
        db.session.commit()
        return hook.as_dict(), 201


@ns.route("/keys/<int:key_id>")
class ApiKeyResource(Resource):
    @jwt_required()
    def delete(self, key_id):
        key = ApiKey.query.filter_by(id=key_id, account_id=get_jwt_identity()).first_or_404()
        db.session.delete(key)
        db.session.commit()
        return "", 204


@ns.route("/events")
class EventTypes(Resource):
    method_decorators = [jwt_required()]

    def get(self):
        return {"events": ["invoice.paid", "invoice.failed", "customer.created"]}
