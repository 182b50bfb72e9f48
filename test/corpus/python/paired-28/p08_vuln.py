# corpus: path=app/storage.py
import boto3


def s3_client():
    return boto3.client(  # expect: hardcoded-secret
        "s3",
        region_name="eu-west-1",
        aws_access_key_id="AKIAQX4T7JZ2WN5RB3KD",
        aws_secret_access_key="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",
    )
