# corpus: path=pipeline/workers.py
import asyncio
import json
import logging
import os
import pickle
import subprocess

import msgpack
import yaml
from aiokafka import AIOKafkaConsumer
from confluent_kafka import Consumer, KafkaError

from pipeline.db import pg_pool
from pipeline.thumbnails import make_thumbnail

log = logging.getLogger("pipeline")

BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka:9092")
MEDIA_ROOT = "/var/lib/pipeline/media"


def run_job_consumer():
    consumer = Consumer(
        {
            "bootstrap.servers": BOOTSTRAP,
            "group.id": "jobs",
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    consumer.subscribe(["jobs.requested"])
    try:
        while True:
            msg = consumer.poll(1.0)
            if msg is None:
                continue
            if msg.error():
                if msg.error().code() != KafkaError._PARTITION_EOF:
                    log.error("kafka error: %s", msg.error())
                continue
            job = pickle.loads(msg.value())  # expect: unsafe-deserialization
            job.run()
            consumer.commit(msg)
    finally:
        consumer.close()


def run_media_consumer():
    consumer = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": "media"})
    consumer.subscribe(["media.uploaded"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        event = json.loads(msg.value())  # ok: unsafe-deserialization
        src = os.path.join(MEDIA_ROOT, event["object"])
        subprocess.run(  # expect: command-injection
            f"ffmpeg -y -i {src} -vf scale=320:-1 {src}.thumb.jpg", shell=True, check=True
        )
        consumer.commit(msg)


def run_media_consumer_v2():
    consumer = Consumer({"bootstrap.servers": BOOTSTRAP, "group.id": "media-v2"})
    consumer.subscribe(["media.uploaded"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        event = msgpack.unpackb(msg.value(), raw=False)  # ok: unsafe-deserialization
        src = os.path.join(MEDIA_ROOT, os.path.basename(event["object"]))
        subprocess.run(  # ok: command-injection
            ["ffmpeg", "-y", "-i", src, "-vf", "scale=320:-1", f"{src}.thumb.jpg"], check=True
        )
        make_thumbnail(src)
        consumer.commit(msg)


async def consume_rules():
    consumer = AIOKafkaConsumer("rules.updated", bootstrap_servers=BOOTSTRAP, group_id="rules")
    await consumer.start()
    try:
        async for msg in consumer:
            rules = yaml.load(msg.value, Loader=yaml.Loader)  # expect: unsafe-deserialization
            await apply_rules(rules)
    finally:
        await consumer.stop()


async def consume_rules_safe():
    consumer = AIOKafkaConsumer("rules.updated.v2", bootstrap_servers=BOOTSTRAP, group_id="rules-v2")
    await consumer.start()
    try:
        async for msg in consumer:
            rules = yaml.safe_load(msg.value)  # ok: unsafe-deserialization
            await apply_rules(rules)
    finally:
        await consumer.stop()


async def consume_audit():
    consumer = AIOKafkaConsumer(
        "audit.events",
        bootstrap_servers=BOOTSTRAP,
        group_id="audit",
        value_deserializer=lambda v: json.loads(v.decode("utf-8")),
    )
    await consumer.start()
    async with pg_pool() as pool:
        async for msg in consumer:
            ev = msg.value
            await pool.execute(  # expect: sql-injection
                f"INSERT INTO audit_{ev['tenant']} (actor, action, at) VALUES ($1, $2, now())",
                ev["actor"],
                ev["action"],
            )
            await pool.execute(  # ok: sql-injection
                "INSERT INTO audit_events (tenant, actor, action, at) VALUES ($1, $2, $3, now())",
                ev["tenant"],
                ev["actor"],
                ev["action"],
            )


async def apply_rules(rules):
    for rule in rules or []:
        log.info("rule %s loaded", rule.get("id"))


if __name__ == "__main__":
    asyncio.run(consume_rules())
