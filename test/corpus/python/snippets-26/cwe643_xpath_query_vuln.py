# corpus: path=catalog/views.py
from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("data/catalog.xml")


def book_by_title(request):
    """Query the catalog by XPath for the requested title."""
    title = request.GET.get("title", "")
    nodes = CATALOG.xpath("//book[title/text()='" + title + "']")  # expect: xpath-injection
    return JsonResponse({"books": [n.get("isbn") for n in nodes]})
