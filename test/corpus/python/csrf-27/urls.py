# corpus: path=accounts/urls.py
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from . import views

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/update/", csrf_exempt(views.update_profile), name="profile-update"),  # expect: csrf-disabled
    path("hooks/github/", csrf_exempt(views.github_hook), name="github-hook"),  # ok: csrf-disabled
    path("hooks/stripe/", csrf_exempt(views.StripeWebhookView.as_view()), name="stripe-hook"),  # ok: csrf-disabled
]
