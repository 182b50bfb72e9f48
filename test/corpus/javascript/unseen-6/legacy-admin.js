const express = require('express');
const mysql = require('mysql');
const crypto = require('crypto');

const router = express.Router();
const conn = mysql.createConnection({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD });

router.post('/admin/users', (req, res) => {
  const { username, password, role } = req.body;
  const hash = crypto.createHash('md5').update(password).digest('hex'); // expect: weak-hash
  conn.query('INSERT INTO users (username, hash, role) VALUES (?, ?, ?)', [username, hash, role], (err) => {
    if (err) return res.status(500).json({ error: 'insert failed' });
    res.status(201).end();
  });
});

router.get('/admin/users', (req, res) => {
  const role = req.query.role || 'member';
  conn.query("SELECT id, username FROM users WHERE role = '" + role + "'", (err, rows) => { // expect: sql-injection
    if (err) return res.status(500).json({ error: 'query failed', detail: err.stack }); // expect: debug-mode
    res.json(rows);
  });
});

module.exports = router;
