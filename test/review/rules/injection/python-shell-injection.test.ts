import { pythonShellInjection } from '../../../../src/review/rules/injection/python-shell-injection'
import { testRule } from '../../rule-tester'

testRule(pythonShellInjection, {
  valid: [
    'subprocess.run(["git", "clone", url, dest], check=True)',
    'subprocess.run(cmd, shell=False)',
    'out = subprocess.check_output(["ls", "-la", path])',
    'os.system("clear")',
    'cmd = "make build"\nos.system(cmd)',
    'subprocess.run(f"convert {shlex.quote(path)} out.png", shell=True)',
    'self.run(f"task {name}", shell=True)',
    '# os.system(f"rm -rf {path}")',
    'def f():\n    """Avoid os.system(f"rm {path}") in handlers."""',
    { code: 'subprocess.run(f"pytest {target}", shell=True)', path: 'tests/test_cli.py' },
    'result = runner.run(job)\nprint(os.popen_count)',
  ],
  invalid: [
    {
      code: 'import os\nos.system(f"rm -rf /tmp/uploads/{name}")',
      findings: [{ line: 2, message: /`os\.system\(f"rm -rf.*a command built with an f-string from `name`/, severity: 'critical', suggestion: /subprocess\.run\(\[/ }],
    },
    {
      code: 'subprocess.run("tar xzf " + archive, shell=True, check=True)',
      findings: [{ line: 1, message: /string concatenation from `archive`/, severity: 'critical' }],
    },
    {
      code: 'out = subprocess.check_output(\n    "grep {} /var/log/app.log".format(pattern),\n    shell=True,\n)',
      findings: [{ line: 1, message: /`\.format\(\)` from `pattern`/ }],
    },
    {
      code: 'def run(cmd):\n    return subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)',
      findings: [{ line: 2, message: /`cmd`, which is not a constant/, severity: 'major' }],
    },
    {
      code: 'cmd = f"ffmpeg -i {src} {dst}"\nos.system(cmd)',
      findings: [{ line: 2, message: /built on line 1/, severity: 'critical' }],
    },
    {
      code: 'subprocess.call("ls -la /tmp", shell=True)',
      findings: [{ line: 1, severity: 'minor', suggestion: /shlex\.split\("ls -la \/tmp"\)/ }],
    },
    {
      code: 'proc = await asyncio.create_subprocess_shell(f"ping -c 1 {host}")\nstream = os.popen("df -h " + mount)',
      findings: [{ line: 1 }, { line: 2 }],
    },
  ],
})
