# corpus: path=accounts/views.py
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            next_url = request.POST.get("next") or "/"
            if not next_url.startswith("/"):
                next_url = "/"
            return redirect(next_url)  # expect: open-redirect
    return render(request, "accounts/login.html", {"next": request.GET.get("next", "")})
