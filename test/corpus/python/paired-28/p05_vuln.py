# corpus: path=app/feeds/views.py
import xml.sax

from django.http import JsonResponse

from app.feeds.handlers import FeedHandler


def import_feed(request):
    handler = FeedHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)  # expect: xxe
    parser.setContentHandler(handler)
    parser.parse(request.FILES["feed"])
    return JsonResponse({"items": len(handler.items)})
