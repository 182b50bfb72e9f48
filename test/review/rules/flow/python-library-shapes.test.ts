/**
 * Python sources and sinks of libraries with their own shapes: GraphQL resolvers (Strawberry, Ariadne, Graphene)
 * whose arguments the client's query writes, SQLModel's re-export of SQLAlchemy's `text()`, PonyORM's
 * `db.select()` and `raw_sql()` (inside the lambda a query takes), and ruamel.yaml's `YAML(typ="unsafe")`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const strawberry = (body: string): string =>
  `import logging\nimport httpx\nimport strawberry\nfrom strawberry.types import Info\n\nlog = logging.getLogger(__name__)\n\n@strawberry.type\nclass Query:\n${body}`

testRule(registered('python/ssrf'), {
  valid: [
    // A supplier chosen by number from the code's own table.
    { code: strawberry('    @strawberry.field\n    async def price(self, info: Info, supplier_id: int, sku: str) -> float:\n        async with httpx.AsyncClient(base_url=SUPPLIERS[supplier_id]) as c:\n            return (await c.get("/v1/prices", params={"sku": sku})).json()["price"]\n'), path: 'inventory/schema.py' },
    // A method named like a resolver in a module without Graphene is not one.
    { code: 'import httpx\n\nclass Feeds:\n    def resolve_feed(self, info, url):\n        return httpx.get(url).text\n', path: 'feeds/client.py' },
  ],
  invalid: [
    { code: strawberry('    @strawberry.field\n    async def status(self, info: Info, endpoint: str) -> str:\n        async with httpx.AsyncClient(timeout=5) as client:\n            resp = await client.get(f"{endpoint}/health")\n        return "up"\n'), path: 'inventory/schema.py', findings: [{ line: 13 }] },
    // Strawberry passes `info` only to resolvers that ask for it.
    { code: strawberry('    @strawberry.mutation\n    def ping(self, url: str) -> int:\n        return httpx.get(url).status_code\n'), path: 'inventory/schema.py', findings: [{ line: 12 }] },
    { code: 'import graphene\nimport requests\n\nclass Query(graphene.ObjectType):\n    preview = graphene.String(url=graphene.String())\n\n    def resolve_preview(root, info, url):\n        return requests.get(url, timeout=5).text[:200]\n', path: 'app/schema.py', findings: [{ line: 8 }] },
    // Graphene passes the arguments as one mapping to `**kwargs`.
    { code: 'import graphene\nimport requests\n\nclass Preview(graphene.Mutation):\n    ok = graphene.Boolean()\n\n    def mutate(root, info, **kwargs):\n        requests.get(kwargs["url"], timeout=5)\n        return Preview(ok=True)\n', path: 'app/schema.py', findings: [{ line: 8 }] },
    { code: 'import requests\nfrom ariadne import QueryType\n\nquery = QueryType()\n\n@query.field("preview")\ndef resolve_preview(obj, info, url):\n    return requests.get(url, timeout=5).text[:200]\n', path: 'app/schema.py', findings: [{ line: 8 }] },
  ],
})

testRule(registered('python/log-injection'), {
  valid: [
    { code: strawberry('    @strawberry.field\n    def count(self, info: Info, n: int) -> int:\n        log.info(f"counting {n}")\n        return n\n'), path: 'inventory/schema.py' },
  ],
  invalid: [
    { code: strawberry('    @strawberry.mutation\n    def adjust(self, info: Info, sku: str, reason: str) -> bool:\n        log.info(f"adjusting {sku}: {reason}")\n        return True\n'), path: 'inventory/schema.py', findings: [{ line: 12 }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [
    { code: 'from fastapi import FastAPI\nfrom sqlmodel import col, select, text\n\napp = FastAPI()\n\n@app.get("/heroes")\ndef heroes(session: SessionDep, team: str = ""):\n    return session.execute(text("SELECT id FROM hero WHERE team = :t"), {"t": team}).all()\n', path: 'heroes/api.py' },
    // Pony binds `$name` from the enclosing scope.
    { code: 'from flask import Flask, request\nfrom pony.orm import Database, raw_sql\n\ndb = Database()\napp = Flask(__name__)\n\n@app.get("/b")\ndef b():\n    isbn = request.args["isbn"]\n    year = request.args["year"]\n    rows = db.select("SELECT id FROM Book WHERE isbn = $isbn")\n    return Book.select(lambda b: raw_sql("strftime(\'%Y\', b.published) = $year"))[:10]\n', path: 'library/views.py' },
    // `select` on something that is not Pony's Database.
    { code: 'import select\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get("/b")\ndef b():\n    return poller.select(request.args["q"])\n', path: 'app/views.py' },
    { code: 'from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get("/b")\ndef b():\n    genre = request.args["genre"]\n    return Book.select_by_sql("SELECT * FROM Book WHERE genre = $genre")\n', path: 'library/views.py' },
    // Masonite ORM binds `?` placeholders from the list after the SQL.
    { code: 'from masonite.request import Request\nfrom masoniteorm.query import QueryBuilder\n\ndef overdue(request: Request):\n    days = request.input("days", "30")\n    return QueryBuilder().table("invoices").where_raw("due_at < NOW() - INTERVAL ? DAY", [days]).get()\n', path: 'app/controllers/InvoiceController.py' },
    // A `statement` that is no query builder's.
    { code: 'from flask import request\n\n@app.post("/x")\ndef x():\n    return parser.statement(request.json["src"])\n', path: 'app/views.py' },
  ],
  invalid: [
    { code: 'from fastapi import FastAPI\nfrom sqlmodel import select, text\n\napp = FastAPI()\n\n@app.get("/heroes")\ndef heroes(session: SessionDep, sort: str = "name"):\n    return session.exec(select(Hero).order_by(text(sort))).all()\n', path: 'heroes/api.py', findings: [{ line: 8 }] },
    { code: 'from flask import Flask, request\nfrom pony.orm import Database\n\ndb = Database()\napp = Flask(__name__)\n\n@app.get("/b")\ndef b():\n    return db.select(f"SELECT id FROM Book WHERE title LIKE \'%{request.args[\'q\']}%\'")\n', path: 'library/views.py', findings: [{ line: 9 }] },
    { code: 'from flask import Flask, request\nfrom pony.orm import raw_sql\n\napp = Flask(__name__)\n\n@app.get("/b")\ndef b():\n    year = request.args["year"]\n    return Book.select(lambda b: raw_sql(f"strftime(\'%Y\', b.published) = \'{year}\'"))[:10]\n', path: 'library/views.py', findings: [{ line: 9 }] },
    // Pony's entity methods that take a whole statement.
    { code: 'from flask import Flask, request\n\napp = Flask(__name__)\n\n@app.get("/b")\ndef b():\n    genre = request.args["genre"]\n    return Book.select_by_sql(f"SELECT * FROM Book WHERE genre = \'{genre}\'")\n', path: 'library/views.py', findings: [{ line: 8 }] },
    // Masonite ORM's raw clauses and the query builder's `statement`.
    { code: 'from masonite.request import Request\n\ndef index(request: Request):\n    status = request.input("status", "open")\n    return Invoice.where_raw(f"status = \'{status}\'").get()\n', path: 'app/controllers/InvoiceController.py', findings: [{ line: 5 }] },
    { code: 'from masonite.request import Request\nfrom masoniteorm.query import QueryBuilder\n\ndef by_customer(request: Request):\n    customer = request.input("customer")\n    return QueryBuilder().statement("SELECT id FROM invoices WHERE customer_name = \'" + customer + "\'")\n', path: 'app/controllers/InvoiceController.py', findings: [{ line: 6 }] },
  ],
})

testRule(registered('python/unsafe-deserialization'), {
  valid: [
    'from ruamel.yaml import YAML\n\ndef load(text):\n    return YAML(typ="safe").load(text)\n',
    'from ruamel.yaml import YAML\n\ndef load(text):\n    return YAML().load(text)\n',
  ],
  invalid: [
    { code: 'from ruamel.yaml import YAML\n\ndef load(text):\n    return YAML(typ="unsafe", pure=True).load(text)\n', findings: [{ line: 4 }] },
    { code: 'from ruamel.yaml import YAML\n\nyaml = YAML(typ="unsafe")\n\ndef load(text):\n    return yaml.load(text)\n', findings: [{ line: 6 }] },
  ],
})
