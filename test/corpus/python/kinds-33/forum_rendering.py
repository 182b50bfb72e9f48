# corpus: path=forum/rendering.py
"""Rendering helpers for forum posts, signatures and search pages (Django)."""
import bleach
import markdown
from django import forms, template
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET, require_POST

from .models import Post, Tag, Thread

register = template.Library()

ALLOWED_TAGS = ["p", "br", "strong", "em", "a", "ul", "ol", "li", "code", "pre", "blockquote"]
ALLOWED_ATTRS = {"a": ["href", "title", "rel"]}


@register.filter
def render_post(post: Post) -> str:
    # Post bodies are Markdown typed by members; Markdown passes inline HTML straight through,
    # so the converter's output has to be cleaned before it is called safe.
    html = markdown.markdown(post.body, extensions=["fenced_code", "tables"])
    return mark_safe(bleach.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS))  # ok: xss


@register.filter
def render_signature(profile) -> str:
    html = markdown.markdown(profile.signature)
    return mark_safe(html)  # expect: xss


@register.simple_tag
def tag_list(tags) -> str:
    return format_html_join(" ", "<a class='tag' href='/t/{}'>{}</a>", ((t.slug, t.name) for t in tags))  # ok: xss


@register.simple_tag
def author_badge(user) -> str:
    label = user.profile.badge_text or "member"
    return SafeString(f"<span class='badge badge-{user.profile.rank}'>{label}</span>")  # expect: xss


@register.simple_tag
def quote_block(post: Post) -> str:
    author = conditional_escape(post.author.username)
    body = conditional_escape(post.body[:300])
    return SafeString(f"<blockquote><cite>{author}</cite>{body}</blockquote>")  # ok: xss


class ColourPickerWidget(forms.TextInput):
    template_name = "forum/widgets/colour.html"

    def render(self, name, value, attrs=None, renderer=None):
        # value is what the member last submitted for the field, echoed back on a failed form.
        swatch = f"<span class='swatch' style='background:{value}'></span>"
        field = super().render(name, value, attrs, renderer)
        return mark_safe(field + swatch)  # expect: xss


@require_POST
def move_thread(request, thread_id):
    thread = get_object_or_404(Thread, pk=thread_id)
    target = request.POST.get("board_name", "")
    thread.board = thread.forum.boards.get(name=target)
    thread.save(update_fields=["board"])
    messages.success(request, mark_safe(f"Moved to <b>{target}</b>."))  # expect: xss
    return redirect(thread.get_absolute_url())


@require_POST
def pin_thread(request, thread_id):
    thread = get_object_or_404(Thread, pk=thread_id)
    thread.pinned = True
    thread.save(update_fields=["pinned"])
    messages.success(request, format_html("Pinned <b>{}</b>.", thread.title))  # ok: xss
    return redirect(thread.get_absolute_url())


@require_GET
def tag_cloud(request):
    # An HTML fragment the sidebar loads with fetch() and inserts as is.
    picked = request.GET.getlist("tag")
    tags = Tag.objects.filter(slug__in=picked) if picked else Tag.objects.order_by("-uses")[:30]
    items = [f"<li><a href='/t/{t.slug}'>{escape(t.name)}</a> ({t.uses})</li>" for t in tags]
    return HttpResponse("<ul class='cloud'>" + "".join(items) + "</ul>")  # ok: xss


@require_GET
def search_hint(request):
    words = request.GET.get("q", "").split()
    chips = map(lambda w: f"<span class='chip'>{w}</span>", words[:8])
    return HttpResponse("Searching for " + " ".join(chips))  # expect: xss


@require_GET
def preview(request):
    text = request.GET.get("text", "")
    html = markdown.markdown(text)
    cleaned = bleach.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, strip=True)
    return HttpResponse(cleaned)  # ok: xss
