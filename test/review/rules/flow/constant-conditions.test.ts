/**
 * Conditions fixed in the code (`if DEBUG:` with `DEBUG = False`, `(7 * 42) - num > 200` with
 * `num = 106`, `switch (mode)` with `const mode = 'B'`, `match pick:` with `pick = "ABC"[1]`):
 * the branch never taken assigns nothing the sink sees, and the one always taken replaces what
 * came before. A condition over anything the run decides (a parameter, a call, a name bound
 * twice) keeps both branches live. Python's `match` runs one case, not all of them in a row, and
 * a dict's known keys, a ConfigParser's options and a list's or array's known positions follow the
 * writes, pops, shifts and `del`s that change them.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const PY = { path: 'app/tools.py' }
const ROUTE = '@app.route("/ping")\ndef ping():\n    param = request.args.get("host", "")\n'

testRule(registered('python/shell-injection'), {
  valid: [
    { ...PY, code: `${ROUTE}    num = 86\n    host = "localhost" if (7 * 42) - num > 200 else param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)` },
    { ...PY, code: `${ROUTE}    limit = 86\n    if limit * 2 > 100:\n        host = "127.0.0.1"\n    else:\n        host = param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)` },
    { ...PY, code: `LEGACY = False\n${ROUTE}    host = "127.0.0.1"\n    if LEGACY:\n        host = param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)` },
    { ...PY, code: `${ROUTE}    choices = "ABC"\n    pick = choices[1]\n    match pick:\n        case "A":\n            host = param\n        case "B":\n            host = "localhost"\n        case _:\n            host = "example.com"\n    return subprocess.check_output("ping -c 1 " + host, shell=True)` },
    { ...PY, code: `${ROUTE}    opts = {}\n    opts["first"] = "a-value"\n    opts["second"] = param\n    host = opts["first"]\n    return subprocess.check_output("ping -c 1 " + host, shell=True)` },
    { ...PY, code: `${ROUTE}    items = []\n    items.append("safe")\n    items.append(param)\n    host = items[0]\n    return subprocess.check_output("ping -c 1 " + host, shell=True)` },
    { ...PY, code: `import configparser\n${ROUTE}    conf = configparser.ConfigParser()\n    conf.add_section("s")\n    conf.set("s", "keyA", "a-value")\n    conf.set("s", "keyB", param)\n    host = conf.get("s", "keyA")\n    return subprocess.check_output("ping -c 1 " + host, shell=True)` },
    { ...PY, code: `${ROUTE}    mode = "strict"\n    if mode == "loose":\n        host = param\n    elif mode == "strict":\n        host = "127.0.0.1"\n    else:\n        host = param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)` },
  ],
  invalid: [
    { ...PY, code: `${ROUTE}    num = 106\n    host = "localhost" if (7 * 42) - num > 200 else param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 6 }] },
    { ...PY, code: `${ROUTE}    limit = 36\n    if limit * 2 > 100:\n        host = "127.0.0.1"\n    else:\n        host = param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 9 }] },
    // the case taken; a case that runs only when the subject is not fixed; captures take the subject
    { ...PY, code: `${ROUTE}    choices = "ABC"\n    pick = choices[0]\n    match pick:\n        case "A":\n            host = param\n        case "B":\n            host = "localhost"\n        case _:\n            host = "example.com"\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 13 }] },
    { ...PY, code: `${ROUTE}    host = "localhost"\n    match request.args.get("mode"):\n        case "raw":\n            host = param\n        case _:\n            pass\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 10 }] },
    { ...PY, code: `@app.route("/run", methods=["POST"])\ndef run():\n    match request.get_json():\n        case {"cmd": cmd}:\n            os.system(cmd)`, findings: [{ line: 5 }] },
    // a write with a key the pass cannot read, a pop that shifts the positions
    { ...PY, code: `${ROUTE}    opts = {"first": "a-value"}\n    opts.update(request.args)\n    host = opts["first"]\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 7 }] },
    { ...PY, code: `${ROUTE}    items = []\n    items.append("safe")\n    items.append(param)\n    items.pop(0)\n    host = items[0]\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 9 }] },
    { ...PY, code: `import configparser\n${ROUTE}    conf = configparser.ConfigParser()\n    conf.add_section("s")\n    conf.set("s", "keyA", "a-value")\n    conf.set("s", "keyB", param)\n    host = conf.get("s", "keyB")\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 10 }] },
    { ...PY, code: `${ROUTE}    items = ["safe", param]\n    del items[0]\n    host = items[0]\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 7 }] },
    { ...PY, code: `import configparser\n${ROUTE}    conf = configparser.ConfigParser()\n    conf.read_dict({"s": {"keyA": param}})\n    host = conf.get("s", "keyA")\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 8 }] },
    // decided by the run: a parameter, a name bound twice, a call
    { ...PY, code: `@app.route("/ping/<int:limit>")\ndef ping(limit):\n    param = request.args.get("host", "")\n    host = "localhost" if limit > 200 else param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 5 }] },
    { ...PY, code: `${ROUTE}    num = 86\n    if request.args.get("fast"):\n        num = 106\n    host = "localhost" if (7 * 42) - num > 200 else param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 8 }] },
    { ...PY, code: `${ROUTE}    host = "127.0.0.1"\n    if feature_enabled("legacy"):\n        host = param\n    return subprocess.check_output("ping -c 1 " + host, shell=True)`, findings: [{ line: 7 }] },
  ],
})

const JS = { path: 'server/tools.js' }
const HANDLER = "app.get('/ping', (req, res) => {\n  const param = req.query.host\n"

testRule(registered('js/shell-injection'), {
  valid: [
    // what shift() takes off an array of known positions is its first element
    { ...JS, code: `${HANDLER}  const parts = ['localhost', param]\n  const host = parts.shift()\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})` },
    // a method returning a field only the constructor sets, to a constant, whatever the instance was made from
    { ...JS, code: `class Target {\n  constructor(host) {\n    this.host = host\n    this.fallback = 'localhost'\n  }\n  pick() {\n    return this.fallback\n  }\n}\n${HANDLER}  const t = new Target(param)\n  exec('ping -c 1 ' + t.pick(), (err, out) => res.send(out))\n})` },
    { ...JS, code: `${HANDLER}  const num = 86\n  const host = (7 * 42) - num > 200 ? 'localhost' : param\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})` },
    { ...JS, code: `const LEGACY = false\n${HANDLER}  let host = 'localhost'\n  if (LEGACY) host = param\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})` },
    { ...JS, code: `${HANDLER}  const parts = ['localhost', param]\n  exec('ping -c 1 ' + parts[0], (err, out) => res.send(out))\n})` },
    { ...JS, code: `${HANDLER}  const parts = []\n  parts.push('localhost')\n  parts.push(param)\n  exec('ping -c 1 ' + parts[0], (err, out) => res.send(out))\n})` },
    { ...JS, code: `${HANDLER}  const parts = [param, 'x']\n  parts[0] = 'localhost'\n  exec('ping -c 1 ' + parts[0], (err, out) => res.send(out))\n})` },
    // a string method over a string fixed in the code: 'ABC'.charAt(2) is 'C'
    { ...JS, code: `${HANDLER}  const guess = 'ABC'\n  let host\n  switch (guess.charAt(2)) {\n    case 'A':\n      host = param\n      break\n    default:\n      host = 'localhost'\n  }\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})` },
    { ...JS, code: `${HANDLER}  const host = 'LOCALHOST'.toLowerCase() === 'localhost' ? 'localhost' : param\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})` },
    { ...JS, code: `${HANDLER}  const which = 'B'\n  let host\n  switch (which) {\n    case 'A':\n      host = param\n      break\n    default:\n      host = 'localhost'\n  }\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})` },
  ],
  invalid: [
    { ...JS, code: `${HANDLER}  const parts = ['localhost', param]\n  const host = parts.pop()\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})`, findings: [{ line: 5 }] },
    // the field made from the request; a constant field some other method may reassign
    { ...JS, code: `class Target {\n  constructor(host) {\n    this.host = host\n    this.fallback = 'localhost'\n  }\n  pick() {\n    return this.host\n  }\n}\n${HANDLER}  const t = new Target(param)\n  exec('ping -c 1 ' + t.pick(), (err, out) => res.send(out))\n})`, findings: [{ line: 13 }] },
    { ...JS, code: `class Target {\n  constructor(host) {\n    this.host = host\n    this.fallback = 'localhost'\n  }\n  prefer() {\n    this.fallback = this.host\n  }\n  pick() {\n    return this.fallback\n  }\n}\n${HANDLER}  const t = new Target(param)\n  exec('ping -c 1 ' + t.pick(), (err, out) => res.send(out))\n})`, findings: [{ line: 16 }] },
    { ...JS, code: `${HANDLER}  const num = 106\n  const host = (7 * 42) - num > 200 ? 'localhost' : param\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})`, findings: [{ line: 5 }] },
    { ...JS, code: `${HANDLER}  const which = 'A'\n  let host\n  switch (which) {\n    case 'A':\n      host = param\n      break\n    default:\n      host = 'localhost'\n  }\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})`, findings: [{ line: 12 }] },
    { ...JS, code: `${HANDLER}  const guess = 'ABC'\n  let host\n  switch (guess.charAt(0)) {\n    case 'A':\n      host = param\n      break\n    default:\n      host = 'localhost'\n  }\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})`, findings: [{ line: 12 }] },
    // a method of a string the run decides is not fixed
    { ...JS, code: `${HANDLER}  let host\n  switch (String(req.query.mode).charAt(0)) {\n    case 'A':\n      host = 'localhost'\n      break\n    default:\n      host = param\n  }\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})`, findings: [{ line: 11 }] },
    // the position that holds request data; positions moved by shift, reordered by sort, or read after a spread
    { ...JS, code: `${HANDLER}  const parts = ['localhost', param]\n  exec('ping -c 1 ' + parts[1], (err, out) => res.send(out))\n})`, findings: [{ line: 4 }] },
    { ...JS, code: `${HANDLER}  const parts = ['localhost', param]\n  parts.shift()\n  exec('ping -c 1 ' + parts[0], (err, out) => res.send(out))\n})`, findings: [{ line: 5 }] },
    { ...JS, code: `${HANDLER}  const parts = ['localhost', param]\n  parts.sort()\n  exec('ping -c 1 ' + parts[0], (err, out) => res.send(out))\n})`, findings: [{ line: 5 }] },
    { ...JS, code: `${HANDLER}  const parts = [...req.query.hosts, 'localhost']\n  exec('ping -c 1 ' + parts[0], (err, out) => res.send(out))\n})`, findings: [{ line: 4 }] },
    { ...JS, code: `${HANDLER}  const parts = ['localhost', 'x']\n  parts[req.query.i] = param\n  exec('ping -c 1 ' + parts[0], (err, out) => res.send(out))\n})`, findings: [{ line: 5 }] },
    // a case that falls through, a discriminant the run decides
    { ...JS, code: `${HANDLER}  const which = 'A'\n  let host = 'localhost'\n  switch (which) {\n    case 'A':\n      host = 'x'\n    case 'B':\n      host = param\n  }\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})`, findings: [{ line: 11 }] },
    { ...JS, code: `${HANDLER}  let host = 'localhost'\n  switch (req.query.mode) {\n    case 'A':\n      host = param\n      break\n  }\n  exec('ping -c 1 ' + host, (err, out) => res.send(out))\n})`, findings: [{ line: 9 }] },
  ],
})
