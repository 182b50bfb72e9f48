# corpus: path=app/directory/lookup.py
from ldap3 import SUBTREE, Connection

BASE_DN = "ou=staff,dc=example,dc=org"


def find_by_email(conn: Connection, email):
    conn.search(BASE_DN, f"(&(objectClass=inetOrgPerson)(mail={email}))", SUBTREE, attributes=["cn", "mail"])  # expect: ldap-injection
    return [e.entry_to_json() for e in conn.entries]
