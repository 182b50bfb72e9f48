# corpus: path=app/notices/views.py
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.template import Context, Template
from django.views.decorators.http import require_POST

NOTICE = Template('<h2>{{ subject }}</h2><div class="notice">{{ body|linebreaksbr }}</div>')


@login_required
@require_POST
def preview_notice(request):
    context = Context({
        "user": request.user,
        "subject": request.POST.get("subject", ""),
        "body": request.POST.get("body", ""),
    })
    return HttpResponse(NOTICE.render(context))  # ok: template-injection
