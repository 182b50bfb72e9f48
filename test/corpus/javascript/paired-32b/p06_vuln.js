// corpus: path=src/jobs/archive.js
const { execSync } = require('child_process')

class Archiver {
  constructor(root) {
    this.root = root
  }

  archive(job) {
    const name = job.payload.label
    execSync(`tar -czf ${this.root}/${name}.tar.gz -C ${this.root} ${name}`) // expect: command-injection
  }
}

module.exports = function register(queue) {
  const archiver = new Archiver('/srv/exports')
  queue.process('archive', (job, done) => {
    archiver.archive(job)
    done()
  })
}
