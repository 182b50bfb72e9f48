import os

import boto3
import stripe
from slack_sdk import WebClient


archive = boto3.client(
    "s3",
    aws_access_key_id=os.environ["ARCHIVE_KEY_ID"],
    aws_secret_access_key=os.environ["ARCHIVE_SECRET"],
)


DEFAULT_PASSWORD_LENGTH = 16
