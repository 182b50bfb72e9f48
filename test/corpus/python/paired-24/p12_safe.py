# corpus: path=app/directory.py
import ldap
from ldap.filter import escape_filter_chars


def find_user(conn, username):
    search_filter = "(&(objectClass=person)(uid=" + escape_filter_chars(username) + "))"
    return conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter)  # ok: ldap-injection
