from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Refund, Ticket


@require_POST
def approve_refund(request, refund_id):
    if not request.user.has_perm("support.approve_refund"):
        raise PermissionDenied
    refund = get_object_or_404(Refund, pk=refund_id)
    refund.approve(by=request.user)
    return JsonResponse({"status": refund.status})


@require_POST
def close_ticket(request, ticket_id):
    if not request.user.is_staff:
        raise PermissionDenied
    ticket = get_object_or_404(Ticket, pk=ticket_id)
    ticket.close(by=request.user)
    return JsonResponse({"status": ticket.status})


def ticket_status(request, ticket_id):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login required"}, status=401)
    ticket = get_object_or_404(Ticket, pk=ticket_id, requester=request.user)
    return JsonResponse({"status": ticket.status})
