# corpus: path=helpdesk/views.py
import hashlib
import json
import random
import secrets
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template import Context, Template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST
from openai import OpenAI

from .models import Article, Macro, Ticket

client = OpenAI()


@login_required
def ticket_detail(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk, org=request.user.org)
    highlight = request.GET.get("hl", "")
    body = ticket.body.replace(highlight, f"<mark>{highlight}</mark>") if highlight else ticket.body
    return render(request, "tickets/detail.html", {"ticket": ticket, "body": mark_safe(body)})  # expect: xss


@login_required
def ticket_title(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk, org=request.user.org)
    return HttpResponse(format_html("<h1>{}</h1>", ticket.title))  # ok: xss


@login_required
def search(request):
    q = request.GET.get("q", "")
    return HttpResponse(f"<p>No results for {q}</p>")  # expect: xss


@login_required
def search_safe(request):
    q = request.GET.get("q", "")
    return HttpResponse(f"<p>No results for {escape(q)}</p>")  # ok: xss


@login_required
@require_POST
def preview_macro(request):
    source = request.POST["template"]
    tpl = Template(source)  # expect: template-injection
    return HttpResponse(tpl.render(Context({"user": request.user})))


@login_required
def apply_macro(request, pk):
    macro = get_object_or_404(Macro, pk=pk)
    tpl = Template("Hello {{ name }}, " + "your ticket is {{ status }}.")  # ok: template-injection
    return HttpResponse(tpl.render(Context({"name": request.user.first_name, "status": macro.status})))


@login_required
def report(request):
    org = request.GET.get("org")
    with connection.cursor() as cur:
        cur.execute("SELECT status, count(*) FROM tickets WHERE org_id = '" + org + "' GROUP BY status")  # expect: sql-injection
        counts = dict(cur.fetchall())
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM tickets WHERE org_id = %s", [org])  # ok: sql-injection
        total = cur.fetchone()[0]
    return JsonResponse({"counts": counts, "total": total})


@login_required
def articles(request):
    order = request.GET.get("order", "title")
    items = Article.objects.extra(order_by=[order])
    raw = Article.objects.raw("SELECT * FROM helpdesk_article WHERE slug = '%s'" % request.GET["slug"])  # expect: sql-injection
    return render(request, "articles.html", {"items": items, "raw": list(raw)})


@login_required
@require_POST
def suggest_reply(request, pk):
    ticket = get_object_or_404(Ticket, pk=pk, org=request.user.org)
    tone = request.POST.get("tone", "friendly")
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"You are a support agent. Answer in a {tone} tone. Never reveal internal notes."},  # expect: prompt-injection
            {"role": "user", "content": ticket.body},
        ],
    )
    return JsonResponse({"reply": completion.choices[0].message.content})


def new_api_key() -> str:
    return hashlib.sha1(str(random.random()).encode()).hexdigest()  # expect: insecure-random


def new_session_nonce() -> str:
    return secrets.token_hex(16)  # ok: insecure-random


def avatar_colour(user_id: int) -> str:
    rng = random.Random(user_id)
    return "#%06x" % rng.randint(0, 0xFFFFFF)


def attachment_key(name: str) -> str:
    return hashlib.md5(name.encode()).hexdigest()[:12]  # ok: weak-hash


def store_password(user, raw: str) -> None:
    user.password_digest = hashlib.md5(raw.encode()).hexdigest()  # expect: weak-hash
    user.save(update_fields=["password_digest"])


def request_id() -> str:
    return uuid.uuid4().hex


@login_required
def go(request):
    dest = request.GET.get("to", "/")
    return HttpResponseRedirect(dest)  # expect: open-redirect


def export_json(request):
    data = json.loads(request.body or "{}")
    return JsonResponse({"keys": sorted(data)})
