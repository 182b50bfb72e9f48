# corpus: path=app/handlers.py
import falcon
import tornado.web
from django.http import FileResponse, HttpResponse

from .storage import open_blob, read_blob


class ExportHandler(tornado.web.RequestHandler):
    def get(self, table):
        self.set_header("Content-Type", self.get_argument("format", "text/csv"))  # expect: header-injection
        self.set_header("X-Export-Table", table)  # ok: header-injection
        self.write(read_blob(table))


class ReportResource:
    def on_get(self, req, resp, report_id):
        resp.content_type = req.get_param("fmt") or falcon.MEDIA_JSON  # expect: header-injection
        resp.text = read_blob(report_id)


def download(request, key):
    name = request.GET.get("name", "file.bin")
    return FileResponse(open_blob(key), as_attachment=True, filename=name)  # ok: header-injection


def preview(request, key):
    response = HttpResponse(read_blob(key))
    response.headers["Content-Type"] = request.GET.get("type", "text/plain")  # expect: header-injection
    response.headers["Cache-Control"] = "private, max-age=60"  # ok: header-injection
    return response
