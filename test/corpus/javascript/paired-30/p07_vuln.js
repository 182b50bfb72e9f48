// corpus: path=src/integrations/payroll.js
const axios = require('axios')

const payroll = axios.create({
  baseURL: 'http://payroll.partner-example.com/api/v1', // expect: cleartext-http
  headers: { Authorization: `Bearer ${process.env.PAYROLL_TOKEN}` },
  timeout: 10000,
})

async function submitTimesheet(employeeId, hours) {
  const { data } = await payroll.post('/timesheets', { employeeId, hours })
  return data.id
}

module.exports = { submitTimesheet }
