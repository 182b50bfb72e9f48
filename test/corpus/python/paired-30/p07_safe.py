# corpus: path=app/directory/lookup.py
from fastapi import APIRouter
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
from pydantic import BaseModel

router = APIRouter()
server = Server("ldaps://ldap.corp.example.com")


class Lookup(BaseModel):
    email: str


@router.post("/directory/lookup")
def lookup(body: Lookup):
    with Connection(server, auto_bind=True) as conn:
        conn.search("ou=people,dc=corp,dc=example,dc=com", f"(mail={escape_filter_chars(body.email)})", attributes=["cn", "title"])  # ok: ldap-injection
        return [entry.entry_attributes_as_dict for entry in conn.entries]
