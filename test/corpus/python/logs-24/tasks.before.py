import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Task

log = logging.getLogger("tasks")


@require_POST
def rename_task(request, task_id):
    task = Task.objects.get(pk=task_id, owner=request.user)
    task.title = request.POST["title"][:200]
    task.save(update_fields=["title"])
    return JsonResponse({"id": task.pk, "title": task.title})


def list_tasks(request):
    status = request.GET.get("status", "open")
    tasks = Task.objects.filter(owner=request.user, status=status)
    return JsonResponse({"tasks": [t.as_dict() for t in tasks]})
