# corpus: path=blog/views.py
import requests
from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme

from .models import Post


def search(request):
    q = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title FROM blog_post WHERE title LIKE '%%" + q + "%%'")  # expect: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"results": rows})


def search_safe(request):
    q = request.GET.get("q", "")
    posts = Post.objects.filter(title__icontains=q).values("id", "title")  # ok: sql-injection
    return JsonResponse({"results": list(posts)})


def tag_posts(request, tag):
    posts = Post.objects.raw("SELECT * FROM blog_post WHERE tags LIKE %s", [f"%{tag}%"])  # ok: sql-injection
    return render(request, "blog/list.html", {"posts": posts})


def archive(request):
    year = request.GET.get("year", "2024")
    posts = Post.objects.extra(where=["strftime('%%Y', published) = '" + year + "'"])  # expect: sql-injection
    return render(request, "blog/list.html", {"posts": posts})


def preview(request, pk):
    post = get_object_or_404(Post, pk=pk)
    note = request.GET.get("note", "")
    return HttpResponse(f"<article><h1>{escape(post.title)}</h1><p>{note}</p></article>")  # expect: xss


def login_done(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        return redirect(nxt)  # ok: open-redirect
    return redirect("/")


def logout_done(request):
    return HttpResponseRedirect(request.GET.get("next", "/"))  # expect: open-redirect


def share(request):
    target = request.POST["url"]
    r = requests.head(target, timeout=3, allow_redirects=True)  # expect: ssrf
    return JsonResponse({"status": r.status_code})


def oembed(request):
    r = requests.get(settings.OEMBED_ENDPOINT, params={"url": request.GET["url"]}, timeout=3)  # ok: ssrf
    return JsonResponse(r.json())
