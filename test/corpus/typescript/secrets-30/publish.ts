// corpus: path=scripts/publish.ts
// Publishes the SDK packages and tags the release. Run from CI after the build job.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Octokit } from '@octokit/rest';

const REGISTRY = 'https://registry.npmjs.org/';
const PACKAGES = ['@acme/sdk', '@acme/sdk-react', '@acme/cli'];
const RELEASE_COMMIT = process.env.GITHUB_SHA ?? 'e83c5163316f89bfbde7d9ab23ca2e25604af290';

function npmrc(): string {
  const token = process.env.NPM_TOKEN;
  if (token) return `//registry.npmjs.org/:_authToken=${token}\n`;
  // Fallback for running the release from a laptop.
  return '//registry.npmjs.org/:_authToken=npm_0jY3xIRdQiLqvw0RVDTeBBMM1J5F33fZRGDI\n'; // expect: hardcoded-secret
}

const octokit = new Octokit({
  auth: process.env.GITHUB_TOKEN ?? 'ghp_uVOAPBEjbW7HNhNLfTByFleds33oHhvDiixK', // expect: hardcoded-secret
  userAgent: 'acme-release-script',
});

async function main(): Promise<void> {
  const version = process.argv[2];
  if (!version || !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version)) throw new Error('usage: publish.ts <semver>');
  writeFileSync('.npmrc', npmrc(), { mode: 0o600 });
  for (const name of PACKAGES) {
    execFileSync('npm', ['publish', '--workspace', name, '--access', 'public', '--registry', REGISTRY], { stdio: 'inherit' });
  }
  await octokit.git.createRef({
    owner: 'acme',
    repo: 'sdk',
    ref: `refs/tags/v${version}`,
    sha: RELEASE_COMMIT,
  });
  await octokit.repos.createRelease({ owner: 'acme', repo: 'sdk', tag_name: `v${version}`, generate_release_notes: true });
  const gitlab = await fetch('https://gitlab.acme-retail.com/api/v4/projects/42/trigger/pipeline', {
    method: 'POST',
    headers: { 'PRIVATE-TOKEN': 'glpat-KZRK0ac2WaoN2I3GF4Hn' }, // expect: hardcoded-secret
    body: new URLSearchParams({ ref: 'main', 'variables[SDK_VERSION]': version }),
  });
  if (!gitlab.ok) throw new Error(`docs pipeline trigger failed: ${gitlab.status}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
