# corpus: path=directory/lookup.py
import ldap

BASE_DN = "ou=people,dc=example,dc=com"


def find_user(conn, username):
    """Build an LDAP filter for the username and return the matching entry."""
    search_filter = "(&(objectClass=person)(uid=" + username + "))"
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])  # expect: ldap-injection
    return results[0] if results else None
