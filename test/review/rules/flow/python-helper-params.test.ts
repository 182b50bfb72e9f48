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
  ],
  invalid: [
    { code: `${HEAD}def read_public_file(filename):\n    path = os.path.join(BASE_DIR, filename)\n    with open(path, "rb") as fh:\n        return fh.read()`, path: 'app/files.py', findings: [{ line: 10, severity: 'major', message: /joined under `BASE_DIR` from the parameter `filename`/ }] },
    { code: `${HEAD}def download(name):\n    return send_file(Path(BASE_DIR) / name)`, path: 'app/files.py', findings: [{ line: 9 }] },
  ],
})
