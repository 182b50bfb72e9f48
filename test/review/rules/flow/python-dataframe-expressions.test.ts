/**
 * pandas evaluates the text given to `DataFrame.query()`, `DataFrame.eval()` and `pd.eval()`: request
 * text there is code injection. A constant expression whose values come in as `@` variables, a
 * `.query()` on something that is not a DataFrame, and operator-written text stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FLASK = 'import pandas as pd\nfrom flask import Flask, request\n\napp = Flask(__name__)\nSALES = pd.read_parquet("/srv/sales.parquet")\n\n'

testRule(registered('python/code-eval'), {
  valid: [
    // Values passed as `@` variables of a constant expression.
    { code: `${FLASK}@app.get("/top")\ndef top():\n    floor = float(request.args.get("min", 0))\n    return SALES.query("amount >= @floor").to_json()`, path: 'app/views.py' },
    { code: `${FLASK}@app.get("/region")\ndef region():\n    name = request.args.get("region", "")\n    df = SALES.copy()\n    return df.query("region == @name").to_json()`, path: 'app/views.py' },
    // A client-chosen column picked from a fixed list, then used in a constant expression.
    { code: `${FLASK}@app.get("/ratio")\ndef ratio():\n    sales_df = SALES.copy()\n    sales_df["ratio"] = sales_df.eval("amount / quantity")\n    return sales_df.to_json()`, path: 'app/views.py' },
    // `.query()` of a client or ORM, not pandas.
    { code: 'from flask import Flask, request\nfrom app.db import session, Order\n\napp = Flask(__name__)\n\n@app.get("/orders")\ndef orders():\n    return str(session.query(Order).filter_by(ref=request.args["ref"]).all())', path: 'app/views.py' },
    { code: 'from flask import Flask, request\nfrom app.search import index\n\napp = Flask(__name__)\n\n@app.get("/s")\ndef s():\n    return index.query(request.args["q"])', path: 'app/views.py' },
    // A script's own expression from its command line.
    { code: 'import sys\nimport pandas as pd\n\ndf = pd.read_csv(sys.argv[1])\nprint(df.query(sys.argv[2]).to_string())', path: 'scripts/filter_csv.py' },
  ],
  invalid: [
    {
      code: `${FLASK}@app.get("/filter")\ndef filter_sales():\n    expr = request.args.get("where", "amount > 0")\n    return SALES.query(expr).to_json()`,
      path: 'app/views.py',
      findings: [{ line: 10, severity: 'critical', message: /pandas expression/ }],
    },
    {
      code: `${FLASK}@app.post("/derive")\ndef derive():\n    df = SALES.copy()\n    df["derived"] = df.eval(request.json["formula"])\n    return df.to_json()`,
      path: 'app/views.py',
      findings: [{ line: 10, message: /pandas expression/ }],
    },
    {
      code: 'import pandas as pd\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Filter(BaseModel):\n    expression: str\n\n@app.post("/f")\nasync def f(flt: Filter):\n    frame = load_frame()\n    return frame.query(flt.expression).to_dict()',
      path: 'app/api.py',
      findings: [{ line: 13 }],
    },
    {
      code: `${FLASK}@app.get("/calc")\ndef calc():\n    return str(pd.eval(request.args["expr"]))`,
      path: 'app/views.py',
      findings: [{ line: 9 }],
    },
  ],
})

// pandas' string methods read their pattern as a regular expression unless told `regex=False`.
testRule(registered('python/regex-injection'), {
  valid: [
    `${FLASK}@app.get("/search")\ndef search():\n    q = request.args["q"]\n    return SALES[SALES["sku"].str.contains(q, regex=False)].to_json()`,
    `${FLASK}import re\n@app.get("/search")\ndef search():\n    q = re.escape(request.args["q"])\n    return SALES[SALES["sku"].str.match(q)].to_json()`,
    // replace() takes its pattern literally unless regex=True (pandas 2)
    `${FLASK}@app.get("/clean")\ndef clean():\n    return SALES["sku"].str.replace(request.args["drop"], "").to_json()`,
    // the code's own pattern
    `${FLASK}@app.get("/search")\ndef search():\n    return SALES[SALES["sku"].str.contains(r"^A-\\d+$")].to_json()`,
  ],
  invalid: [
    { code: `${FLASK}@app.get("/search")\ndef search():\n    q = request.args["q"]\n    return SALES[SALES["sku"].str.contains(q, case=False)].to_json()`, findings: [{ line: 10 }] },
    { code: `${FLASK}@app.get("/codes")\ndef codes():\n    return SALES["sku"].str.extract(request.args["pattern"]).to_json()`, findings: [{ line: 9 }] },
    { code: `${FLASK}@app.get("/clean")\ndef clean():\n    return SALES["sku"].str.replace(request.args["drop"], "", regex=True).to_json()`, findings: [{ line: 9 }] },
  ],
})

// Hugging Face loaders with trust_remote_code=True import and run the Python files of the repository they load.
const HUB = 'from fastapi import FastAPI\nfrom pydantic import BaseModel\nfrom transformers import AutoModel, pipeline\nfrom datasets import load_dataset\n\napp = FastAPI()\nCURATED = {"small": "org/small-model"}\n\nclass Req(BaseModel):\n    repo: str\n\n'

testRule(registered('python/code-eval'), {
  valid: [
    // the client's repository, but only the library's own architectures run
    `${HUB}@app.post("/load")\nasync def load(req: Req):\n    return AutoModel.from_pretrained(req.repo).config.to_dict()`,
    // the code's own repository
    `${HUB}@app.post("/load/{name}")\nasync def load(name: str):\n    return AutoModel.from_pretrained(CURATED[name], trust_remote_code=True).config.to_dict()`,
    `${HUB}@app.post("/load")\nasync def load(req: Req):\n    return AutoModel.from_pretrained(req.repo, trust_remote_code=False).config.to_dict()`,
  ],
  invalid: [
    { code: `${HUB}@app.post("/load")\nasync def load(req: Req):\n    return AutoModel.from_pretrained(req.repo, trust_remote_code=True).config.to_dict()`, findings: [{ line: 14, message: /trust_remote_code=True/ }] },
    { code: `${HUB}@app.post("/classify")\nasync def classify(req: Req):\n    clf = pipeline("text-classification", model=req.repo, trust_remote_code=True)\n    return clf("hello")`, findings: [{ line: 14 }] },
    { code: `${HUB}@app.post("/rows")\nasync def rows(req: Req):\n    return len(load_dataset(req.repo, split="train", trust_remote_code=True))`, findings: [{ line: 14 }] },
  ],
})
