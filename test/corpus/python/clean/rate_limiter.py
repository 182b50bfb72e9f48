# corpus: path=gateway/rate_limiter.py
"""Sliding-window rate limiting backed by Redis sorted sets."""
import time
import uuid
from dataclasses import dataclass

import redis.asyncio as redis
from fastapi import HTTPException, Request


@dataclass(frozen=True)
class Limit:
    requests: int
    window_s: int


class RateLimiter:
    def __init__(self, client: redis.Redis, prefix: str = "rl"):
        self.client = client
        self.prefix = prefix

    async def hit(self, key: str, limit: Limit) -> tuple[bool, int]:
        now = time.time()
        bucket = f"{self.prefix}:{key}"
        member = f"{now}:{uuid.uuid4().hex}"
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.zremrangebyscore(bucket, 0, now - limit.window_s)
            pipe.zadd(bucket, {member: now})
            pipe.zcard(bucket)
            pipe.expire(bucket, limit.window_s)
            _, _, count, _ = await pipe.execute()
        remaining = max(0, limit.requests - count)
        return count <= limit.requests, remaining


def client_key(request: Request) -> str:
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.client.host if request.client else "unknown"


def limited(limiter: RateLimiter, limit: Limit):
    async def dependency(request: Request) -> None:
        allowed, remaining = await limiter.hit(client_key(request), limit)
        request.state.rate_remaining = remaining
        if not allowed:
            raise HTTPException(status_code=429, detail="too many requests", headers={"Retry-After": str(limit.window_s)})

    return dependency
