/**
 * Python code that takes input from outside without a web route: Slack Bolt listeners and discord.py commands (what a
 * member typed), Jupyter Server handlers (Tornado handlers under another base), an email part's attachment name, and
 * bytes read back from object storage; with `.stem` and `.suffix` of a path, which no separator survives. Each with the
 * look-alike that must stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const BOLT = 'import requests\nfrom slack_bolt import App\napp = App()\n'
const DISCORD = 'import requests\nimport discord\nfrom discord.ext import commands\n'

testRule(registered('python/ssrf'), {
  valid: [
    // one of the code's own URLs, picked by the command's text
    `${BOLT}SERVICES = {"billing": "https://billing.internal/healthz"}\n@app.command("/health")\ndef health(ack, command, respond):\n    ack()\n    url = SERVICES.get(command["text"].strip())\n    if url is None:\n        return\n    respond(str(requests.get(url, timeout=3).status_code))`,
    // `@app.command` in a module that does not use Bolt: an ordinary function
    'import requests\n@app.command("/probe")\ndef probe(command):\n    return requests.get(command, timeout=3).status_code',
    // a number converted by discord.py carries no host
    `${DISCORD}class Tools(commands.Cog):\n    @commands.command()\n    async def issue(self, ctx, number: int):\n        r = requests.get(f"https://api.github.com/repos/o/r/issues/{number}", timeout=5)\n        await ctx.send(r.json()["title"])`,
  ],
  invalid: [
    { code: `${BOLT}@app.command("/probe")\ndef probe(ack, command, respond):\n    ack()\n    url = command["text"].strip()\n    respond(str(requests.get(url, timeout=3).status_code))`, findings: [{ line: 8, message: /the Slack payload `command`/ }] },
    { code: `${BOLT}@app.event("app_mention")\ndef mention(event, say):\n    say(requests.get(event["text"].split()[-1], timeout=3).text[:100])`, findings: [{ line: 6 }] },
    { code: `${DISCORD}class Tools(commands.Cog):\n    @commands.command(name="preview")\n    async def preview(self, ctx: commands.Context, url: str):\n        await ctx.send(requests.get(url, timeout=5).text[:100])`, findings: [{ line: 7, message: /the Discord command argument `url`/ }] },
    { code: `${DISCORD}bot = commands.Bot(command_prefix="!")\n@bot.command()\nasync def fetch(ctx, url):\n    await ctx.send(requests.get(url, timeout=5).text[:100])`, findings: [{ line: 7 }] },
  ],
})

const JUPYTER = 'import tornado.web\nfrom jupyter_server.base.handlers import APIHandler\nfrom tornado.escape import xhtml_escape\n'

testRule(registered('python/xss'), {
  valid: [
    `${JUPYTER}class Page(APIHandler):\n    @tornado.web.authenticated\n    def get(self):\n        title = self.get_argument("title", "Exports")\n        self.finish(f"<h1>{xhtml_escape(title)}</h1>")`,
  ],
  invalid: [
    { code: `${JUPYTER}class Page(APIHandler):\n    @tornado.web.authenticated\n    def get(self):\n        title = self.get_argument("title", "Exports")\n        self.finish(f"<h1>{title}</h1>")`, findings: [{ line: 8 }] },
  ],
})

const MAIL = 'import email\nimport os\n'

testRule(registered('python/path-traversal'), {
  valid: [
    `${MAIL}def save(msg, folder):\n    for part in msg.iter_attachments():\n        name = os.path.basename(part.get_filename() or "attachment")\n        with open(os.path.join(folder, name), "wb") as fh:\n            fh.write(part.get_payload(decode=True))`,
    // `get_filename()` of something that is no email, in a module that reads no mail
    'import os\ndef pick(dialog):\n    with open(os.path.join(HOME, dialog.get_filename())) as fh:\n        return fh.read()',
    // the stem of an uploaded name: no separator left in it
    'import uuid\nfrom fastapi import FastAPI, UploadFile\nfrom fastapi.responses import FileResponse\napp = FastAPI()\n@app.post("/convert")\ndef convert(upload: UploadFile):\n    source = SPOOL / upload.filename\n    return FileResponse(SPOOL / (source.stem + ".pdf"))',
  ],
  invalid: [
    { code: `${MAIL}def save(msg, folder):\n    for part in msg.iter_attachments():\n        with open(os.path.join(folder, part.get_filename()), "wb") as fh:\n            fh.write(part.get_payload(decode=True))`, findings: [{ line: 5, message: /get_filename/ }] },
    { code: 'import uuid\nfrom fastapi import FastAPI, UploadFile\nfrom fastapi.responses import FileResponse\napp = FastAPI()\n@app.post("/convert")\ndef convert(upload: UploadFile):\n    source = SPOOL / upload.filename\n    return FileResponse(source.parent / source.name)', findings: [{ line: 8 }] },
  ],
})

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    'import pickle\nDEFAULT = pickle.dumps({"rank": 1})\ndef initial():\n    return pickle.loads(DEFAULT)',
  ],
  invalid: [
    { code: 'import pickle\nimport boto3\ns3 = boto3.client("s3")\ndef ranker():\n    obj = s3.get_object(Bucket="models", Key="ranker.pkl")\n    return pickle.loads(obj["Body"].read())', findings: [{ line: 6 }] },
    { code: 'import pickle\ndef ranker():\n    blob = fetch_blob("models", "ranker.pkl")\n    return pickle.loads(blob)', findings: [{ line: 4 }] },
  ],
})

// A pattern check vouches for a path only when the pattern cannot spell `../`; a prefix with no separator names no folder;
// `re.sub` of everything outside a class leaves only the class; a helper read at its call may call another helper.
const HOOK = 'import os\nimport re\nfrom flask import Flask, abort, request\napp = Flask(__name__)\nSAFE_REF = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")\n'

testRule(registered('python/path-traversal'), {
  valid: [
    `${HOOK}@app.post("/c")\ndef c():\n    branch = request.get_json()["ref"]\n    if not re.fullmatch(r"[a-z0-9-]+", branch):\n        abort(422)\n    return open(os.path.join("/srv", branch, "index.html")).read()`,
    `${HOOK}@app.post("/d")\ndef d():\n    branch = request.get_json()["ref"]\n    name = re.sub(r"[^a-z0-9-]+", "-", branch)\n    return open(os.path.join("/srv", name, "index.html")).read()`,
    `${HOOK}def _slug(ref):\n    return re.sub(r"[^a-z0-9-]+", "-", ref.lower()).strip("-")[:60] or "preview"\n\n\ndef _on(payload):\n    return open(os.path.join("/srv", _slug(payload["ref"]), "index.html")).read()\n\n\n@app.post("/e")\ndef e():\n    return _on(request.get_json())`,
  ],
  invalid: [
    { code: `${HOOK}@app.post("/a")\ndef a():\n    branch = request.get_json()["ref"]\n    if not SAFE_REF.match(branch):\n        abort(422)\n    return open(os.path.join("/srv", branch, "index.html")).read()`, findings: [{ line: 11 }] },
    { code: `${HOOK}@app.post("/b")\ndef b():\n    branch = request.get_json()["ref"]\n    if branch.startswith("-"):\n        abort(422)\n    return open(os.path.join("/srv", branch, "index.html")).read()`, findings: [{ line: 11 }] },
    // a class that keeps `.` and `/` leaves `../` in
    { code: `${HOOK}@app.post("/f")\ndef f():\n    branch = request.get_json()["ref"]\n    name = re.sub(r"[^a-z0-9./-]+", "-", branch)\n    return open(os.path.join("/srv", name, "index.html")).read()`, findings: [{ line: 10 }] },
  ],
})

// SFTP: the names another server lists are its to choose; `sftp.get(remote, local)` writes the local path.
const SFTP = 'import os\nimport posixpath\nimport paramiko\nLOCAL = "/srv/drop"\n'

testRule(registered('python/path-traversal'), {
  valid: [
    `${SFTP}def pull(sftp, remote_dir):\n    for entry in sftp.listdir_attr(remote_dir):\n        local = os.path.join(LOCAL, os.path.basename(entry.filename))\n        sftp.get(posixpath.join(remote_dir, entry.filename), local)`,
    // the local folder's own listing
    `${SFTP}def push(sftp, remote_dir):\n    for name in os.listdir(LOCAL):\n        sftp.put(os.path.join(LOCAL, name), posixpath.join(remote_dir, name))`,
  ],
  invalid: [
    { code: `${SFTP}def pull(sftp, remote_dir):\n    for entry in sftp.listdir_attr(remote_dir):\n        local = os.path.join(LOCAL, entry.filename)\n        sftp.get(posixpath.join(remote_dir, entry.filename), local)`, findings: [{ line: 8 }] },
    { code: `${SFTP}def pull(sftp, remote_dir):\n    for name in sftp.listdir(remote_dir):\n        with open(os.path.join(LOCAL, name), "wb") as fh:\n            sftp.getfo(posixpath.join(remote_dir, name), fh)`, findings: [{ line: 7 }] },
  ],
})

// The ids Slack assigns to an event are no member's text; what the member wrote is.
const BOLT_FILES = 'import os\nfrom slack_bolt import App\napp = App()\nLOGS = "/var/log/bot"\n'

testRule(registered('python/path-traversal'), {
  valid: [
    `${BOLT_FILES}@app.event("message")\ndef archive(event):\n    with open(os.path.join(LOGS, event["channel"] + ".log"), "a") as fh:\n        fh.write("seen")`,
    `${BOLT_FILES}@app.command("/archive")\ndef archive(ack, command):\n    ack()\n    with open(os.path.join(LOGS, command.get("channel_id") + ".log"), "a") as fh:\n        fh.write("seen")`,
  ],
  invalid: [
    { code: `${BOLT_FILES}@app.command("/archive")\ndef archive(ack, command):\n    ack()\n    with open(os.path.join(LOGS, command["text"] + ".log"), "a") as fh:\n        fh.write("seen")`, findings: [{ line: 8 }] },
  ],
})
