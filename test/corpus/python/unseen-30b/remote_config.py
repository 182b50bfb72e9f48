# corpus: path=platform/remote_config.py
"""Loads feature flags and model bundles that the release pipeline publishes to object storage.
The bucket is written by CI jobs of several teams, so what it holds is not this service's own."""
import io
import json
import logging
import os
import pickle

import boto3
import yaml

log = logging.getLogger(__name__)
s3 = boto3.client("s3")
CONFIG_BUCKET = os.environ.get("CONFIG_BUCKET", "platform-config")


def _object_bytes(key: str) -> bytes:
    return s3.get_object(Bucket=CONFIG_BUCKET, Key=key)["Body"].read()


def load_flags(env: str) -> dict:
    raw = _object_bytes(f"flags/{env}.yaml")
    return yaml.load(raw, Loader=yaml.FullLoader)  # expect: unsafe-deserialization


def load_flags_safe(env: str) -> dict:
    raw = _object_bytes(f"flags/{env}.yaml")
    return yaml.safe_load(raw)  # ok: unsafe-deserialization


def load_routing(env: str) -> dict:
    body = s3.get_object(Bucket=CONFIG_BUCKET, Key=f"routing/{env}.json")["Body"]
    return json.load(body)  # ok: unsafe-deserialization


def load_ranker(version: str):
    obj = s3.get_object(Bucket=CONFIG_BUCKET, Key=f"models/ranker-{version}.pkl")
    return pickle.loads(obj["Body"].read())  # expect: unsafe-deserialization


def load_ranker_from_file(version: str):
    buf = io.BytesIO()
    s3.download_fileobj(CONFIG_BUCKET, f"models/ranker-{version}.pkl", buf)
    buf.seek(0)
    return pickle.load(buf)  # expect: unsafe-deserialization


class FlagCache:
    def __init__(self, env: str) -> None:
        self.env = env
        self.flags: dict = {}

    def refresh(self) -> None:
        try:
            self.flags = load_flags_safe(self.env) or {}
        except Exception:
            log.exception("could not refresh flags for %s; keeping %d old ones", self.env, len(self.flags))

    def enabled(self, name: str) -> bool:
        return bool(self.flags.get(name, False))
