from django.contrib.auth.decorators import login_required
from django.http import FileResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from .models import Invoice, Payment
from .pdf import render_invoice_pdf


@login_required
@require_GET
def invoice_detail(request, pk):
    invoice = Invoice.objects.get(pk=pk, owner=request.user)
    return JsonResponse(invoice.as_dict())


@login_required
@require_GET
def invoice_pdf(request, pk):
    invoice = get_object_or_404(Invoice, pk=pk, owner=request.user)
    pdf = render_invoice_pdf(invoice)
    return FileResponse(pdf, as_attachment=True, filename=f"invoice-{invoice.number}.pdf")


@login_required
@require_POST
def mark_paid(request, pk):
    invoice = Invoice.objects.get(pk=pk, owner=request.user)
    Payment.objects.create(invoice=invoice, amount=invoice.total, method="manual")
    invoice.status = "paid"
    invoice.save(update_fields=["status"])
    return JsonResponse({"status": invoice.status})


@login_required
@require_GET
def payment_list(request, pk):
    payments = Payment.objects.filter(invoice__pk=pk, invoice__owner=request.user)
    return JsonResponse({"payments": [p.as_dict() for p in payments]})
