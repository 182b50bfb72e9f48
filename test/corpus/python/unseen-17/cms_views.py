# corpus: path=cms/views.py
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template import Context, Template, engines
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from cms.forms import PageForm
from cms.models import Page, Snippet

log = logging.getLogger(__name__)
ATTACHMENTS_ROOT = Path(settings.MEDIA_ROOT) / "attachments"


@require_GET
def page_detail(request, slug: str):
    page = get_object_or_404(Page, slug=slug, published=True)
    return render(request, "cms/page.html", {"page": page})


@require_GET
def search(request):
    q = request.GET.get("q", "").strip()
    if not q:
        return render(request, "cms/search.html", {"results": []})
    with connection.cursor() as cur:
        cur.execute(
            "SELECT id, title FROM cms_page WHERE published AND title ILIKE %s ORDER BY title LIMIT 50",  # ok: sql-injection
            [f"%{q}%"],
        )
        results = cur.fetchall()
    return render(request, "cms/search.html", {"results": results, "q": q})


@require_GET
def search_by_tag(request):
    tag = request.GET.get("tag", "")
    pages = Page.objects.raw(f"SELECT * FROM cms_page WHERE tags @> ARRAY['{tag}']")  # expect: sql-injection
    return render(request, "cms/search.html", {"results": list(pages)})


@require_GET
def search_ordered(request):
    order = request.GET.get("order", "title")
    pages = Page.objects.filter(published=True).extra(order_by=[order])  # expect: sql-injection
    return render(request, "cms/search.html", {"results": pages})


@require_GET
def search_recent(request):
    days = int(request.GET.get("days", "7"))
    pages = Page.objects.extra(where=["updated_at > now() - (%s || ' days')::interval"], params=[days])  # ok: sql-injection
    return render(request, "cms/search.html", {"results": pages})


@require_GET
def not_found_hint(request):
    missing = request.GET.get("path", "")
    return HttpResponse(f"<p>No page at <code>{missing}</code>.</p>", status=404)  # expect: xss


@require_GET
def not_found_hint_v2(request):
    missing = request.GET.get("path", "")
    return HttpResponse(format_html("<p>No page at <code>{}</code>.</p>", missing), status=404)  # ok: xss


@require_GET
def echo_title(request):
    title = escape(request.GET.get("title", ""))
    return HttpResponse("<h1>" + title + "</h1>")  # ok: xss


@login_required
def author_card(request, user_id: int):
    snippet = get_object_or_404(Snippet, author_id=user_id, kind="bio")
    bio_html = mark_safe(snippet.body)  # expect: xss
    return render(request, "cms/author_card.html", {"bio": bio_html})


@login_required
@permission_required("cms.change_page")
def preview(request):
    source = request.POST.get("body", "")
    tpl = Template(source)  # expect: template-injection
    return HttpResponse(tpl.render(Context({"user": request.user})))


@login_required
@permission_required("cms.change_page")
def preview_v2(request):
    source = request.POST.get("body", "")
    tpl = engines["django"].from_string("{% autoescape on %}<article>{{ body }}</article>{% endautoescape %}")  # ok: template-injection
    return HttpResponse(tpl.render({"body": source}, request))


@login_required
def download_attachment(request):
    name = request.GET.get("name", "")
    path = ATTACHMENTS_ROOT / name
    if not path.exists():
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)  # expect: path-traversal


@login_required
def download_attachment_v2(request):
    name = request.GET.get("name", "")
    path = (ATTACHMENTS_ROOT / name).resolve()
    if not path.is_relative_to(ATTACHMENTS_ROOT.resolve()) or not path.is_file():
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)  # ok: path-traversal


@login_required
@require_POST
def save_page(request):
    form = PageForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_json())
    page = form.save(commit=False)
    page.author = request.user
    page.save()
    log.info("page %s saved by %s", page.pk, request.user.pk)
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)  # ok: open-redirect
    return redirect("cms:page_detail", slug=page.slug)


@login_required
def switch_language(request):
    lang = request.GET.get("lang", "en")
    request.session["lang"] = lang
    return redirect(request.GET.get("back", "/"))  # expect: open-redirect
