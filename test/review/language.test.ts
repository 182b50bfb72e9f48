import { describe, it } from 'vitest'
import { detectLanguage, isGeneratedPath, isTestPath } from '../../src/review/language'
import type { Language } from '../../src/review/types'

describe('detectLanguage', () => {
  const cases: Array<[string, Language]> = [
    ['app.py', 'python'],
    ['pkg/types.pyi', 'python'],
    ['src/app.ts', 'typescript'],
    ['src/App.tsx', 'typescript'],
    ['vite.config.mts', 'typescript'],
    ['src/app.js', 'javascript'],
    ['index.mjs', 'javascript'],
    ['src/Button.jsx', 'javascript'],
    ['main.go', 'go'],
    ['src/Main.java', 'java'],
    ['build.gradle.kts', 'kotlin'],
    ['app.rb', 'ruby'],
    ['Gemfile', 'ruby'],
    ['index.php', 'php'],
    ['Program.cs', 'csharp'],
    ['src/main.rs', 'rust'],
    ['lib/x.h', 'c'],
    ['lib/x.cpp', 'cpp'],
    ['deploy.sh', 'shell'],
    ['.envrc', 'shell'],
    ['schema.sql', 'sql'],
    ['index.html', 'html'],
    ['styles.scss', 'css'],
    ['src/App.vue', 'vue'],
    ['src/App.svelte', 'svelte'],
    ['config.yml', 'yaml'],
    ['k8s/deploy.yaml', 'yaml'],
    ['package.json', 'json'],
    ['tsconfig.json', 'json'],
    ['pyproject.toml', 'toml'],
    ['setup.cfg', 'ini'],
    ['README.md', 'markdown'],
    ['Dockerfile', 'dockerfile'],
    ['docker/api.dockerfile', 'dockerfile'],
    ['Dockerfile.prod', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['Makefile', 'makefile'],
    ['rules.mk', 'makefile'],
    ['infra/main.tf', 'terraform'],
    ['prod.tfvars', 'terraform'],
    ['.env', 'dotenv'],
    ['.env.local', 'dotenv'],
    ['.env.production', 'dotenv'],
    ['.env.example', 'dotenv'],
    ['.env.sample', 'dotenv'],
    ['.env.template', 'dotenv'],
    ['config/prod.env', 'dotenv'],
    ['.github/workflows/ci.yml', 'github-actions'],
    ['.github/workflows/release.yaml', 'github-actions'],
    ['.github/dependabot.yml', 'yaml'],
    ['requirements.txt', 'requirements'],
    ['requirements-dev.txt', 'requirements'],
    ['requirements/base.txt', 'requirements'],
    ['requirements.in', 'requirements'],
    ['notes.txt', 'text'],
    ['LICENSE', 'text'],
    ['.gitignore', 'text'],
    ['constructor', 'text'],
    ['x.constructor', 'text'],
    ['./src/app.ts', 'typescript'],
    ['src\\app.py', 'python'],
    ['APP.PY', 'python'],
  ]
  for (const [path, language] of cases) it(`${path} → ${language}`, ({ expect }) => expect(detectLanguage(path)).toBe(language))
})

describe('isTestPath', () => {
  const tests = [
    'test/app.test.ts', 'tests/test_api.py', 'src/__tests__/x.ts', 'spec/models/user_spec.rb', 'pkg/server_test.go',
    'test_utils.py', 'app/utils_test.py', 'src/a.test.js', 'src/a.spec.tsx', 'conftest.py', 'app/tests.py',
    'src/test/java/FooTest.java', 'e2e/login.ts', 'pkg/testdata/input.json', 'src/components/Button.spec.vue',
  ]
  const notTests = ['src/app.ts', 'app/testing_utils_helpers.py', 'src/contest.ts', 'latest.py', 'src/attest.go', 'docs/testimonials.md']
  for (const path of tests) it(`${path} is a test`, ({ expect }) => expect(isTestPath(path)).toBe(true))
  for (const path of notTests) it(`${path} is not a test`, ({ expect }) => expect(isTestPath(path)).toBe(false))
})

describe('isGeneratedPath', () => {
  const generated: Array<[string, RegExp]> = [
    ['package-lock.json', /lock file/],
    ['web/yarn.lock', /lock file/],
    ['pnpm-lock.yaml', /lock file/],
    ['poetry.lock', /lock file/],
    ['Cargo.lock', /lock file/],
    ['Gemfile.lock', /lock file/],
    ['composer.lock', /lock file/],
    ['go.sum', /lock file/],
    ['dist/index.js', /dist/],
    ['packages/ui/build/main.js', /build/],
    ['vendor/github.com/x/y.go', /vendor/],
    ['node_modules/left-pad/index.js', /node_modules/],
    ['third_party/lib/a.c', /third_party/],
    ['static/app.min.js', /minified/],
    ['static/app.min.css', /minified/],
    ['static/app.js.map', /source map/],
    ['api/v1/service.pb.go', /protobuf/],
    ['api/service_pb2.py', /protobuf/],
    ['src/schema.generated.ts', /generated/],
    ['src/__snapshots__/App.test.tsx.snap', /snapshot/],
  ]
  for (const [path, reason] of generated) it(`${path} is generated`, ({ expect }) => expect(isGeneratedPath(path)).toMatch(reason))
  const written = ['src/app.ts', 'src/build.ts', 'docs/distribution.md', 'package.json', 'src/vendors.ts', 'lib/map.ts', 'src/constructor/x.ts']
  for (const path of written) it(`${path} is hand-written`, ({ expect }) => expect(isGeneratedPath(path)).toBeUndefined())
})
