# corpus: path=snippets/views.py
import hashlib
import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import Context, Template
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from .forms import SnippetForm
from .models import Snippet, Tag

logger = logging.getLogger(__name__)

SORT_COLUMNS = {"new": "created_at DESC", "old": "created_at ASC", "title": "title ASC"}


def snippet_list(request):
    order = SORT_COLUMNS.get(request.GET.get("sort", "new"), "created_at DESC")
    snippets = Snippet.objects.raw(f"SELECT * FROM snippets_snippet WHERE public = 1 ORDER BY {order}")  # ok: sql-injection
    return render(request, "snippets/list.html", {"snippets": snippets})


def search(request):
    term = request.GET.get("q", "")
    lang = request.GET.get("lang", "")
    with connection.cursor() as cur:
        cur.execute(
            "SELECT id, title FROM snippets_snippet WHERE title LIKE %s AND public = 1",  # ok: sql-injection
            [f"%{term}%"],
        )
        rows = cur.fetchall()
    if lang:
        with connection.cursor() as cur:
            cur.execute(f"SELECT id, title FROM snippets_snippet WHERE language = '{lang}'")  # expect: sql-injection
            rows += cur.fetchall()
    return JsonResponse({"results": [{"id": r[0], "title": r[1]} for r in rows]})


def by_tag(request, slug):
    tags = Tag.objects.extra(where=["slug = '%s'" % slug])  # expect: sql-injection
    return render(request, "snippets/tags.html", {"tags": tags})


def detail(request, pk):
    snippet = get_object_or_404(Snippet, pk=pk, public=True)
    rendered = mark_safe(snippet.body)  # expect: xss
    heading = format_html("<h1>{}</h1>", snippet.title)  # ok: xss
    etag = hashlib.md5(snippet.body.encode()).hexdigest()  # ok: weak-hash
    response = render(request, "snippets/detail.html", {"body": rendered, "heading": heading})
    response["ETag"] = etag
    return response


def preview(request):
    bio = request.user.profile.bio
    tpl = Template(bio)  # expect: template-injection
    return HttpResponse(tpl.render(Context({"user": request.user})))


def preview_safe(request):
    tpl = Template("<p>{{ bio }}</p>")  # ok: template-injection
    return HttpResponse(tpl.render(Context({"bio": request.user.profile.bio})))


def highlight(request):
    word = request.GET.get("w", "")
    return HttpResponse("<mark>%s</mark>" % word)  # expect: xss


def highlight_escaped(request):
    word = request.GET.get("w", "")
    return HttpResponse("<mark>%s</mark>" % escape(word))  # ok: xss


@login_required
@require_POST
def create(request):
    form = SnippetForm(request.POST)
    if not form.is_valid():
        return render(request, "snippets/form.html", {"form": form}, status=400)
    snippet = form.save(commit=False)
    snippet.owner = request.user
    snippet.save()
    next_url = request.POST.get("next", "/")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)  # ok: open-redirect
    return redirect("snippets:detail", pk=snippet.pk)


@login_required
def delete(request, pk):
    snippet = get_object_or_404(Snippet, pk=pk, owner=request.user)
    snippet.delete()
    return HttpResponseRedirect(request.GET.get("return_to", "/snippets/"))  # expect: open-redirect


def embed(request, pk):
    snippet = get_object_or_404(Snippet, pk=pk, public=True)
    theme = request.GET.get("theme", "light")
    if theme not in ("light", "dark"):
        theme = "light"
    html = mark_safe(f'<div class="snippet snippet-{theme}">{escape(snippet.body)}</div>')  # ok: xss
    return HttpResponse(html)
