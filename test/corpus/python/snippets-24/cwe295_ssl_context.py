# corpus: path=app/clients/smtp_relay.py
import smtplib
import ssl


def open_relay(host, port):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # also: tls-verify-disabled
    ctx.verify_mode = ssl.CERT_NONE  # expect: tls-verify-disabled
    server = smtplib.SMTP(host, port)
    server.starttls(context=ctx)
    return server
