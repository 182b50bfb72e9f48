// corpus: path=src/jobs/archive.js
const { execSync } = require('child_process')
const { quote } = require('shell-quote')

class Archiver {
  constructor(root) {
    this.root = root
  }

  archive(job) {
    const name = job.payload.label
    execSync(quote(['tar', '-czf', `${this.root}/${name}.tar.gz`, '-C', this.root, name])) // ok: command-injection
  }
}

module.exports = function register(queue) {
  const archiver = new Archiver('/srv/exports')
  queue.process('archive', (job, done) => {
    archiver.archive(job)
    done()
  })
}
