// corpus: path=api/controllers/ReportController.js
/**
 * ReportController
 *
 * Sales reports for the account dashboard.
 */
const path = require('path')

const PERIODS = { day: 'day', week: 'week', month: 'month' }

module.exports = {
  async summary(req, res) {
    const accountId = req.session.accountId
    const period = PERIODS[req.param('period')] || 'month'
    const result = await sails.sendNativeQuery(
      `SELECT region, date_trunc('${period}', created_at) AS bucket, SUM(amount) AS total FROM orders WHERE account_id = $1 GROUP BY 1, 2`, // ok: sql-injection
      [accountId]
    )
    return res.json(result.rows)
  },

  async byProduct(req, res) {
    const accountId = req.session.accountId
    const category = req.param('category')
    const result = await Product.getDatastore().sendNativeQuery( // expect: sql-injection
      `SELECT p.name, SUM(o.amount) AS total FROM orders o JOIN products p ON p.id = o.product WHERE o.account_id = $1 AND p.category = '${category}' GROUP BY p.name`,
      [accountId]
    )
    return res.json(result.rows)
  },

  async export(req, res) {
    const accountId = req.session.accountId
    const name = req.param('name') || `${accountId}.csv`
    const file = path.join(sails.config.appPath, '.tmp', 'exports', name) // expect: path-traversal
    return res.download(file) // also: path-traversal
  },

  async update(req, res) {
    const report = await SavedReport.updateOne({ id: req.param('id'), account: req.session.accountId }).set(req.allParams()) // expect: mass-assignment
    if (!report) return res.notFound()
    return res.json(report)
  },

  async rename(req, res) {
    const report = await SavedReport.updateOne({ id: req.param('id'), account: req.session.accountId }).set({ name: String(req.param('name')) }) // ok: mass-assignment
    if (!report) return res.notFound()
    return res.json(report)
  },

  async share(req, res) {
    const back = req.param('back')
    if (typeof back === 'string' && back.startsWith('/') && !back.startsWith('//')) {
      return res.redirect(back) // ok: open-redirect
    }
    return res.redirect(req.get('referer') || '/reports') // expect: open-redirect
  },
}
