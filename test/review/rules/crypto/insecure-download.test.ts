import { insecureDownload } from '../../../../src/review/rules/crypto/insecure-download'
import { testRule } from '../../rule-tester'

testRule(insecureDownload, {
  valid: [
    'curl -fsSL https://get.docker.com | sh\n',
    'curl -fsSL --cacert /etc/ssl/corp.pem https://artifacts.corp/tool.tgz -o tool.tgz\n',
    // Local health checks against a self-signed endpoint.
    'curl -kfs https://localhost:8443/healthz || exit 1\n',
    { code: 'HEALTHCHECK CMD curl -k --fail https://127.0.0.1:8443/ready\n', path: 'Dockerfile' },
    '# curl -k https://example.com  (never do this)\necho "use curl -k only locally"\n',
    'tar -xkf archive.tar && kubectl apply -f k8s/\n',
    'wget -q https://example.com/file.tgz\n',
    { code: '--index-url https://pypi.org/simple\nrequests==2.32.3\n', path: 'requirements.txt' },
  ],
  invalid: [
    {
      code: 'curl -fsSLk https://get.example.com/install.sh | sh\n',
      findings: [
        {
          line: 1,
          severity: 'major',
          message: '`curl -fsSLk https://get.example.com/install.sh` disables certificate checks (`-k`), so a network attacker can swap what gets downloaded and run.',
          suggestion: /--cacert/,
        },
      ],
    },
    { code: 'RUN curl --insecure -o /usr/local/bin/tool https://releases.example.com/tool && chmod +x /usr/local/bin/tool\n', path: 'Dockerfile', findings: [{ line: 1, message: /`--insecure`/ }] },
    { code: 'RUN wget --no-check-certificate https://example.com/jdk.tar.gz\n', path: 'Dockerfile', findings: [{ line: 1, suggestion: /--ca-certificate/ }] },
    { code: 'steps:\n  - run: git config --global http.sslVerify false\n', path: '.github/workflows/ci.yml', findings: [{ line: 2, message: /sslVerify/ }] },
    { code: 'npm config set strict-ssl false\n', findings: [{ line: 1, message: /strict-ssl/ }] },
    { code: 'RUN pip install --trusted-host pypi.internal -r requirements.txt\n', path: 'Dockerfile', findings: [{ line: 1, message: /--trusted-host/ }] },
    { code: 'script:\n  - curl -sk https://nexus.internal/repo/app.jar -o app.jar\n', path: '.gitlab-ci.yml', findings: [{ line: 2 }] },
  ],
})
