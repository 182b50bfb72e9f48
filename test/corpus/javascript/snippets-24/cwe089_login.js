const mysql = require('mysql')
const connection = mysql.createConnection({ host: 'localhost', user: 'app', password: process.env.DB_PASSWORD, database: 'app' })

function login(req, res) {
  const user = req.body.username
  const pass = req.body.password
  const sql = "SELECT * FROM users WHERE username = '" + user + "' AND password = '" + pass + "'"
  connection.query(sql, (err, rows) => { // expect: sql-injection
    if (err || rows.length === 0) return res.status(401).send('denied')
    res.send('welcome')
  })
}

function loginSafe(req, res) {
  connection.query('SELECT id FROM users WHERE username = ? AND password_hash = ?', [req.body.username, req.body.hash], (err, rows) => { // ok: sql-injection
    res.send(rows && rows.length ? 'welcome' : 'denied')
  })
}

module.exports = { login, loginSafe }
