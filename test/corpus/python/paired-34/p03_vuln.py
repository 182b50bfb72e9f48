# corpus: path=app/notices/views.py
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.template import Context, Template
from django.views.decorators.http import require_POST


@login_required
@require_POST
def preview_notice(request):
    subject = request.POST.get("subject", "")
    body = request.POST.get("body", "")
    source = "<h2>" + subject + "</h2><div class=\"notice\">" + body + "</div>"
    return HttpResponse(Template(source).render(Context({"user": request.user})))  # expect: template-injection
