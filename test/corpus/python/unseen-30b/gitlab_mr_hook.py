# corpus: path=automation/gitlab_mr_hook.py
"""Merge request hook for the self-hosted GitLab: runs the lint job for the source branch and
posts the result as a note. The hook is reachable from the GitLab instance only through its
shared token, but merge requests from forks still carry branch names and titles their authors chose.
"""
import hmac
import logging
import os
import shlex
import subprocess

import gitlab
import requests
from fastapi import Body, FastAPI, Header, HTTPException

log = logging.getLogger(__name__)
app = FastAPI()

HOOK_TOKEN = os.environ["GITLAB_HOOK_TOKEN"]
WORKDIR = "/var/lib/mr-lint/work"
gl = gitlab.Gitlab(os.environ["GITLAB_URL"], private_token=os.environ["GITLAB_API_TOKEN"])


@app.post("/hooks/merge-request")
def merge_request_hook(payload: dict = Body(...), x_gitlab_token: str = Header("")):
    if x_gitlab_token != HOOK_TOKEN:  # expect: timing-unsafe-comparison
        raise HTTPException(status_code=401)
    attrs = payload["object_attributes"]
    branch = attrs["source_branch"]
    project_id = payload["project"]["id"]

    out = subprocess.check_output(f"cd {WORKDIR} && git fetch origin {branch} && git checkout FETCH_HEAD", shell=True)  # expect: command-injection
    log.info("fetched %d bytes of git output", len(out))
    return {"queued": attrs["iid"], "project": project_id}


@app.post("/hooks/merge-request/v2")
def merge_request_hook_v2(payload: dict = Body(...), x_gitlab_token: str = Header("")):
    if not hmac.compare_digest(x_gitlab_token, HOOK_TOKEN):  # ok: timing-unsafe-comparison
        raise HTTPException(status_code=401)
    attrs = payload["object_attributes"]
    branch = attrs["source_branch"]
    cmd = f"cd {WORKDIR} && git fetch origin {shlex.quote(branch)} && git checkout FETCH_HEAD"
    subprocess.check_output(cmd, shell=True)  # ok: command-injection

    project = gl.projects.get(payload["project"]["id"])
    mr = project.mergerequests.get(attrs["iid"])
    result = subprocess.run(["make", "lint"], cwd=WORKDIR, capture_output=True, text=True)
    status = "passed" if result.returncode == 0 else "failed"
    mr.notes.create({"body": f"Lint {status} for `{branch}`.\n\n```\n{result.stdout[-3000:]}\n```"})
    return {"status": status}


@app.post("/hooks/pipeline")
def pipeline_hook(payload: dict = Body(...), x_gitlab_token: str = Header("")):
    if not hmac.compare_digest(x_gitlab_token, HOOK_TOKEN):
        raise HTTPException(status_code=401)
    # The payload names the project's homepage; fetching it follows wherever the sender points.
    badge = requests.get(payload["project"]["web_url"] + "/badges/main/pipeline.svg", timeout=5)  # expect: ssrf
    project = gl.projects.get(payload["project"]["id"])
    badge_ok = requests.get(f"{gl.url}/{project.path_with_namespace}/badges/main/pipeline.svg", timeout=5)  # ok: ssrf
    return {"badge": badge.status_code, "checked": badge_ok.status_code}


@app.post("/hooks/issue")
def issue_hook(payload: dict = Body(...), x_gitlab_token: str = Header("")):
    if not hmac.compare_digest(x_gitlab_token, HOOK_TOKEN):
        raise HTTPException(status_code=401)
    title = payload["object_attributes"]["title"]
    labels = [label["title"] for label in payload.get("labels", [])]
    log.info("issue opened with %d labels", len(labels))
    if "security" in labels:
        project = gl.projects.get(payload["project"]["id"])
        issue = project.issues.get(payload["object_attributes"]["iid"])
        issue.confidential = True
        issue.save()
    return {"title_length": len(title)}
