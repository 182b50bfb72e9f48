/**
 * pandas' readers (`pd.read_csv(path)`) and a frame's writers (`df.to_csv(path)`) open the path they
 * are given: a request's name there reads or writes outside the intended directory. An upload's
 * stream, an in-memory buffer and a fixed name stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FLASK = 'import io\nimport os\n\nimport pandas as pd\nfrom flask import Flask, request\n\napp = Flask(__name__)\nOUT = "/srv/out"\nSALES = pd.DataFrame({"amount": [1]})\n\n'

testRule(registered('python/path-traversal'), {
  valid: [
    { code: `${FLASK}@app.post("/save")\ndef save():\n    SALES.to_csv(os.path.join(OUT, "sales.csv"), index=False)\n    return "ok"`, path: 'app/views.py' },
    { code: `${FLASK}@app.post("/save")\ndef save():\n    name = os.path.basename(request.form["name"])\n    SALES.to_csv(os.path.join(OUT, f"{name}.csv"), index=False)\n    return "ok"`, path: 'app/views.py' },
    { code: `${FLASK}@app.get("/csv")\ndef csv():\n    buf = io.StringIO()\n    SALES.to_csv(buf)\n    return buf.getvalue()`, path: 'app/views.py' },
    { code: `${FLASK}@app.post("/upload")\ndef upload():\n    up = request.files["frame"]\n    df = pd.read_csv(up.stream)\n    return str(len(df))`, path: 'app/views.py' },
    { code: `${FLASK}@app.post("/upload")\ndef upload():\n    up = request.files["frame"]\n    df = pd.read_excel(up)\n    return str(len(df))`, path: 'app/views.py' },
  ],
  invalid: [
    { code: `${FLASK}@app.post("/save")\ndef save():\n    name = request.form.get("name", "report")\n    SALES.to_csv(os.path.join(OUT, f"{name}.csv"), index=False)\n    return "ok"`, path: 'app/views.py', findings: [{ line: 14 }] },
    { code: `${FLASK}@app.post("/save")\ndef save():\n    SALES.to_excel(excel_writer=OUT + "/" + request.form["name"])\n    return "ok"`, path: 'app/views.py', findings: [{ line: 13 }] },
    { code: `${FLASK}@app.get("/load")\ndef load():\n    df = pd.read_csv(os.path.join(OUT, request.args["name"]))\n    return df.to_json()`, path: 'app/views.py', findings: [{ line: 13 }] },
  ],
})
