# corpus: path=helpdesk/views.py
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Ticket


def _serialize(ticket):
    return {
        "id": ticket.id,
        "subject": ticket.subject,
        "status": ticket.status,
        "assignee": ticket.assignee.username if ticket.assignee else None,
    }


@login_required
@require_GET
def ticket_list(request):
    status = request.GET.get("status")
    tickets = Ticket.objects.filter(team=request.user.profile.team)
    if status:
        tickets = tickets.filter(status=status)  # ok: sql-injection
    q = request.GET.get("q")
    if q:
        tickets = tickets.filter(Q(subject__icontains=q) | Q(body__icontains=q))  # ok: sql-injection
    return JsonResponse({"results": [_serialize(t) for t in tickets[:100]]})


@login_required
@require_GET
def ticket_search(request):
    keyword = request.GET.get("keyword", "")
    tickets = Ticket.objects.raw(  # expect: sql-injection
        "SELECT * FROM helpdesk_ticket WHERE subject LIKE '%%" + keyword + "%%' ORDER BY created_at DESC"
    )
    return JsonResponse({"results": [_serialize(t) for t in tickets]})


@login_required
@require_GET
def ticket_stats(request):
    team_id = request.user.profile.team_id
    since = request.GET.get("since", "2024-01-01")
    with connection.cursor() as cursor:
        cursor.execute(  # expect: sql-injection
            f"""
            SELECT status, COUNT(*)
            FROM helpdesk_ticket
            WHERE team_id = {team_id} AND created_at >= '{since}'
            GROUP BY status
            """
        )
        counts = dict(cursor.fetchall())
    return JsonResponse(counts)


@login_required
@require_GET
def ticket_age(request):
    team_id = request.user.profile.team_id
    with connection.cursor() as cursor:
        cursor.execute(  # ok: sql-injection
            "SELECT AVG(julianday('now') - julianday(created_at)) FROM helpdesk_ticket WHERE team_id = %s AND status = %s",
            [team_id, "open"],
        )
        (avg_days,) = cursor.fetchone()
    return JsonResponse({"average_age_days": round(avg_days or 0, 1)})


@login_required
@require_GET
def ticket_sorted(request):
    sort = request.GET.get("sort", "created_at")
    tickets = Ticket.objects.extra(order_by=[sort])  # expect: sql-injection
    return JsonResponse({"results": [_serialize(t) for t in tickets[:50]]})


@login_required
def ticket_detail(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk, team=request.user.profile.team)  # ok: sql-injection
    return JsonResponse(_serialize(ticket))
