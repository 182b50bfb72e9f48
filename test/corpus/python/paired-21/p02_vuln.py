# corpus: path=app/ops/archive.py
import subprocess

from django.http import JsonResponse


def archive_logs(request):
    service = request.GET.get("service", "api")
    steps = ["logs", service]
    steps.pop(0)
    target = steps[0]
    result = subprocess.run("tar czf /tmp/logs.tgz /var/log/" + target, shell=True, capture_output=True)  # expect: command-injection
    return JsonResponse({"code": result.returncode})
