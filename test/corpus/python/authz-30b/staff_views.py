from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Refund, Ticket


@require_POST
def approve_refund(request, refund_id):
    refund = get_object_or_404(Refund.objects.select_for_update(), pk=refund_id)  # expect: missing-authorization
    refund.approve(by=request.user)
    return JsonResponse({"status": refund.status})


@require_POST
@permission_required("support.close_ticket", raise_exception=True)  # ok: missing-authorization
def close_ticket(request, ticket_id):
    ticket = get_object_or_404(Ticket, pk=ticket_id)
    ticket.close(by=request.user)
    return JsonResponse({"status": ticket.status})


def ticket_status(request, ticket_id):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login required"}, status=401)
    ticket = get_object_or_404(Ticket.objects.only("status"), pk=ticket_id, requester=request.user)  # ok: missing-authorization
    return JsonResponse({"status": ticket.status})
