# corpus: path=app/directory/ldap_lookup.py
from flask import Blueprint, jsonify, request
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

bp = Blueprint("directory", __name__)
BASE_DN = "ou=people,dc=example,dc=com"


@bp.get("/directory/search")
def search():
    who = escape_filter_chars(request.args.get("q", "").strip())
    conn = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)
    conn.search(BASE_DN, f"(|(cn=*{who}*)(mail=*{who}*))", SUBTREE, attributes=["cn", "mail"])  # ok: ldap-injection
    return jsonify([{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries])
