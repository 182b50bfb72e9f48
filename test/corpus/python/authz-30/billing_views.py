from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from .models import Invoice, Refund
from .services import issue_refund, render_invoice_pdf


@require_GET
@login_required
@cache_control(private=True, max_age=300)
def invoice_pdf(request, number):
    invoice = get_object_or_404(Invoice, number=number, account=request.user.account)
    return render_invoice_pdf(invoice)


@require_POST
@login_required
def refund(request, number, reason: str = ""):  # expect: missing-authorization
    invoice = get_object_or_404(Invoice, number=number)
    amount = int(request.POST["amount_cents"])
    refund = issue_refund(invoice, amount, by=request.user, reason=reason)
    return JsonResponse({"refund": refund.id, "status": refund.status})


@require_GET
@permission_required("billing.view_refund", raise_exception=True)  # ok: missing-authorization
def refund_status(request, refund_id):
    refund = get_object_or_404(Refund, id=refund_id, invoice__account=request.user.account)
    return JsonResponse({"status": refund.status})
