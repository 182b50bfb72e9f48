# -*- coding: utf-8 -*-
# web2py controller for the sales reports pages


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
