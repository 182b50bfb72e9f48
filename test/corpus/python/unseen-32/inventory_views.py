# corpus: path=inventory/api/views.py
import os

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import FileResponse, Http404
from rest_framework import permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Product, StockMovement
from .serializers import ProductSerializer, StockAdjustSerializer

EXPORT_ROOT = os.path.join(settings.MEDIA_ROOT, "exports")
ORDERINGS = {"name": "name", "-name": "-name", "stock": "stock", "-stock": "-stock"}


class ProductViewSet(viewsets.ModelViewSet):
    serializer_class = ProductSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        qs = Product.objects.filter(tenant=self.request.user.tenant)
        q = self.request.query_params.get("q")
        if q:
            qs = qs.annotate(  # expect: sql-injection
                rank=RawSQL(f"similarity(name, '{q}')", [])
            ).filter(rank__gt=0.2)
        prefix = self.request.query_params.get("sku_prefix")
        if prefix:
            qs = qs.extra(where=[f"sku LIKE '{prefix}%%'"])  # expect: sql-injection
        ordering = ORDERINGS.get(self.request.query_params.get("ordering", "name"), "name")
        return qs.order_by(ordering)

    def perform_create(self, serializer):
        serializer.save(tenant=self.request.user.tenant, created_by=self.request.user)

    @action(detail=False, methods=["get"])
    def search(self, request):
        q = request.query_params.get("q", "")
        qs = (
            Product.objects.filter(tenant=request.user.tenant)
            .annotate(rank=RawSQL("similarity(name, %s)", [q]))  # ok: sql-injection
            .filter(rank__gt=0.2)
            .order_by("-rank")[:25]
        )
        return Response(self.get_serializer(qs, many=True).data)

    @action(detail=False, methods=["get"], url_path="low-stock")
    def low_stock(self, request):
        warehouse = request.query_params.get("warehouse", "1")
        threshold = request.query_params.get("below", "5")
        with connection.cursor() as cursor:
            cursor.execute(  # expect: sql-injection
                "SELECT p.id, p.sku, s.quantity FROM inventory_product p "
                "JOIN inventory_stock s ON s.product_id = p.id "
                f"WHERE s.warehouse_id = {warehouse} AND s.quantity < {threshold} AND p.tenant_id = %s",
                [request.user.tenant_id],
            )
            rows = cursor.fetchall()
        return Response([{"id": r[0], "sku": r[1], "quantity": r[2]} for r in rows])

    @action(detail=False, methods=["get"], url_path="low-stock/v2")
    def low_stock_v2(self, request):
        with connection.cursor() as cursor:
            cursor.execute(  # ok: sql-injection
                "SELECT p.id, p.sku, s.quantity FROM inventory_product p "
                "JOIN inventory_stock s ON s.product_id = p.id "
                "WHERE s.warehouse_id = %s AND s.quantity < %s AND p.tenant_id = %s",
                [
                    int(request.query_params.get("warehouse", "1")),
                    int(request.query_params.get("below", "5")),
                    request.user.tenant_id,
                ],
            )
            rows = cursor.fetchall()
        return Response([{"id": r[0], "sku": r[1], "quantity": r[2]} for r in rows])

    @action(detail=True, methods=["patch"])
    def quick_edit(self, request, pk=None):
        product = self.get_object()
        Product.objects.filter(pk=product.pk).update(**request.data)  # expect: mass-assignment
        product.refresh_from_db()
        return Response(self.get_serializer(product).data)

    @action(detail=True, methods=["post"])
    def adjust(self, request, pk=None):
        product = self.get_object()
        serializer = StockAdjustSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            Product.objects.filter(pk=product.pk).update(stock=F("stock") + serializer.validated_data["delta"])  # ok: mass-assignment
            StockMovement.objects.create(  # ok: mass-assignment
                product=product,
                delta=serializer.validated_data["delta"],
                reason=serializer.validated_data.get("reason", ""),
                user=request.user,
            )
        return Response(status=status.HTTP_204_NO_CONTENT)

    @action(detail=False, methods=["get"])
    def export(self, request):
        name = request.query_params.get("file", "")
        path = os.path.join(EXPORT_ROOT, str(request.user.tenant_id), name)
        if not os.path.isfile(path):
            raise Http404
        return FileResponse(open(path, "rb"), as_attachment=True)  # expect: path-traversal

    @action(detail=False, methods=["get"], url_path="export/v2")
    def export_v2(self, request):
        tenant_dir = os.path.realpath(os.path.join(EXPORT_ROOT, str(request.user.tenant_id)))
        path = os.path.realpath(os.path.join(tenant_dir, request.query_params.get("file", "")))
        if not path.startswith(tenant_dir + os.sep) or not os.path.isfile(path):
            raise Http404
        return FileResponse(open(path, "rb"), as_attachment=True)  # ok: path-traversal
