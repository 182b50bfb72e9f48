# corpus: path=app/inventory/serializers.py
from rest_framework import generics, serializers

from .models import Supplier, Warehouse


def related_serializer(related_model, depth=0):
    """A read-only serializer for whatever model a relation points at, built per relation."""

    class RelatedSerializer(serializers.ModelSerializer):
        class Meta:
            model = related_model
            fields = "__all__"  # ok: mass-assignment
            read_only = True

    RelatedSerializer.Meta.depth = depth
    return RelatedSerializer


class ExpandingSerializer(serializers.ModelSerializer):
    def build_nested_field(self, field_name, relation_info, nested_depth):
        class Nested(serializers.ModelSerializer):
            class Meta:
                model = relation_info.related_model
                depth = nested_depth - 1
                fields = "__all__"  # ok: mass-assignment

        return Nested, {"read_only": True}


class WarehouseSerializer(ExpandingSerializer):
    class Meta:
        model = Warehouse
        fields = ["id", "code", "city", "supplier"]
        depth = 1


class SupplierSerializer(serializers.ModelSerializer):
    class Meta:
        model = Supplier
        fields = "__all__"  # expect: mass-assignment


class SupplierCreate(generics.CreateAPIView):
    queryset = Supplier.objects.all()
    serializer_class = SupplierSerializer
