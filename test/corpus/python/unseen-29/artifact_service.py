# corpus: path=artifacts/server.py
import hashlib
import ipaddress
import logging
import os
import shlex
import socket
import subprocess
from concurrent import futures
from urllib.parse import urlparse

import grpc
import requests

from artifacts.proto import artifacts_pb2, artifacts_pb2_grpc

log = logging.getLogger("artifacts")

STORE_ROOT = os.environ.get("ARTIFACT_ROOT", "/srv/artifacts")
MIRROR_HOSTS = {"pypi.org", "files.pythonhosted.org", "registry.npmjs.org"}
CHUNK = 64 * 1024


def _inside_store(path):
    real = os.path.realpath(path)
    return os.path.commonpath([real, STORE_ROOT]) == STORE_ROOT


class ArtifactStore(artifacts_pb2_grpc.ArtifactStoreServicer):
    def Download(self, request, context):
        path = os.path.join(STORE_ROOT, request.project, request.name)
        with open(path, "rb") as fh:  # expect: path-traversal
            while chunk := fh.read(CHUNK):
                yield artifacts_pb2.Chunk(data=chunk)

    def Stat(self, request, context):
        path = os.path.join(STORE_ROOT, request.project, request.name)
        if not _inside_store(path):
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "bad artifact path")
        st = os.stat(path)  # ok: path-traversal
        return artifacts_pb2.ArtifactInfo(size=st.st_size, mtime=int(st.st_mtime))

    def Checksum(self, request, context):
        path = os.path.join(STORE_ROOT, request.project, request.name)
        if not _inside_store(path):
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "bad artifact path")
        digest = hashlib.sha256()
        with open(path, "rb") as fh:  # ok: path-traversal
            for chunk in iter(lambda: fh.read(CHUNK), b""):
                digest.update(chunk)
        return artifacts_pb2.Digest(sha256=digest.hexdigest())

    def Mirror(self, request, context):
        log.info("mirroring %s for %s", request.source_url, context.peer())  # expect: log-injection
        resp = requests.get(request.source_url, timeout=30, stream=True)  # expect: ssrf
        resp.raise_for_status()
        dest = os.path.join(STORE_ROOT, "mirror", os.path.basename(urlparse(request.source_url).path))
        with open(dest, "wb") as fh:  # ok: path-traversal
            for chunk in resp.iter_content(CHUNK):
                fh.write(chunk)
        return artifacts_pb2.MirrorReply(stored=os.path.basename(dest))

    def MirrorPinned(self, request, context):
        url = urlparse(request.source_url)
        if url.scheme != "https" or url.hostname not in MIRROR_HOSTS:
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "host not allowed")
        resp = requests.get(url.geturl(), timeout=30)  # ok: ssrf
        resp.raise_for_status()
        return artifacts_pb2.MirrorReply(stored="")

    def Unpack(self, request, context):
        target = os.path.join(STORE_ROOT, "unpacked", request.project)
        archive = os.path.join(STORE_ROOT, request.project, request.name)
        out = subprocess.check_output(  # expect: command-injection
            f"tar -xzf {archive} -C {target} && du -sh {target}", shell=True
        )
        return artifacts_pb2.UnpackReply(summary=out.decode())

    def Probe(self, request, context):
        host = request.host
        try:
            ipaddress.ip_address(socket.gethostbyname(host))
        except (socket.gaierror, ValueError):
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "unknown host")
        out = subprocess.run(  # ok: command-injection
            f"ping -c 1 -W 2 {shlex.quote(host)}", shell=True, capture_output=True, text=True
        )
        return artifacts_pb2.ProbeReply(ok=out.returncode == 0)


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    artifacts_pb2_grpc.add_ArtifactStoreServicer_to_server(ArtifactStore(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
