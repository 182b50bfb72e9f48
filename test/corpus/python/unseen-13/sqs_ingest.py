# corpus: path=ingest/worker.py
"""Consumes partner upload notifications from SQS and mirrors the files into our bucket."""
import json
import logging
import os
import signal
import time

import boto3
import requests
from botocore.exceptions import ClientError

log = logging.getLogger("ingest")

QUEUE_URL = os.environ["INGEST_QUEUE_URL"]
BUCKET = os.environ.get("INGEST_BUCKET", "partner-ingest")
SPOOL = "/var/spool/ingest"

sqs = boto3.client("sqs")
s3 = boto3.client("s3")
_running = True


def _stop(signum, frame):
    global _running
    _running = False


class Mirror:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.http = session or requests.Session()
        self.http.headers["User-Agent"] = "ingest-mirror/1.4"

    def handle(self, message: dict) -> None:
        body = json.loads(message["Body"])
        source = body["download_url"]
        resp = self.http.get(source, timeout=30, stream=True)  # expect: ssrf
        resp.raise_for_status()
        local = os.path.join(SPOOL, body["file_name"])
        with open(local, "wb") as fh:  # expect: path-traversal
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)
        s3.upload_file(local, BUCKET, f"partners/{body['partner_id']}/{os.path.basename(local)}")
        os.remove(local)

    def handle_known(self, message: dict) -> None:
        body = json.loads(message["Body"])
        obj = s3.get_object(Bucket=BUCKET, Key=f"incoming/{int(body['upload_id'])}.json")  # ok: path-traversal
        manifest = json.loads(obj["Body"].read())
        log.info("manifest %s lists %d files", body["upload_id"], len(manifest.get("files", [])))


def poll(mirror: Mirror) -> None:
    while _running:
        resp = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
        for message in resp.get("Messages", []):
            try:
                mirror.handle(message)
            except (requests.RequestException, ClientError, KeyError, ValueError):
                log.exception("failed to mirror message %s", message.get("MessageId"))
                continue
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])
        if not resp.get("Messages"):
            time.sleep(1)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop)
    logging.basicConfig(level=logging.INFO)
    poll(Mirror())
