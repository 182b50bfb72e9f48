/**
 * An archive's member names are chosen by whoever made the archive: joined onto a destination and
 * opened for writing, `../` in one escapes it (zip slip, CWE-22). `ZipFile.extract` cleans names
 * itself; a containment check or `basename` makes the path the code's own.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const unpack = (body: string): string => `import os, zipfile\n\ndef unpack(upload, dest):\n    with zipfile.ZipFile(upload) as zf:\n${body}`

testRule(registered('python/path-traversal'), {
  valid: [
    { path: 'app/unpack.py', code: unpack('        for member in zf.namelist():\n            zf.extract(member, dest)\n') },
    { path: 'app/unpack.py', code: unpack('        for member in zf.namelist():\n            with open(os.path.join(dest, os.path.basename(member)), "wb") as out:\n                out.write(zf.read(member))\n') },
    { path: 'app/unpack.py', code: unpack('        root = os.path.realpath(dest)\n        for member in zf.namelist():\n            target = os.path.realpath(os.path.join(root, member))\n            if not target.startswith(root + os.sep):\n                raise ValueError(member)\n            with open(target, "wb") as out:\n                out.write(zf.read(member))\n') },
    // Without an archive module in the file, `namelist()` is some other object's.
    { path: 'app/catalog.py', code: 'import os\n\ndef export(catalog, dest):\n    for name in catalog.namelist():\n        with open(os.path.join(dest, name), "w") as out:\n            out.write(catalog.render(name))\n' },
  ],
  invalid: [
    { path: 'app/unpack.py', code: unpack('        for member in zf.namelist():\n            target = os.path.join(dest, member)\n            with open(target, "wb") as out:\n                out.write(zf.read(member))\n'), findings: [{ line: 7, message: /namelist\(\)/ }] },
    { path: 'app/unpack.py', code: 'import tarfile, shutil, os\n\ndef unpack(path, dest):\n    with tarfile.open(path) as tf:\n        for m in tf.getmembers():\n            src = tf.extractfile(m)\n            with open(os.path.join(dest, m.name), "wb") as out:\n                shutil.copyfileobj(src, out)\n', findings: [{ line: 7 }] },
  ],
})
