# corpus: path=crm/integrations/sync_helpers.py
import csv
import io
import logging

from flask import Markup, request, url_for
from flask_babel import gettext as _

log = logging.getLogger(__name__)

DEFAULT_EXPORT_COLUMNS = ("email", "full_name", "plan", "joined_at")


def make_event_pager(client, first_page, page_size=100):
    """Return a function that fetches the next page of events each time it is called."""

    def fetch_next(cursor=[first_page]):  # ok: mutable-default-argument
        response = client.get("/v1/events", params={"page": cursor[0], "per_page": page_size})
        response.raise_for_status()
        cursor[0] += 1
        return response.json()["data"]

    return fetch_next


def make_retry_counter(limit):
    attempts_seen = 0

    def should_retry(exc, seen=[attempts_seen], limit=limit):  # ok: mutable-default-argument
        seen[0] += 1
        log.info("attempt %d of %d failed: %s", seen[0], limit, type(exc).__name__)
        return seen[0] < limit

    return should_retry


def export_contacts_csv(contacts, columns=DEFAULT_EXPORT_COLUMNS):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for contact in contacts:
        writer.writerow([getattr(contact, name, "") for name in columns])
    return buffer.getvalue()


def authorize_params(client_id, redirect_uri, scopes=("openid", "email", "profile"), extra=None):
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": " ".join(scopes),
    }
    if extra:
        params = {**params, **extra}
    return params


def has_required_fields(record, required=frozenset({"email", "external_id"})):
    missing = [name for name in required if not record.get(name)]
    if missing:
        log.warning("record %s skipped: missing %s", record.get("external_id"), ", ".join(sorted(missing)))
    return not missing


def queue_sync_failure(record_id, failures=[]):  # expect: mutable-default-argument
    failures.append(record_id)
    return failures


def merge_tags(contact, tags=set()):  # expect: mutable-default-argument
    tags.update(contact.get("tags", []))
    return tags


def remember_cursor(source, cursors={}):  # expect: mutable-default-argument
    cursors[source.name] = source.last_cursor
    return cursors


def forgot_password_link():
    return Markup(f'<a href="{url_for("auth.reset_request")}">{_("Forgot your password?")}</a>')  # ok: xss


def sign_in_hint():
    return Markup(  # ok: xss
        f'{_("Already have an account?")} '
        f'<a href="{url_for("auth.login", _external=False)}">{_("Sign in")}</a>'
    )


def search_summary():
    term = request.args.get("q", "")
    return Markup(f'<p>{_("Results for")} <strong>{term}</strong></p>')  # expect: xss
