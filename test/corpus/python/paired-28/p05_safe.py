# corpus: path=app/feeds/views.py
import defusedxml.sax

from django.http import JsonResponse

from app.feeds.handlers import FeedHandler


def import_feed(request):
    handler = FeedHandler()
    defusedxml.sax.parse(request.FILES["feed"], handler)  # ok: xxe
    return JsonResponse({"items": len(handler.items)})
