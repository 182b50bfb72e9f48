# corpus: path=status/status.py
import html

import cherrypy
import requests


class StatusPage:
    @cherrypy.expose
    def index(self):
        return """<form action="check">
  Host <input name="host"> Port <input name="port" value="80">
  Path <input name="path" value="/health"> <button>Check</button>
</form>"""

    @cherrypy.expose
    def check(self, host, port="80", path="/health"):
        url = "http://" + host + ":" + port + path
        try:
            r = requests.get(url, timeout=3)  # expect: ssrf
        except requests.RequestException as exc:
            return "<p>Could not reach %s: %s</p>" % (html.escape(url), html.escape(str(exc)))  # ok: xss
        return "<h2>%s</h2><p>HTTP %d</p><pre>%s</pre>" % (host, r.status_code, html.escape(r.text[:2000]))  # expect: xss


if __name__ == "__main__":
    cherrypy.config.update({"server.socket_host": "0.0.0.0", "server.socket_port": 8080, "request.show_tracebacks": True})  # expect: debug-mode
    cherrypy.quickstart(StatusPage())
