# corpus: path=orders/views.py
from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST

from .models import Order


@require_POST
def cancel_order(request, pk):
    Order.objects.filter(pk=pk, customer=request.user).update(status="cancelled")
    return HttpResponseRedirect(request.POST.get("next", "/orders/"))  # expect: open-redirect
