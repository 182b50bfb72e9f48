# corpus: path=billing/admin.py
import csv
import logging

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from .models import CreditNote, Invoice
from .services import issue_credit_note, resend_invoice_email

log = logging.getLogger(__name__)


class CreditForm(forms.Form):
    _selected_action = forms.CharField(widget=forms.MultipleHiddenInput)
    reason = forms.CharField(max_length=200)
    percent = forms.IntegerField(min_value=1, max_value=100)


@admin.register(Invoice)
class InvoiceAdmin(admin.ModelAdmin):
    list_display = ("number", "customer", "total", "status", "pdf_link")
    list_filter = ("status",)
    search_fields = ("number", "customer__email")
    actions = ["resend", "credit", "export_csv"]

    @admin.display(description="PDF")
    def pdf_link(self, obj):
        return format_html('<a href="{}">download</a>', obj.pdf.url) if obj.pdf else "-"  # ok: xss

    @admin.action(description="Resend invoice e-mail")
    def resend(self, request, queryset):
        sent = 0
        for invoice in queryset.select_related("customer"):
            resend_invoice_email(invoice)
            sent += 1
        self.message_user(request, f"Resent {sent} invoices", messages.SUCCESS)

    @admin.action(description="Issue a credit note")
    def credit(self, request, queryset):
        if "apply" in request.POST:
            form = CreditForm(request.POST)
            if form.is_valid():
                notes = [issue_credit_note(inv, form.cleaned_data["percent"], form.cleaned_data["reason"]) for inv in queryset]
                self.message_user(
                    request,
                    mark_safe(f"Issued {len(notes)} credit notes: <b>{request.POST.get('reason', '')}</b>"),  # expect: xss
                )
                return HttpResponseRedirect(request.get_full_path())
        else:
            form = CreditForm(initial={"_selected_action": queryset.values_list("pk", flat=True)})
        return render(request, "admin/billing/credit.html", {"form": form, "invoices": queryset})

    @admin.action(description="Export selected as CSV")
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="invoices.csv"'
        writer = csv.writer(response)
        writer.writerow(["number", "customer", "total", "status"])
        for inv in queryset.select_related("customer"):
            writer.writerow([inv.number, inv.customer.email, inv.total, inv.status])
        return response

    def get_urls(self):
        return [path("<int:pk>/void/", self.admin_site.admin_view(self.void_view), name="billing_invoice_void")] + super().get_urls()

    def void_view(self, request, pk):
        invoice = self.get_object(request, pk)
        if request.method == "POST" and self.has_change_permission(request, invoice):
            invoice.void(by=request.user, note=request.POST.get("note", ""))
            self.message_user(request, format_html("Voided invoice <b>{}</b>: {}", invoice.number, request.POST.get("note", "")))  # ok: xss
            next_url = request.GET.get("next", "")
            if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
                return HttpResponseRedirect(next_url)  # ok: open-redirect
            return HttpResponseRedirect(reverse("admin:billing_invoice_changelist"))
        return render(request, "admin/billing/void.html", {"invoice": invoice})


@admin.register(CreditNote)
class CreditNoteAdmin(admin.ModelAdmin):
    list_display = ("number", "invoice", "amount", "created_at")
    readonly_fields = ("number", "invoice", "amount", "created_at")

    def response_change(self, request, obj):
        if "_continue_to" in request.POST:
            return HttpResponseRedirect(request.POST["_continue_to"])  # expect: open-redirect
        return super().response_change(request, obj)
