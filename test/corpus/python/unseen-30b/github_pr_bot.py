# corpus: path=bots/github_pr_bot.py
"""Receives GitHub pull_request and issues webhooks and keeps preview builds and labels in step.

Pull requests come from forks: the title, branch name and body are whatever the fork's author
typed, so none of them may reach a shell string, a path or a page unescaped.
"""
import hashlib
import hmac
import html
import logging
import os
import re
import subprocess
from pathlib import Path

from flask import Flask, abort, request
from github import Github

log = logging.getLogger("pr-bot")
app = Flask(__name__)

WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()
PREVIEW_ROOT = Path(os.environ.get("PREVIEW_ROOT", "/srv/previews"))
CHECKOUT_DIR = Path(os.environ.get("CHECKOUT_DIR", "/srv/checkouts/site"))
gh = Github(os.environ["GITHUB_TOKEN"])

SAFE_REF = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def _verify_signature() -> None:
    sent = request.headers.get("X-Hub-Signature-256", "")
    digest = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, f"sha256={digest}"):  # ok: timing-unsafe-comparison
        abort(401)


def _slug(ref: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", ref.lower()).strip("-")[:60] or "preview"


@app.post("/hooks/github")
def github_hook():
    _verify_signature()
    event = request.headers.get("X-GitHub-Event")
    payload = request.get_json()
    if event == "pull_request":
        return _on_pull_request(payload)
    if event == "issues":
        return _on_issue(payload)
    return {"ignored": event}


def _on_pull_request(payload):
    pr = payload["pull_request"]
    title = pr["title"]
    branch = pr["head"]["ref"]
    number = pr["number"]
    log.info("pull request #%s %s", number, payload["action"])

    # Squash message for the preview commit, built from the fork author's title.
    subprocess.run(f'git -C {CHECKOUT_DIR} commit --allow-empty -m "preview: {title}"', shell=True, check=True)  # expect: command-injection
    subprocess.run(["git", "-C", str(CHECKOUT_DIR), "commit", "--allow-empty", "-m", f"preview: {title}"], check=True)  # ok: command-injection

    subprocess.run(f"git -C {CHECKOUT_DIR} fetch origin pull/{number}/head:{branch}", shell=True, check=True)  # expect: command-injection
    if not SAFE_REF.match(branch) or branch.startswith("-"):
        abort(422)
    subprocess.run(["git", "-C", str(CHECKOUT_DIR), "fetch", "origin", f"pull/{number}/head:{branch}"], check=True)  # ok: command-injection

    # One preview directory per branch.
    target = os.path.join(PREVIEW_ROOT, branch, "index.html")
    with open(target, "w") as fh:  # expect: path-traversal
        fh.write(_render_preview(pr))
    safe_target = PREVIEW_ROOT / _slug(branch) / "index.html"
    safe_target.parent.mkdir(parents=True, exist_ok=True)
    with open(safe_target, "w") as fh:  # ok: path-traversal
        fh.write(_render_preview(pr))

    repo = gh.get_repo(payload["repository"]["full_name"])
    issue = repo.get_issue(number)
    if "docs" in title.lower():
        issue.add_to_labels("documentation")
    return {"preview": _slug(branch)}


def _render_preview(pr) -> str:
    return (
        "<html><body>"
        f"<h1>Preview of #{pr['number']}</h1>"
        f"<p>{html.escape(pr['title'])}</p>"
        "</body></html>"
    )


def _on_issue(payload):
    issue = payload["issue"]
    body = issue.get("body") or ""
    if payload["action"] != "opened":
        return {"ignored": payload["action"]}
    repo = gh.get_repo(payload["repository"]["full_name"])
    # Markdown posted back through the API is rendered (and sanitised) by GitHub itself.
    repo.get_issue(issue["number"]).create_comment(f"Thanks! We triage new issues on Mondays.\n\n> {body[:200]}")
    return {"commented": issue["number"]}


@app.get("/previews/<int:number>/summary")
def preview_summary(number: int):
    repo = gh.get_repo(os.environ["GITHUB_REPOSITORY"])
    pr = repo.get_pull(number)
    note = request.args.get("note", "")
    return f"<h2>#{number}: {html.escape(pr.title)}</h2><p>{note}</p>"  # expect: xss


@app.get("/previews/<int:number>/banner")
def preview_banner(number: int):
    note = request.args.get("note", "")
    return f"<div class='banner'>#{number} {html.escape(note)}</div>"  # ok: xss
