import logging

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.renderers import render_to_response
from pyramid.view import view_config
from sqlalchemy import text

from .models import Newsletter

log = logging.getLogger(__name__)


@view_config(route_name="newsletters", renderer="templates/newsletters.pt")
def list_newsletters(request):
    items = request.dbsession.query(Newsletter).order_by(Newsletter.created_at.desc()).limit(50).all()
    return {"items": items}


@view_config(route_name="newsletter", renderer="templates/newsletter.pt")
def show_newsletter(request):
    item = request.dbsession.get(Newsletter, int(request.matchdict["id"]))
    if item is None:
        raise HTTPNotFound()
    return {"item": item}


@view_config(route_name="newsletter_send", request_method="POST")
def send_newsletter(request):
    item = request.dbsession.get(Newsletter, int(request.matchdict["id"]))
    if item is None:
        raise HTTPNotFound()
    request.registry.mailer.queue(item)
    return HTTPFound(location=request.route_url("newsletters"))
