# corpus: path=deployer/views.py
import logging
import shlex

import paramiko
from pyramid.httpexceptions import HTTPBadRequest, HTTPFound, HTTPNotFound
from pyramid.view import view_config
from sqlalchemy import text

log = logging.getLogger(__name__)

HOSTS = {
    "web-1": "10.0.1.11",
    "web-2": "10.0.1.12",
    "worker-1": "10.0.2.21",
}
SERVICES = {"nginx", "gunicorn", "celery", "redis-server"}


def ssh_client(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())  # ok: tls-verify-disabled
    client.connect(host, username="deploy", key_filename="/etc/deployer/id_ed25519", timeout=10)
    return client


def ssh_client_lenient(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect: tls-verify-disabled
    client.connect(host, username="deploy", key_filename="/etc/deployer/id_ed25519", timeout=10)
    return client


@view_config(route_name="restart", request_method="POST", renderer="json", permission="deploy")
def restart_service(request):
    host = HOSTS.get(request.matchdict["host"])
    if host is None:
        raise HTTPNotFound()
    service = request.POST["service"]
    client = ssh_client(host)
    try:
        _, stdout, stderr = client.exec_command(f"sudo systemctl restart {service}")  # expect: command-injection
        status = stdout.channel.recv_exit_status()
    finally:
        client.close()
    return {"status": status}


@view_config(route_name="status", request_method="GET", renderer="json", permission="deploy")
def service_status(request):
    host = HOSTS.get(request.matchdict["host"])
    service = request.params.get("service", "")
    if host is None or service not in SERVICES:
        raise HTTPBadRequest()
    client = ssh_client(host)
    try:
        _, stdout, _ = client.exec_command("systemctl is-active " + shlex.quote(service))  # ok: command-injection
        return {"active": stdout.read().decode().strip() == "active"}
    finally:
        client.close()


@view_config(route_name="tail", request_method="GET", renderer="json", permission="deploy")
def tail_log(request):
    host = HOSTS.get(request.matchdict["host"])
    if host is None:
        raise HTTPNotFound()
    lines = int(request.params.get("lines", "100"))
    client = ssh_client(host)
    try:
        _, stdout, _ = client.exec_command(f"tail -n {lines} /var/log/app/app.log")  # ok: command-injection
        return {"lines": stdout.read().decode().splitlines()}
    finally:
        client.close()


@view_config(route_name="deploys", request_method="GET", renderer="json", permission="deploy")
def list_deploys(request):
    env = request.params.get("env", "production")
    rows = request.dbsession.execute(  # expect: sql-injection
        text("SELECT id, sha, started_at FROM deploys WHERE env = '%s' ORDER BY started_at DESC LIMIT 20" % env)
    ).all()
    return [{"id": r.id, "sha": r.sha, "started_at": r.started_at.isoformat()} for r in rows]


@view_config(route_name="deploy_detail", request_method="GET", renderer="json", permission="deploy")
def deploy_detail(request):
    row = request.dbsession.execute(  # ok: sql-injection
        text("SELECT id, sha, env, log FROM deploys WHERE id = :id"), {"id": int(request.matchdict["id"])}
    ).first()
    if row is None:
        raise HTTPNotFound()
    return dict(row._mapping)


@view_config(route_name="login", request_method="POST", permission="__no_permission_required__")
def login(request):
    came_from = request.params.get("came_from", request.route_url("home"))
    user = request.authenticate(request.POST.get("login"), request.POST.get("password"))
    if user is None:
        return HTTPFound(location=request.route_url("login", _query={"failed": "1"}))  # ok: open-redirect
    headers = request.remember(user.id)
    return HTTPFound(location=came_from, headers=headers)  # expect: open-redirect
