# corpus: path=netops/api.py
"""Network operations API (hug). Served to the support team's browser UI on the public
network; hug fills each parameter from the query string or the body by its name, converted by
its annotation, so a hug.types.text parameter is the caller's text as typed."""
import os
import sqlite3
import subprocess

import hug
import jinja2

DB_PATH = "/srv/netops/netops.db"
REPORTS_DIR = "/srv/netops/reports"
env = jinja2.Environment(loader=jinja2.FileSystemLoader("/srv/netops/templates"), autoescape=True)


@hug.get("/lookup")
def lookup(domain: hug.types.text):
    output = subprocess.check_output(f"dig +short {domain}", shell=True, text=True)  # expect: command-injection
    return {"domain": domain, "records": output.split()}


@hug.get("/lookup/v2")
def lookup_v2(domain: hug.types.text):
    output = subprocess.check_output(["dig", "+short", "--", domain], text=True)  # ok: command-injection
    return {"domain": domain, "records": output.split()}


@hug.get("/incidents")
def incidents(days: hug.types.number = 7, site: hug.types.text = "all"):
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(
        f"SELECT id, title FROM incidents WHERE opened > date('now', '-{days} day') AND site = ?",  # ok: sql-injection
        (site,),
    ).fetchall()
    return [{"id": r[0], "title": r[1]} for r in rows]


@hug.get("/incidents/by-owner")
def incidents_by_owner(owner: hug.types.text):
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute("SELECT id, title FROM incidents WHERE owner = '%s'" % owner).fetchall()  # expect: sql-injection
    return [{"id": r[0], "title": r[1]} for r in rows]


@hug.post("/notes/preview", output=hug.output_format.html)
def preview_note(body: hug.types.text):
    return jinja2.Template("<article>" + body + "</article>").render()  # expect: template-injection


@hug.post("/notes/render", output=hug.output_format.html)
def render_note(body: hug.types.text):
    return env.get_template("note.html").render(body=body)  # ok: template-injection


@hug.get("/reports/{name}")
def report(name: hug.types.text):
    with open(os.path.join(REPORTS_DIR, name)) as fh:  # expect: path-traversal
        return fh.read()


@hug.get("/reports/latest")
def latest_report():
    newest = max(os.listdir(REPORTS_DIR))
    with open(os.path.join(REPORTS_DIR, newest)) as fh:  # ok: path-traversal
        return fh.read()
