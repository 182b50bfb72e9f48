# corpus: path=app/db/connect.py
import logging
import os

import psycopg

log = logging.getLogger(__name__)


def connect():
    dsn = os.environ["DATABASE_URL"]
    password = os.environ["DB_PASSWORD"]
    log.info("connecting to %s", psycopg.conninfo.conninfo_to_dict(dsn).get("host"))  # ok: sensitive-logging
    return psycopg.connect(dsn, password=password)
