# corpus: path=api/views.py
import logging

from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from .services import import_catalog, publish_catalog

logger = logging.getLogger(__name__)


@api_view(["POST"])
def import_view(request):
    try:
        count = import_catalog(request.data)
    except ValidationError as exc:
        return Response({"errors": exc.detail}, status=status.HTTP_400_BAD_REQUEST)  # ok: error-exposure
    except Exception as exc:
        logger.exception("catalog import failed")
        return Response({"error": f"import failed: {exc}"}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)  # expect: error-exposure
    return Response({"imported": count})


@api_view(["POST"])
def publish_view(request, catalog_id):
    try:
        publish_catalog(catalog_id)
    except Exception as exc:
        logger.error("publish of %s failed: %s", catalog_id, exc)
        return Response({"error": "publish failed", "type": type(exc).__name__}, status=500)  # ok: error-exposure
    return Response(status=status.HTTP_204_NO_CONTENT)
