import { goShellInjection } from '../../../../src/review/rules/injection/go-shell-injection'
import { testRule } from '../../rule-tester'

testRule(goShellInjection, {
  valid: [
    'out, err := exec.Command("git", "clone", url, dir).Output()',
    'cmd := exec.Command("sh", "-c", "ls -la | wc -l")',
    'script := "make build"\nerr := exec.Command("bash", "-c", script).Run()',
    'cmd := exec.CommandContext(ctx, "tar", "czf", name+".tgz", dir)',
    'cmd := exec.Command(fmt.Sprintf("%s/bin/tool", root), "--version")',
    '// exec.Command("sh", "-c", fmt.Sprintf("rm -rf %s", dir))',
    { code: 'exec.Command("sh", "-c", fmt.Sprintf("rm -rf %s", dir)).Run()', path: 'pkg/x/x_test.go' },
    'exec.Command("sh", "-c", fmt.Sprintf("sleep %d", seconds)).Run()',
  ],
  invalid: [
    {
      code: 'out, err := exec.Command("sh", "-c", fmt.Sprintf("git clone %s %s", url, dir)).Output()',
      findings: [{ line: 1, message: /`fmt\.Sprintf` from `url`, `dir` through "sh"/, severity: 'critical', suggestion: /exec\.Command\("git", "clone", url, dir\)/ }],
    },
    {
      code: 'cmd := exec.CommandContext(ctx, "/bin/bash", "-c", "ping -c 1 "+host)',
      findings: [{ line: 1, message: /string concatenation from `host`/ }],
    },
    {
      code: 'script := fmt.Sprintf("convert %s -resize 50%% %s", in, out)\ncmd := exec.Command("sh", "-c", script)',
      findings: [{ line: 2, message: /built on line 1/ }],
    },
    {
      code: 'func run(script string) error {\n\treturn exec.Command("sh", "-c", script).Run()\n}',
      findings: [{ line: 2, severity: 'major' }],
    },
    {
      code: 'cmd := exec.Command("cmd", "/C", "dir "+path)',
      findings: [{ line: 1 }],
    },
  ],
})
