# corpus: path=community/views.py
import bleach
from django import template
from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import Context, Template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .forms import PostForm
from .models import Post, Snippet, Thread

register = template.Library()

ALLOWED_TAGS = ["a", "b", "i", "em", "strong", "code", "pre", "ul", "ol", "li", "p", "br"]


@register.simple_tag
def render_snippet(snippet_id):
    snippet = Snippet.objects.get(pk=snippet_id)
    return mark_safe(snippet.body)  # expect: xss


@register.simple_tag
def render_clean_snippet(snippet_id):
    snippet = Snippet.objects.get(pk=snippet_id)
    return mark_safe(bleach.clean(snippet.body, tags=ALLOWED_TAGS, strip=True))  # ok: xss


@register.filter
def author_link(post):
    return format_html('<a href="/u/{}">{}</a>', post.author.username, post.author.display_name)  # ok: xss


@register.filter
def signature(post):
    return format_html("<div class='sig'>" + post.author.profile.signature + "</div>")  # expect: xss


def thread_detail(request, pk):
    thread = get_object_or_404(Thread, pk=pk)
    posts = thread.posts.select_related("author").order_by("created_at")
    Thread.objects.filter(pk=pk).update(views=F("views") + 1)
    return render(request, "community/thread.html", {"thread": thread, "posts": posts})


@login_required
@require_POST
def reply(request, pk):
    thread = get_object_or_404(Thread, pk=pk)
    form = PostForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_json())
    post = form.save(commit=False)
    post.thread = thread
    post.author = request.user
    post.save()
    return redirect(thread.get_absolute_url())  # ok: open-redirect


@login_required
def preview_post(request):
    body = request.POST.get("body", "")
    html = bleach.linkify(bleach.clean(body, tags=ALLOWED_TAGS))
    return HttpResponse(html)  # ok: xss


@login_required
def welcome_banner(request):
    tpl_source = request.user.profile.banner_template
    rendered = Template(tpl_source).render(Context({"user": request.user}))  # expect: template-injection
    return HttpResponse(rendered)


@login_required
def echo_title(request):
    title = request.GET.get("title", "")
    return HttpResponse(f"<h1>{title}</h1>")  # expect: xss


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def search_posts(request):
    term = request.query_params.get("q", "")
    posts = Post.objects.raw(
        "SELECT * FROM community_post WHERE body LIKE '%%" + term + "%%' LIMIT 50"  # expect: sql-injection
    )
    return Response([{"id": p.id, "title": p.title} for p in posts])


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def posts_by_author(request):
    username = request.query_params.get("author", "")
    posts = Post.objects.raw(
        "SELECT p.* FROM community_post p JOIN auth_user u ON u.id = p.author_id WHERE u.username = %s",  # ok: sql-injection
        [username],
    )
    return Response([{"id": p.id, "title": p.title} for p in posts])


@api_view(["GET"])
def thread_feed(request, pk):
    thread = get_object_or_404(Thread, pk=pk)
    latest = thread.posts.order_by("-created_at").values("id", "title", "created_at")[:20]
    return JsonResponse({"thread": thread.title, "posts": list(latest)})
