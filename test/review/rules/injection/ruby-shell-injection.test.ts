import { rubyShellInjection } from '../../../../src/review/rules/injection/ruby-shell-injection'
import { testRule } from '../../rule-tester'

testRule(rubyShellInjection, {
  valid: [
    'system("git", "clone", url, dir)',
    'output = `git rev-parse HEAD`',
    'system("make build")',
    'puts "Running #{name}"',
    'Open3.capture2("grep", pattern, file)',
    'out = `convert #{Shellwords.escape(path)} out.png`',
    '# system("rm -rf #{dir}")',
    'record.exec("update #{table}")',
    { code: 'system("rm -rf #{tmp}")', path: 'spec/cleanup_spec.rb' },
  ],
  invalid: [
    {
      code: 'def thumb(path)\n  `convert #{path} -resize 50% out.png`\nend',
      findings: [{ line: 2, message: /Backticks.*interpolating `path`/, severity: 'critical', suggestion: /system\("git", "clone"/ }],
    },
    { code: 'system("tar czf #{name}.tgz #{dir}")', findings: [{ line: 1, message: /`system\("tar czf.*`name`, `dir`/ }] },
    { code: 'system "rm -rf #{params[:dir]}"', findings: [{ line: 1, message: /params\[:dir\]/ }] },
    { code: 'out = %x(ls #{dir})', findings: [{ line: 1, message: /%x\(\.\.\.\)/ }] },
    { code: 'IO.popen("grep #{pattern} log.txt") { |io| io.read }', findings: [{ line: 1, message: /IO\.popen/ }] },
    { code: 'stdout, status = Open3.capture2("ping -c 1 #{host}")', findings: [{ line: 1, message: /Open3\.capture2/ }] },
  ],
})
