# corpus: path=inventory/api/views.py
from django.db.models import Q
from django.db.models.expressions import RawSQL
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from inventory.models import Item, StockMovement, Warehouse


class ItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = Item
        fields = ["id", "sku", "name", "quantity", "warehouse", "unit_price"]
        read_only_fields = ["id", "quantity"]


class WarehouseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Warehouse
        fields = ["id", "code", "city"]


class ItemViewSet(viewsets.ModelViewSet):
    serializer_class = ItemSerializer
    permission_classes = [permissions.IsAuthenticated]
    ordering_fields = {"sku", "name", "quantity", "unit_price"}

    def get_queryset(self):
        qs = Item.objects.filter(organization=self.request.user.organization)
        search = self.request.query_params.get("search")
        if search:
            qs = qs.filter(Q(sku__icontains=search) | Q(name__icontains=search))  # ok: sql-injection
        ordering = self.request.query_params.get("ordering", "sku")
        if ordering.lstrip("-") in self.ordering_fields:
            qs = qs.order_by(ordering)
        return qs

    @action(detail=False, methods=["get"])
    def low_stock(self, request):
        threshold = request.query_params.get("below", "5")
        qs = Item.objects.filter(organization=request.user.organization).extra(
            where=[f"quantity < {threshold}"]  # expect: sql-injection
        )
        return Response(ItemSerializer(qs, many=True).data)

    @action(detail=False, methods=["get"])
    def valued(self, request):
        currency_rate = request.query_params.get("rate", "1.0")
        qs = Item.objects.filter(organization=request.user.organization).annotate(
            value=RawSQL("quantity * unit_price * %s", (currency_rate,))  # ok: sql-injection
        )
        return Response([{"sku": i.sku, "value": str(i.value)} for i in qs])

    @action(detail=False, methods=["get"])
    def by_attribute(self, request):
        attr = request.query_params.get("attr", "color")
        qs = Item.objects.filter(organization=request.user.organization).annotate(
            attr_value=RawSQL(f"attributes ->> '{attr}'", ())  # expect: sql-injection
        )
        return Response([{"sku": i.sku, "value": i.attr_value} for i in qs])

    @action(detail=True, methods=["post"])
    def adjust(self, request, pk=None):
        item = self.get_object()
        delta = int(request.data.get("delta", 0))
        StockMovement.objects.create(item=item, delta=delta, user=request.user)
        item.quantity += delta
        item.save(update_fields=["quantity"])
        return Response({"quantity": item.quantity})

    @action(detail=True, methods=["patch"])
    def quick_edit(self, request, pk=None):
        item = self.get_object()
        for field, value in request.data.items():
            setattr(item, field, value)  # expect: mass-assignment
        item.save()
        return Response(ItemSerializer(item).data)


class WarehouseViewSet(viewsets.ModelViewSet):
    serializer_class = WarehouseSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Warehouse.objects.filter(organization=self.request.user.organization)

    def perform_create(self, serializer):
        serializer.save(organization=self.request.user.organization)

    @action(detail=False, methods=["post"])
    def bulk_create(self, request):
        created = []
        for row in request.data.get("warehouses", []):
            created.append(Warehouse.objects.create(organization=request.user.organization, **row))  # expect: mass-assignment
        return Response(WarehouseSerializer(created, many=True).data, status=status.HTTP_201_CREATED)

    @action(detail=False, methods=["post"])
    def bulk_create_checked(self, request):
        serializer = WarehouseSerializer(data=request.data.get("warehouses", []), many=True)
        serializer.is_valid(raise_exception=True)
        serializer.save(organization=request.user.organization)  # ok: mass-assignment
        return Response(serializer.data, status=status.HTTP_201_CREATED)
