# corpus: path=digest/tasks.py
import logging

from celery import shared_task
from openai import OpenAI

from digest.models import Digest, Subscription

log = logging.getLogger(__name__)
llm = OpenAI()

TEMPLATE = """Summarise the following articles for a weekly newsletter.
Keep it under 200 words and neutral in tone."""


@shared_task
def build_digest(subscription_id: int):
    sub = Subscription.objects.select_related("user").get(pk=subscription_id)
    articles = sub.fetch_articles()
    corpus = "\n\n".join(a.body for a in articles)
    resp = llm.chat.completions.create(  # ok: prompt-injection
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": TEMPLATE},
            {"role": "user", "content": corpus},
        ],
    )
    Digest.objects.create(subscription=sub, text=resp.choices[0].message.content)


@shared_task
def build_custom_digest(subscription_id: int):
    sub = Subscription.objects.select_related("user").get(pk=subscription_id)
    articles = sub.fetch_articles()
    system = TEMPLATE + "\nReader preferences: " + sub.user.custom_instructions
    resp = llm.chat.completions.create(  # expect: prompt-injection
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": "\n\n".join(a.body for a in articles)}],
    )
    Digest.objects.create(subscription=sub, text=resp.choices[0].message.content)
