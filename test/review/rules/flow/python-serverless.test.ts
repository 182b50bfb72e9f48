/**
 * Serverless Python: an API Gateway result's `Location` header and a response made with one redirect; Azure
 * Functions' `route_params` and `get_body()` are the request's.
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
