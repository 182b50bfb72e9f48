# corpus: path=ledger/views.py
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Entry


class EntrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Entry
        fields = ["id", "account", "amount", "memo", "booked_at"]


class PeriodSerializer(serializers.Serializer):
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    month = serializers.IntegerField(min_value=1, max_value=12)


class EntryViewSet(viewsets.ModelViewSet):
    serializer_class = EntrySerializer

    def get_queryset(self):
        qs = Entry.objects.filter(owner=self.request.user)
        memo = self.request.query_params.get("memo")
        if memo:
            qs = qs.extra(where=["memo LIKE '%%" + memo + "%%'"])  # expect: sql-injection
        return qs.order_by("-booked_at")

    @action(detail=False, methods=["get"])
    def balance(self, request):
        account = request.query_params.get("account", "")
        qs = Entry.objects.annotate(
            running=RawSQL("SELECT SUM(amount) FROM ledger_entry WHERE account = '%s'" % account, ())  # expect: sql-injection
        )
        return Response({"rows": qs.count()})

    @action(detail=False, methods=["get"])
    def monthly(self, request):
        period = PeriodSerializer(data=request.query_params)
        period.is_valid(raise_exception=True)
        year = period.validated_data["year"]
        month = period.validated_data["month"]
        with connection.cursor() as cur:
            cur.execute(  # ok: sql-injection
                "SELECT account, SUM(amount) FROM ledger_entry "
                f"WHERE EXTRACT(YEAR FROM booked_at) = {year} AND EXTRACT(MONTH FROM booked_at) = {month} "
                "GROUP BY account"
            )
            rows = cur.fetchall()
        return Response([{"account": a, "total": str(t)} for a, t in rows])

    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("q", "")
        with connection.cursor() as cur:
            cur.execute("SELECT id FROM ledger_entry WHERE memo ILIKE %s", [f"%{term}%"])  # ok: sql-injection
            ids = [r[0] for r in cur.fetchall()]
        return Response(EntrySerializer(Entry.objects.filter(id__in=ids), many=True).data)

    @action(detail=True, methods=["post"])
    def reverse(self, request, pk=None):
        entry = self.get_object()
        Entry.objects.filter(pk=entry.pk).update(amount=F("amount") * -1)
        return Response(status=status.HTTP_204_NO_CONTENT)
