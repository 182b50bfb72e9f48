# corpus: path=app/directory/lookup.py
from fastapi import APIRouter
from ldap3 import Connection, Server
from pydantic import BaseModel

router = APIRouter()
server = Server("ldaps://ldap.corp.example.com")


class Lookup(BaseModel):
    email: str


@router.post("/directory/lookup")
def lookup(body: Lookup):
    with Connection(server, auto_bind=True) as conn:
        conn.search("ou=people,dc=corp,dc=example,dc=com", f"(mail={body.email})", attributes=["cn", "title"])  # expect: ldap-injection
        return [entry.entry_attributes_as_dict for entry in conn.entries]
