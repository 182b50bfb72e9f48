import logging
import os

import cherrypy
from defusedxml import ElementTree as SafeET

from feeds.store import FeedStore

log = logging.getLogger("feeds")
store = FeedStore(os.environ.get("FEEDS_DB", "/var/lib/feeds/feeds.sqlite"))


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
    def index(self):
        return open(os.path.join(os.path.dirname(__file__), "static", "import.html")).read()


if __name__ == "__main__":
    cherrypy.quickstart(FeedImport(), "/import")
