# corpus: path=app/directory/lookup.py
from ldap3 import SUBTREE, Connection

BASE_DN = "ou=people,dc=example,dc=com"


def find_employee(conn: Connection, email):
    conn.search(BASE_DN, f"(&(objectClass=person)(mail={email}))", SUBTREE, attributes=["cn", "title"])  # expect: ldap-injection
    return conn.entries[0] if conn.entries else None
