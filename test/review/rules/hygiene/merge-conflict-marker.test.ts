import { mergeConflictMarker } from '../../../../src/review/rules/hygiene/merge-conflict-marker'
import { testRule } from '../../rule-tester'

const conflict = 'const timeout = 30\n<<<<<<< HEAD\nconst retries = 3\n=======\nconst retries = 5\n>>>>>>> feature/retries\n'

testRule(mergeConflictMarker, {
  valid: [
    'const timeout = 30\n// ======= section =======\n',
    { code: 'Title\n=======\n\nText.\n', path: 'README.md' },
    { code: 'Resolve conflicts like this:\n\n```\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> branch\n```\n', path: 'docs/git.md' },
    'if (a <<<<<<< b) {}\n',
    'const arrow = ">>>>>>> not at column 0"\n  <<<<<<< indented\n',
    { code: 'x = 1\n=======\ny = 2\n', path: 'notes.txt' },
  ],
  invalid: [
    {
      code: conflict,
      findings: [{ line: 2, message: /`<<<<<<< HEAD`.*through line 6/, severity: 'major' }],
    },
    { code: conflict, path: 'app.py', findings: [{ line: 2 }] },
    { code: 'name: app\n<<<<<<< ours\nreplicas: 2\n||||||| base\nreplicas: 1\n=======\nreplicas: 3\n>>>>>>> theirs\n', path: 'deploy/app.yml', findings: [{ line: 2 }] },
    {
      // The opening marker already sat in the file: the added closing marker is reported.
      code: '',
      diff: 'diff --git a/src/app.ts b/src/app.ts\n--- a/src/app.ts\n+++ b/src/app.ts\n@@ -1,3 +1,5 @@\n <<<<<<< HEAD\n const a = 1\n+=======\n+const a = 2\n+>>>>>>> main\n',
      findings: [{ line: 3, message: /`=======`/ }, { line: 5, message: /`>>>>>>> main`/ }],
    },
  ],
})
