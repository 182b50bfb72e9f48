# corpus: path=analytics/api/resolvers.py
import json
import logging
import re
import subprocess

import pymongo
from ariadne import MutationType, QueryType, make_executable_schema, load_schema_from_path
from sqlalchemy import text

from analytics.db import engine
from analytics.settings import MONGO_URL, REPORT_BIN

log = logging.getLogger(__name__)

query = QueryType()
mutation = MutationType()
events = pymongo.MongoClient(MONGO_URL).analytics.events

METRICS = {"visits": "count(*)", "visitors": "count(DISTINCT visitor_id)", "revenue": "sum(amount)"}


@query.field("dailyMetric")
def resolve_daily_metric(_, info, site, metric, since):
    expr = METRICS.get(metric)
    if expr is None:
        raise ValueError("unknown metric")
    stmt = text(f"SELECT day, {expr} FROM hits WHERE site = :site AND day >= :since GROUP BY day ORDER BY day")
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"site": site, "since": since})  # ok: sql-injection
        return [{"day": str(r[0]), "value": r[1]} for r in rows]


@query.field("topPages")
def resolve_top_pages(obj, info, **args):
    site = args["site"]
    path_filter = args.get("pathFilter", "")
    with engine.connect() as conn:
        rows = conn.execute(  # expect: sql-injection
            text(f"SELECT path, count(*) AS n FROM hits WHERE site = :site AND path LIKE '{path_filter}%' GROUP BY path ORDER BY n DESC LIMIT 20"),
            {"site": site},
        )
        return [{"path": r.path, "hits": r.n} for r in rows]


@query.field("searchEvents")
def resolve_search_events(_, info, site, pattern):
    cursor = events.find({"site": site, "name": {"$regex": pattern}}).limit(100)  # expect: regex-injection
    return [{"name": e["name"], "at": e["at"].isoformat()} for e in cursor]


@query.field("findEvents")
def resolve_find_events(_, info, site, prefix):
    cursor = events.find({"site": site, "name": {"$regex": "^" + re.escape(prefix)}}).limit(100)  # ok: regex-injection
    return [{"name": e["name"], "at": e["at"].isoformat()} for e in cursor]


@query.field("eventsWhere")
def resolve_events_where(_, info, site, filter):
    criteria = json.loads(filter)
    criteria["site"] = site
    return list(events.find(criteria, {"_id": 0}).limit(100))  # expect: nosql-injection


@mutation.field("buildReport")
def resolve_build_report(_, info, site, title):
    user = info.context["request"].user
    log.info("report for %s requested by %s", site, user.username)
    out = subprocess.check_output(f"{REPORT_BIN} --site {site} --title '{title}'", shell=True)  # expect: command-injection
    return {"ok": True, "path": out.decode().strip()}


@mutation.field("rebuildReport")
def resolve_rebuild_report(_, info, site, title):
    out = subprocess.check_output([REPORT_BIN, "--site", site, "--title", title])  # ok: command-injection
    return {"ok": True, "path": out.decode().strip()}


type_defs = load_schema_from_path("analytics/api/schema.graphql")
schema = make_executable_schema(type_defs, query, mutation)
