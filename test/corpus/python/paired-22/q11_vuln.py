# corpus: path=app/directory/ldap_lookup.py
from flask import Blueprint, jsonify, request
from ldap3 import SUBTREE, Connection, Server

bp = Blueprint("directory", __name__)
BASE_DN = "ou=people,dc=example,dc=com"


@bp.get("/directory/search")
def search():
    who = request.args.get("q", "").strip()
    conn = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)
    conn.search(BASE_DN, f"(|(cn=*{who}*)(mail=*{who}*))", SUBTREE, attributes=["cn", "mail"])  # expect: ldap-injection
    return jsonify([{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries])
