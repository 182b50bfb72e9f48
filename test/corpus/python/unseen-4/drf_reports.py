# corpus: path=reports/api/views.py
import requests
from django.db import connection
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView

ALLOWED_METRICS = {"revenue", "orders", "refunds"}


class MetricView(APIView):
    def get(self, request):
        metric = request.query_params.get("metric", "revenue")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT day, {metric} FROM daily_metrics ORDER BY day DESC LIMIT 30")  # expect: sql-injection
            rows = cursor.fetchall()
        return Response({"rows": rows})


class SafeMetricView(APIView):
    def get(self, request):
        metric = request.query_params.get("metric", "revenue")
        if metric not in ALLOWED_METRICS:
            return Response({"error": "unknown metric"}, status=400)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT day, {metric} FROM daily_metrics ORDER BY day DESC LIMIT 30")  # ok: sql-injection
            rows = cursor.fetchall()
        return Response({"rows": rows})


@api_view(["POST"])
def import_from_url(request):
    source = request.data.get("source_url")
    payload = requests.get(source, timeout=10).json()  # expect: ssrf
    return Response({"imported": len(payload)})


@api_view(["POST"])
def import_from_partner(request):
    dataset = request.data.get("dataset", "daily")
    payload = requests.get("https://exports.partner.example.com/v2/datasets", params={"name": dataset}, timeout=10).json()  # ok: ssrf
    return Response({"imported": len(payload)})


@api_view(["GET"])
def lookup(request):
    customer = request.query_params["customer"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, email FROM customers WHERE external_ref = %s", [customer])  # ok: sql-injection
        return Response({"rows": cursor.fetchall()})
