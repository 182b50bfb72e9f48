# corpus: path=inventory/api/views.py
import csv
import io
import logging
import subprocess

import requests
from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from rest_framework import permissions, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.response import Response

from inventory.models import Item, Warehouse
from inventory.serializers import ItemSerializer, WarehouseSerializer

log = logging.getLogger(__name__)


class ItemViewSet(viewsets.ModelViewSet):
    serializer_class = ItemSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        qs = Item.objects.select_related("warehouse")
        sku = self.request.query_params.get("sku")
        if sku:
            qs = qs.filter(sku__iexact=sku)
        return qs

    @action(detail=False, methods=["get"])
    def low_stock(self, request):
        threshold = request.query_params.get("threshold", "5")
        items = Item.objects.extra(where=[f"quantity < {threshold}"])  # expect: sql-injection
        return Response(ItemSerializer(items, many=True).data)

    @action(detail=False, methods=["get"])
    def low_stock_v2(self, request):
        threshold = int(request.query_params.get("threshold", "5"))
        items = Item.objects.filter(quantity__lt=threshold)
        return Response(ItemSerializer(items, many=True).data)

    @action(detail=False, methods=["get"])
    def by_location(self, request):
        aisle = request.query_params.get("aisle", "")
        with connection.cursor() as cur:
            cur.execute("SELECT id FROM inventory_item WHERE location LIKE '" + aisle + "%%'")  # expect: sql-injection
            ids = [row[0] for row in cur.fetchall()]
        return Response({"ids": ids})

    @action(detail=False, methods=["get"])
    def export(self, request):
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["sku", "name", "quantity"])
        for item in self.get_queryset():
            writer.writerow([item.sku, item.name, item.quantity])
        resp = HttpResponse(buf.getvalue(), content_type="text/csv")
        resp["Content-Disposition"] = 'attachment; filename="items.csv"'
        return resp


class WarehouseViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Warehouse.objects.all()
    serializer_class = WarehouseSerializer
    permission_classes = [permissions.IsAuthenticated]

    @action(detail=True, methods=["post"])
    def ping_scanner(self, request, pk=None):
        warehouse = self.get_object()
        host = request.data.get("host", warehouse.scanner_host)
        out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True, timeout=5)  # expect: command-injection
        return Response({"reachable": out.returncode == 0})

    @action(detail=True, methods=["post"])
    def ping_scanner_v2(self, request, pk=None):
        warehouse = self.get_object()
        out = subprocess.run(["ping", "-c", "1", warehouse.scanner_host], capture_output=True, timeout=5)  # ok: command-injection
        return Response({"reachable": out.returncode == 0})

    @action(detail=True, methods=["post"])
    def sync(self, request, pk=None):
        warehouse = self.get_object()
        callback = request.data.get("callback")
        resp = requests.post(callback, json={"warehouse": warehouse.pk}, timeout=10)  # expect: ssrf
        return Response({"forwarded": resp.ok})

    @action(detail=True, methods=["post"])
    def sync_erp(self, request, pk=None):
        warehouse = self.get_object()
        resp = requests.post(f"{settings.ERP_BASE_URL}/warehouses/{warehouse.erp_id}/sync", timeout=10)  # ok: ssrf
        return Response({"forwarded": resp.ok}, status=status.HTTP_202_ACCEPTED)


@api_view(["GET"])
@permission_classes([permissions.AllowAny])
def label_preview(request):
    sku = request.query_params.get("sku", "")
    return HttpResponse(f"<div class='label'>{sku}</div>")  # expect: xss


@api_view(["GET"])
@permission_classes([permissions.AllowAny])
def label_json(request):
    sku = request.query_params.get("sku", "")
    return Response({"label": f"<div class='label'>{sku}</div>"})  # ok: xss
