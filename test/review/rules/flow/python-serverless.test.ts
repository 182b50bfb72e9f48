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
