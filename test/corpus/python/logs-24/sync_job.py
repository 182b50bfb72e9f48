# corpus: path=app/jobs/sync.py
import logging

import requests

from ..config import settings

logger = logging.getLogger(__name__)


def sync_customers(since: str) -> int:
    logger.info("syncing customers updated since %s", since)  # ok: log-injection
    resp = requests.get(f"{settings.CRM_URL}/customers", params={"since": since}, timeout=30)
    resp.raise_for_status()
    customers = resp.json()["items"]
    for customer in customers:
        logger.debug("customer %s (%s)", customer["id"], customer.get("plan", "free"))  # ok: log-injection
    logger.info("synced %d customers", len(customers))  # ok: log-injection
    return len(customers)
