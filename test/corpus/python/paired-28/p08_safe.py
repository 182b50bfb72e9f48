# corpus: path=app/storage.py
import os

import boto3


def s3_client():
    return boto3.client(  # ok: hardcoded-secret
        "s3",
        region_name="eu-west-1",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )
