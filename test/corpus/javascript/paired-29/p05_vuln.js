// corpus: path=src/payroll/client.js
const axios = require('axios')

const PAYROLL_API = 'http://payroll.partner-hr.com/api/v3' // expect: cleartext-http

async function submitTimesheet(employeeId, hours) {
  const { data } = await axios.post(`${PAYROLL_API}/timesheets`, { employeeId, hours }, {
    headers: { Authorization: `Bearer ${process.env.PAYROLL_TOKEN}` },
  })
  return data.id
}

module.exports = { submitTimesheet }
