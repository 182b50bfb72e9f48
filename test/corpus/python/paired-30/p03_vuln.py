# corpus: path=app/sessions/middleware.py
import logging

from django.http import HttpResponseForbidden

from app.sessions.store import find_session

logger = logging.getLogger("sessions")


class SessionCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        sid = request.COOKIES.get("portal_sid", "")
        if sid and find_session(sid) is None:
            logger.warning("unknown session cookie %s", sid)  # expect: log-injection
            return HttpResponseForbidden()
        return self.get_response(request)
