# corpus: path=common/retry.py
"""Retry with exponential backoff for flaky upstream calls."""
import asyncio
import functools
import logging
import random
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class RetryError(Exception):
    def __init__(self, attempts: int, last: BaseException):
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.attempts = attempts
        self.last = last


def backoff_delays(base: float, factor: float, cap: float, attempts: int):
    delay = base
    for _ in range(attempts):
        # full jitter keeps a fleet of workers from retrying in lockstep
        yield random.uniform(0, min(cap, delay))
        delay *= factor


def retry_async(
    *,
    attempts: int = 5,
    base: float = 0.2,
    factor: float = 2.0,
    cap: float = 10.0,
    retry_on: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError),
):
    def decorate(fn: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs) -> T:
            last: BaseException | None = None
            for attempt, delay in enumerate(backoff_delays(base, factor, cap, attempts), start=1):
                try:
                    return await fn(*args, **kwargs)
                except retry_on as exc:
                    last = exc
                    log.warning("%s failed (attempt %d/%d): %s", fn.__qualname__, attempt, attempts, exc)
                    await asyncio.sleep(delay)
            assert last is not None
            raise RetryError(attempts, last)

        return wrapper

    return decorate
