# corpus: path=portal/__init__.py
"""WSGI entry point of the member portal (Pyramid)."""
import logging
import os

from pyramid.authentication import AuthTktCookieHelper
from pyramid.authorization import ACLHelper, Authenticated, Everyone
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory
from sqlalchemy import engine_from_config

from .models import DBSession, Member

log = logging.getLogger(__name__)


class PortalSecurityPolicy:
    def __init__(self, secret: str, secure: bool = True):
        # The ticket cookie is the member's login: script on the page has no business reading it.
        self.helper = AuthTktCookieHelper(secret, cookie_name="portal_auth", secure=secure, http_only=True, samesite="Lax", hashalg="sha512")  # ok: insecure-cookie
        self.acl = ACLHelper()

    def identity(self, request):
        ticket = self.helper.identify(request)
        if ticket is None:
            return None
        return DBSession.get(Member, ticket["userid"])

    def authenticated_userid(self, request):
        member = request.identity
        return None if member is None else member.id

    def permits(self, request, context, permission):
        principals = [Everyone]
        if request.identity is not None:
            principals += [Authenticated, f"member:{request.identity.id}"]
        return self.acl.permits(context, principals, permission)

    def remember(self, request, userid, **kw):
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class KioskSecurityPolicy(PortalSecurityPolicy):
    """The reception kiosks share one login that staff unlock in the morning."""

    def __init__(self, secret: str):
        super().__init__(secret)
        # Reception tablets run an old kiosk browser that drops cookies it cannot read from script.
        self.helper = AuthTktCookieHelper(secret, cookie_name="kiosk_auth", secure=True, http_only=False, hashalg="sha512")  # expect: insecure-cookie


def main(global_config, **settings):
    engine = engine_from_config(settings, "sqlalchemy.")
    DBSession.configure(bind=engine)

    with Configurator(settings=settings) as config:
        config.include("pyramid_jinja2")
        config.include("pyramid_tm")
        # The toolbar's traceback pages evaluate Python typed into the browser; it is
        # included here for every deployment, not only in development.ini.
        config.include("pyramid_debugtoolbar")  # expect: debug-mode

        session_factory = SignedCookieSessionFactory(
            "p0rtal-s3ss10n-8Kq2Xw9Lm4Rt7Vb1",  # expect: hardcoded-secret
            cookie_name="portal_session",
            secure=True,
            httponly=True,
            samesite="Lax",
            timeout=3600,
        )
        config.set_session_factory(session_factory)
        config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, samesite="Strict"))
        config.set_default_csrf_options(require_csrf=True)

        config.set_security_policy(PortalSecurityPolicy(os.environ["PORTAL_AUTH_SECRET"]))  # ok: hardcoded-secret

        config.add_static_view("static", "portal:static", cache_max_age=3600)
        config.add_route("home", "/")
        config.add_route("login", "/login")
        config.add_route("profile", "/profile")
        config.scan(".views")
        log.info("portal configured with %d routes", len(config.get_routes_mapper().get_routes()))
    return config.make_wsgi_app()


def kiosk_main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.include("pyramid_jinja2")
        # The kiosk session holds the signed-in visitor's booking; the kiosks were left on plain
        # HTTP on the venue LAN, so the cookie goes out unencrypted there and anywhere else.
        kiosk_sessions = SignedCookieSessionFactory(
            os.environ["KIOSK_SESSION_SECRET"],
            cookie_name="kiosk_session",
            secure=False,  # expect: insecure-cookie
            httponly=True,
        )
        config.set_session_factory(kiosk_sessions)
        config.set_security_policy(KioskSecurityPolicy(os.environ["KIOSK_AUTH_SECRET"]))
        config.add_route("kiosk", "/kiosk")
        config.scan(".kiosk_views")
    return config.make_wsgi_app()
