# corpus: path=catalogue/queries.py
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Product

SORT_COLUMNS = {"price": "price", "name": "name", "newest": "-created_at"}


def search_products(request):
    term = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM catalogue_product WHERE name LIKE '%%" + term + "%%'")  # expect: sql-injection
    return JsonResponse({"ids": [p.id for p in products]})


def search_products_safe(request):
    term = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM catalogue_product WHERE name LIKE %s", [f"%{term}%"])  # ok: sql-injection
    return JsonResponse({"ids": [p.id for p in products]})


def products_by_brand(request):
    brand = request.GET["brand"]
    qs = Product.objects.extra(where=["brand = '%s'" % brand])  # expect: sql-injection
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def products_with_score(request):
    weight = request.GET.get("w", "1")
    qs = Product.objects.annotate(score=RawSQL("rating * " + weight, []))  # expect: sql-injection
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def products_sorted(request):
    sort = request.GET.get("sort", "name")
    qs = Product.objects.order_by(SORT_COLUMNS.get(sort, "name"))  # ok: sql-injection
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def stock_report(request):
    warehouse = request.GET["warehouse"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT sku, qty FROM stock WHERE warehouse = '{}'".format(warehouse))  # expect: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def stock_report_safe(request):
    warehouse = request.GET["warehouse"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT sku, qty FROM stock WHERE warehouse = %s", [warehouse])  # ok: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def discount(request):
    pct = float(request.GET.get("pct", "0"))
    Product.objects.update(price=F("price") * (1 - pct / 100))
    with connection.cursor() as cursor:
        cursor.execute("UPDATE catalogue_product SET discounted = %f" % pct)  # ok: sql-injection
    return JsonResponse({"ok": True})
