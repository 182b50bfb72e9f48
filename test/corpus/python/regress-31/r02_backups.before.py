import logging
import os
import shlex
import subprocess

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import BackupRun

log = logging.getLogger(__name__)

BACKUP_DIR = os.path.join(settings.VAR_DIR, "backups")


def _dump_command(database, target):
    return f"pg_dump --format=custom {shlex.quote(database)} > {shlex.quote(target)}"


def _restore_argv(database, path):
    return ["pg_restore", "--clean", "--dbname", database, path]


@staff_member_required
@require_POST
def create_backup(request):
    database = request.POST.get("database", "app")
    compress = request.POST.get("compress") == "on"
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    target = os.path.join(BACKUP_DIR, f"backup-{stamp}.dump")
    run = BackupRun.objects.create(
        database=database,
        path=target,
        requested_by=request.user,
    )
    log.info("backup %s requested by %s", run.pk, request.user.pk)
    subprocess.run(_dump_command(database, target), shell=True, check=True)
    run.finished_at = timezone.now()
    run.save(update_fields=["finished_at"])
    return JsonResponse({"id": run.pk, "path": target})


@staff_member_required
@require_POST
def restore_backup(request, run_id):
    run = BackupRun.objects.get(pk=run_id)
    database = request.POST.get("database", run.database)
    if not run.finished_at:
        return JsonResponse({"error": "backup not finished"}, status=409)
    log.warning("restoring backup %s into %s", run.pk, database)
    subprocess.run(_restore_argv(database, run.path), check=True)
    return JsonResponse({"restored": run.pk})


@staff_member_required
def list_backups(request):
    runs = BackupRun.objects.order_by("-created_at")[:50]
    return JsonResponse(
        {
            "backups": [
                {"id": r.pk, "database": r.database, "path": shlex.quote(r.path)}
                for r in runs
            ]
        }
    )
