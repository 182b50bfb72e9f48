# corpus: path=quota/cache_bridge.py
import hashlib
import hmac
import json
import logging
import os
import pickle
import random
import socketserver
import struct
import time

import msgpack
import redis

log = logging.getLogger("quota.bridge")

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
BRIDGE_KEY = os.environ["BRIDGE_SIGNING_KEY"].encode()
HEADER = struct.Struct("!I")


def _read_frame(sock):
    head = sock.recv(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (length,) = HEADER.unpack(head)
    buf = b""
    while len(buf) < length:
        part = sock.recv(length - len(buf))
        if not part:
            return None
        buf += part
    return buf


class LegacyQuotaHandler(socketserver.BaseRequestHandler):
    """Old clients still send pickled dicts; kept until the v2 clients roll out."""

    def handle(self):
        while frame := _read_frame(self.request):
            req = pickle.loads(frame)  # expect: unsafe-deserialization
            used = int(r.hget(f"quota:{req['tenant']}", "used") or 0)
            self.request.sendall(pickle.dumps({"used": used}))


class QuotaHandler(socketserver.BaseRequestHandler):
    def handle(self):
        while frame := _read_frame(self.request):
            req = msgpack.unpackb(frame, raw=False, strict_map_key=True)  # ok: unsafe-deserialization
            used = int(r.hget(f"quota:{req['tenant']}", "used") or 0)
            out = msgpack.packb({"used": used})
            self.request.sendall(HEADER.pack(len(out)) + out)


class SignedQuotaHandler(socketserver.BaseRequestHandler):
    def handle(self):
        while frame := _read_frame(self.request):
            sig, body = frame[:32], frame[32:]
            expected = hmac.new(BRIDGE_KEY, body, hashlib.sha256).digest()
            if not hmac.compare_digest(sig, expected):
                log.warning("dropping unsigned frame from %s", self.client_address[0])
                return
            req = pickle.loads(body)  # ok: unsafe-deserialization
            used = int(r.hget(f"quota:{req['tenant']}", "used") or 0)
            self.request.sendall(pickle.dumps({"used": used}))


def cached_plan(tenant_id):
    raw = r.get(f"plan:{tenant_id}")
    if raw is not None:
        return json.loads(raw)  # ok: unsafe-deserialization
    plan = {"tenant": tenant_id, "limit": 10_000, "fetched": time.time()}
    r.setex(f"plan:{tenant_id}", 300 + random.randint(0, 60), json.dumps(plan))  # ok: insecure-random
    return plan


def pop_shared_job():
    raw = r.lpop("jobs:shared")
    if raw is None:
        return None
    return pickle.loads(raw)  # expect: unsafe-deserialization


def issue_bridge_token(tenant_id):
    token = "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))  # expect: insecure-random
    r.setex(f"bridge-token:{token}", 3600, tenant_id)
    return token


def serve(port=7070):
    with socketserver.ThreadingTCPServer(("0.0.0.0", port), QuotaHandler) as srv:
        srv.serve_forever()
