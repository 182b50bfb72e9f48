# corpus: path=tasks/views.py
import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Task

log = logging.getLogger("tasks")


@require_POST
def rename_task(request, task_id):
    task = Task.objects.get(pk=task_id, owner=request.user)
    old_title = task.title
    task.title = request.POST["title"][:200]
    task.save(update_fields=["title"])
    log.info("task %s renamed from %s to %s", task.pk, old_title, task.title)  # expect: log-injection
    log.info("task %s renamed by user %s", task.pk, request.user.pk)  # ok: log-injection
    return JsonResponse({"id": task.pk, "title": task.title})


def list_tasks(request):
    status = request.GET.get("status", "open")
    if status not in ("open", "done", "archived"):
        log.warning("rejected status filter")  # ok: log-injection
        return JsonResponse({"error": "bad status"}, status=400)
    log.debug("listing %s tasks for %s", status, request.user.pk)  # ok: log-injection
    tasks = Task.objects.filter(owner=request.user, status=status)
    return JsonResponse({"tasks": [t.as_dict() for t in tasks]})


def export_tasks(request):
    fmt = request.GET.get("format", "csv")
    log.info("export requested in format " + fmt)  # expect: log-injection
    log.info("export requested", extra={"format": fmt, "user": request.user.pk})  # ok: log-injection
    return JsonResponse({"queued": True})
