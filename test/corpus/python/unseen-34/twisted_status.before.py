"""Internal health page for the ingest cluster, served by twisted.web."""
import html
import json

from twisted.web.resource import Resource

from ingest.cluster import known_nodes


class HealthPage(Resource):
    isLeaf = True

    def render_GET(self, request):
        node = request.args.get(b"node", [b""])[0].decode()
        nodes = known_nodes()
        request.setHeader(b"content-type", b"text/html; charset=utf-8")
        rows = "".join(
            f"<tr><td>{html.escape(n.name)}</td><td>{html.escape(n.state)}</td></tr>" for n in nodes
        )
        heading = f"<h1>Health of {html.escape(node)}</h1>" if node else "<h1>Cluster health</h1>"
        return (heading + f"<table>{rows}</table>").encode()


class NodesJson(Resource):
    isLeaf = True

    def render_GET(self, request):
        request.setHeader(b"content-type", b"application/json")
        return json.dumps([n.to_dict() for n in known_nodes()]).encode()


def build_root():
    root = Resource()
    root.putChild(b"health", HealthPage())
    root.putChild(b"nodes.json", NodesJson())
    return root
