# corpus: path=app/support/triage_worker.py
import json

import boto3
from openai import OpenAI

sqs = boto3.client("sqs")
client = OpenAI()
QUEUE_URL = "https://sqs.eu-west-1.amazonaws.com/123456789012/support-inbound"


def triage_next_ticket():
    batch = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=1, WaitTimeSeconds=20)
    for message in batch.get("Messages", []):
        ticket = json.loads(message["Body"])
        completion = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "You label support tickets. Return one label: billing, bug, account or other."},  # ok: prompt-injection
                {"role": "user", "content": ticket["body"]},
            ],
        )
        sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])
        return completion.choices[0].message.content
