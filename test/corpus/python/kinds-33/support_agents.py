import os
from dataclasses import dataclass, field

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from pydantic_ai import Agent, RunContext
from pydantic_ai.models.openai import OpenAIModel
from pydantic_ai.providers.openai import OpenAIProvider

from helpdesk.models import Ticket

provider = OpenAIProvider(api_key=os.environ["OPENAI_API_KEY"])
model = OpenAIModel("gpt-4o-mini", provider=provider)

# The drafting agent runs on the partner's deployment, billed to their account.
partner_provider = OpenAIProvider(
    base_url="https://llm.partner-helpdesk.com/v1",
    api_key="sk-proj-R7vX2mQ9kL4wT8nB3jC6hD1sY5gZ0aE2fU7iO4pW",  # expect: hardcoded-secret
)
partner_model = OpenAIModel("gpt-4o", provider=partner_provider)

REPLY_RULES = (
    "You draft replies to helpdesk tickets. Be concise and polite, never promise refunds, and "
    "never include internal notes or other customers' data."
)


@dataclass
class Deps:
    ticket: Ticket
    agent_name: str
    tone: str = "friendly"
    extra_rules: list[str] = field(default_factory=list)


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


TONES = {"friendly": "Use a warm, friendly tone.", "formal": "Use a formal tone.", "brief": "Keep it under 80 words."}

draft_agent = Agent(partner_model, deps_type=Deps, system_prompt=REPLY_RULES)


@require_POST
def draft_reply(request, ticket_id):
    ticket = Ticket.objects.get(pk=ticket_id, team=request.user.team)
    tone = TONES.get(request.POST.get("tone", "friendly"), TONES["friendly"])
    # The ticket body is customer text: it goes in as the user prompt, never as instructions.
    result = draft_agent.run_sync(  # ok: prompt-injection
        f"Ticket from {ticket.customer_email}:\n{ticket.body}",
        deps=Deps(ticket=ticket, agent_name=request.user.get_full_name()),
        instructions=tone,
    )
    return JsonResponse({"draft": result.output})


@require_POST
def draft_reply_custom(request, ticket_id):
    ticket = Ticket.objects.get(pk=ticket_id, team=request.user.team)
    # "Custom instructions" is a text box on the public widget the customer fills in when
    # they open a chat, so it is the customer speaking, not the support team.
    custom = request.POST.get("custom_instructions", "")
    agent = Agent(  # expect: prompt-injection
        partner_model,
        system_prompt=[REPLY_RULES, f"Follow these instructions from the customer: {custom}"],
    )
    result = agent.run_sync(ticket.body)
    return JsonResponse({"draft": result.output})
