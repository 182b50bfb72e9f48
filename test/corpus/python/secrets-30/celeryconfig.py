# corpus: path=app/celeryconfig.py
"""Celery settings, imported by `celery -A app.worker worker --config app.celeryconfig`."""
import os

from kombu import Exchange, Queue

broker_url = os.environ.get("CELERY_BROKER_URL", "amqp://orders:8oVAk2#pt2uEaB3S9BMc@rabbitmq.internal.acme-retail.com:5672/orders")  # expect: hardcoded-secret
result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
broker_transport_options = {"confirm_publish": True, "visibility_timeout": 3600}

task_serializer = "json"
accept_content = ["json"]
result_expires = 3600

task_queues = (
    Queue("default", Exchange("default"), routing_key="default"),
    Queue("tokens", Exchange("tokens"), routing_key="tokens.rotate"),
    Queue("mail", Exchange("mail"), routing_key="mail.send"),
)

# Task names are routing keys, not credentials.
task_routes = {
    "accounts.tasks.rotate_api_keys": {"queue": "tokens", "routing_key": "tokens.rotate"},
    "accounts.tasks.expire_reset_tokens": {"queue": "tokens", "routing_key": "tokens.expire"},
    "mail.tasks.send_password_reset": {"queue": "mail", "routing_key": "mail.send"},
}

beat_schedule = {
    "rotate-api-keys-nightly": {"task": "accounts.tasks.rotate_api_keys", "schedule": 24 * 3600},
    "expire-reset-tokens": {"task": "accounts.tasks.expire_reset_tokens", "schedule": 15 * 60},
}

# Redis keys the workers share with the web app; bump the suffix when the stored shape changes.
REVOKED_TOKENS_KEY = "orders:auth:revoked-tokens:v3"  # ok: hardcoded-secret
API_KEY_RATE_LIMIT_KEY = "orders:ratelimit:api-key:v2"  # ok: hardcoded-secret
SESSION_KEY_PREFIX = "orders:session:v2:"  # ok: hardcoded-secret

worker_prefetch_multiplier = 1
task_acks_late = True
