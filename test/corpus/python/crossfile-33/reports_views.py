# corpus: path=reports/views.py changeset=reports
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from reports import files, queries
from reports.render import banner, notice, snippet
from reports.navigation import back_to, back_home


@login_required
@require_GET
def download(request):
    name = request.GET["name"]
    return FileResponse(files.open_report(name), as_attachment=True)


@login_required
@require_GET
def download_archive(request):
    return FileResponse(files.open_archive(request.GET["name"]), as_attachment=True)


@login_required
@require_GET
def search(request):
    term = request.GET.get("q", "")
    rows = queries.find_orders(term)
    return JsonResponse({"results": rows})


@login_required
@require_GET
def customer(request, customer_id):
    return JsonResponse(queries.find_customer(customer_id))


@require_GET
def announcement(request):
    return banner(request.GET.get("msg", ""))


@require_GET
def maintenance(request):
    return notice(request.GET.get("msg", ""))


@login_required
@require_POST
def preview_snippet(request):
    return snippet(request.POST["template"], {"user": request.user})


@login_required
def after_save(request):
    return back_to(request.GET.get("next", "/reports/"))


@login_required
def after_delete(request):
    return back_home(request, request.GET.get("next"))
