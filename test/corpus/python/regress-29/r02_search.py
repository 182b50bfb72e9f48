from django.db import connection
from django.http import JsonResponse

SORTABLE = {"name": "p.name", "price": "p.price", "newest": "p.created_at DESC"}


def product_search(request):
    term = request.GET.get("q", "").strip()
    order = SORTABLE.get(request.GET.get("sort", "name"), request.GET.get("sort", "p.name"))  # expect: sql-injection
    with connection.cursor() as cur:
        cur.execute(  # also: sql-injection
            f"SELECT p.id, p.name, p.price FROM catalog_product p WHERE p.name ILIKE %s ORDER BY {order} LIMIT 50",
            [f"%{term}%"],
        )
        rows = cur.fetchall()
    return JsonResponse({"results": [{"id": r[0], "name": r[1], "price": str(r[2])} for r in rows]})
