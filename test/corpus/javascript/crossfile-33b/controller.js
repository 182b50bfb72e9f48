// corpus: path=server/controllers/account.js changeset=account
const accountService = require('../services/account')
const mailer = require('../services/mailer')

exports.changeEmail = async function (req, res, next) {
  try {
    await accountService.updateEmail(req.user.id, req.body.email)
    await mailer.sendConfirmation(req.body.email, req.body.displayName)
    res.redirect(accountService.afterSaveUrl(req.query.return_to)) // expect: open-redirect
  } catch (err) {
    next(err)
  }
}

exports.avatar = function (req, res) {
  res.sendFile(accountService.avatarPath(req.params.file))
}
