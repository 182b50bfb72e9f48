# corpus: path=etl/aws_jobs.py
import boto3

REGION = "us-east-1"
BUCKET = "etl-staging-data"

s3 = boto3.client(  # expect: hardcoded-secret
    "s3",
    region_name=REGION,
    aws_access_key_id="AKIAZ7Q4RX2LMNP5KT3W",
    aws_secret_access_key="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",
)

sqs = boto3.client("sqs", region_name=REGION)  # ok: hardcoded-secret

DATABASE_URL = "postgresql://etl_user:Zr8!pQ3#wX7m@etl-db.internal:5432/warehouse"  # expect: hardcoded-secret
REPLICA_URL = "postgresql://etl_user@etl-replica.internal:5432/warehouse"  # ok: hardcoded-secret


def stage(key: str, body: bytes) -> None:
    s3.put_object(Bucket=BUCKET, Key=key, Body=body)


def enqueue(queue_url: str, message: str) -> None:
    sqs.send_message(QueueUrl=queue_url, MessageBody=message)
