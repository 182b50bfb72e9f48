"""Payment provider notifications."""
import hmac
import logging

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
