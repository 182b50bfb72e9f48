# corpus: path=app/workers/ticket_triage.py
import json

import pika
from openai import OpenAI

from app.tickets import save_triage

client = OpenAI()


def on_ticket(channel, method, properties, body):
    ticket = json.loads(body)
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You triage support tickets. Customer context: " + ticket["description"]},  # expect: prompt-injection
            {"role": "user", "content": "Classify this ticket as billing, bug or question."},
        ],
    )
    save_triage(ticket["id"], completion.choices[0].message.content)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main():
    connection = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq"))
    channel = connection.channel()
    channel.basic_consume(queue="tickets.new", on_message_callback=on_ticket)
    channel.start_consuming()
