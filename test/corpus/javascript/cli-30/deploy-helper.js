// corpus: path=scripts/deploy-helper.js
// Interactive helper the on-call engineer runs to roll a service back to an earlier tag.
const readlineSync = require('readline-sync')
const { execFileSync, execSync } = require('child_process')

const SERVICES = ['api', 'worker', 'scheduler']

function listTags(service) {
  return execFileSync('git', ['tag', '--list', `${service}-*`], { encoding: 'utf8' }) // ok: command-injection
    .split('\n')
    .filter(Boolean)
    .slice(-10)
}

function main() {
  const index = readlineSync.keyInSelect(SERVICES, 'Which service?')
  if (index < 0) return
  const service = SERVICES[index]
  console.log(listTags(service).join('\n'))
  const tag = readlineSync.question('Tag to roll back to: ')
  execSync(`git checkout ${tag} && ./deploy.sh ${service}`, { stdio: 'inherit' }) // expect: command-injection
  const note = readlineSync.question('Note for the changelog: ')
  execFileSync('git', ['notes', 'add', '-m', note, tag], { stdio: 'inherit' }) // ok: command-injection
}

main()
