/**
 * A password sent with `login()` over a plain SMTP or FTP connection to a host from configuration:
 * no `starttls()` first, no `SMTP_SSL`/`FTP_TLS`, so it crosses the network in clear. A host written
 * at the connection is reported there instead; a local relay stays quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const HEAD = 'import ftplib\nimport os\nimport smtplib\n\nSMTP_HOST = os.environ.get("SMTP_HOST", "smtp.mailgun.org")\n\n'

testRule(registered('python/cleartext-http'), {
  valid: [
    { code: `${HEAD}def send(msg, user, password):\n    with smtplib.SMTP(SMTP_HOST, 587) as smtp:\n        smtp.starttls()\n        smtp.login(user, password)\n        smtp.send_message(msg)`, path: 'app/mail.py' },
    { code: `${HEAD}def send(msg, user, password):\n    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:\n        smtp.login(user, password)`, path: 'app/mail.py' },
    { code: `${HEAD}def upload(host, user, password):\n    ftp = ftplib.FTP_TLS(host)\n    ftp.login(user, password)\n    ftp.prot_p()`, path: 'app/transfer.py' },
    { code: `${HEAD}def relay(msg):\n    with smtplib.SMTP("localhost") as smtp:\n        smtp.login("relay", os.environ["RELAY_PASSWORD"])`, path: 'app/mail.py' },
    // A login method of something else.
    { code: `${HEAD}def sign_in(client, user, password):\n    session = client.session()\n    session.login(user, password)`, path: 'app/client.py' },
  ],
  invalid: [
    { code: `${HEAD}def send(msg, user, password):\n    with smtplib.SMTP(SMTP_HOST, 25) as smtp:\n        smtp.login(user, password)\n        smtp.send_message(msg)`, path: 'app/mail.py', findings: [{ line: 9, message: /plain SMTP connection to `SMTP_HOST` with no `starttls\(\)`/ }] },
    { code: `${HEAD}def upload(host, user, password):\n    ftp = ftplib.FTP(host)\n    ftp.login(user, password)`, path: 'app/transfer.py', findings: [{ line: 9, message: /plain FTP connection/ }] },
  ],
})
