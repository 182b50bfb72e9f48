# corpus: path=app/directory.py
import ldap


def find_user(conn, username):
    search_filter = "(&(objectClass=person)(uid=" + username + "))"
    return conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter)  # expect: ldap-injection
