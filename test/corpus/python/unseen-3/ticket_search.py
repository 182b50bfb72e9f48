# corpus: path=helpdesk/views.py
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse

STATUSES = ("open", "closed", "pending")


@login_required
def search_tickets(request):
    query = request.GET.get("q", "").strip()
    status = request.GET.get("status", "open")
    if status not in STATUSES:
        status = "open"
    with connection.cursor() as cursor:
        sql = f"SELECT id, subject FROM tickets WHERE status = '{status}' AND subject ILIKE '%{query}%'"
        cursor.execute(sql)  # expect: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"results": rows})
