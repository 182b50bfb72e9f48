# corpus: path=billing/schema.py
import csv
import io
import logging
import os

import graphene
import requests
from django.conf import settings
from django.db import connection
from django.template import Context, Template
from django.template.loader import render_to_string
from graphene_django import DjangoObjectType

from billing.models import Invoice, WebhookEndpoint
from billing.net import is_public_https_url

log = logging.getLogger("billing")

STATEMENT_DIR = os.path.join(settings.MEDIA_ROOT, "statements")


class InvoiceType(DjangoObjectType):
    class Meta:
        model = Invoice
        fields = ("id", "number", "customer", "total", "status", "issued_on")


class Query(graphene.ObjectType):
    invoices = graphene.List(InvoiceType, status=graphene.String(), search=graphene.String())
    invoice_totals = graphene.List(graphene.Float, group_by=graphene.String(required=True))
    statement = graphene.String(filename=graphene.String(required=True))
    overdue_count = graphene.Int(days=graphene.Int(required=True))

    def resolve_invoices(self, info, **kwargs):
        qs = Invoice.objects.filter(account=info.context.user.account)
        if kwargs.get("status"):
            qs = qs.filter(status=kwargs["status"])
        if kwargs.get("search"):
            qs = qs.filter(customer__icontains=kwargs["search"])  # ok: sql-injection
        return qs.order_by("-issued_on")

    def resolve_invoice_totals(self, info, group_by):
        account_id = info.context.user.account_id
        with connection.cursor() as cursor:
            cursor.execute(  # expect: sql-injection
                "SELECT SUM(total) FROM billing_invoice WHERE account_id = %s GROUP BY " + group_by,
                [account_id],
            )
            return [row[0] for row in cursor.fetchall()]

    def resolve_overdue_count(self, info, days):
        with connection.cursor() as cursor:
            cursor.execute(  # ok: sql-injection
                "SELECT count(*) FROM billing_invoice WHERE account_id = %s AND due_on < now() - (%s * interval '1 day')",
                [info.context.user.account_id, days],
            )
            return cursor.fetchone()[0]

    def resolve_statement(self, info, filename):
        account_dir = os.path.join(STATEMENT_DIR, str(info.context.user.account_id))
        with open(os.path.join(account_dir, filename)) as fh:  # expect: path-traversal
            return fh.read()


class RegisterWebhook(graphene.Mutation):
    class Arguments:
        url = graphene.String(required=True)
        secret_hint = graphene.String()

    ok = graphene.Boolean()
    status = graphene.Int()

    def mutate(root, info, url, secret_hint=None):
        account = info.context.user.account
        ping = requests.post(url, json={"type": "ping", "account": account.slug}, timeout=5)  # expect: ssrf
        WebhookEndpoint.objects.create(account=account, url=url, hint=secret_hint or "")
        return RegisterWebhook(ok=ping.ok, status=ping.status_code)


class VerifyWebhook(graphene.Mutation):
    class Arguments:
        endpoint_id = graphene.ID(required=True)

    ok = graphene.Boolean()

    def mutate(root, info, endpoint_id):
        endpoint = WebhookEndpoint.objects.get(pk=endpoint_id, account=info.context.user.account)
        if not is_public_https_url(endpoint.url):
            return VerifyWebhook(ok=False)
        resp = requests.post(endpoint.url, json={"type": "verify"}, timeout=5, allow_redirects=False)  # ok: ssrf
        return VerifyWebhook(ok=resp.ok)


class PreviewReminder(graphene.Mutation):
    class Arguments:
        invoice_id = graphene.ID(required=True)
        greeting = graphene.String(required=True)

    html = graphene.String()

    def mutate(root, info, invoice_id, greeting):
        invoice = Invoice.objects.get(pk=invoice_id, account=info.context.user.account)
        body = Template(greeting + "\n\n{% include 'billing/reminder_body.html' %}")  # expect: template-injection
        return PreviewReminder(html=body.render(Context({"invoice": invoice})))


class SendReminder(graphene.Mutation):
    class Arguments:
        invoice_id = graphene.ID(required=True)
        greeting = graphene.String(required=True)

    html = graphene.String()

    def mutate(root, info, invoice_id, greeting):
        invoice = Invoice.objects.get(pk=invoice_id, account=info.context.user.account)
        html = render_to_string("billing/reminder.html", {"invoice": invoice, "greeting": greeting})  # ok: template-injection
        return SendReminder(html=html)


class ExportInvoices(graphene.Mutation):
    class Arguments:
        label = graphene.String(required=True)

    path = graphene.String()

    def mutate(root, info, **fields):
        account = info.context.user.account
        buf = io.StringIO()
        writer = csv.writer(buf)
        for inv in Invoice.objects.filter(account=account).values_list("number", "customer", "total"):
            writer.writerow(inv)
        out = os.path.join(STATEMENT_DIR, str(account.id), fields["label"] + ".csv")
        with open(out, "w", newline="") as fh:  # expect: path-traversal
            fh.write(buf.getvalue())
        log.info("exported invoices for %s", account.slug)
        return ExportInvoices(path=out)


class Mutation(graphene.ObjectType):
    register_webhook = RegisterWebhook.Field()
    verify_webhook = VerifyWebhook.Field()
    preview_reminder = PreviewReminder.Field()
    send_reminder = SendReminder.Field()
    export_invoices = ExportInvoices.Field()


schema = graphene.Schema(query=Query, mutation=Mutation)
