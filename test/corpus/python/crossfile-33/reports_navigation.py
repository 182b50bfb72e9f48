# corpus: path=reports/navigation.py changeset=reports
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def back_to(target):
    return redirect(target)  # expect: open-redirect


def back_home(request, target):
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(target)  # ok: open-redirect
    return redirect("reports:index")
