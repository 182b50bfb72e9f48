/**
 * Predictable file names in the shared temp directory, followed through variables, `path.join`
 * and formatting; private directories, random names and exclusive opens stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

testRule(registered('js/insecure-temp-file'), {
  valid: [
    // a Lambda's /tmp belongs to its execution environment alone
    { code: "exports.handler = async (event) => {\n  const local = path.join(os.tmpdir(), path.basename(event.key))\n  fs.writeFileSync(local, await fetchObject(event.key))\n}", path: 'functions/thumbnail/index.js' },
    // so does one exported under another name that reads its API Gateway or S3 event
    { code: "async function download(key) {\n  const file = path.join(os.tmpdir(), `${Date.now()}-${path.basename(key)}`)\n  await fs.promises.writeFile(file, await fetchObject(key))\n  return file\n}\nexports.resize = async (event) => {\n  const file = await download(event.queryStringParameters.key)\n  return { statusCode: 200, body: file }\n}", path: 'functions/thumbs.js' },
    { code: "module.exports.ingest = async (event) => {\n  for (const record of event.Records) fs.writeFileSync(`/tmp/${record.s3.object.key}`, await fetchObject(record.s3.object.key))\n}", path: 'functions/ingest.js' },
    "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'))\nconst file = path.join(dir, 'export.csv')\nfs.writeFileSync(file, csv, { mode: 0o600 })",
    "const file = path.join(os.tmpdir(), `export-${crypto.randomUUID()}.csv`)\nfs.writeFileSync(file, csv)",
    "const file = path.join(os.tmpdir(), 'export.csv')\nfs.writeFileSync(file, csv, { flag: 'wx', mode: 0o600 })",
    "const data = fs.readFileSync('/tmp/cache.json', 'utf8')",
    "fs.writeFileSync(path.join(DATA_DIR, 'export.csv'), csv)",
  ],
  invalid: [
    { code: "function writeScratch(req) {\n  const file = '/tmp/graphql-upload-' + req.body.name\n  fs.writeFileSync(file, req.body.data)\n}", findings: [{ line: 3 }] },
    { code: "export async function exportCsv(userId: string, csv: string) {\n  const file = path.join(os.tmpdir(), `export-${userId}.csv`)\n  await fs.promises.writeFile(file, csv)\n  return file\n}", path: 'src/export.ts', findings: [{ line: 3 }] },
    { code: "const out = fs.createWriteStream(`/tmp/report-${Date.now()}.pdf`)", findings: [{ line: 1 }] },
    // a string argument is the data or the encoding, not an exclusive flag, whatever letters it holds
    { code: "fs.writeFileSync(path.join(os.tmpdir(), 'job.state'), 'exited')\nfs.writeFileSync(path.join(os.tmpdir(), 'session.key'), keyHex, 'hex')", findings: [{ line: 1 }, { line: 2 }] },
    // a DOM or emitter `event` is no Lambda's
    { code: "bus.on('export', async (event) => {\n  fs.writeFileSync(`/tmp/export-${event.id}.csv`, event.csv)\n})", findings: [{ line: 2 }] },
    // a helper's return keeps where the path points
    { code: "function scratch(name) {\n  return path.join(os.tmpdir(), name)\n}\nexport function save(name, body) {\n  fs.writeFileSync(scratch(name), body)\n}", findings: [{ line: 5 }] },
  ],
})

testRule(registered('python/insecure-temp-file'), {
  valid: [
    'import tempfile\nfrom pathlib import Path\n\ndef lambda_handler(event, context):\n    (Path(tempfile.gettempdir()) / f"export-{event[\'id\']}.csv").write_text(event["body"])',
    'import tempfile\nwith tempfile.NamedTemporaryFile("wb", delete=False) as fh:\n    fh.write(data)',
    'import os, tempfile\ndirectory = tempfile.mkdtemp()\nwith open(os.path.join(directory, "upload.bin"), "wb") as fh:\n    fh.write(data)',
    'import os, tempfile, uuid\npath = os.path.join(tempfile.gettempdir(), f"{uuid.uuid4()}.bin")\nwith open(path, "wb") as fh:\n    fh.write(data)',
    'import os, tempfile\nwith open(os.path.join(tempfile.gettempdir(), "cache.json")) as fh:\n    cache = fh.read()',
    // pathlib: a private directory, a read, a path outside the temp directory, an exclusive create
    'import tempfile\nfrom pathlib import Path\nout = Path(tempfile.mkdtemp()) / f"export-{uid}.csv"\nout.write_text(body)',
    'from pathlib import Path\nlock = Path("/tmp/app.lock").read_text()',
    'from pathlib import Path\nPath("/etc/app/app.conf").write_text(body)',
    'import os\nfd = os.open("/tmp/app.lock", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)',
    'from pathlib import Path\nwith (Path("/tmp") / "app.lock").open("x") as fh:\n    fh.write("1")',
  ],
  invalid: [
    { code: 'import os\nfrom pathlib import Path\nPath("/tmp/app.lock").write_text(str(os.getpid()))', findings: [{ line: 3 }] },
    { code: 'import tempfile\nfrom pathlib import Path\n(Path(tempfile.gettempdir()) / f"export-{uid}.csv").write_text(body)', findings: [{ line: 3 }] },
    { code: 'from pathlib import Path\nout = Path("/tmp") / f"export-{uid}.csv"\nwith out.open("w") as fh:\n    fh.write(body)', findings: [{ line: 3 }] },
    { code: 'import os\nfd = os.open("/tmp/app.lock", os.O_WRONLY | os.O_CREAT, 0o600)', findings: [{ line: 2 }] },
    { code: 'import os, tempfile\ndef stage_upload(name, data):\n    path = os.path.join(tempfile.gettempdir(), name)\n    with open(path, "wb") as fh:\n        fh.write(data)\n    return path', findings: [{ line: 4 }] },
    { code: 'def dump(report):\n    with open(f"/tmp/report-{report.id}.csv", "w") as fh:\n        fh.write(report.csv)', findings: [{ line: 2 }] },
    // the path comes from a helper
    { code: 'import os, tempfile\ndef cache_path(report_id):\n    return os.path.join(tempfile.gettempdir(), f"report-{report_id}.json")\n\ndef store(report_id, text):\n    with open(cache_path(report_id), "w") as fh:\n        fh.write(text)', findings: [{ line: 6 }] },
  ],
})

// fs.promises.mkdtemp makes a private directory: a file joined under it is nobody else's; a name under /tmp built from an id is.
testRule(registered('js/insecure-temp-file'), {
  valid: [
    { path: 'src/invoices/pdf.service.ts', code: "import { promises as fs } from 'node:fs'\nimport os from 'node:os'\nimport path from 'node:path'\nexport async function exportPdf(id: string, pdf: Buffer) {\n  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-'))\n  await fs.writeFile(path.join(dir, 'invoice.pdf'), pdf)\n}" },
  ],
  invalid: [
    { path: 'src/invoices/pdf.service.ts', code: "import { promises as fs } from 'node:fs'\nexport async function exportPdf(id: string, pdf: Buffer) {\n  await fs.writeFile(`/tmp/invoice-${id}.pdf`, pdf)\n}", findings: [{ line: 3 }] },
  ],
})
