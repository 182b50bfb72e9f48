/**
 * Python flow classes: Flask's imported `request` proxy read through its methods, and lists of
 * message dicts kept in a variable before they reach the LLM call.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const REPORT_JOB = 'import re\nimport subprocess\n\nMONTH = re.compile(r"\\d{4}-\\d{2}")\n\nclass ReportJob:\n    def __init__(self, opts):\n        month = opts.get("month", "")\n        self.month = CHECKED\n\n    def run(self):\n        return subprocess.run(f"./bin/report --month {self.month}", shell=True, check=True)\n'

testRule(registered('python/shell-injection'), {
  valid: [
    { code: 'from flask import request\n\n@app.post("/a")\ndef a():\n    data = request.get_json(force=True)\n    subprocess.run(["convert", data["src"], "out.png"], check=True)', path: 'app.py' },
    // what __init__ checked stays checked for the method that reads it, and a parameter checked by a full-match pattern
    { code: REPORT_JOB.replace('CHECKED', 'month if MONTH.fullmatch(month) else "current"'), path: 'app/reports.py' },
    { code: 'import re\nimport subprocess\n\ndef run(month):\n    if not re.fullmatch(r"\\d{4}-\\d{2}", month):\n        raise ValueError(month)\n    return subprocess.run(f"./bin/report --month {month}", shell=True, check=True)\n', path: 'app/reports.py' },
  ],
  invalid: [
    { code: 'from flask import request\n\n@app.post("/a")\ndef a():\n    data = request.get_json(force=True)\n    os.system("convert " + data["src"] + " out.png")', path: 'app.py', findings: [{ line: 6, severity: 'critical' }] },
    { code: REPORT_JOB.replace('CHECKED', 'month'), path: 'app/reports.py', findings: [{ line: 12 }] },
    // a pattern that is not anchored to the whole value lets `2024-01; rm -rf /` through
    { code: 'import re\nimport subprocess\n\ndef run(month):\n    if not re.search(r"\\d{4}-\\d{2}", month):\n        raise ValueError(month)\n    return subprocess.run(f"./bin/report --month {month}", shell=True, check=True)\n', path: 'app/reports.py', findings: [{ line: 7 }] },
  ],
})

testRule(registered('python/prompt-injection'), {
  valid: [{ code: 'from flask import request\n\nLANGUAGES = {"en": "English", "de": "German"}\n\n@app.post("/a")\ndef a():\n    payload = request.get_json()\n    language = LANGUAGES.get(payload.get("lang"), "English")\n    messages = [{"role": "system", "content": f"Reply in {language}."}, {"role": "user", "content": payload["q"]}]\n    return client.chat.completions.create(model="gpt-4o-mini", messages=messages)', path: 'app.py' }],
  invalid: [{ code: 'from flask import request\n\n@app.post("/a")\ndef a():\n    payload = request.get_json()\n    brand = payload.get("brand", "Acme")\n    messages = [{"role": "system", "content": f"You are the assistant for {brand}."}, {"role": "user", "content": payload["q"]}]\n    return client.chat.completions.create(model="gpt-4o-mini", messages=messages)', path: 'app.py', findings: [{ line: 8 }] }],
})

// A message appended to a list keeps its place in the list, so its role is still seen.
testRule(registered('python/prompt-injection'), {
  valid: [{ code: 'from flask import request\n\n@app.post("/a")\ndef a():\n    data = request.get_json()\n    msgs = [{"role": "system", "content": "Be terse."}]\n    msgs.append({"role": "user", "content": data["msg"]})\n    return client.chat.completions.create(model="gpt-4o", messages=msgs)', path: 'app.py' }],
  invalid: [{ code: 'from flask import request\n\n@app.post("/a")\ndef a():\n    data = request.get_json()\n    msgs = [{"role": "system", "content": "Be terse."}]\n    msgs.append({"role": data.get("role", "user"), "content": data["msg"]})\n    return client.chat.completions.create(model="gpt-4o", messages=msgs)', path: 'app.py', findings: [{ line: 8 }] }],
})

// Request data kept on the instance by one method reaches a sink in another, directly or through a helper method.
testRule(registered('python/path-traversal'), {
  valid: [
    // The attribute holds a fixed name; the request only picks a flag.
    { code: 'import os\nfrom flask import request, send_file\nfrom flask.views import MethodView\n\nclass AvatarView(MethodView):\n    def __init__(self):\n        self.root = "/srv/avatars"\n        self.large = request.args.get("large") == "1"\n        self.filename = "default.png"\n\n    def _path(self):\n        return os.path.join(self.root, self.filename)\n\n    def get(self):\n        return send_file(self._path())', path: 'views.py' },
    // Another class of the file keeps request data under the same attribute name.
    { code: 'import os\nfrom flask import request, send_file\n\nclass Upload:\n    def __init__(self):\n        self.filename = request.args["f"]\n\nclass Report:\n    def __init__(self):\n        self.filename = "report.pdf"\n\n    def send(self):\n        return send_file(os.path.join("/srv/reports", self.filename))', path: 'views.py' },
    // Sanitised where it was stored.
    { code: 'import os\nfrom flask import request, send_file\nfrom werkzeug.utils import secure_filename\n\nclass AvatarView:\n    def __init__(self):\n        self.filename = secure_filename(request.args["f"])\n\n    def get(self):\n        return send_file(os.path.join("/srv/avatars", self.filename))', path: 'views.py' },
  ],
  invalid: [
    { code: 'import os\nfrom flask import request, send_file\nfrom flask.views import MethodView\n\nclass AvatarView(MethodView):\n    def __init__(self):\n        self.root = "/srv/avatars"\n        self.filename = request.args.get("variant") or "default.png"\n\n    def _path(self):\n        return os.path.join(self.root, self.filename)\n\n    def get(self):\n        return send_file(self._path())', path: 'views.py', findings: [{ line: 14 }] },
    // The reading method comes before the one that stores the value.
    { code: 'import os\nfrom flask import request, send_file\n\nclass Export:\n    def send(self):\n        return send_file(os.path.join("/srv/exports", self.name))\n\n    def bind(self):\n        self.name = request.form["name"]', path: 'views.py', findings: [{ line: 6 }] },
  ],
})

// A class defined here, built with request data: its `__init__` reads the arguments, and the instance keeps what it stored.
testRule(registered('python/template-injection'), {
  valid: [
    { code: 'from flask import request\nfrom jinja2 import Template\n\nclass Renderer:\n    def __init__(self, source):\n        self.template = Template(source)\n\n    def render(self, **ctx):\n        return self.template.render(**ctx)\n\n@bp.post("/e")\ndef e():\n    return {"html": Renderer(SIGNATURE).render(name=request.form["body"])}', path: 'app/mail.py' },
    // Another class\'s `__init__` of the same name is not the one built.
    { code: 'from flask import request\nfrom jinja2 import Template\n\nclass Renderer:\n    def __init__(self, source):\n        self.template = Template(source)\n\nclass Note:\n    def __init__(self, text):\n        self.text = text\n\n@bp.post("/e")\ndef e():\n    return {"note": Note(request.form["body"]).text}', path: 'app/mail.py' },
  ],
  invalid: [
    { code: 'from flask import request\nfrom jinja2 import Template\n\nclass Renderer:\n    def __init__(self, source):\n        self.template = Template(source)\n\n    def render(self, **ctx):\n        return self.template.render(**ctx)\n\n@bp.post("/e")\ndef e():\n    return {"html": Renderer(request.form["body"]).render(name="x")}', path: 'app/mail.py', findings: [{ line: 6 }] },
    { code: 'from flask import request\nfrom jinja2 import Template\n\nclass Note:\n    def __init__(self, text):\n        self.text = text\n\nclass Renderer:\n    def __init__(self, source, strict=False):\n        self.source = source\n\n    def render(self, **ctx):\n        return Template(self.source).render(**ctx)\n\n@bp.post("/e")\ndef e():\n    return {"html": Renderer(source=request.form["body"]).render(name="x")}', path: 'app/mail.py', findings: [{ line: 13 }] },
  ],
})

// `shutil.make_archive` packs the directory it is given.
testRule(registered('python/path-traversal'), {
  valid: ['import shutil\nfrom flask import request\n\n@bp.post("/archive")\ndef archive():\n    shutil.make_archive("/tmp/export", "zip", UPLOAD_ROOT / "public")\n    return {}'],
  invalid: [{ code: 'import shutil\nfrom flask import request\n\n@bp.post("/archive")\ndef archive():\n    shutil.make_archive("/tmp/export", "zip", UPLOAD_ROOT / request.json["folder"])\n    return {}', findings: [{ line: 6 }] }],
})

// An attribute set only from a constructor parameter's literal default is the class's own configuration.
testRule(registered('python/sql-injection'), {
  valid: [
    { code: 'from sqlalchemy import text\n\nclass Repo:\n    def __init__(self, session, table: str = "orders", schema="sales"):\n        self.session = session\n        self.table = table\n        self.schema = schema\n\n    def count(self, since):\n        stmt = text(f"SELECT count(*) FROM {self.schema}.{self.table} WHERE created_at >= :since")\n        return self.session.execute(stmt, {"since": since}).scalar_one()', path: 'app/repo.py' },
  ],
  invalid: [
    // Another method puts a caller's value there too.
    { code: 'from sqlalchemy import text\n\nclass Repo:\n    def __init__(self, session, table: str = "orders"):\n        self.session = session\n        self.table = table\n\n    def use(self, name):\n        self.table = name\n\n    def count(self):\n        stmt = text(f"SELECT count(*) FROM {self.table}")\n        return self.session.execute(stmt).scalar_one()', path: 'app/repo.py', findings: [{ line: 13 }] },
    // A parameter without a default is whatever the caller passes.
    { code: 'from sqlalchemy import text\n\nclass Repo:\n    def __init__(self, session, table):\n        self.session = session\n        self.table = table\n\n    def count(self):\n        stmt = text(f"SELECT count(*) FROM {self.table}")\n        return self.session.execute(stmt).scalar_one()', path: 'app/repo.py', findings: [{ line: 10 }] },
    // The configured table is fine; the value spliced next to it is not.
    { code: 'from sqlalchemy import text\n\nclass Repo:\n    def __init__(self, session, table: str = "orders"):\n        self.session = session\n        self.table = table\n\n    def purge(self, cutoff):\n        return self.session.execute(text(f"DELETE FROM {self.table} WHERE created_at < \'{cutoff}\'")).rowcount', path: 'app/repo.py', findings: [{ line: 9 }] },
  ],
})

// LlamaIndex engines and agents, LLM classes and Google GenAI's request config take their instructions as `system_prompt=` / `system_instruction=`.
testRule(registered('python/prompt-injection'), {
  valid: [
    { code: 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.post("/docs")\ndef docs(question: str):\n    engine = index.as_chat_engine(chat_mode="context", system_prompt="You are the docs bot.")\n    return str(engine.chat(question))', path: 'app/api.py' },
    { code: 'from fastapi import APIRouter\nfrom llama_index.core.llms import ChatMessage, MessageRole\nrouter = APIRouter()\n\n@router.post("/chat")\ndef chat(text: str):\n    msgs = [ChatMessage(role=MessageRole.SYSTEM, content="Be terse."), ChatMessage(role=MessageRole.USER, content=text)]\n    return llm.chat(msgs)', path: 'app/api.py' },
    { code: 'from fastapi import APIRouter\nfrom google.genai import types\nrouter = APIRouter()\n\n@router.post("/g")\ndef g(question: str):\n    return client.models.generate_content(model="gemini-2.0-flash", contents=question, config=types.GenerateContentConfig(system_instruction="Answer briefly."))', path: 'app/api.py' },
  ],
  invalid: [
    { code: 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.post("/docs")\ndef docs(question: str, rules: str):\n    engine = index.as_chat_engine(\n        chat_mode="context",\n        system_prompt=f"You are the docs bot. {rules}",\n    )\n    return str(engine.chat(question))', path: 'app/api.py', findings: [{ line: 6 }] },
    { code: 'from fastapi import APIRouter\nfrom llama_index.core.chat_engine import SimpleChatEngine\nrouter = APIRouter()\n\n@router.post("/s")\ndef s(persona: str, text: str):\n    return SimpleChatEngine.from_defaults(system_prompt="Speak as " + persona).chat(text)', path: 'app/api.py', findings: [{ line: 7 }] },
    { code: 'from fastapi import APIRouter\nfrom llama_index.core.llms import ChatMessage, MessageRole\nrouter = APIRouter()\n\n@router.post("/chat")\ndef chat(tone: str, text: str):\n    msgs = [ChatMessage(role=MessageRole.SYSTEM, content=f"Reply in a {tone} tone."), ChatMessage(role=MessageRole.USER, content=text)]\n    return llm.chat(msgs)', path: 'app/api.py', findings: [{ line: 7 }] },
    { code: 'from fastapi import APIRouter\nfrom google.genai import types\nrouter = APIRouter()\n\n@router.post("/g")\ndef g(question: str, persona: str):\n    return client.models.generate_content(model="gemini-2.0-flash", contents=question, config=types.GenerateContentConfig(system_instruction=f"Act as {persona}."))', path: 'app/api.py', findings: [{ line: 7 }] },
  ],
})

// A helper that builds and returns the messages list hands its entries to the caller's LLM call.
testRule(registered('python/prompt-injection'), {
  valid: [
    { code: 'from fastapi import APIRouter\nrouter = APIRouter()\n\ndef build_messages(question: str) -> list[dict]:\n    return [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": question}]\n\n@router.post("/a")\ndef a(q: str):\n    return client.chat.completions.create(model="gpt-4o", messages=build_messages(q))', path: 'app/api.py' },
  ],
  invalid: [
    { code: 'from fastapi import APIRouter\nrouter = APIRouter()\n\ndef build_messages(persona: str, question: str) -> list[dict]:\n    return [{"role": "system", "content": f"You are {persona}."}, {"role": "user", "content": question}]\n\n@router.post("/a")\ndef a(persona: str, q: str):\n    return client.chat.completions.create(model="gpt-4o", messages=build_messages(persona, q))', path: 'app/api.py', findings: [{ line: 9 }] },
  ],
})

// A LangChain prompt's system message with `{variables}`: the invoke that fills them decides what the instructions say.
testRule(registered('python/prompt-injection'), {
  valid: [
    { code: 'from fastapi import APIRouter\nfrom langchain_core.prompts import ChatPromptTemplate\nrouter = APIRouter()\nprompt = ChatPromptTemplate.from_messages([("system", "You translate into {language}."), ("human", "{text}")])\nLANGS = {"de": "German", "fr": "French"}\n\n@router.post("/t")\ndef t(lang: str, text: str):\n    chain = prompt | llm\n    return chain.invoke({"language": LANGS.get(lang, "German"), "text": text})', path: 'app/api.py' },
    { code: 'from fastapi import APIRouter\nfrom langchain_core.prompts import ChatPromptTemplate\nrouter = APIRouter()\nprompt = ChatPromptTemplate.from_messages([("system", "You are a support bot."), ("human", "{question}")])\n\n@router.post("/q")\ndef q(question: str):\n    return (prompt | llm).invoke({"question": question})', path: 'app/api.py' },
  ],
  invalid: [
    { code: 'from fastapi import APIRouter\nfrom langchain_core.prompts import ChatPromptTemplate\nrouter = APIRouter()\nprompt = ChatPromptTemplate.from_messages([("system", "You are {persona}."), ("human", "{question}")])\n\n@router.post("/q")\ndef q(persona: str, question: str):\n    return (prompt | llm).invoke({"persona": persona, "question": question})', path: 'app/api.py', findings: [{ line: 8 }] },
    { code: 'from fastapi import APIRouter\nfrom langchain_core.prompts import ChatPromptTemplate, SystemMessagePromptTemplate\nrouter = APIRouter()\nsystem = SystemMessagePromptTemplate.from_template("Reply in a {tone} tone.")\nprompt = ChatPromptTemplate.from_messages([system, ("human", "{question}")])\n\n@router.post("/q")\ndef q(tone: str, question: str):\n    return prompt.format_messages(tone=tone, question=question)', path: 'app/api.py', findings: [{ line: 9 }] },
  ],
})
