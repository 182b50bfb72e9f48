module.exports = {
  port: Number(process.env.PORT) || 8080,
  logLevel: 'info',
  db: {
    host: process.env.DB_HOST,
    port: 5432,
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: 'tally',
    ssl: { rejectUnauthorized: true },
  },
  session: {
    secret: process.env.SESSION_SECRET,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  },
  mail: {
    from: 'Tally <no-reply@tally.example.com>',
    transport: 'ses',
  },
};
