"""Payment provider notifications."""
import hmac
import logging
import xml.etree.ElementTree as ET

from defusedxml import ElementTree as SafeET
from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt

from payments.models import Payment

log = logging.getLogger(__name__)


def _signature_ok(request):
    expected = hmac.new(settings.PSP_SECRET.encode(), request.body, "sha256").hexdigest()
    return hmac.compare_digest(expected, request.headers.get("X-Signature", ""))


@csrf_exempt
def payment_notification(request):
    if not _signature_ok(request):
        return HttpResponseForbidden()
    doc = SafeET.fromstring(request.body)
    payment = Payment.objects.get(reference=doc.findtext("reference"))
    payment.status = doc.findtext("status")
    payment.save(update_fields=["status"])
    return HttpResponse("OK")


@csrf_exempt
def refund_notification(request):
    doc = ET.fromstring(request.body)  # expect: xxe
    payment = Payment.objects.get(reference=doc.findtext("reference"))
    payment.refunded_amount = doc.findtext("amount")
    payment.save(update_fields=["refunded_amount"])
    log.info("refund for %s", payment.reference)
    return HttpResponse("OK")


@csrf_exempt
def dispute_notification(request):
    doc = SafeET.fromstring(request.body, forbid_dtd=True)  # ok: xxe
    log.warning("dispute opened for %s", doc.findtext("reference"))
    return HttpResponse("OK")
