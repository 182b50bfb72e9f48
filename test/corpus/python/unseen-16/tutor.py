# corpus: path=app/tutor/views.py
import anthropic
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from tutor.models import Lesson

client = anthropic.Anthropic(api_key=settings.ANTHROPIC_API_KEY)
INSTRUCTIONS = "You are a patient maths tutor. Never give the final answer; guide the student step by step."


@login_required
@require_POST
def hint(request, lesson_id: int):
    lesson = Lesson.objects.get(pk=lesson_id)
    attempt = request.POST.get("attempt", "")
    message = client.messages.create(  # ok: prompt-injection
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        system=INSTRUCTIONS + "\nLesson: " + lesson.title,
        messages=[{"role": "user", "content": attempt}],
    )
    return JsonResponse({"hint": message.content[0].text})


@login_required
@require_POST
def hint_with_persona(request, lesson_id: int):
    persona = request.POST.get("persona", "friendly")
    attempt = request.POST.get("attempt", "")
    message = client.messages.create(  # expect: prompt-injection
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        system=f"{INSTRUCTIONS} Speak as {persona}.",
        messages=[{"role": "user", "content": attempt}],
    )
    return JsonResponse({"hint": message.content[0].text})


def grade_offline(answers: list[str]) -> list[str]:
    out = []
    for answer in answers:
        msg = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=50,
            system="Grade the answer from 0 to 10. Reply with the number only.",
            messages=[{"role": "user", "content": answer}],
        )
        out.append(msg.content[0].text.strip())
    return out
