# corpus: path=billing/api/views.py
import csv
import io
import logging
from decimal import Decimal

from django.db import connection
from django.db.models import Count, F, Q, Sum
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from billing.models import Account, Invoice, LineItem, Payout

logger = logging.getLogger(__name__)

SORTABLE = {
    "issued": "issued_at",
    "-issued": "-issued_at",
    "total": "total_cents",
    "-total": "-total_cents",
}


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = Account
        fields = "__all__"  # expect: mass-assignment


class AccountSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Account
        fields = "__all__"  # ok: mass-assignment
        read_only_fields = [f.name for f in Account._meta.fields]


class LineItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = LineItem
        fields = ["id", "description", "quantity", "unit_price_cents"]


class InvoiceSerializer(serializers.ModelSerializer):
    line_items = LineItemSerializer(many=True, read_only=True)

    class Meta:
        model = Invoice
        fields = ["id", "number", "status", "issued_at", "total_cents", "line_items"]
        read_only_fields = ["status", "total_cents"]


class PeriodSerializer(serializers.Serializer):
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    month = serializers.IntegerField(min_value=1, max_value=12)


class AccountViewSet(viewsets.ModelViewSet):
    serializer_class = AccountSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Account.objects.filter(owner=self.request.user)

    @action(detail=False, methods=["get"])
    def summary(self, request):
        rows = Account.objects.filter(owner=request.user)
        return Response(AccountSummarySerializer(rows, many=True).data)


class InvoiceViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = InvoiceSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        qs = Invoice.objects.filter(account__owner=self.request.user)
        status_filter = self.request.query_params.get("status")
        if status_filter:
            qs = qs.filter(status=status_filter)
        ordering = SORTABLE.get(self.request.query_params.get("sort", ""), "-issued_at")
        return qs.order_by(ordering)  # ok: sql-injection

    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("q", "")
        qs = self.get_queryset().extra(
            where=[f"number ILIKE '%%{term}%%'"]  # expect: sql-injection
        )
        return Response(self.get_serializer(qs[:50], many=True).data)

    @action(detail=False, methods=["get"])
    def by_customer(self, request):
        customer = request.query_params.get("customer", "")
        qs = self.get_queryset().extra(
            where=["customer_name ILIKE %s"], params=[f"%{customer}%"]  # ok: sql-injection
        )
        return Response(self.get_serializer(qs[:50], many=True).data)

    @action(detail=False, methods=["get"])
    def overdue(self, request):
        days = request.query_params.get("days", "30")
        qs = self.get_queryset().annotate(
            age=RawSQL("EXTRACT(DAY FROM now() - issued_at)", [])
        ).filter(age__gt=RawSQL("%s::int", [days]))  # ok: sql-injection
        return Response(self.get_serializer(qs, many=True).data)

    @action(detail=False, methods=["get"])
    def monthly(self, request):
        period = PeriodSerializer(data=request.query_params)
        period.is_valid(raise_exception=True)
        year = period.validated_data["year"]
        month = period.validated_data["month"]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT status, COUNT(*), SUM(total_cents) FROM billing_invoice "
                "WHERE EXTRACT(YEAR FROM issued_at) = %s AND EXTRACT(MONTH FROM issued_at) = %s "
                "GROUP BY status",
                [year, month],  # ok: sql-injection
            )
            rows = cursor.fetchall()
        return Response([{"status": s, "count": c, "total": t} for s, c, t in rows])

    @action(detail=False, methods=["get"])
    def ledger(self, request):
        column = request.query_params.get("group", "status")
        raw = Invoice.objects.raw(
            "SELECT id, %s AS bucket, total_cents FROM billing_invoice WHERE account_id IN "
            "(SELECT id FROM billing_account WHERE owner_id = %%s)" % column,  # expect: sql-injection
            [request.user.pk],
        )
        return Response([{"id": r.id, "bucket": r.bucket} for r in raw])

    @action(detail=True, methods=["get"])
    def export(self, request, pk=None):
        invoice = get_object_or_404(self.get_queryset(), pk=pk)
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["description", "quantity", "unit_price"])
        for item in invoice.line_items.all():
            writer.writerow([item.description, item.quantity, Decimal(item.unit_price_cents) / 100])
        response = HttpResponse(buffer.getvalue(), content_type="text/csv")  # ok: xss
        response["Content-Disposition"] = f'attachment; filename="invoice-{invoice.number}.csv"'
        return response

    @action(detail=False, methods=["get"])
    def totals(self, request):
        data = (
            self.get_queryset()
            .values("status")
            .annotate(n=Count("id"), total=Sum("total_cents"))
            .filter(Q(total__gt=0) | Q(n__gt=0))
        )
        return Response(list(data))


class PayoutViewSet(viewsets.ViewSet):
    permission_classes = [permissions.IsAdminUser]

    def list(self, request):
        currency = request.query_params.get("currency", "EUR")
        payouts = Payout.objects.filter(currency=currency).annotate(
            net=F("amount_cents") - F("fee_cents")
        )
        return Response([{"id": p.id, "net": p.net} for p in payouts])

    @action(detail=False, methods=["get"])
    def report(self, request):
        since = request.query_params.get("since")
        rows = Payout.objects.raw(
            "SELECT * FROM billing_payout WHERE created_at >= %s ORDER BY created_at", [since]  # ok: sql-injection
        )

        def stream():
            yield "id,amount\n"
            for p in rows:
                yield f"{p.id},{p.amount_cents}\n"

        return StreamingHttpResponse(stream(), content_type="text/csv")

    @action(detail=False, methods=["post"])
    def note(self, request):
        text = request.data.get("note", "")
        logger.info("payout note from %s", request.user.pk)
        return HttpResponse(f"<p>Saved note: {text}</p>", status=status.HTTP_201_CREATED)  # expect: xss
