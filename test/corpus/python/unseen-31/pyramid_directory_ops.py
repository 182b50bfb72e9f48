# corpus: path=opsportal/views/directory.py
import logging
import os
import re
import shlex
import shutil

import paramiko
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from pyramid.httpexceptions import HTTPBadRequest, HTTPForbidden, HTTPNotFound
from pyramid.view import view_config

log = logging.getLogger(__name__)

LDAP_URL = os.environ.get("LDAP_URL", "ldaps://ldap.corp.example")
BASE_DN = "ou=people,dc=corp,dc=example"
HOME_ROOT = "/srv/homes"
ARCHIVE_ROOT = "/srv/archived-homes"
SERVICES = {"web", "worker", "scheduler"}
UID_RE = re.compile(r"[a-z][a-z0-9_-]{0,31}")


def ldap_conn():
    server = Server(LDAP_URL, get_info=ALL)
    return Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)


def ssh_client(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect: tls-verify-disabled
    client.connect(host, username="deploy", key_filename="/etc/opsportal/deploy_key")
    return client


def ssh_client_strict(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())  # ok: tls-verify-disabled
    client.connect(host, username="deploy", key_filename="/etc/opsportal/deploy_key")
    return client


@view_config(route_name="people_search", renderer="json")
def people_search(request):
    name = request.params.get("name", "")
    conn = ldap_conn()
    conn.search(BASE_DN, f"(&(objectClass=inetOrgPerson)(cn=*{name}*))", attributes=["cn", "mail", "uid"])  # expect: ldap-injection
    return [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]


@view_config(route_name="people_lookup", renderer="json")
def people_lookup(request):
    uid = request.matchdict["uid"]
    conn = ldap_conn()
    conn.search(BASE_DN, "(uid=%s)" % escape_filter_chars(uid), attributes=["cn", "mail", "memberOf"])  # ok: ldap-injection
    if not conn.entries:
        raise HTTPNotFound()
    entry = conn.entries[0]
    return {"cn": str(entry.cn), "mail": str(entry.mail), "groups": [str(g) for g in entry.memberOf]}


@view_config(route_name="group_members", renderer="json")
def group_members(request):
    group = request.params.get("group", "")
    conn = ldap_conn()
    conn.search(  # expect: ldap-injection
        "ou=groups,dc=corp,dc=example",
        "(&(objectClass=groupOfNames)(cn=" + group + "))",
        attributes=["member"],
    )
    return [str(m) for e in conn.entries for m in e.member]


@view_config(route_name="service_restart", request_method="POST", renderer="json")
def service_restart(request):
    host = request.json_body.get("host", "")
    service = request.json_body.get("service", "")
    client = ssh_client_strict(host)
    _, stdout, _ = client.exec_command(f"sudo systemctl restart {service}")  # expect: command-injection
    return {"exit": stdout.channel.recv_exit_status()}


@view_config(route_name="service_restart_v2", request_method="POST", renderer="json")
def service_restart_v2(request):
    host = request.json_body.get("host", "")
    service = request.json_body.get("service", "")
    if service not in SERVICES:
        raise HTTPBadRequest()
    client = ssh_client_strict(host)
    _, stdout, _ = client.exec_command("sudo systemctl restart " + shlex.quote(service))  # ok: command-injection
    return {"exit": stdout.channel.recv_exit_status()}


@view_config(route_name="home_archive", request_method="POST", renderer="json")
def archive_home(request):
    if "ops" not in request.effective_principals:
        raise HTTPForbidden()
    user = request.json_body["user"]
    shutil.move(os.path.join(HOME_ROOT, user), os.path.join(ARCHIVE_ROOT, user))  # expect: path-traversal
    return {"archived": user}


@view_config(route_name="home_purge", request_method="POST", renderer="json")
def purge_home(request):
    if "ops" not in request.effective_principals:
        raise HTTPForbidden()
    user = request.json_body["user"]
    if not UID_RE.fullmatch(user):
        raise HTTPBadRequest()
    shutil.rmtree(os.path.join(ARCHIVE_ROOT, user))  # ok: path-traversal
    log.info("purged archived home of %s", user)
    return {"purged": user}
