# corpus: path=wiki/views.py
import hashlib

import requests
from pyramid.httpexceptions import HTTPBadRequest, HTTPFound
from pyramid.response import Response
from pyramid.view import view_config

ALLOWED_EMBED_HOSTS = ("https://www.youtube.com/", "https://player.vimeo.com/")


@view_config(route_name="page_title")
def page_title(request):
    title = request.params.get("title", "")
    return Response(f"<title>{title}</title>", content_type="text/html")  # expect: xss


@view_config(route_name="page_plain")
def page_plain(request):
    title = request.params.get("title", "")
    return Response(f"title: {title}", content_type="text/plain")  # ok: xss


@view_config(route_name="after_login")
def after_login(request):
    came_from = request.params.get("came_from", "/")
    return HTTPFound(location=came_from)  # expect: open-redirect


@view_config(route_name="after_logout")
def after_logout(request):
    return HTTPFound(location=request.route_url("home"))  # ok: open-redirect


@view_config(route_name="embed", renderer="json")
def embed(request):
    src = request.params.get("src", "")
    if not src.startswith(ALLOWED_EMBED_HOSTS):
        raise HTTPBadRequest()
    return {"html": requests.get(src, timeout=5).text[:200]}  # ok: ssrf


@view_config(route_name="oembed", renderer="json")
def oembed(request):
    src = request.params.get("src", "")
    return requests.get("https://noembed.com/embed", params={"url": src}, timeout=5).json()  # ok: ssrf


@view_config(route_name="fetch_page", renderer="json")
def fetch_page(request):
    src = request.params.get("src", "")
    if not src.startswith("http"):
        raise HTTPBadRequest()
    return {"html": requests.get(src, timeout=5).text[:200]}  # expect: ssrf


@view_config(route_name="remember", renderer="json")
def remember(request):
    request.response.set_cookie("wiki_auth", request.session["auth_token"], httponly=False, secure=True)  # expect: insecure-cookie
    return {"ok": True}


@view_config(route_name="password_hint", renderer="json")
def store_password(request):
    password = request.POST["password"]
    digest = hashlib.sha1(password.encode()).hexdigest()  # expect: weak-hash
    request.dbsession.execute("UPDATE users SET pw = :pw WHERE id = :id", {"pw": digest, "id": request.authenticated_userid})
    return {"ok": True}
