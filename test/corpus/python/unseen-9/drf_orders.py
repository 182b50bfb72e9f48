# corpus: path=orders/api.py
import logging
import subprocess

import requests
import yaml
from django.db import connection
from django.db.models import F
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .models import Order, Shipment

log = logging.getLogger(__name__)
ALLOWED_ORDERING = {"created", "-created", "total", "-total"}


class OrderSerializer(serializers.ModelSerializer):
    class Meta:
        model = Order
        fields = ["id", "reference", "status", "total", "created"]


class OrderViewSet(viewsets.ModelViewSet):
    serializer_class = OrderSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        qs = Order.objects.filter(customer=self.request.user)
        ordering = self.request.query_params.get("ordering", "-created")
        if ordering in ALLOWED_ORDERING:
            qs = qs.order_by(ordering)
        return qs

    @action(detail=False, methods=["get"])
    def by_status(self, request):
        status = request.query_params.get("status", "open")
        qs = Order.objects.extra(where=[f"status = '{status}'"])  # expect: sql-injection
        return Response(OrderSerializer(qs, many=True).data)

    @action(detail=False, methods=["get"])
    def totals(self, request):
        region = request.query_params.get("region", "eu")
        with connection.cursor() as cur:
            cur.execute("SELECT SUM(total) FROM orders_order WHERE region = %(region)s", {"region": region})  # ok: sql-injection
            (total,) = cur.fetchone()
        return Response({"region": region, "total": total or 0})

    @action(detail=True, methods=["post"])
    def notify(self, request, pk=None):
        order = self.get_object()
        callback = request.data.get("callback_url")
        resp = requests.post(callback, json={"order": order.reference, "status": order.status}, timeout=5)  # expect: ssrf
        return Response({"delivered": resp.ok})

    @action(detail=True, methods=["post"])
    def import_lines(self, request, pk=None):
        order = self.get_object()
        spec = yaml.load(request.data["spec"], Loader=yaml.Loader)  # expect: unsafe-deserialization
        for line in spec.get("lines", []):
            order.lines.create(sku=line["sku"], quantity=int(line["qty"]))
        return Response({"lines": order.lines.count()})

    @action(detail=True, methods=["post"])
    def import_lines_safe(self, request, pk=None):
        order = self.get_object()
        spec = yaml.safe_load(request.data["spec"])  # ok: unsafe-deserialization
        order.lines.bulk_create([order.lines.model(order=order, sku=l["sku"], quantity=int(l["qty"])) for l in spec["lines"]])
        return Response({"lines": order.lines.count()})

    @action(detail=True, methods=["post"])
    def label(self, request, pk=None):
        order = self.get_object()
        carrier = request.data.get("carrier", "dhl")
        out = subprocess.check_output(f"label-cli --carrier {carrier} --order {order.reference}", shell=True)  # expect: command-injection
        return Response({"label": out.decode()})

    @action(detail=True, methods=["post"])
    def label_safe(self, request, pk=None):
        order = self.get_object()
        carrier = request.data.get("carrier", "dhl")
        out = subprocess.check_output(["label-cli", "--carrier", carrier, "--order", order.reference])  # ok: command-injection
        return Response({"label": out.decode()})


class ShipmentViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Shipment.objects.filter(order__customer=self.request.user).annotate(weight_kg=F("weight_g") / 1000)

    @action(detail=True, methods=["get"])
    def track(self, request, pk=None):
        shipment = self.get_object()
        resp = requests.get("https://api.carrier.example/track", params={"id": shipment.tracking_id}, timeout=5)  # ok: ssrf
        return Response(resp.json())
