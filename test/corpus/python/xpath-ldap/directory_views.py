# corpus: path=portal/directory/views.py
from flask import Blueprint, abort, current_app, jsonify, request
from ldap3 import ALL_ATTRIBUTES, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

bp = Blueprint("directory", __name__, url_prefix="/directory")

PEOPLE = "ou=people,dc=corp,dc=example"


def _conn():
    server = Server(current_app.config["LDAP_HOST"], use_ssl=True)
    return Connection(server, current_app.config["LDAP_BIND_DN"], current_app.config["LDAP_BIND_PW"], auto_bind=True)


@bp.get("/people")
def search_people():
    term = request.args.get("q", "")
    conn = _conn()
    conn.search(PEOPLE, f"(|(cn=*{term}*)(mail=*{term}*))", search_scope=SUBTREE, attributes=["cn", "mail", "title"])  # expect: ldap-injection
    return jsonify([entry.entry_attributes_as_dict for entry in conn.entries])


@bp.get("/people/<uid>")
def person(uid):
    conn = _conn()
    conn.search(PEOPLE, "(uid=%s)" % escape_filter_chars(uid), attributes=ALL_ATTRIBUTES)  # ok: ldap-injection
    if not conn.entries:
        abort(404)
    return jsonify(conn.entries[0].entry_attributes_as_dict)


@bp.get("/people/by-manager")
def reports_of():
    manager = request.args["manager"]
    conn = _conn()
    search_filter = f"(&(objectClass=person)(manager=uid={manager},{PEOPLE}))"
    conn.search(search_base=PEOPLE, search_filter=search_filter, attributes=["uid", "cn"])  # expect: ldap-injection
    return jsonify([e.uid.value for e in conn.entries])


@bp.get("/rooms")
def rooms():
    building = request.args.get("building", "")
    conn = _conn()
    conn.search("ou=rooms,dc=corp,dc=example", "(&(objectClass=room)(buildingName=" + building + "))", attributes=["cn", "roomNumber"])  # expect: ldap-injection
    return jsonify([e.entry_attributes_as_dict for e in conn.entries])


@bp.get("/rooms/<int:floor>")
def rooms_on_floor(floor):
    conn = _conn()
    conn.search("ou=rooms,dc=corp,dc=example", f"(&(objectClass=room)(floor={floor}))", attributes=["cn"])  # ok: ldap-injection
    return jsonify([e.cn.value for e in conn.entries])


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    username = body.get("username", "")
    password = body.get("password", "")
    conn = _conn()
    safe = escape_filter_chars(username)
    conn.search(PEOPLE, f"(uid={safe})", attributes=["uid"])  # ok: ldap-injection
    if len(conn.entries) != 1:
        return jsonify(ok=False), 401
    user_dn = conn.entries[0].entry_dn
    ok = Connection(Server(current_app.config["LDAP_HOST"], use_ssl=True), user_dn, password).bind()
    return jsonify(ok=ok), (200 if ok else 401)


@bp.get("/groups")
def groups():
    conn = _conn()
    kind = request.args.get("kind")
    if kind not in ("posix", "mail"):
        abort(400)
    object_class = "posixGroup" if kind == "posix" else "groupOfNames"
    conn.search("ou=groups,dc=corp,dc=example", f"(objectClass={object_class})", attributes=["cn"])  # ok: ldap-injection
    return jsonify(sorted(e.cn.value for e in conn.entries))


def disable_account(conn, uid):
    conn.search(PEOPLE, "(uid=" + uid + ")", attributes=["nsAccountLock"])  # expect: ldap-injection
    if conn.entries:
        conn.modify(conn.entries[0].entry_dn, {"nsAccountLock": [("MODIFY_REPLACE", ["TRUE"])]})
