// corpus: path=src/routes/session.js
const express = require('express')

const router = express.Router()

router.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.redirect(req.body.next || '/') // expect: open-redirect
  })
})

module.exports = router
