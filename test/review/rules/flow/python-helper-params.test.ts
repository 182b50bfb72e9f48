/**
 * A helper that joins its file-name parameter under a fixed directory and opens the result, with
 * nothing keeping the name inside: a caller passing a client's `../` reaches any file. Helpers that
 * resolve and check the path, reduce the name to its base, take a number, or are private stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const HEAD = 'import os\nfrom pathlib import Path\n\nfrom flask import send_file\n\nBASE_DIR = "/srv/app/public"\n\n'

testRule(registered('python/path-traversal'), {
  valid: [
    { code: `${HEAD}def read_public_file(filename):\n    path = os.path.realpath(os.path.join(BASE_DIR, filename))\n    if not path.startswith(BASE_DIR + os.sep):\n        raise PermissionError(filename)\n    with open(path, "rb") as fh:\n        return fh.read()`, path: 'app/files.py' },
    { code: `${HEAD}def read_public_file(filename):\n    with open(os.path.join(BASE_DIR, os.path.basename(filename)), "rb") as fh:\n        return fh.read()`, path: 'app/files.py' },
    { code: `${HEAD}def invoice_pdf(invoice_id):\n    return send_file(os.path.join(BASE_DIR, f"{invoice_id}.pdf"))`, path: 'app/files.py' },
    { code: `${HEAD}def invoice_pdf(number: int):\n    return send_file(os.path.join(BASE_DIR, number))`, path: 'app/files.py' },
    { code: `${HEAD}def _cached(key):\n    return open(os.path.join(BASE_DIR, key)).read()`, path: 'app/files.py' },
    // A whole path given by the caller is a file utility, not a name meant to stay under a directory.
    { code: `${HEAD}def read_bytes(path):\n    with open(path, "rb") as fh:\n        return fh.read()`, path: 'app/files.py' },
    { code: `${HEAD}def read_public_file(filename):\n    with open(os.path.join(BASE_DIR, filename), "rb") as fh:\n        return fh.read()`, path: 'tests/test_files.py' },
    // A method's parameter is its object's business.
    { code: `${HEAD}class Exporter:\n    def get(self, name):\n        return open(os.path.join(BASE_DIR, name), "rb")`, path: 'app/files.py' },
    // Under the system's temp directory too, a name reduced to its last component stays there; a directory the caller gives is theirs.
    { code: `import os\nimport tempfile\n\ndef stage_upload(name, data):\n    path = os.path.join(tempfile.gettempdir(), os.path.basename(name))\n    with open(path, "wb") as fh:\n        fh.write(data)`, path: 'app/files.py' },
    { code: `import os\n\ndef stage_upload(folder, name, data):\n    with open(os.path.join(folder, name), "wb") as fh:\n        fh.write(data)`, path: 'app/files.py' },
    // The directory is the caller's to pick: `folder` is built from a parameter, not from a fixed root.
    { code: `${HEAD}def write_sidecar(root, filename, data):\n    folder = Path(root) / "meta"\n    with open(folder / filename, "w") as fh:\n        fh.write(data)`, path: 'media/actors.py' },
  ],
  invalid: [
    // The base is a local built once under the fixed directory (`Path(BASE_DIR) / asset.folder`).
    { code: `${HEAD}def write_sidecar(asset, filename, data):\n    folder = Path(BASE_DIR) / asset.folder\n    with open(folder / filename, "w") as fh:\n        fh.write(data)`, path: 'media/actors.py', findings: [{ line: 10 }] },
    { code: `${HEAD}def read_public_file(filename):\n    path = os.path.join(BASE_DIR, filename)\n    with open(path, "rb") as fh:\n        return fh.read()`, path: 'app/files.py', findings: [{ line: 10, severity: 'major', message: /joined under `BASE_DIR` from the parameter `filename`/ }] },
    { code: `${HEAD}def download(name):\n    return send_file(Path(BASE_DIR) / name)`, path: 'app/files.py', findings: [{ line: 9 }] },
    // A directory the system fixes (the temp directory, the working directory, the home directory) is as fixed as a constant.
    { code: `import os\nimport tempfile\n\ndef stage_upload(name, data):\n    path = os.path.join(tempfile.gettempdir(), name)\n    with open(path, "wb") as fh:\n        fh.write(data)`, path: 'app/files.py', findings: [{ line: 6, message: /joined under `tempfile\.gettempdir\(\)` from the parameter `name`/ }] },
    { code: `import os\n\ndef read_note(name):\n    with open(os.path.join(os.getcwd(), name)) as fh:\n        return fh.read()`, path: 'app/files.py', findings: [{ line: 4 }] },
  ],
})

// A parameter named for a URL another party gives the server to call back, fetched as given with no check on its host.
const HOOKS = 'from urllib.parse import urlparse\n\nimport requests\n\nALLOWED_HOOK_HOSTS = {"hooks.example.com"}\n\n'

testRule(registered('python/ssrf'), {
  valid: [
    { code: `${HOOKS}def deliver(webhook_url, payload):\n    if urlparse(webhook_url).hostname not in ALLOWED_HOOK_HOSTS:\n        raise ValueError("host not allowed")\n    return requests.post(webhook_url, json=payload, timeout=5)`, path: 'app/hooks.py' },
    // A URL the function is named to fetch is its caller's choice, not a callback someone registered.
    { code: `${HOOKS}def fetch(url):\n    return requests.get(url, timeout=5).text`, path: 'app/http.py' },
    { code: `${HOOKS}def deliver(webhook_url, payload):\n    return requests.post(webhook_url, json=payload, timeout=5)`, path: 'tests/test_hooks.py' },
  ],
  invalid: [
    { code: `${HOOKS}def deliver(webhook_url, payload):\n    return requests.post(webhook_url, json=payload, timeout=5)`, path: 'app/hooks.py', findings: [{ line: 8, severity: 'major', message: /URL passed as `webhook_url` with no check on its host/ }] },
    { code: `${HOOKS}class BillingService:\n    def __init__(self, http=None):\n        self.http = http or requests.Session()\n\n    def notify(self, callback_url, invoice_id):\n        self.http.post(callback_url, json={"invoice": invoice_id}, timeout=5)`, path: 'app/billing.py', findings: [{ line: 12 }] },
  ],
})
