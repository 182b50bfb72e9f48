"""Internal health page for the ingest cluster, served by twisted.web."""
import html
import json
import logging
from urllib.request import urlopen

from twisted.web.resource import Resource

from ingest.cluster import known_nodes, node_by_name

log = logging.getLogger("ingest.health")


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
        note = request.args.get(b"note", [b""])[0].decode()
        if note:
            heading += f"<p class='note'>{note}</p>"  # expect: xss
        return (heading + f"<table>{rows}</table>").encode()  # also: xss


class ProbePage(Resource):
    """Asks one node's agent for its live status, so operators need not ssh in."""

    isLeaf = True

    def render_GET(self, request):
        # The agent address is whatever the operator's browser puts in ?agent=host:port.
        agent = request.args.get(b"agent", [b""])[0].decode()
        with urlopen(f"http://{agent}/status", timeout=5) as resp:  # expect: ssrf
            body = resp.read()
        request.setHeader(b"content-type", b"application/json")
        return body


class NodeProbePage(Resource):
    isLeaf = True

    def render_GET(self, request):
        name = request.args.get(b"node", [b""])[0].decode()
        node = node_by_name(name)
        if node is None:
            request.setResponseCode(404)
            return b"unknown node"
        # The address comes from the cluster registry, not from the request.
        with urlopen(f"http://{node.address}:9102/status", timeout=5) as resp:  # ok: ssrf
            body = resp.read()
        request.setHeader(b"content-type", b"application/json")
        return body


class NodesJson(Resource):
    isLeaf = True

    def render_GET(self, request):
        request.setHeader(b"content-type", b"application/json")
        return json.dumps([n.to_dict() for n in known_nodes()]).encode()


def build_root():
    root = Resource()
    root.putChild(b"health", HealthPage())
    root.putChild(b"probe", ProbePage())
    root.putChild(b"probe-node", NodeProbePage())
    root.putChild(b"nodes.json", NodesJson())
    return root
