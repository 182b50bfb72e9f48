import csv
import io
import subprocess

import requests
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views import View

from .models import Invoice


class InvoiceSearchView(View):
    def get(self, request):
        status = request.GET.get("status", "open")
        invoices = Invoice.objects.filter(status=status).order_by("-issued_at")[:100]
        return JsonResponse({"invoices": [i.as_dict() for i in invoices]})

    def post(self, request):
        invoice = Invoice.objects.get(pk=request.POST["id"])
        invoice.note = request.POST.get("note", "")
        invoice.save(update_fields=["note"])
        return JsonResponse({"ok": True})


class InvoiceExportView(View):
    def get(self, request):
        buf = io.StringIO()
        writer = csv.writer(buf)
        for invoice in Invoice.objects.all()[:1000]:
            writer.writerow([invoice.number, invoice.total])
        return HttpResponse(buf.getvalue(), content_type="text/csv")


def render_pdf(request, number):
    invoice = Invoice.objects.get(number=number)
    pdf = subprocess.run(["wkhtmltopdf", "-", "-"], input=invoice.html.encode(), capture_output=True, check=True).stdout
    return HttpResponse(pdf, content_type="application/pdf")
