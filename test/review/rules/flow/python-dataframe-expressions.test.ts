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
