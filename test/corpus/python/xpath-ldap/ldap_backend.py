# corpus: path=accounts/auth/ldap_backend.py
import logging

import ldap
from ldap.filter import escape_filter_chars, filter_format
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend

logger = logging.getLogger(__name__)

USER_BASE = "ou=people,dc=example,dc=org"
GROUP_BASE = "ou=groups,dc=example,dc=org"


def _connect():
    conn = ldap.initialize(settings.LDAP_URI)
    conn.set_option(ldap.OPT_REFERRALS, 0)
    conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    return conn


class DirectoryBackend(BaseBackend):
    """Signs staff in against the corporate directory and mirrors them as local users."""

    def authenticate(self, request, username=None, password=None):
        if not username or not password:
            return None
        conn = _connect()
        try:
            results = conn.search_s(USER_BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=inetOrgPerson)(uid={username}))", ["dn", "mail", "cn"])  # expect: ldap-injection
            if len(results) != 1:
                return None
            dn, attrs = results[0]
            conn.simple_bind_s(dn, password)
        except ldap.INVALID_CREDENTIALS:
            logger.info("bad password for %s", username)
            return None
        finally:
            conn.unbind_s()
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.email = attrs.get("mail", [b""])[0].decode()
        user.save(update_fields=["email"])
        return user

    def get_user(self, user_id):
        try:
            return get_user_model().objects.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None


def groups_for(username):
    conn = _connect()
    query = filter_format("(&(objectClass=groupOfNames)(member=uid=%s,%s))", [username, USER_BASE])
    entries = conn.search_s(GROUP_BASE, ldap.SCOPE_SUBTREE, query, ["cn"])  # ok: ldap-injection
    return [attrs["cn"][0].decode() for _, attrs in entries]


def find_by_mail(mail):
    conn = _connect()
    safe_mail = escape_filter_chars(mail)
    entries = conn.search_s(USER_BASE, ldap.SCOPE_SUBTREE, "(mail=%s)" % safe_mail, ["uid"])  # ok: ldap-injection
    return entries[0][1]["uid"][0].decode() if entries else None


def find_by_employee_number(number):
    conn = _connect()
    filt = "(employeeNumber=%d)" % int(number)
    return conn.search_s(USER_BASE, ldap.SCOPE_SUBTREE, filt, ["uid", "cn"])  # ok: ldap-injection


def members_of(group_cn):
    conn = _connect()
    filt = "(&(objectClass=groupOfNames)(cn=" + group_cn + "))"
    rows = conn.search_s(GROUP_BASE, ldap.SCOPE_SUBTREE, filt, ["member"])  # expect: ldap-injection
    members = []
    for _, attrs in rows:
        members.extend(m.decode() for m in attrs.get("member", []))
    return members


def list_active_staff():
    conn = _connect()
    rows = conn.search_s(USER_BASE, ldap.SCOPE_ONELEVEL, "(&(objectClass=inetOrgPerson)(!(nsAccountLock=TRUE)))", ["uid"])  # ok: ldap-injection
    return sorted(attrs["uid"][0].decode() for _, attrs in rows)


def staff_in_department(department):
    conn = _connect()
    msgid = conn.search_ext(USER_BASE, ldap.SCOPE_SUBTREE, "(departmentNumber={})".format(department), ["uid"])  # expect: ldap-injection
    _, rows = conn.result(msgid)
    return rows
