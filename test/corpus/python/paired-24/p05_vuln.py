# corpus: path=accounts/views.py
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return redirect(request.GET.get("next", "/"))  # expect: open-redirect
    return render(request, "accounts/login.html")
