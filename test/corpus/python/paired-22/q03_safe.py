# corpus: path=app/docs/views.py
from pathlib import Path

from django.http import FileResponse, Http404

MANUALS = Path("/srv/manuals")
LANGUAGES = {"en", "de", "fr", "es"}
PRODUCTS = {"router-x1", "router-x2", "switch-s8"}


def manual(request, product):
    lang = request.GET.get("lang", "en")
    if lang not in LANGUAGES or product not in PRODUCTS:
        raise Http404("unknown manual")
    candidate = MANUALS / product / f"manual.{lang}.pdf"
    if not candidate.exists():
        raise Http404("no manual in that language")
    return FileResponse(candidate.open("rb"), content_type="application/pdf")  # ok: path-traversal
