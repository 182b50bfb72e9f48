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

// Streamlit's `st.file_uploader()` returns the upload itself (a BytesIO with a name), which pandas reads as a buffer.
const STREAMLIT = 'import pandas as pd\nimport streamlit as st\n\n'

testRule(registered('python/path-traversal'), {
  valid: [
    { code: `${STREAMLIT}up = st.file_uploader("CSV", type=["csv"])\nif up is not None:\n    st.dataframe(pd.read_csv(up))\n`, path: 'app/dashboard.py' },
    { code: `${STREAMLIT}shot = st.sidebar.camera_input("Receipt")\nif shot:\n    st.dataframe(pd.read_excel(shot))\n`, path: 'app/dashboard.py' },
  ],
  invalid: [{ code: `${STREAMLIT}path = st.text_input("Path")\nif path:\n    st.dataframe(pd.read_csv(path))\n`, path: 'app/dashboard.py', findings: [{ line: 6 }] }],
})

testRule(registered('python/ssrf'), {
  valid: [
    { code: `${STREAMLIT}up = st.file_uploader("CSV", type=["csv"])\nif up is not None:\n    st.dataframe(pd.read_csv(up))\n`, path: 'app/dashboard.py' },
    // Under a folder the deployment configures, the client picks a file name, not a host.
    { code: `${FLASK}@app.get("/archive/<path:name>")\ndef archived(name):\n    archive = app.config["REPORT_ARCHIVE"]\n    return pd.read_pickle(f"{archive}/{name}").to_json()`, path: 'app/views.py' },
    { code: `${FLASK}@app.get("/archive/<path:name>")\ndef archived(name):\n    return pd.read_parquet(f"{OUT}/{name}").to_json()`, path: 'app/views.py' },
    { code: `${FLASK}@app.get("/archive/<path:name>")\ndef archived(name):\n    target = f"{os.environ['ARCHIVE_DIR']}/{name}"\n    return pd.read_csv(target).to_json()`, path: 'app/views.py' },
  ],
  invalid: [
    { code: `${STREAMLIT}path = st.text_input("Path")\nif path:\n    st.dataframe(pd.read_csv(path))\n`, path: 'app/dashboard.py', findings: [{ line: 6 }] },
    { code: `${FLASK}@app.get("/preview")\ndef preview():\n    return pd.read_csv(request.args["src"]).to_json()`, path: 'app/views.py', findings: [{ line: 13 }] },
    // The client's text comes first: it picks the scheme and host.
    { code: `${FLASK}@app.get("/preview")\ndef preview():\n    base = request.args["base"]\n    return pd.read_csv(f"{base}/data.csv").to_json()`, path: 'app/views.py', findings: [{ line: 14 }] },
  ],
})
