import os
from dataclasses import dataclass

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from pydantic_ai import Agent, RunContext
from pydantic_ai.models.openai import OpenAIModel
from pydantic_ai.providers.openai import OpenAIProvider

from helpdesk.models import Ticket

provider = OpenAIProvider(api_key=os.environ["OPENAI_API_KEY"])
model = OpenAIModel("gpt-4o-mini", provider=provider)


@dataclass
class Deps:
    ticket: Ticket
    agent_name: str


triage_agent = Agent(
    model,
    deps_type=Deps,
    system_prompt=(
        "You triage helpdesk tickets. Reply with one of: billing, bug, account, other, "
        "and one sentence explaining why."
    ),
)


@triage_agent.system_prompt
def who_is_asking(ctx: RunContext[Deps]) -> str:
    return f"You are assisting {ctx.deps.agent_name}, a member of the support team."


@require_POST
def triage(request, ticket_id):
    ticket = Ticket.objects.get(pk=ticket_id, team=request.user.team)
    result = triage_agent.run_sync(ticket.body, deps=Deps(ticket=ticket, agent_name=request.user.get_full_name()))
    return JsonResponse({"label": result.output})
