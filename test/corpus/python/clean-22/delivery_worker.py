# corpus: path=notify/worker.py
import asyncio
import json
import logging
import signal
from dataclasses import dataclass
from datetime import datetime, timezone

import asyncpg
import httpx
from redis.asyncio import Redis

from notify.config import get_settings
from notify.mailer import Mailer

log = logging.getLogger("notify.worker")

QUEUE_KEY = "notify:outbox"
DEAD_LETTER_KEY = "notify:dead"
PUSH_ENDPOINT = "https://push.example.com/v1/send"


@dataclass
class Job:
    id: str
    channel: str
    recipient_id: int
    template: str
    data: dict
    attempt: int = 0

    @classmethod
    def from_json(cls, raw: bytes) -> "Job":
        payload = json.loads(raw)
        return cls(
            id=payload["id"],
            channel=payload["channel"],
            recipient_id=int(payload["recipient_id"]),
            template=payload["template"],
            data=payload.get("data", {}),
            attempt=int(payload.get("attempt", 0)),
        )

    def to_json(self) -> str:
        return json.dumps(self.__dict__)


class Worker:
    def __init__(self, pool: asyncpg.Pool, redis: Redis, mailer: Mailer, http: httpx.AsyncClient) -> None:
        self.pool = pool
        self.redis = redis
        self.mailer = mailer
        self.http = http
        self.settings = get_settings()
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        while not self._stopping.is_set():
            item = await self.redis.blpop(QUEUE_KEY, timeout=5)
            if item is None:
                continue
            _, raw = item
            try:
                job = Job.from_json(raw)
            except (KeyError, ValueError):
                log.warning("dropping malformed job: %r", raw[:200])
                await self.redis.rpush(DEAD_LETTER_KEY, raw)
                continue
            await self.handle(job)

    async def handle(self, job: Job) -> None:
        recipient = await self.pool.fetchrow(
            "SELECT id, email, push_token, locale FROM recipients WHERE id = $1 AND opted_out = false",
            job.recipient_id,
        )
        if recipient is None:
            log.info("recipient %s opted out or missing, job %s skipped", job.recipient_id, job.id)
            return
        try:
            if job.channel == "email":
                await self.mailer.send(recipient["email"], job.template, job.data, locale=recipient["locale"])
            elif job.channel == "push":
                resp = await self.http.post(
                    PUSH_ENDPOINT,
                    json={"token": recipient["push_token"], "template": job.template, "data": job.data},
                )
                resp.raise_for_status()
            else:
                log.error("unknown channel %s for job %s", job.channel, job.id)
                return
        except (httpx.HTTPError, OSError) as exc:
            await self.retry(job, exc)
            return
        await self.pool.execute(
            "INSERT INTO deliveries (job_id, recipient_id, channel, delivered_at) VALUES ($1, $2, $3, $4)",
            job.id,
            job.recipient_id,
            job.channel,
            datetime.now(timezone.utc),
        )

    async def retry(self, job: Job, exc: Exception) -> None:
        job.attempt += 1
        if job.attempt > self.settings.max_retries:
            log.error("job %s failed %d times, dead-lettered: %s", job.id, job.attempt, exc)
            await self.redis.rpush(DEAD_LETTER_KEY, job.to_json())
            return
        delay = self.settings.retry_backoff_seconds * (2 ** (job.attempt - 1))
        log.warning("job %s failed (%s), retrying in %.1fs", job.id, exc, delay)
        await asyncio.sleep(delay)
        await self.redis.rpush(QUEUE_KEY, job.to_json())


async def main() -> None:
    settings = get_settings()
    logging.basicConfig(level=logging.DEBUG if settings.debug else logging.INFO)
    pool = await asyncpg.create_pool(str(settings.database_url), min_size=1, max_size=5)
    redis = Redis.from_url(str(settings.redis_url))
    async with httpx.AsyncClient(timeout=10) as http:
        worker = Worker(pool, redis, Mailer(settings), http)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, worker.stop)
        try:
            await worker.run()
        finally:
            await pool.close()
            await redis.aclose()


if __name__ == "__main__":
    asyncio.run(main())
