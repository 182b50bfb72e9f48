import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('python/insecure-file-permissions'), {
  valid: [
    'import os\nos.chmod(dest, 0o640)\n',
    'import os\nos.chmod(path, 0o755)\n',
    // the umask still narrows a mode given when creating
    'import os\nos.makedirs(path, mode=0o777, exist_ok=True)\n',
    'import os, stat\nos.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)\n',
    // reading the umask: set and put back at once
    'import os\ndef current_umask():\n    mask = os.umask(0)\n    os.umask(mask)\n    return mask\n',
    'import os\nos.umask(0o027)\n',
    // a mode computed at run time is not guessed at
    'import os\nos.chmod(target, 0o777 - mask)\n',
  ],
  invalid: [
    { code: 'import os\nos.chmod(dest, 0o777)\n', findings: [{ line: 2 }] },
    { code: 'import stat\nfrom pathlib import Path\nROOT = Path("/srv/media")\nROOT.chmod(stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)\n', findings: [{ line: 4 }] },
    { code: 'import os\nSHARED_MODE = 0o666\nos.chmod(index_path, SHARED_MODE)\n', findings: [{ line: 3 }] },
    { code: 'import os, subprocess\nold = os.umask(0)\ntry:\n    subprocess.run(["migrate"], check=True)\nfinally:\n    os.umask(old)\n', findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/insecure-file-permissions'), {
  valid: [
    "const fs = require('fs')\nfs.chmodSync(dest, 0o644)",
    "const fs = require('fs')\nfs.mkdirSync(dir, { recursive: true, mode: 0o777 })",
    "import { writeFile } from 'node:fs/promises'\nawait writeFile(file, text, { mode: 0o666 })",
    'const old = process.umask(0)\nprocess.umask(old)',
    // a private key kept to its owner (or a group), a public key others may read, a key written with no mode of its own
    "import { writeFile } from 'node:fs/promises'\nawait writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })",
    "const fs = require('fs')\nfs.writeFileSync('/etc/app/tls.key', privateKeyPem, { mode: 0o640 })",
    "import { writeFile } from 'node:fs/promises'\nawait writeFile(file, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 })",
  ],
  invalid: [
    { code: "const fs = require('fs')\nfs.chmodSync(dest, 0o777)", findings: [{ line: 2 }] },
    { code: "const fs = require('fs')\nfs.fchmodSync(fd, '666')", findings: [{ line: 2 }] },
    { code: "import { chmod } from 'node:fs/promises'\nawait chmod(file, 0o666)", path: 'src/share.ts', findings: [{ line: 2 }] },
    { code: 'process.umask(0)', findings: [{ line: 1 }] },
    // a private key with a mode every local user can read once the umask has taken the write bits
    { code: "import { writeFile } from 'node:fs/promises'\nawait writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o666 })", path: 'src/keys.ts', findings: [{ line: 2, message: /private key with mode 0o666/ }] },
    { code: "const fs = require('fs')\nfs.writeFileSync(path.join(dir, 'id_ed25519'), signingKey, { encoding: 'utf8', mode: 0o644 })", findings: [{ line: 2 }] },
  ],
})
