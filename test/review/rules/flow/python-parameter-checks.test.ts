/**
 * Python functions whose own text is the flaw, whatever their callers pass: a MongoDB `$where` formatted from a
 * parameter, a credential parameter compared with `==` against the deployment's secret, and an lxml parser told to
 * load the document's DTD (or to use the network) with entity resolution left on.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/nosql-injection'), {
  valid: [
    'LIMIT = 5\n\ndef big_orders(db):\n    return list(db.orders.find({"$where": f"this.total > {LIMIT}"}))\n',
    'def orders_over(db, min_total):\n    return list(db.orders.find({"total": {"$gt": float(min_total)}}))\n',
    { code: 'def orders_over(db, min_total):\n    return list(db.orders.find({"$where": f"this.total > {min_total}"}))\n', path: 'tests/test_orders.py' },
  ],
  invalid: [
    { code: 'def orders_over(db, min_total):\n    return list(db.orders.find({"$where": f"this.total > {min_total}"}))\n', findings: [{ line: 2 }] },
    { code: 'def by_expr(coll, field, value):\n    return coll.find_one({"$where": "this." + field + " == \'" + value + "\'"})\n', findings: [{ line: 2 }] },
  ],
})

testRule(registered('python/timing-unsafe-comparison'), {
  valid: [
    'import secrets\nfrom app.config import settings\n\ndef is_internal_caller(api_key):\n    return secrets.compare_digest(api_key, settings.INTERNAL_API_KEY)\n',
    // Not a credential on either side.
    'from app.config import settings\n\ndef same_region(region):\n    return region == settings.DEFAULT_REGION\n',
    // Two parameters: neither is the deployment's secret.
    'def matches(api_key, other_key):\n    return api_key == other_key\n',
    // A parameter not named for a credential.
    'from app.config import settings\n\ndef is_name(name):\n    return name == settings.INTERNAL_API_KEY\n',
  ],
  invalid: [
    { code: 'from app.config import settings\n\ndef is_internal_caller(api_key):\n    return api_key == settings.INTERNAL_API_KEY\n', findings: [{ line: 4 }] },
    { code: 'import os\n\ndef check_deploy(token):\n    if token != os.environ["DEPLOY_TOKEN"]:\n        raise PermissionError("bad token")\n', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/xxe'), {
  valid: [
    'from lxml import etree\n\ndef parse(x):\n    return etree.fromstring(x, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))\n',
    'from lxml import etree\n\ndef parse(x):\n    return etree.fromstring(x, etree.XMLParser(load_dtd=True, resolve_entities=False))\n',
  ],
  invalid: [
    { code: 'from lxml import etree\n\ndef parse(x):\n    parser = etree.XMLParser(load_dtd=True, no_network=False)\n    return etree.fromstring(x, parser)\n', findings: [{ line: 4 }] },
    { code: 'from lxml import etree\n\ndef parse(x):\n    parser = etree.XMLParser(dtd_validation=True, load_dtd=True)\n    return etree.fromstring(x, parser)\n', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [
    // Checked against a list, or mapped through one, in the function.
    'from sqlalchemy import select, text\n\ndef listed(session, sort="created_at"):\n    if sort not in ("created_at", "total"):\n        raise ValueError(sort)\n    return session.scalars(select(Order).order_by(text(sort))).all()\n',
    'from sqlalchemy import select, text\n\nSORTS = {"new": "created_at desc"}\n\ndef listed(session, sort):\n    return session.scalars(select(Order).order_by(text(SORTS[sort]))).all()\n',
    // A helper that runs the SQL it is given is a driver wrapper, not a sort key made SQL.
    'from sqlalchemy import text\n\ndef run(session, sql):\n    return session.execute(text(sql)).all()\n',
  ],
  invalid: [
    { code: 'from sqlalchemy import select, text\n\nclass Orders:\n    def listed(self, sort: str, limit: int = 50):\n        return self.session.scalars(select(Order).order_by(text(sort)).limit(limit)).all()\n', findings: [{ line: 5, message: /parameter `sort`/ }] },
    { code: 'from sqlalchemy import literal_column, select\n\ndef by_column(session, column="total"):\n    return session.execute(select(literal_column(column))).all()\n', findings: [{ line: 4 }] },
    // Once a route hands the helper request data, the finding names the request, not the parameter.
    { code: 'from fastapi import FastAPI\nfrom sqlalchemy import select, text\n\napp = FastAPI()\n\ndef listed(session, sort):\n    return session.scalars(select(Order).order_by(text(sort))).all()\n\n@app.get("/orders")\ndef orders(sort: str = "id"):\n    return listed(SESSION, sort)\n', findings: [{ line: 7, message: /request parameter `sort`/, severity: 'critical' }] },
  ],
})

const LLM_HEAD = 'import anthropic\nfrom langchain_core.prompts import ChatPromptTemplate\nfrom openai import OpenAI\n\nclient = OpenAI()\nclaude = anthropic.Anthropic()\nRULES = "You answer questions about the workspace."\n\n'

testRule(registered('python/prompt-injection'), {
  valid: [
    // The parameter goes into the user's message, where what a user writes belongs.
    `${LLM_HEAD}def summarise(text):\n    return claude.messages.create(model="m", max_tokens=100, system=RULES, messages=[{"role": "user", "content": text}])\n`,
    // Instructions from module constants only.
    `${LLM_HEAD}def ask(question):\n    return client.responses.create(model="m", instructions=RULES + " Be brief.", input=question)\n`,
    // A method's `self` fields are the object's configuration, not a caller's text.
    `${LLM_HEAD}class Bot:\n    def ask(self, question):\n        return client.responses.create(model="m", instructions=f"{RULES} {self.tone}", input=question)\n`,
    // A queue message decoded and handed over as the user's message.
    `${LLM_HEAD}def on_ticket(channel, method, properties, body):\n    ticket = json.loads(body)\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": RULES}, {"role": "user", "content": ticket["description"]}])\n`,
    // A local computed from a parameter (a count, a lookup) is not the parameter's text.
    `${LLM_HEAD}def summarise(text, lang):\n    words = len(text.split())\n    return client.responses.create(model="m", instructions=f"{RULES} Answer in {LANGUAGES.get('x')} under {words} words.", input=text)\n`,
    // Every caller is in the file: a route handing it a persona from a fixed table, a module-level call with a literal.
    { code: `${LLM_HEAD}from fastapi import FastAPI, HTTPException\napp = FastAPI()\nPERSONAS = {"friendly": "a friendly agent", "terse": "a terse agent"}\n\ndef answer_as(question, persona):\n    return ChatPromptTemplate.from_messages([("system", RULES + " Adopt this persona: " + persona), ("human", question)])\n\n@app.post("/ask")\ndef ask(question: str, persona: str):\n    if persona not in PERSONAS:\n        raise HTTPException(status_code=400)\n    return answer_as(question, PERSONAS[persona])\n`, path: 'app/assistant.py' },
    { code: `${LLM_HEAD}def answer_as(question, persona):\n    return ChatPromptTemplate.from_messages([("system", RULES + " Adopt this persona: " + persona), ("human", question)])\n\nDEFAULT_PROMPT = answer_as("{question}", "the workspace guide")\n`, path: 'app/assistant.py' },
  ],
  invalid: [
    { code: `${LLM_HEAD}def summarise_in_style(text, style):\n    return claude.messages.create(model="m", max_tokens=100, system="Summarise. Style: " + style, messages=[{"role": "user", "content": text}])\n`, findings: [{ line: 10, message: /parameter `style`/ }] },
    { code: `${LLM_HEAD}def answer_as(question, persona):\n    prompt = ChatPromptTemplate.from_messages([("system", RULES + " Adopt this persona: " + persona), ("human", "{question}")])\n    return prompt\n`, findings: [{ line: 10 }] },
    // A parameter's text in another shape: a queue consumer's body decoded, a field of a message.
    { code: `${LLM_HEAD}def on_ticket(channel, method, properties, body):\n    ticket = json.loads(body)\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": "Triage tickets. Context: " + ticket["description"]}, {"role": "user", "content": "Classify it."}])\n`, findings: [{ line: 11, message: /parameter `ticket\["description"\]` \(from `body`\)/ }] },
    { code: `${LLM_HEAD}def handle(message):\n    persona = message["payload"]["persona"]\n    return claude.messages.create(model="m", max_tokens=100, system=f"{RULES} Persona: {persona}", messages=[{"role": "user", "content": "hi"}])\n`, findings: [{ line: 11 }] },
    // A caller in the file handing on the request's persona, a queue consumer handing on part of its message, a helper
    // also handed out by name beside a call with a literal: the persona is still a caller's text.
    { code: `${LLM_HEAD}from fastapi import FastAPI\napp = FastAPI()\n\ndef answer_as(question, persona):\n    return ChatPromptTemplate.from_messages([("system", RULES + " Adopt this persona: " + persona), ("human", question)])\n\n@app.post("/ask")\ndef ask(question: str, persona: str):\n    return answer_as(question, persona)\n`, path: 'app/assistant.py', findings: [{ line: 13 }] },
    { code: `${LLM_HEAD}def answer_as(question, persona):\n    return ChatPromptTemplate.from_messages([("system", RULES + " Adopt this persona: " + persona), ("human", question)])\n\ndef on_message(channel, method, properties, body):\n    return answer_as("{question}", json.loads(body)["persona"])\n`, path: 'app/assistant.py', findings: [{ line: 10 }] },
    { code: `${LLM_HEAD}def answer_as(question, persona):\n    return ChatPromptTemplate.from_messages([("system", RULES + " Adopt this persona: " + persona), ("human", question)])\n\nBUILDERS = {"persona": answer_as}\nDEFAULT_PROMPT = answer_as("{question}", "the workspace guide")\n`, path: 'app/assistant.py', findings: [{ line: 10 }] },
    { code: `${LLM_HEAD}def chat_docs(index, question, house_rules):\n    engine = index.as_chat_engine(chat_mode="context", system_prompt=f"You are the docs bot. {house_rules}")\n    return engine.chat(question)\n`, findings: [{ line: 10 }] },
  ],
})
