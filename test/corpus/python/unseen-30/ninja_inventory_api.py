# corpus: path=inventory/api.py
import csv
import io
import logging
from typing import List, Optional

import requests
from django.conf import settings
from django.db import connection
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import File, NinjaAPI, Query, Schema
from ninja.files import UploadedFile

from inventory.models import Product, Warehouse

api = NinjaAPI(title="Inventory", version="2.1.0")
log = logging.getLogger(__name__)

ALLOWED_SORTS = {"name", "-name", "stock", "-stock", "updated_at", "-updated_at"}


class ProductOut(Schema):
    id: int
    sku: str
    name: str
    stock: int


class ProductFilter(Schema):
    name: Optional[str] = None
    category: Optional[str] = None
    sort: str = "name"


class StockAdjust(Schema):
    sku: str
    delta: int
    reason: str


class SupplierPing(Schema):
    endpoint: str


@api.get("/products", response=List[ProductOut])
def list_products(request, filters: ProductFilter = Query(...)):
    qs = Product.objects.all()
    if filters.name:
        qs = qs.filter(name__icontains=filters.name)  # ok: sql-injection
    if filters.category:
        qs = qs.extra(where=[f"category_slug = '{filters.category}'"])  # expect: sql-injection
    order = filters.sort if filters.sort in ALLOWED_SORTS else "name"
    return qs.order_by(order)  # ok: sql-injection


@api.get("/products/search", response=List[ProductOut])
def search_products(request, term: str):
    return list(Product.objects.raw(f"SELECT * FROM inventory_product WHERE name ILIKE '%%{term}%%'"))  # expect: sql-injection


@api.get("/products/search/v2", response=List[ProductOut])
def search_products_v2(request, term: str):
    return list(Product.objects.raw("SELECT * FROM inventory_product WHERE name ILIKE %s", [f"%{term}%"]))  # ok: sql-injection


@api.post("/stock/adjust")
def adjust_stock(request, payload: StockAdjust):
    with connection.cursor() as cur:
        cur.execute(
            "UPDATE inventory_product SET stock = stock + %s WHERE sku = %s",  # ok: sql-injection
            [payload.delta, payload.sku],
        )
        cur.execute(f"INSERT INTO inventory_audit (sku, note) VALUES ('{payload.sku}', '{payload.reason}')")  # expect: sql-injection
    return {"ok": True}


@api.get("/warehouses/{warehouse_id}/label")
def warehouse_label(request, warehouse_id: int):
    wh = get_object_or_404(Warehouse, id=warehouse_id)
    return HttpResponse(f"<h2>{wh.name}</h2><p>{wh.address}</p>")


@api.get("/exports/{name}")
def download_export(request, name: str):
    path = settings.EXPORT_ROOT / name
    return FileResponse(open(path, "rb"), as_attachment=True)  # expect: path-traversal


@api.post("/imports/csv")
def import_csv(request, upload: UploadedFile = File(...)):
    reader = csv.DictReader(io.StringIO(upload.read().decode("utf-8")))
    created = 0
    for row in reader:
        Product.objects.update_or_create(sku=row["sku"], defaults={"name": row["name"], "stock": int(row["stock"])})
        created += 1
    return {"created": created}


@api.post("/suppliers/ping")
def ping_supplier(request, payload: SupplierPing):
    resp = requests.get(payload.endpoint, timeout=5)  # expect: ssrf
    return {"status": resp.status_code}


@api.get("/greeting")
def greeting(request, name: str = "friend"):
    return HttpResponse(f"<p>Hello, {name}!</p>")  # expect: xss


@api.exception_handler(ValueError)
def on_value_error(request, exc):
    return api.create_response(request, {"detail": "invalid value"}, status=400)
