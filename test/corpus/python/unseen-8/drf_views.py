# corpus: path=api/views.py
import hashlib
import random
import uuid

import requests
from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpResponse
from django.template import engines
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .models import Device, Export, Webhook

django_engine = engines["django"]


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def register_webhook(request):
    url = request.data["url"]
    probe = requests.head(url, timeout=3, allow_redirects=False)  # expect: ssrf
    Webhook.objects.create(owner=request.user, url=url, last_status=probe.status_code)
    return Response(status=status.HTTP_201_CREATED)


@api_view(["POST"])
def render_snippet(request):
    snippet = request.data.get("snippet", "")
    html = django_engine.from_string(snippet).render({"user": request.user})  # expect: template-injection
    return HttpResponse(html)


@api_view(["POST"])
def render_named(request):
    name = request.data.get("name", "")
    html = django_engine.from_string("<b>{{ name }}</b>").render({"name": name})  # ok: template-injection, xss
    return HttpResponse(html)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def pair_device(request):
    pin = str(random.randint(1000, 9999))  # expect: insecure-random
    Device.objects.create(owner=request.user, pairing_pin=pin)
    return Response({"pin": pin})


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def start_export(request):
    export = Export.objects.create(owner=request.user, ref=uuid.uuid4().hex)  # ok: insecure-random
    return Response({"ref": export.ref})


@api_view(["POST"])
def email_verification(request):
    email = request.data["email"]
    verification_code = hashlib.md5(f"{email}{settings.SECRET_KEY}".encode()).hexdigest()[:8]  # expect: weak-hash
    send_mail("Verify", f"Code: {verification_code}", None, [email])
    return Response(status=status.HTTP_202_ACCEPTED)


@api_view(["GET"])
def file_checksum(request, pk):
    export = Export.objects.get(pk=pk, owner=request.user)
    return Response({"sha1": hashlib.sha1(export.data).hexdigest()})  # ok: weak-hash


@api_view(["GET"])
def geo(request):
    ip = request.META.get("REMOTE_ADDR")
    r = requests.get(f"http://ip-api.com/json/{ip}", timeout=3)  # expect: cleartext-http
    return Response(r.json())
