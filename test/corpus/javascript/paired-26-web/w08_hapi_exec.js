// corpus: path=server/routes/tools.js
const { exec, execFile } = require('child_process')
const { promisify } = require('util')

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

module.exports = [
  {
    method: 'GET',
    path: '/tools/whois',
    handler: async (request) => {
      const { stdout } = await execAsync('whois ' + request.query.domain) // expect: command-injection
      return { stdout }
    },
  },
  {
    method: 'GET',
    path: '/v2/tools/whois',
    handler: async (request) => {
      const { stdout } = await execFileAsync('whois', [String(request.query.domain)]) // ok: command-injection
      return { stdout }
    },
  },
]
