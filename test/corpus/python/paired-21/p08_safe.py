# corpus: path=app/catalog/views.py
from django.db import connection
from django.http import JsonResponse


def products(request):
    raw = request.GET.get("limit", "20")
    try:
        limit = int(raw)
    except ValueError:
        limit = 20
    with connection.cursor() as cur:
        cur.execute("SELECT id, name, price FROM catalog_product LIMIT " + str(limit))  # ok: sql-injection
        rows = cur.fetchall()
    return JsonResponse({"items": [{"id": r[0], "name": r[1], "price": str(r[2])} for r in rows]})
