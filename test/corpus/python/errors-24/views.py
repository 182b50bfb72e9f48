# corpus: path=billing/views.py
import json
import logging
import traceback

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
        return JsonResponse({"error": declined.reason, "code": str(declined)}, status=402)  # ok: error-exposure
    except Exception as exc:
        logger.exception("charge failed for invoice %s", invoice.pk)
        return JsonResponse({"error": "payment failed", "detail": repr(exc)}, status=500)  # expect: error-exposure
    return JsonResponse({"receipt": receipt.id})


def invoice_pdf(request, invoice_id):
    invoice = Invoice.objects.get(pk=invoice_id, owner=request.user)
    try:
        pdf = invoice.render_pdf()
    except Exception:
        response = HttpResponse(status=500, content_type="text/plain")
        traceback.print_exc(file=response)  # expect: error-exposure
        return response
    return HttpResponse(pdf, content_type="application/pdf")


def health(request):
    try:
        latest = Invoice.objects.order_by("-created").values_list("pk", flat=True).first()
    except Exception:
        if settings.DEBUG:
            return HttpResponse(traceback.format_exc(), status=503, content_type="text/plain")  # ok: error-exposure
        logger.error("health check failed\n%s", traceback.format_exc())  # ok: error-exposure
        return HttpResponse("database unavailable", status=503)  # ok: error-exposure
    return JsonResponse({"ok": True, "latest": latest})
