/**
 * ReportController
 *
 * Sales reports for the account dashboard.
 */
const path = require('path')

module.exports = {
  async summary(req, res) {
    const accountId = req.session.accountId
    const result = await sails.sendNativeQuery(
      'SELECT region, SUM(amount) AS total FROM orders WHERE account_id = $1 GROUP BY region',
      [accountId]
    )
    return res.json(result.rows)
  },

  async byProduct(req, res) {
    const accountId = req.session.accountId
    const products = await Product.find({ account: accountId }).sort('name ASC')
    return res.json(products)
  },

  async export(req, res) {
    const accountId = req.session.accountId
    const file = path.join(sails.config.appPath, '.tmp', 'exports', `${accountId}.csv`)
    return res.download(file)
  },
}
