# corpus: path=ingest/resources.py
"""Falcon ingestion API: config uploads, XML feeds, peewee storage."""
import json

import falcon
import yaml
from defusedxml import ElementTree as SafeET
from lxml import etree
from peewee import CharField, IntegerField, Model, PostgresqlDatabase

db = PostgresqlDatabase("ingest", host="db", user="ingest")


class Feed(Model):
    name = CharField()
    owner_id = IntegerField()
    config = CharField()

    class Meta:
        database = db


class PipelineConfigResource:
    def on_put(self, req: falcon.Request, resp: falcon.Response, feed_id: int) -> None:
        raw = req.bounded_stream.read().decode()
        config = yaml.load(raw, Loader=yaml.Loader)  # expect: unsafe-deserialization
        Feed.update(config=json.dumps(config)).where(Feed.id == feed_id).execute()
        resp.media = {"ok": True}

    def on_post(self, req: falcon.Request, resp: falcon.Response, feed_id: int) -> None:
        raw = req.bounded_stream.read().decode()
        config = yaml.safe_load(raw)  # ok: unsafe-deserialization
        Feed.update(config=json.dumps(config)).where(Feed.id == feed_id).execute()
        resp.media = {"ok": True}


class FeedXmlResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)  # expect: xxe
        doc = etree.fromstring(req.bounded_stream.read(), parser)  # also: xxe
        resp.media = {"items": len(doc.findall(".//item"))}

    def on_put(self, req: falcon.Request, resp: falcon.Response) -> None:
        doc = SafeET.fromstring(req.bounded_stream.read())  # ok: xxe
        resp.media = {"items": len(doc.findall(".//item"))}

    def on_patch(self, req: falcon.Request, resp: falcon.Response) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        doc = etree.fromstring(req.bounded_stream.read(), parser)  # ok: xxe
        resp.media = {"items": len(doc.findall(".//item"))}


class FeedSearchResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        name = req.get_param("name", default="")
        owner = req.get_param_as_int("owner", default=0)
        rows = Feed.raw("SELECT * FROM feed WHERE name = '%s'" % name)  # expect: sql-injection
        mine = Feed.raw("SELECT * FROM feed WHERE owner_id = %s", owner)  # ok: sql-injection
        resp.media = {"matches": [f.id for f in rows], "mine": [f.id for f in mine]}

    def on_delete(self, req: falcon.Request, resp: falcon.Response) -> None:
        ids = req.get_param("ids", default="")
        db.execute_sql(f"DELETE FROM feed WHERE id IN ({ids})")  # expect: sql-injection
        resp.status = falcon.HTTP_204


class FeedRedirectResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        target = req.get_param("to", required=True)
        raise falcon.HTTPFound(target)  # expect: open-redirect


app = falcon.App()
app.add_route("/feeds/{feed_id:int}/config", PipelineConfigResource())
app.add_route("/feeds/xml", FeedXmlResource())
app.add_route("/feeds/search", FeedSearchResource())
app.add_route("/feeds/go", FeedRedirectResource())
