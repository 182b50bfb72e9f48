# corpus: path=photos/server.py
"""Photo service. Mobile clients reach it through the public gRPC-Web gateway."""
import logging
import os
import subprocess
from concurrent import futures

import grpc
import requests
from lxml import etree
from sqlalchemy import text

from photos.db import SessionLocal
from photos.proto import photos_pb2, photos_pb2_grpc
from photos.models import Share

log = logging.getLogger("photos")

ALBUM_ROOT = os.environ.get("ALBUM_ROOT", "/srv/albums")
FILTERS = {"mono": "-colorspace Gray", "sepia": "-sepia-tone 80%", "sharpen": "-sharpen 0x1"}


class PhotoService(photos_pb2_grpc.PhotoServiceServicer):
    def ListPhotos(self, request, context):
        with SessionLocal() as session:
            rows = session.execute(
                text("SELECT id, title FROM photos WHERE album_id = :album ORDER BY taken_at DESC LIMIT :n"),
                {"album": request.album_id, "n": min(request.page_size or 50, 200)},
            )  # ok: sql-injection
            return photos_pb2.ListPhotosReply(photos=[photos_pb2.Photo(id=r.id, title=r.title) for r in rows])

    def SearchPhotos(self, request, context):
        with SessionLocal() as session:
            rows = session.execute(  # expect: sql-injection
                text(f"SELECT id, title FROM photos WHERE album_id = :album AND title ILIKE '%{request.query}%'"),
                {"album": request.album_id},
            )
            return photos_pb2.ListPhotosReply(photos=[photos_pb2.Photo(id=r.id, title=r.title) for r in rows])

    def GetOriginal(self, request, context):
        path = os.path.join(ALBUM_ROOT, request.album_id, request.file_name)
        with open(path, "rb") as fh:  # expect: path-traversal
            return photos_pb2.Blob(data=fh.read())

    def GetThumbnail(self, request, context):
        name = os.path.basename(request.file_name)
        path = os.path.join(ALBUM_ROOT, "thumbs", name)
        if not os.path.isfile(path):
            context.abort(grpc.StatusCode.NOT_FOUND, "no thumbnail")
        with open(path, "rb") as fh:  # ok: path-traversal
            return photos_pb2.Blob(data=fh.read())

    def ApplyFilter(self, request, context):
        src = os.path.join(ALBUM_ROOT, "work", f"{request.photo_id}.jpg")
        dst = os.path.join(ALBUM_ROOT, "work", f"{request.photo_id}-{request.suffix}.jpg")
        subprocess.run(f"convert {src} {request.filter_args} {dst}", shell=True, check=True)  # expect: command-injection
        return photos_pb2.FilterReply(path=dst)

    def ApplyPreset(self, request, context):
        args = FILTERS.get(request.preset)
        if args is None:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "unknown preset")
        src = os.path.join(ALBUM_ROOT, "work", f"{request.photo_id}.jpg")
        dst = os.path.join(ALBUM_ROOT, "work", f"{request.photo_id}-{request.preset}.jpg")
        subprocess.run(["convert", src, *args.split(), dst], check=True)  # ok: command-injection
        return photos_pb2.FilterReply(path=dst)

    def ImportFromUrl(self, request, context):
        resp = requests.get(request.url, timeout=15)  # expect: ssrf
        photo_id = request.photo_id
        with open(os.path.join(ALBUM_ROOT, "incoming", f"{photo_id}.jpg"), "wb") as fh:  # expect: path-traversal
            fh.write(resp.content)
        return photos_pb2.ImportReply(ok=True)

    def ImportFromShare(self, request, context):
        with SessionLocal() as session:
            share = session.get(Share, request.share_token)
        if share is None or share.revoked:
            context.abort(grpc.StatusCode.NOT_FOUND, "unknown share")
        resp = requests.get(share.source_url, timeout=15)  # expect: ssrf
        return photos_pb2.ImportReply(ok=resp.ok)

    def ImportMetadata(self, request, context):
        parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
        doc = etree.fromstring(request.xmp_packet, parser)
        title = doc.findtext(".//{http://purl.org/dc/elements/1.1/}title") or ""
        return photos_pb2.MetadataReply(title=title)


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    photos_pb2_grpc.add_PhotoServiceServicer_to_server(PhotoService(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
