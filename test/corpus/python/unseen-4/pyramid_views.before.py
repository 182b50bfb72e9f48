import os

from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config

ATTACH_DIR = "/var/lib/helpdesk/attachments"


@view_config(route_name="attachment")
def attachment(request):
    ticket = request.matchdict["ticket"]
    filename = request.params.get("file", "")
    if not filename:
        raise HTTPBadRequest()
    return Response("not implemented", status=501)


@view_config(route_name="go")
def go(request):
    target = request.params.get("next", "/")
    return HTTPFound(location="/")
