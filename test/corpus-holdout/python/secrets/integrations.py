# corpus: path=integrations/clients.py
import os

import boto3
import stripe
from slack_sdk import WebClient

stripe.api_key = os.environ.get("STRIPE_SECRET_KEY", "")  # ok: hardcoded-secret

s3 = boto3.client(  # ok: hardcoded-secret
    "s3",
    region_name=os.environ.get("AWS_REGION", "eu-west-1"),
)

archive = boto3.client(
    "s3",
    aws_access_key_id="AKIAZ7QH3KXW4PLM2RTN",  # expect: hardcoded-secret
    aws_secret_access_key="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",  # expect: hardcoded-secret
)

slack = WebClient(token=os.environ["SLACK_BOT_TOKEN"])  # ok: hardcoded-secret

GITHUB_TOKEN = "ghp_4mQ9rX2tLw7KpZ1bN8vYc3Hs6Dj0Fa5EuG2T"  # expect: hardcoded-secret

SENDGRID_API_KEY_NAME = "SENDGRID_API_KEY"  # ok: hardcoded-secret
DEFAULT_PASSWORD_LENGTH = 16
