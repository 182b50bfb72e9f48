import { pythonBlockingIo } from '../../../../src/review/rules/async/python-blocking-io'
import { testRule } from '../../rule-tester'

testRule(pythonBlockingIo, {
  valid: [
    'def convert(path):\n    subprocess.run(["ffmpeg", "-i", path, "out.mp4"], check=True)',
    'async def convert(path):\n    proc = await asyncio.create_subprocess_exec("ffmpeg", "-i", path)\n    await proc.wait()',
    'async def convert(path):\n    await asyncio.to_thread(subprocess.run, ["ffmpeg", "-i", path])',
    'async def get_db():\n    async with aiosqlite.connect(DB_PATH) as db:\n        yield db',
    'async def load():\n    async with aiofiles.open(path) as f:\n        return await f.read()',
    'def load_settings():\n    return json.load(open("settings.json"))',
    'async def handler():\n    conn = await asyncpg.connect(DSN)',
    'async def main():\n    # subprocess.run(cmd) blocks\n    pass',
  ],
  invalid: [
    {
      code: 'import subprocess\n\nasync def convert(path):\n    subprocess.run(["ffmpeg", "-i", path, "out.mp4"], check=True)',
      findings: [{ line: 4, message: /`subprocess\.run\(\.\.\.\)` in `async def convert` waits for the child process/, severity: 'major', suggestion: /create_subprocess_exec/ }],
    },
    {
      code: '@app.get("/users/{uid}")\nasync def get_user(uid: int):\n    conn = sqlite3.connect("app.db")\n    return conn.execute("SELECT * FROM users WHERE id = ?", (uid,)).fetchone()',
      findings: [{ line: 3, message: /`sqlite3\.connect\(\.\.\.\)`.*synchronous driver/, suggestion: /aiosqlite/ }],
    },
    {
      code: 'async def startup():\n    conn = psycopg2.connect(DATABASE_URL)',
      findings: [{ line: 2, message: /psycopg2\.connect/ }],
    },
    {
      code: 'async def report():\n    data = open("report.csv").read()\n    cfg = json.load(open("config.json"))',
      findings: [{ line: 2, severity: 'minor', message: /`open\("report\.csv"\)\.read\(\.\.\.\)` in `async def report` does file I\/O/ }, { line: 3, severity: 'minor' }],
    },
    {
      code: 'async def deploy():\n    os.system("make deploy")',
      findings: [{ line: 2, message: /os\.system/ }],
    },
  ],
})

// An argument list is only the stall (a shell command is reported as shell injection: test/review/same-flaw.test.ts).
testRule(pythonBlockingIo, {
  valid: [],
  invalid: [{ code: 'import subprocess\nfrom flask import request\n\n@app.post("/ping")\nasync def ping():\n    return subprocess.run(["ping", "-c", "1", request.form["host"]]).returncode', path: 'app/tools.py', findings: [{ line: 6 }] }],
})

// A file read from a number is only the stall (one from request text is path traversal: test/review/same-flaw.test.ts).
testRule(pythonBlockingIo, {
  valid: [],
  invalid: [{ code: 'from fastapi import FastAPI\n\napi = FastAPI()\n\n@api.get("/d")\nasync def d(path: int):\n    return open(f"/srv/data/{path}.json").read()', path: 'app/files.py', findings: [{ line: 7 }] }],
})
