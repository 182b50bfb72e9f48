/**
 * Python entry points no route decorator marks and sinks of less common frameworks: Gradio event
 * handlers, BentoML API methods, Scrapy callbacks and item pipelines; MongoEngine's raw queries,
 * `where()` and regex lookups; BlackSheep's and Robyn's responses; pandas readers given a URL;
 * Airflow commands templated from the run's conf; a page fetched from a client's URL. Each with
 * the look-alike that must stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const GRADIO = 'import subprocess\nimport gradio as gr\n'

// Gradio: a handler's inputs are what the visitor typed or uploaded; a file component's value is a path Gradio chose.
testRule(registered('python/shell-injection'), {
  valid: [
    `${GRADIO}def convert(fmt):\n    subprocess.run(f"ffmpeg -i in.wav out.{fmt}", shell=True)\n\nwith gr.Blocks() as demo:\n    n = gr.Number()\n    gr.Button("Go").click(convert, inputs=n, outputs=None)`,
    // not registered with Gradio: an ordinary helper
    `${GRADIO}def convert(fmt):\n    return fmt.upper()\n\ndef run(fmt):\n    subprocess.run(["ffmpeg", "-i", "in.wav", f"out.{fmt}"])`,
    // the run's conf passed through the environment and quoted in the script
    'from airflow.operators.bash import BashOperator\nup = BashOperator(task_id="up", bash_command=\'aws s3 cp "/tmp/$C.sql" s3://b/\', env={"C": "{{ dag_run.conf[\'c\'] }}"})',
  ],
  invalid: [
    { code: `${GRADIO}def convert(upload, fmt):\n    subprocess.run(f"ffmpeg -i in.wav out.{fmt}", shell=True)\n\nwith gr.Blocks() as demo:\n    f = gr.File()\n    t = gr.Textbox()\n    gr.Button("Go").click(convert, inputs=[f, t], outputs=None)`, findings: [{ line: 4, message: /the Gradio input `fmt`/ }] },
    { code: `${GRADIO}def convert(fmt):\n    subprocess.run(f"ffmpeg -i in.wav out.{fmt}", shell=True)\n\ndemo = gr.Interface(fn=convert, inputs="text", outputs="file")`, findings: [{ line: 4 }] },
    { code: 'from airflow.operators.bash import BashOperator\ndump = BashOperator(\n    task_id="dump",\n    bash_command="pg_dump --table={{ dag_run.conf[\'table\'] }} wh > /tmp/out.sql",\n)', findings: [{ line: 2, message: /dag_run\.conf/ }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    // a file component's value is Gradio's own temporary path
    `${GRADIO}def summarize(csv_file):\n    with open(csv_file.name) as fh:\n        return fh.read()\n\nwith gr.Blocks() as demo:\n    up = gr.File()\n    up.upload(summarize, inputs=up, outputs=gr.Textbox())`,
    // a spider's own name for what it saves
    'import hashlib, os, scrapy\nclass S(scrapy.Spider):\n    def save(self, response):\n        name = hashlib.sha256(response.url.encode()).hexdigest()\n        with open(os.path.join(DIR, name), "wb") as fh:\n            fh.write(response.body)',
  ],
  invalid: [
    { code: `${GRADIO}def load(preset):\n    with open(f"/srv/presets/{preset}.json") as fh:\n        return fh.read()\n\nwith gr.Blocks() as demo:\n    box = gr.Textbox()\n    gr.Button("Load").click(load, inputs=box, outputs=gr.JSON())`, findings: [{ line: 4 }] },
    { code: 'import os\nfrom scrapy import Spider\nclass S(Spider):\n    def save(self, response):\n        name = response.headers.get("Content-Disposition", b"").decode().split("filename=")[-1]\n        with open(os.path.join(DIR, name), "wb") as fh:\n            fh.write(response.body)', findings: [{ line: 6, message: /the crawled page `response`/ }] },
    // a pipeline's item, even where the diff shows no scrapy import
    { code: 'import os\nclass Export:\n    def process_item(self, item, spider):\n        with open(os.path.join(ROOT, f"{item[\'sku\']}.json"), "w") as fh:\n            fh.write("{}")\n        return item', findings: [{ line: 4, message: /the scraped item `item`/ }] },
    { code: 'from blacksheep import file\nfrom blacksheep.server.routing import get\n@get("/files/{name}")\nasync def download(name: str):\n    return file(str(STORAGE / name), "application/octet-stream")', findings: [{ line: 5 }] },
    { code: 'import os\nimport pandas as pd\nfrom flask import jsonify\n@app.route("/saved/<name>")\ndef saved(name):\n    return jsonify(pd.read_pickle(os.path.join(DIR, f"{name}.pkl")).to_dict())', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    'import joblib\nimport bentoml\nclass S:\n    @bentoml.api\n    def swap(self, version: str) -> dict:\n        if not version.isdigit():\n            raise ValueError("version")\n        self.model = joblib.load(STORE / f"scorer-{version}.joblib")\n        return {}',
    'import torch\nimport bentoml\nclass S:\n    @bentoml.api\n    def adapter(self, adapter: Path) -> dict:\n        state = torch.load(adapter, weights_only=True)\n        return {}',
  ],
  invalid: [
    { code: 'import joblib\nimport bentoml\nclass S:\n    @bentoml.api\n    def swap(self, model_file: Path) -> dict:\n        self.model = joblib.load(model_file)\n        return {}', findings: [{ line: 6, message: /the BentoML API input `model_file`/ }] },
    // the bytes of a Gradio upload are the visitor's
    { code: `import pickle\n${GRADIO}def restore(session_file):\n    with open(session_file.name, "rb") as fh:\n        return pickle.load(fh)\n\nwith gr.Blocks() as demo:\n    f = gr.File()\n    f.upload(restore, inputs=f, outputs=gr.JSON())`, findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: [
    'import pandas as pd\nfrom flask import request\n@app.post("/upload")\ndef upload():\n    return str(len(pd.read_csv(request.files["data"])))',
    'import os\nimport pandas as pd\n@app.route("/saved/<name>")\ndef saved(name):\n    path = os.path.join(DATA_DIR, f"{name}.csv")\n    return str(len(pd.read_csv(path)))',
    `import requests\n${GRADIO}def summarize(csv_file):\n    return requests.post(API, files={"f": open(csv_file.name, "rb")}).text\n\nwith gr.Blocks() as demo:\n    up = gr.File()\n    up.upload(summarize, inputs=up, outputs=gr.Textbox())`,
    'import bentoml\nclass S:\n    @bentoml.api\n    def score(self, features: list[float], retries: int) -> dict:\n        self.http.post(f"{REGISTRY}/log", json={"n": retries})\n        return {}',
  ],
  invalid: [
    { code: 'import pandas as pd\nfrom flask import request\n@app.post("/import")\ndef import_remote():\n    return str(len(pd.read_csv(request.form["source_url"])))', findings: [{ line: 5, message: /pandas fetches a URL/ }] },
    { code: 'import bentoml\nimport requests\nclass S:\n    def __init__(self):\n        self.http = requests.Session()\n\n    @bentoml.api\n    def score(self, req: ScoreRequest) -> dict:\n        self.http.post(req.callback_url, json={})\n        return {}', findings: [{ line: 9, message: /the BentoML API input `req`/ }] },
    { code: `import requests\n${GRADIO}def preview(url):\n    return requests.get(url, timeout=5).text\n\ndemo = gr.Interface(preview, inputs="text", outputs="text")`, findings: [{ line: 5 }] },
  ],
})

// MongoEngine: `__raw__` is the whole query, `where()` is `$where` JavaScript, a `__regex` lookup is `$regex`.
const MONGOENGINE = 'import json\nfrom flask import request\nfrom mongoengine import Document, StringField\n'

testRule(registered('python/nosql-injection'), {
  valid: [
    `${MONGOENGINE}@bp.get("/")\ndef by_author():\n    return Article.objects(author=request.args.get("author", ""))`,
    `${MONGOENGINE}@bp.get("/")\ndef popular():\n    return Article.objects(views__gt=request.args.get("n", 100, type=int))`,
  ],
  invalid: [
    { code: `${MONGOENGINE}@bp.get("/")\ndef listing():\n    return Article.objects(__raw__=json.loads(request.args["filter"]))`, findings: [{ line: 6, message: /raw MongoDB query/ }] },
    { code: `${MONGOENGINE}@bp.get("/")\ndef popular():\n    n = request.args.get("n", "100")\n    return Article.objects.where(f"this.views > {n}")`, findings: [{ line: 7, message: /\$where/ }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [
    // MongoEngine's where() is no SQL clause
    `${MONGOENGINE}@bp.get("/")\ndef popular():\n    n = request.args.get("n", "100")\n    return Article.objects.where(f"this.views > {n}")`,
    // a Streamlit select box returns one of the options the code listed
    'import pandas as pd\nimport streamlit as st\nTABLES = ["orders", "customers"]\ntable = st.selectbox("Table", TABLES)\ndf = pd.read_sql_query(f"SELECT * FROM {table} LIMIT 10", conn)',
  ],
  invalid: [
    { code: 'import pandas as pd\nimport streamlit as st\ntable = st.text_input("Table")\ndf = pd.read_sql_query(f"SELECT * FROM {table} LIMIT 10", conn)', findings: [{ line: 4 }] },
    { code: 'import pandas as pd\nimport streamlit as st\ntable = st.selectbox("Table", load_tables())\ndf = pd.read_sql_query(f"SELECT * FROM {table} LIMIT 10", conn)', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/regex-injection'), {
  valid: [
    `import re\n${MONGOENGINE}@bp.get("/")\ndef search():\n    return Article.objects(title__iregex=re.escape(request.args.get("q", "")))`,
    `${MONGOENGINE}@bp.get("/")\ndef search():\n    return Article.objects(title__icontains=request.args.get("q", ""))`,
  ],
  invalid: [{ code: `${MONGOENGINE}@bp.get("/")\ndef search():\n    return Article.objects(title__iregex=request.args.get("q", ""))`, findings: [{ line: 6 }] }],
})

testRule(registered('python/xss'), {
  valid: [
    'from robyn import Response\n@app.get("/p")\nasync def p(request):\n    q = request.query_params.get("q", "")\n    return Response(status_code=200, headers={"Content-Type": "text/plain"}, description=f"<p>{q}</p>")',
    'import html\nfrom blacksheep import html as html_response\nfrom blacksheep.server.routing import get\n@get("/hello")\nasync def hello(request):\n    who = html.escape(request.query.get("name", ["x"])[0])\n    return html_response(f"<h1>{who}</h1>")',
  ],
  invalid: [
    { code: 'from robyn import Response\n@app.get("/p")\nasync def p(request):\n    q = request.query_params.get("q", "")\n    return Response(status_code=200, headers={"Content-Type": "text/html"}, description=f"<p>{q}</p>")', findings: [{ line: 5 }] },
    { code: 'from blacksheep import html\nfrom blacksheep.server.routing import get\n@get("/hello")\nasync def hello(request):\n    who = request.query.get("name", ["x"])[0]\n    return html(f"<h1>{who}</h1>")', findings: [{ line: 6 }] },
    // the page fetched from a URL the visitor typed is that server's markup
    { code: 'import requests\nimport streamlit as st\nimport streamlit.components.v1 as components\nurl = st.text_input("URL")\ncontent = requests.get(url, timeout=5).text\ncomponents.html(content)', findings: [{ line: 6, message: /the response from `url`/ }] },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: ['from blacksheep import redirect\nfrom blacksheep.server.routing import get\n@get("/home")\nasync def home(request):\n    return redirect("/dashboard")'],
  invalid: [{ code: 'from blacksheep import redirect\nfrom blacksheep.server.routing import get\n@get("/go")\nasync def go(request):\n    return redirect(request.query.get("next", ["/"])[0])', findings: [{ line: 5 }] }],
})

testRule(registered('python/header-injection'), {
  // forwarding the type of a page fetched from the client's URL is reported as SSRF at the fetch
  valid: ['import requests\nfrom fastapi import Response\n@router.get("/image")\ndef proxy(src: str):\n    upstream = requests.get(src, timeout=5)\n    return Response(upstream.content, media_type=upstream.headers.get("content-type", "image/png"))'],
  invalid: [{ code: 'from fastapi import Response\n@router.get("/raw")\ndef raw(kind: str):\n    return Response(b"x", media_type=kind)', findings: [{ line: 4 }] }],
})

// Socket.IO: an event handler's arguments are what the client emitted (after python-socketio's session id).
const FLASK_SOCKETIO = 'import os\nfrom flask_socketio import SocketIO, emit\nsocketio = SocketIO()\n'
const PY_SOCKETIO = 'import os\nimport socketio\nsio = socketio.AsyncServer(async_mode="asgi")\n'

testRule(registered('python/path-traversal'), {
  valid: [
    `${FLASK_SOCKETIO}@socketio.on("attachment")\ndef on_attachment(data):\n    name = os.path.basename(data["filename"])\n    with open(os.path.join(DIR, name), "wb") as fh:\n        fh.write(data["content"])`,
    // not an event handler
    `${FLASK_SOCKETIO}def on_attachment(data):\n    open(os.path.join(DIR, data["filename"]), "wb").close()`,
  ],
  invalid: [
    { code: `${FLASK_SOCKETIO}@socketio.on("attachment")\ndef on_attachment(data):\n    with open(os.path.join(DIR, data["filename"]), "wb") as fh:\n        fh.write(data["content"])`, findings: [{ line: 6, message: /the Socket\.IO event argument `data`/ }] },
    { code: `${FLASK_SOCKETIO}@socketio.on("export", namespace="/reports")\ndef on_export(name, fmt):\n    open(f"/srv/exports/{name}.{fmt}", "w").close()`, findings: [{ line: 6 }] },
    { code: `${PY_SOCKETIO}@sio.on("attachment")\nasync def attachment(sid, data):\n    open(os.path.join(DIR, data["filename"]), "wb").close()`, findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/log-injection'), {
  valid: [
    // python-socketio's first argument is the session id the server assigned
    `${PY_SOCKETIO}import logging\nlog = logging.getLogger(__name__)\n@sio.event\nasync def disconnect(sid):\n    log.info(f"client {sid} left")`,
  ],
  invalid: [
    { code: `${PY_SOCKETIO}import logging\nlog = logging.getLogger(__name__)\n@sio.on("join")\nasync def join(sid, room):\n    log.info(f"{sid} joined {room}")`, findings: [{ line: 8 }] },
    { code: `${FLASK_SOCKETIO}import logging\nlog = logging.getLogger(__name__)\n@socketio.on("join")\ndef join(data):\n    log.info(f"joined {data.get('room')}")`, findings: [{ line: 8 }] },
  ],
})

// The body a client object fetched from a URL the client chose is whatever that server sends.
const IMPORT_MODEL = 'import io\nimport httpx\nimport joblib\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass Req(BaseModel):\n    url: str\n    version: str\n'

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    // the registry's host is the code's: the bytes are its own artifacts
    `${IMPORT_MODEL}@app.post("/import")\nasync def imp(req: Req):\n    async with httpx.AsyncClient() as client:\n        resp = await client.get(f"https://models.internal.example.com/{int(req.version)}.joblib")\n    return str(joblib.load(io.BytesIO(resp.content)))`,
    `${IMPORT_MODEL}@app.post("/import")\nasync def imp(req: Req):\n    async with httpx.AsyncClient() as client:\n        resp = await client.get("https://models.internal.example.com/latest.joblib")\n    return str(joblib.load(io.BytesIO(resp.content)))`,
  ],
  invalid: [
    { code: `${IMPORT_MODEL}@app.post("/import")\nasync def imp(req: Req):\n    async with httpx.AsyncClient(timeout=60) as client:\n        resp = await client.get(req.url)\n    return str(joblib.load(io.BytesIO(resp.content)))`, findings: [{ line: 14, message: /the response from `req\.url`/ }] },
    { code: `import requests\n${IMPORT_MODEL}http = requests.Session()\n@app.post("/import")\ndef imp(req: Req):\n    resp = http.request("GET", req.url)\n    return str(joblib.load(io.BytesIO(resp.content)))`, findings: [{ line: 15 }] },
  ],
})

// An upload spooled to a file the server names, then loaded from that file: the bytes are still the client's.
const SPOOL = 'import os\nimport pickle\nimport shutil\nimport subprocess\nimport tempfile\nimport torch\nfrom fastapi import FastAPI, UploadFile\napp = FastAPI()\n'

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    `${SPOOL}@app.post("/ckpt")\nasync def ckpt(file: UploadFile):\n    fd, path = tempfile.mkstemp()\n    with os.fdopen(fd, "wb") as fh:\n        fh.write(await file.read())\n    return len(torch.load(path, weights_only=True))`,
    // written by the server from its own data
    `${SPOOL}@app.post("/snapshot")\nasync def snapshot(file: UploadFile):\n    path = os.path.join(CACHE, "state.pkl")\n    with open(path, "wb") as fh:\n        pickle.dump(STATE, fh)\n    with open(path, "rb") as fh:\n        return len(pickle.load(fh))`,
  ],
  invalid: [
    { code: `${SPOOL}def _spool(upload):\n    fd, path = tempfile.mkstemp(suffix=".bin")\n    with os.fdopen(fd, "wb") as fh:\n        while chunk := upload.file.read(1 << 20):\n            fh.write(chunk)\n    return path\n@app.post("/ckpt")\nasync def ckpt(file: UploadFile):\n    path = _spool(file)\n    return len(torch.load(path, map_location="cpu"))`, findings: [{ line: 18 }] },
    { code: `${SPOOL}@app.post("/restore")\nasync def restore(file: UploadFile):\n    path = os.path.join(tempfile.gettempdir(), "restore.pkl")\n    with open(path, "wb") as fh:\n        shutil.copyfileobj(file.file, fh)\n    with open(path, "rb") as fh:\n        return len(pickle.load(fh))`, findings: [{ line: 15 }] },
  ],
})

// The spooled file's name is the server's: it is no path, shell word or log text the client chose.
testRule(registered('python/shell-injection'), {
  valid: [`${SPOOL}@app.post("/scan")\nasync def scan(file: UploadFile):\n    fd, path = tempfile.mkstemp()\n    with os.fdopen(fd, "wb") as fh:\n        fh.write(await file.read())\n    return subprocess.run(f"clamscan --no-summary {path}", shell=True).returncode`],
  invalid: [],
})

// A namespace class's on_<event> methods are Socket.IO handlers too.
testRule(registered('python/path-traversal'), {
  valid: [
    `${FLASK_SOCKETIO}from flask_socketio import Namespace\nclass Chat(Namespace):\n    def on_attachment(self, data):\n        open(os.path.join(DIR, os.path.basename(data["filename"])), "wb").close()`,
    // not a handler: a helper of the class
    `${FLASK_SOCKETIO}from flask_socketio import Namespace\nclass Chat(Namespace):\n    def store(self, data):\n        open(os.path.join(DIR, data["filename"]), "wb").close()`,
  ],
  invalid: [
    { code: `${FLASK_SOCKETIO}from flask_socketio import Namespace\nclass Chat(Namespace):\n    def on_attachment(self, data):\n        open(os.path.join(DIR, data["filename"]), "wb").close()`, findings: [{ line: 7, message: /the Socket\.IO event argument `data`/ }] },
    { code: `${PY_SOCKETIO}class Chat(socketio.AsyncNamespace):\n    async def on_attachment(self, sid, data):\n        open(os.path.join(DIR, data["filename"]), "wb").close()`, findings: [{ line: 6 }] },
  ],
})

// werkzeug's FileStorage.save(path) writes the upload to a path the server chose.
testRule(registered('python/unsafe-deserialization'), {
  valid: [
    'import os\nimport joblib\nfrom flask import request\n@app.post("/model")\ndef model():\n    path = os.path.join(UPLOADS, "m.joblib")\n    request.files["model"].save(path)\n    return str(joblib.load(os.path.join(MODELS, "baseline.joblib")))',
  ],
  invalid: [
    { code: 'import os\nimport joblib\nfrom flask import request\n@app.post("/model")\ndef model():\n    path = os.path.join(UPLOADS, "m.joblib")\n    request.files["model"].save(path)\n    return str(joblib.load(path))', findings: [{ line: 8, message: /the upload written to `path`/ }] },
  ],
})

// Keras with safe_mode=False rebuilds Lambda layers from the bytecode stored in the model file.
const KERAS = 'import os\nimport tensorflow as tf\nfrom flask import request\n@app.post("/model")\ndef model():\n    path = os.path.join(UPLOADS, "upload.keras")\n    request.files["model"].save(path)\n'

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    `${KERAS}    return str(tf.keras.models.load_model(path).count_params())`,
    // the code's own model file
    `${KERAS}    return str(tf.keras.models.load_model(os.path.join(MODELS, "base.keras"), safe_mode=False).count_params())`,
  ],
  invalid: [
    { code: `${KERAS}    return str(tf.keras.models.load_model(path, safe_mode=False).count_params())`, findings: [{ line: 8, message: /safe_mode=False/ }] },
    { code: 'from keras.saving import load_model\nfrom flask import request\n@app.post("/model")\ndef model():\n    return str(load_model(request.form["path"], safe_mode=False).count_params())', findings: [{ line: 5 }] },
  ],
})

// pyDAL (web2py, py4web, Emmett): `db.executesql(sql)` runs SQL text; web2py's `request.vars` and Emmett's imported
// `request` are the client's; a route's `<int:year>` and a hug parameter annotated `hug.types.number` are converted.
testRule(registered('python/sql-injection'), {
  valid: [
    { code: 'def export():\n    rows = db.executesql("SELECT * FROM sales WHERE region_id = %s", placeholders=[request.vars.region])\n    return dict(rows=rows)', path: 'applications/sales/controllers/reports.py' },
    'from emmett import App, request\napp = App(__name__)\n\n@app.route("/archive/<int:year>")\nasync def archive(year):\n    return db.executesql(f"SELECT id FROM posts WHERE extract(year from created) = {year}")',
    'import hug\nimport sqlite3\n\n@hug.get("/incidents")\ndef incidents(days: hug.types.number = 7):\n    return sqlite3.connect("x.db").execute(f"SELECT id FROM incidents WHERE opened > date(\'now\', \'-{days} day\')").fetchall()',
  ],
  invalid: [
    { code: 'def export():\n    columns = request.vars.columns or "month"\n    rows = db.executesql("SELECT %s FROM sales" % columns)\n    return dict(rows=rows)', path: 'applications/sales/controllers/reports.py', findings: [{ line: 3 }] },
    { code: 'from emmett import App, request\napp = App(__name__)\n\n@app.route("/search")\nasync def search():\n    q = request.query_params.q\n    return db.executesql(f"SELECT id FROM posts WHERE title ILIKE \'%{q}%\'")', findings: [{ line: 7 }] },
    { code: 'import hug\nimport sqlite3\n\n@hug.get("/incidents")\ndef incidents(site: hug.types.text):\n    return sqlite3.connect("x.db").execute(f"SELECT id FROM incidents WHERE site = \'{site}\'").fetchall()', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/open-redirect'), {
  valid: ['from emmett import App, redirect, request, url\napp = App(__name__)\n\n@app.route("/posts/<str:slug>/read")\nasync def read(slug):\n    redirect(url("post", slug))'],
  invalid: [
    { code: 'from emmett import App, redirect, request, url\napp = App(__name__)\n\n@app.route("/go")\nasync def go():\n    redirect(request.query_params.next or url("index"))', findings: [{ line: 6 }] },
    { code: 'def done():\n    redirect(request.vars._next or URL("index"))', path: 'applications/sales/controllers/reports.py', findings: [{ line: 2 }] },
  ],
})

// web2py's `XML(text)` prints its text unescaped unless `sanitize=True` keeps only listed tags.
testRule(registered('python/unsafe-markup'), {
  valid: [
    { code: 'def annotate():\n    return dict(note=XML(request.vars.note, sanitize=True, permitted_tags=["b", "i"]))', path: 'applications/sales/controllers/reports.py' },
    { code: 'def annotate():\n    return dict(note=request.vars.note)', path: 'applications/sales/controllers/reports.py' },
    // not web2py: a class of the module's own called XML
    'from lxml import etree\n\ndef f():\n    return XML(request.args["doc"])',
  ],
  invalid: [
    { code: 'def annotate():\n    note = request.vars.note or ""\n    return dict(note=XML(note))', path: 'applications/sales/controllers/reports.py', findings: [{ line: 3 }] },
    'from yatl.helpers import XML\nfrom py4web import action, request\n\n@action("note")\ndef note():\n    return dict(note=XML(request.query.get("n")))',
  ].map((c) => (typeof c === 'string' ? { code: c, findings: [{ line: 6 }] } : c)),
})

// Masonite's `response.header(name, value)` sets a response header.
testRule(registered('python/header-injection'), {
  valid: [
    'from masonite.request import Request\nfrom masonite.response import Response\n\nclass C:\n    def export(self, request: Request, response: Response):\n        response.header("Content-Disposition", \'attachment; filename="suppliers.csv"\')\n        return response.view("x")',
    'from masonite.request import Request\nfrom masonite.response import Response\n\nclass C:\n    def show(self, request: Request, response: Response):\n        return response.view(response.header("Content-Type"))',
  ],
  invalid: [
    { code: 'from masonite.request import Request\nfrom masonite.response import Response\n\nclass C:\n    def export(self, request: Request, response: Response):\n        name = request.input("filename")\n        response.header("Content-Disposition", f\'attachment; filename="{name}"\')\n        return response.view("x")', findings: [{ line: 7 }] },
  ],
})
