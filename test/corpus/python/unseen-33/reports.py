# corpus: path=applications/sales/controllers/reports.py
# -*- coding: utf-8 -*-
# web2py controller for the sales reports pages

ALLOWED_COLUMNS = ("month", "region_id", "total", "units")


@auth.requires_login()
def index():
    regions = db(db.region).select(orderby=db.region.name)
    return dict(regions=regions)


@auth.requires_login()
def region():
    region_id = request.args(0, cast=int)
    rows = db.executesql(
        "SELECT month, SUM(total) FROM sales WHERE region_id = %s GROUP BY month ORDER BY month",
        placeholders=[region_id],
    )
    return dict(rows=rows, region=db.region(region_id))


@auth.requires_login()
def export():
    # request.vars holds the query string and form fields as the browser sent them.
    columns = request.vars.columns or "month,total"
    rows = db.executesql("SELECT %s FROM sales ORDER BY month" % columns)  # expect: sql-injection
    response.headers["Content-Type"] = "text/csv"
    return "\n".join(",".join(str(v) for v in row) for row in rows)


@auth.requires_login()
def export_checked():
    picked = [c for c in (request.vars.columns or "month,total").split(",") if c in ALLOWED_COLUMNS]
    rows = db.executesql("SELECT %s FROM sales ORDER BY month" % ",".join(picked or ["month"]))  # ok: sql-injection
    response.headers["Content-Type"] = "text/csv"
    return "\n".join(",".join(str(v) for v in row) for row in rows)


@auth.requires_login()
def annotate():
    note = request.vars.note or ""
    return dict(note=XML(note))  # expect: xss


@auth.requires_login()
def annotate_clean():
    note = request.vars.note or ""
    return dict(note=XML(note, sanitize=True, permitted_tags=["b", "i", "em", "strong"]))  # ok: xss


@auth.requires_login()
def done():
    redirect(request.vars._next or URL("index"))  # expect: open-redirect


@auth.requires_login()
def back():
    redirect(URL("region", args=[request.args(0, cast=int)]))  # ok: open-redirect
