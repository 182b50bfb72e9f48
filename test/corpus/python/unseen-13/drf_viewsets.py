# corpus: path=inventory/api/views.py
import logging
import os

from django.conf import settings
from django.db import connection
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from rest_framework import permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Product, StockMovement, Warehouse
from .serializers import ProductSerializer, StockMovementSerializer

logger = logging.getLogger(__name__)

ORDERING = {"name": "name", "sku": "sku", "stock": "-stock_level"}
LABEL_DIR = os.path.join(settings.MEDIA_ROOT, "labels")


class ProductViewSet(viewsets.ModelViewSet):
    serializer_class = ProductSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        qs = Product.objects.filter(tenant=self.request.user.tenant)
        ordering = ORDERING.get(self.request.query_params.get("ordering", ""), "name")
        return qs.order_by(ordering)  # ok: sql-injection

    @action(detail=False, methods=["get"])
    def low_stock(self, request):
        threshold = request.query_params.get("threshold", "5")
        with connection.cursor() as cursor:
            cursor.execute(  # expect: sql-injection
                f"SELECT id, sku, stock_level FROM inventory_product WHERE stock_level < {threshold} "
                "AND tenant_id = %s",
                [request.user.tenant_id],
            )
            rows = cursor.fetchall()
        return Response([{"id": r[0], "sku": r[1], "stock": r[2]} for r in rows])

    @action(detail=False, methods=["get"])
    def by_warehouse(self, request):
        code = request.query_params.get("warehouse")
        with connection.cursor() as cursor:
            cursor.execute(  # ok: sql-injection
                "SELECT p.id, p.sku FROM inventory_product p JOIN inventory_warehouse w "
                "ON w.id = p.warehouse_id WHERE w.code = %s",
                [code],
            )
            rows = cursor.fetchall()
        return Response([{"id": r[0], "sku": r[1]} for r in rows])

    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("q", "")
        qs = self.get_queryset().extra(where=[f"name ILIKE '%%{term}%%'"])  # expect: sql-injection
        return Response(self.get_serializer(qs[:50], many=True).data)

    @action(detail=True, methods=["get"])
    def label(self, request, pk=None):
        product = self.get_object()
        name = request.query_params.get("file", f"{product.sku}.pdf")
        path = os.path.join(LABEL_DIR, name)
        if not os.path.exists(path):
            raise Http404("label not generated yet")
        return FileResponse(open(path, "rb"), content_type="application/pdf")  # expect: path-traversal

    @action(detail=True, methods=["get"])
    def label_v2(self, request, pk=None):
        product = self.get_object()
        name = os.path.basename(request.query_params.get("file", f"{product.sku}.pdf"))
        path = os.path.join(LABEL_DIR, name)
        if not os.path.exists(path):
            raise Http404("label not generated yet")
        return FileResponse(open(path, "rb"), content_type="application/pdf")  # ok: path-traversal

    @action(detail=True, methods=["get"])
    def badge(self, request, pk=None):
        product = self.get_object()
        note = request.query_params.get("note", "")
        html = mark_safe(f"<span class='badge'>{product.sku}</span> {note}")  # expect: xss
        return Response({"html": html})

    @action(detail=True, methods=["get"])
    def badge_v2(self, request, pk=None):
        product = self.get_object()
        note = request.query_params.get("note", "")
        html = format_html("<span class='badge'>{}</span> {}", product.sku, note)  # ok: xss
        return Response({"html": html})


class StockMovementViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = StockMovementSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        warehouse = get_object_or_404(Warehouse, code=self.kwargs["warehouse_code"])
        return StockMovement.objects.filter(warehouse=warehouse).select_related("product")

    @action(detail=False, methods=["post"])
    def acknowledge(self, request, warehouse_code=None):
        ids = request.data.get("ids", [])
        updated = self.get_queryset().filter(id__in=ids).update(acknowledged=True)
        logger.info("acknowledged %d movements in %s", updated, warehouse_code)
        next_url = request.data.get("next") or "/inventory/"
        return HttpResponseRedirect(next_url)  # expect: open-redirect

    @action(detail=False, methods=["post"])
    def acknowledge_v2(self, request, warehouse_code=None):
        ids = request.data.get("ids", [])
        self.get_queryset().filter(id__in=ids).update(acknowledged=True)
        next_url = request.data.get("next") or "/inventory/"
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = "/inventory/"
        return HttpResponseRedirect(next_url)  # ok: open-redirect

    @action(detail=False, methods=["get"])
    def summary(self, request, warehouse_code=None):
        qs = self.get_queryset()
        totals = {}
        for movement in qs:
            totals.setdefault(movement.product.sku, 0)
            totals[movement.product.sku] += movement.quantity
        return Response({"warehouse": warehouse_code, "totals": totals}, status=status.HTTP_200_OK)
