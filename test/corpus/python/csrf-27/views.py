# corpus: path=accounts/views.py
from django.contrib.auth import authenticate, login
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .forms import AddressForm


@csrf_exempt  # expect: csrf-disabled
def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return HttpResponseRedirect("/")
    return render(request, "login.html")


@csrf_exempt  # expect: csrf-disabled
@require_POST
def save_address(request):
    form = AddressForm(request.POST, instance=request.user.address)
    if form.is_valid():
        form.save()
    return JsonResponse({"ok": form.is_valid()})


@csrf_exempt  # ok: csrf-disabled
def ping(request):
    return JsonResponse({"pong": True})
