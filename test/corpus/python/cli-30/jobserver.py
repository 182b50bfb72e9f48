# corpus: path=services/jobserver.py
"""Accepts job descriptions from the build agents on the LAN and queues them."""
import json
import pickle
import queue
import socketserver

JOBS: "queue.Queue[dict]" = queue.Queue()
MAX_FRAME = 64 * 1024


def read_frame(conn) -> bytes:
    size = int.from_bytes(conn.recv(4), "big")
    if size > MAX_FRAME:
        raise ValueError(f"frame of {size} bytes is too large")
    return conn.recv(size)


def decode_legacy(conn):
    return pickle.loads(conn.recv(MAX_FRAME))  # expect: unsafe-deserialization


def decode(conn) -> dict:
    job = json.loads(read_frame(conn).decode("utf-8"))  # ok: unsafe-deserialization
    if not isinstance(job, dict) or "name" not in job:
        raise ValueError("not a job")
    return job


class JobHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        try:
            job = decode(self.request)
        except ValueError as exc:
            self.request.sendall(f"error: {exc}\n".encode())
            return
        JOBS.put(job)
        self.request.sendall(b"queued\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 7070), JobHandler) as server:
        server.serve_forever()
