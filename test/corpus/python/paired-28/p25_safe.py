# corpus: path=app/directory/lookup.py
from ldap3 import SUBTREE, Connection
from ldap3.utils.conv import escape_filter_chars

BASE_DN = "ou=staff,dc=example,dc=org"


def find_by_email(conn: Connection, email):
    conn.search(BASE_DN, f"(&(objectClass=inetOrgPerson)(mail={escape_filter_chars(email)}))", SUBTREE, attributes=["cn", "mail"])  # ok: ldap-injection
    return [e.entry_to_json() for e in conn.entries]
