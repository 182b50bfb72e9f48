# corpus: path=orders/views.py
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from .models import Order


@require_POST
def cancel_order(request, pk):
    Order.objects.filter(pk=pk, customer=request.user).update(status="cancelled")
    return redirect(reverse("orders:detail", args=[pk]))  # ok: open-redirect
