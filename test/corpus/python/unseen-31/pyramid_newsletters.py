# corpus: path=newsroom/views/newsletters.py
import logging

from chameleon import PageTemplate
from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.renderers import render, render_to_response
from pyramid.response import Response
from pyramid.view import view_config
from sqlalchemy import text

from .models import Newsletter

log = logging.getLogger(__name__)


@view_config(route_name="newsletters", renderer="templates/newsletters.pt")
def list_newsletters(request):
    items = request.dbsession.query(Newsletter).order_by(Newsletter.created_at.desc()).limit(50).all()
    return {"items": items}


@view_config(route_name="newsletter_search", renderer="templates/newsletters.pt")
def search_newsletters(request):
    term = request.params.get("q", "")
    rows = request.dbsession.execute(text(f"SELECT id, subject FROM newsletters WHERE subject ILIKE '%{term}%'"))  # expect: sql-injection
    return {"items": rows.fetchall()}


@view_config(route_name="newsletter_search_v2", renderer="templates/newsletters.pt")
def search_newsletters_v2(request):
    term = request.params.get("q", "")
    rows = request.dbsession.execute(  # ok: sql-injection
        text("SELECT id, subject FROM newsletters WHERE subject ILIKE :term"), {"term": f"%{term}%"}
    )
    return {"items": rows.fetchall()}


@view_config(route_name="newsletter", renderer="templates/newsletter.pt")
def show_newsletter(request):
    item = request.dbsession.get(Newsletter, int(request.matchdict["id"]))
    if item is None:
        raise HTTPNotFound()
    return {"item": item}


@view_config(route_name="newsletter_preview", request_method="POST")
def preview_newsletter(request):
    body = request.POST.get("body", "")
    template = PageTemplate(body)  # expect: template-injection
    return Response(template(subscriber={"name": "Preview Reader"}, unsubscribe_url="#"))


@view_config(route_name="newsletter_preview_v2", request_method="POST")
def preview_newsletter_v2(request):
    html = render(  # ok: template-injection
        "templates/newsletter_body.pt",
        {"body": request.POST.get("body", ""), "subscriber": {"name": "Preview Reader"}, "unsubscribe_url": "#"},
        request=request,
    )
    return Response(html)


@view_config(route_name="newsletter_send", request_method="POST")
def send_newsletter(request):
    item = request.dbsession.get(Newsletter, int(request.matchdict["id"]))
    if item is None:
        raise HTTPNotFound()
    request.registry.mailer.queue(item)
    log.info("newsletter %s queued by %s", item.id, request.params.get("operator"))  # expect: log-injection
    came_from = request.params.get("came_from", request.route_url("newsletters"))
    return HTTPFound(location=came_from)  # expect: open-redirect


@view_config(route_name="newsletter_archive", request_method="POST")
def archive_newsletter(request):
    item = request.dbsession.get(Newsletter, int(request.matchdict["id"]))
    if item is None:
        raise HTTPNotFound()
    item.archived = True
    return HTTPFound(location=request.route_url("newsletter", id=item.id))  # ok: open-redirect


@view_config(route_name="newsletter_unsubscribed")
def unsubscribed(request):
    email = request.matchdict.get("email", "")
    return Response(f"<p>{email} will no longer receive our newsletters.</p>")  # expect: xss
