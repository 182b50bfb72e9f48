/**
 * Python flow classes: Flask's imported `request` proxy read through its methods, and lists of
 * message dicts kept in a variable before they reach the LLM call.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/shell-injection'), {
  valid: [{ code: 'from flask import request\n\n@app.post("/a")\ndef a():\n    data = request.get_json(force=True)\n    subprocess.run(["convert", data["src"], "out.png"], check=True)', path: 'app.py' }],
  invalid: [{ code: 'from flask import request\n\n@app.post("/a")\ndef a():\n    data = request.get_json(force=True)\n    os.system("convert " + data["src"] + " out.png")', path: 'app.py', findings: [{ line: 6, severity: 'critical' }] }],
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
