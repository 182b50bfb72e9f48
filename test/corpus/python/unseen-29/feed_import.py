# corpus: path=feeds/importer.py
import logging
import os
import sqlite3

import cherrypy
from defusedxml import ElementTree as SafeET
from lxml import etree

from feeds.store import FeedStore

log = logging.getLogger("feeds")
store = FeedStore(os.environ.get("FEEDS_DB", "/var/lib/feeds/feeds.sqlite"))
STATIC = os.path.join(os.path.dirname(__file__), "static")


class FeedImport:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def opml(self, upload):
        tree = SafeET.fromstring(upload.file.read())
        added = 0
        for outline in tree.iter("outline"):
            url = outline.get("xmlUrl")
            if url:
                store.add_feed(url, outline.get("title") or url)
                added += 1
        return {"added": added}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def atom(self, upload):
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)  # expect: xxe
        doc = etree.fromstring(upload.file.read(), parser)  # also: xxe
        ns = {"a": "http://www.w3.org/2005/Atom"}
        entries = [
            {"title": e.findtext("a:title", namespaces=ns), "link": e.find("a:link", ns).get("href")}
            for e in doc.findall("a:entry", ns)
        ]
        return {"entries": entries}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def rss(self, upload):
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        doc = etree.fromstring(upload.file.read(), parser)  # ok: xxe
        return {"items": [i.findtext("title") for i in doc.iter("item")]}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def search(self, q="", folder="inbox"):
        con = sqlite3.connect(store.path)
        rows = con.execute(  # expect: sql-injection
            f"SELECT id, title, url FROM feeds WHERE folder = '{folder}' AND title LIKE '%{q}%'"
        ).fetchall()
        return [{"id": i, "title": t, "url": u} for i, t, u in rows]

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def folder(self, name="inbox"):
        con = sqlite3.connect(store.path)
        rows = con.execute(  # ok: sql-injection
            "SELECT id, title, url FROM feeds WHERE folder = ? ORDER BY title", (name,)
        ).fetchall()
        return [{"id": i, "title": t, "url": u} for i, t, u in rows]

    @cherrypy.expose
    def page(self, name="import"):
        with open(os.path.join(STATIC, f"{name}.html")) as fh:  # expect: path-traversal
            return fh.read()

    @cherrypy.expose
    def index(self):
        with open(os.path.join(STATIC, "import.html")) as fh:  # ok: path-traversal
            return fh.read()

    @cherrypy.expose
    def go(self, url):
        raise cherrypy.HTTPRedirect(url)  # expect: open-redirect


if __name__ == "__main__":
    cherrypy.quickstart(FeedImport(), "/import")
