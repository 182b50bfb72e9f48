/**
 * Serverless Python: an API Gateway result's `Location` header and a response made with one redirect; Azure
 * Functions' `route_params` and `get_body()` are the request's, and so is AWS Chalice's `app.current_request`.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const LAMBDA = { path: 'functions/links/handler.py' }
const AZURE = { path: 'function_app.py' }

testRule(registered('python/open-redirect'), {
  valid: [
    { ...LAMBDA, code: 'def go(event, context):\n    return {"statusCode": 302, "headers": {"Location": "/home"}, "body": ""}' },
    { ...LAMBDA, code: 'TARGETS = {"docs": "/docs", "blog": "/blog"}\n\ndef go(event, context):\n    key = (event.get("queryStringParameters") or {}).get("to", "docs")\n    return {"statusCode": 302, "headers": {"Location": TARGETS.get(key, "/")}, "body": ""}' },
  ],
  invalid: [
    { ...LAMBDA, code: 'def go(event, context):\n    target = (event.get("queryStringParameters") or {}).get("to", "/")\n    return {"statusCode": 302, "headers": {"Location": target}, "body": ""}', findings: [{ line: 3 }] },
    { ...AZURE, code: 'import azure.functions as func\n\ndef go(req: func.HttpRequest) -> func.HttpResponse:\n    return func.HttpResponse(status_code=302, headers={"Location": req.params.get("next")})', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/path-traversal'), {
  valid: [
    { ...AZURE, code: 'import os\nimport azure.functions as func\n\ndef download(req: func.HttpRequest) -> func.HttpResponse:\n    name = os.path.basename(req.route_params.get("name", ""))\n    with open(os.path.join("/exports", name), "rb") as fh:\n        return func.HttpResponse(fh.read())' },
  ],
  invalid: [
    { ...AZURE, code: 'import os\nimport azure.functions as func\n\ndef download(req: func.HttpRequest) -> func.HttpResponse:\n    name = req.route_params.get("name")\n    with open(os.path.join("/exports", name), "rb") as fh:\n        return func.HttpResponse(fh.read())', findings: [{ line: 6 }] },
  ],
})

const CHALICE = { path: 'app.py' }
const CHALICE_APP = 'import os\nfrom chalice import Chalice\n\napp = Chalice(app_name="files")\n\n'

testRule(registered('python/path-traversal'), {
  valid: [
    { ...CHALICE, code: `${CHALICE_APP}@app.route("/files/{name}")\ndef read(name):\n    key = os.path.basename(app.current_request.uri_params["name"])\n    with open(os.path.join("/exports", key)) as fh:\n        return fh.read()` },
    // Another object's `current_request` is no Chalice request.
    { ...CHALICE, code: 'import os\n\nclass Ctx:\n    current_request = None\n\nctx = Ctx()\n\ndef read():\n    with open(os.path.join("/exports", ctx.current_request.uri_params["name"])) as fh:\n        return fh.read()' },
  ],
  invalid: [
    { ...CHALICE, code: `${CHALICE_APP}@app.route("/files/{name}")\ndef read(name):\n    key = app.current_request.uri_params["name"]\n    with open(os.path.join("/exports", key)) as fh:\n        return fh.read()`, findings: [{ line: 9 }] },
  ],
})

testRule(registered('python/shell-injection'), {
  valid: [
    { ...CHALICE, code: `${CHALICE_APP}@app.route("/run", methods=["POST"])\ndef run():\n    req = app.current_request\n    os.system("convert input.png output.jpg")\n    return {"sent": len(req.raw_body)}` },
  ],
  invalid: [
    { ...CHALICE, code: `${CHALICE_APP}@app.route("/run", methods=["POST"])\ndef run():\n    req = app.current_request\n    os.system("convert " + req.json_body["src"])\n    return {}`, findings: [{ line: 9 }] },
  ],
})

// AWS Lambda Powertools: an HTTP resolver's `current_event` is the request being routed.
const POWERTOOLS = { path: 'services/orders/handler.py' }
const POWERTOOLS_APP = 'import os\nimport requests\nfrom aws_lambda_powertools.event_handler import APIGatewayRestResolver\n\napp = APIGatewayRestResolver()\n\n'

testRule(registered('python/ssrf'), {
  valid: [
    { ...POWERTOOLS, code: `${POWERTOOLS_APP}CARRIERS = {"dhl": "https://api.dhl.example.com/track"}\n\n@app.post("/track")\ndef track():\n    body = app.current_event.json_body\n    url = CARRIERS.get(body.get("carrier", ""), CARRIERS["dhl"])\n    return requests.get(url, params={"ref": body.get("ref")}, timeout=5).json()` },
    // Another object's `current_event` (an app that is no Powertools resolver) is not known to be a request.
    { ...POWERTOOLS, code: 'import requests\n\nclass Bus:\n    current_event = None\n\napp = Bus()\n\ndef relay():\n    return requests.get(app.current_event.json_body["url"], timeout=5)' },
  ],
  invalid: [
    { ...POWERTOOLS, code: `${POWERTOOLS_APP}@app.post("/notify")\ndef notify():\n    body = app.current_event.json_body\n    return requests.post(body["callback_url"], json={"event": "shipped"}, timeout=5).ok`, findings: [{ line: 10 }] },
    { ...POWERTOOLS, code: `${POWERTOOLS_APP}@app.get("/preview")\ndef preview():\n    url = app.current_event.get_query_string_value(name="url", default_value="")\n    return requests.get(url, timeout=5).text`, findings: [{ line: 10 }] },
  ],
})

testRule(registered('python/sql-injection'), {
  valid: [
    { ...POWERTOOLS, code: `${POWERTOOLS_APP}@app.get("/orders")\ndef orders():\n    status = app.current_event.get_query_string_value(name="status", default_value="open")\n    cur = db().cursor()\n    cur.execute("SELECT id FROM orders WHERE status = %s", (status,))\n    return {"orders": cur.fetchall()}` },
  ],
  invalid: [
    { ...POWERTOOLS, code: `${POWERTOOLS_APP}@app.get("/orders")\ndef orders():\n    sort = (app.current_event.query_string_parameters or {}).get("sort", "id")\n    cur = db().cursor()\n    cur.execute(f"SELECT id FROM orders ORDER BY {sort}")\n    return {"orders": cur.fetchall()}`, findings: [{ line: 11 }] },
  ],
})
