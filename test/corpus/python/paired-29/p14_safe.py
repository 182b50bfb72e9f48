# corpus: path=app/directory/lookup.py
from ldap3 import SUBTREE, Connection
from ldap3.utils.conv import escape_filter_chars

BASE_DN = "ou=people,dc=example,dc=com"


def find_employee(conn: Connection, email):
    conn.search(BASE_DN, f"(&(objectClass=person)(mail={escape_filter_chars(email)}))", SUBTREE, attributes=["cn", "title"])  # ok: ldap-injection
    return conn.entries[0] if conn.entries else None
