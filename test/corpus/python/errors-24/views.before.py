import json
import logging

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from .gateway import GatewayDeclined, charge_card
from .models import Invoice

logger = logging.getLogger(__name__)


@require_POST
def pay_invoice(request, invoice_id):
    invoice = Invoice.objects.get(pk=invoice_id, owner=request.user)
    body = json.loads(request.body)
    try:
        receipt = charge_card(invoice, body["card_token"])
    except GatewayDeclined as declined:
        return JsonResponse({"error": declined.reason}, status=402)
    except Exception:
        logger.exception("charge failed for invoice %s", invoice.pk)
        return JsonResponse({"error": "payment failed"}, status=500)
    return JsonResponse({"receipt": receipt.id})


def invoice_pdf(request, invoice_id):
    invoice = Invoice.objects.get(pk=invoice_id, owner=request.user)
    pdf = invoice.render_pdf()
    return HttpResponse(pdf, content_type="application/pdf")


def health(request):
    return JsonResponse({"ok": True})
