# corpus: path=app/directory/views.py
import ldap
from ldap.filter import escape_filter_chars
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("directory", __name__)


def member_filter(criteria):
    dept = escape_filter_chars(criteria["dept"])
    title = escape_filter_chars(criteria["title"])
    return f"(&(objectClass=person)(department={dept})(title={title}))"


def run_search(conn, search_filter):
    base = current_app.config["LDAP_BASE_DN"]
    return conn.search_s(base, ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])  # ok: ldap-injection


@bp.get("/directory/members")
def members():
    criteria = {"dept": request.args.get("dept", ""), "title": request.args.get("title", "*")}
    conn = ldap.initialize(current_app.config["LDAP_URL"])
    conn.simple_bind_s(current_app.config["LDAP_BIND_DN"], current_app.config["LDAP_BIND_PASSWORD"])
    rows = run_search(conn, member_filter(criteria))
    return jsonify([{"name": attrs["cn"][0].decode(), "mail": attrs["mail"][0].decode()} for _, attrs in rows])
