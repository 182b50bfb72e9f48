# corpus: path=shop/api/reports.py
import csv
import io
import os
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.http import FileResponse, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from shop.models import Order, Report

router = Router(tags=["reports"])

EXPORT_DIR = Path(settings.MEDIA_ROOT) / "exports"
SORTABLE = {"created": "o.created_at", "total": "o.total_cents", "status": "o.status"}


class ReportFilters(Schema):
    status: str | None = None
    sort: str = "created"


class ReportIn(Schema):
    title: str
    query_name: str
    notify_email: str | None = None


@router.get("/orders/summary")
def orders_summary(request, filters: ReportFilters = Query(...)):
    order_col = SORTABLE.get(filters.sort, "o.created_at")
    sql = "SELECT o.id, o.status, o.total_cents FROM shop_order o WHERE o.shop_id = %s "
    params = [request.auth.shop_id]
    if filters.status:
        sql += "AND o.status = %s "
        params.append(filters.status)
    sql += f"ORDER BY {order_col} DESC LIMIT 200"
    with connection.cursor() as cur:
        cur.execute(sql, params)  # ok: sql-injection
        rows = cur.fetchall()
    return [{"id": r[0], "status": r[1], "total": r[2] / 100} for r in rows]


@router.get("/orders/by-region")
def orders_by_region(request, region: str, limit: int = 50):
    with connection.cursor() as cur:
        cur.execute(  # expect: sql-injection
            "SELECT id, total_cents FROM shop_order WHERE shop_id = %s AND region = '" + region + "' LIMIT %s",
            [request.auth.shop_id, limit],
        )
        return [{"id": r[0], "total": r[1]} for r in cur.fetchall()]


@router.get("/orders/search")
def search_orders(request, q: str):
    qs = Order.objects.filter(shop_id=request.auth.shop_id).extra(where=[f"reference LIKE '%%{q}%%'"])  # expect: sql-injection
    return [{"id": o.id, "reference": o.reference} for o in qs[:50]]


@router.get("/orders/lookup")
def lookup_orders(request, reference: str):
    qs = Order.objects.raw(  # ok: sql-injection
        "SELECT * FROM shop_order WHERE shop_id = %s AND reference = %s",
        [request.auth.shop_id, reference],
    )
    return [{"id": o.id} for o in qs]


@router.get("/exports/{name}")
def download_export(request, name: str):
    path = EXPORT_DIR / str(request.auth.shop_id) / name
    if not path.exists():
        raise HttpError(404, "no such export")
    return FileResponse(open(path, "rb"), as_attachment=True)  # expect: path-traversal


@router.get("/exports/by-id/{report_id}")
def download_export_by_id(request, report_id: int):
    report = get_object_or_404(Report, id=report_id, shop_id=request.auth.shop_id)
    path = EXPORT_DIR / str(request.auth.shop_id) / os.path.basename(report.file_name)
    return FileResponse(open(path, "rb"), as_attachment=True)  # ok: path-traversal


@router.get("/reports/{report_id}/csv")
def export_csv(request, report_id: int, filename: str = "report"):
    report = get_object_or_404(Report, id=report_id, shop_id=request.auth.shop_id)
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in report.rows():
        writer.writerow(row)
    response = HttpResponse(buf.getvalue(), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{report.slug}.csv"'  # ok: header-injection
    return response


@router.post("/reports")
def create_report(request, payload: ReportIn):
    report = Report.objects.create(shop_id=request.auth.shop_id, **payload.dict())  # ok: mass-assignment
    return {"id": report.id}


@router.get("/reports/{report_id}/open")
def open_report(request, report_id: int, next: str = "/dashboard/"):
    get_object_or_404(Report, id=report_id, shop_id=request.auth.shop_id)
    if not url_has_allowed_host_and_scheme(next, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next = "/dashboard/"
    return HttpResponseRedirect(next)  # ok: open-redirect


@router.get("/reports/{report_id}/share")
def share_report(request, report_id: int, back: str):
    report = get_object_or_404(Report, id=report_id, shop_id=request.auth.shop_id)
    report.shared = True
    report.save(update_fields=["shared"])
    return HttpResponseRedirect(back)  # expect: open-redirect
