# corpus: path=accounts/views.py
import json
import logging

from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from .forms import ProfileForm, SignupForm
from .models import Membership, Organization, Profile, User

logger = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.method == "GET":
        return render(request, "accounts/signup.html", {"form": SignupForm()})
    form = SignupForm(request.POST)
    if not form.is_valid():
        return render(request, "accounts/signup.html", {"form": form}, status=400)
    user = form.save()  # ok: mass-assignment
    login(request, user)
    return redirect("onboarding:start")


@require_POST
def quick_signup(request):
    """Landing-page signup: the marketing form posts name, email and password."""
    user = User.objects.create(**request.POST.dict())  # expect: mass-assignment
    user.set_password(request.POST["password"])
    user.save()
    login(request, user)
    return JsonResponse({"id": user.pk}, status=201)


@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request):
    profile = get_object_or_404(Profile, user=request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():
            form.save()  # ok: mass-assignment
            messages.success(request, "Profile saved")
            return redirect("accounts:profile")
    else:
        form = ProfileForm(instance=profile)
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_http_methods(["PATCH"])
def api_update_profile(request):
    try:
        changes = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    Profile.objects.filter(user=request.user).update(**changes)  # expect: mass-assignment
    return JsonResponse({"ok": True})


@login_required
@require_POST
def update_display_name(request):
    profile = request.user.profile
    profile.display_name = request.POST["display_name"][:80]  # ok: mass-assignment
    profile.save(update_fields=["display_name"])
    return JsonResponse({"display_name": profile.display_name})


@login_required
def switch_organization(request):
    org_id = request.GET.get("org")
    request.session["active_org"] = org_id  # expect: trust-boundary
    return redirect("dashboard:home")


@login_required
def switch_workspace(request):
    membership = get_object_or_404(Membership, user=request.user, organization_id=request.GET.get("org"))
    request.session["active_workspace"] = membership.organization_id  # ok: trust-boundary
    return redirect("dashboard:home")


@login_required
def org_dashboard(request):
    org = get_object_or_404(Organization, pk=request.session.get("active_org"))  # ok: trust-boundary
    if not Membership.objects.filter(user=request.user, organization=org).exists():
        raise PermissionDenied
    return render(request, "dashboard/home.html", {"org": org})


@require_POST
def sign_in(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        messages.error(request, "Wrong username or password")
        return redirect("accounts:login")
    login(request, user)
    request.session["uid"] = user.pk  # ok: trust-boundary
    request.session["is_staff"] = user.is_staff  # ok: trust-boundary
    logger.info("user %s signed in", user.pk)
    return redirect(request.session.get("next_page", "dashboard:home"))


@require_POST
def sso_callback(request):
    # the IdP posts the assertion back to us; we keep who it says the user is
    request.session["sso_email"] = request.POST.get("email")  # expect: trust-boundary
    request.session["sso_verified"] = True  # ok: trust-boundary
    return redirect("accounts:sso_finish")


def sign_out(request):
    request.session.flush()
    logout(request)
    return redirect("home")
