from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.contrib.messages.views import SuccessMessageMixin
from django.urls import reverse_lazy
from django.views.generic import DeleteView, DetailView, ListView, UpdateView

from .forms import ProjectForm
from .models import Project


class TeamProjectMixin(LoginRequiredMixin):  # ok: missing-authorization
    def get_queryset(self):
        return Project.objects.filter(team__members=self.request.user)


class ProjectListView(TeamProjectMixin, ListView):  # ok: missing-authorization
    model = Project
    paginate_by = 25


class ProjectDetailView(TeamProjectMixin, DetailView):  # ok: missing-authorization
    model = Project


class ProjectUpdateView(SuccessMessageMixin, UpdateView):  # expect: missing-authorization
    model = Project
    form_class = ProjectForm
    success_message = "Project saved"


class ProjectDeleteView(PermissionRequiredMixin, DeleteView):  # ok: missing-authorization
    model = Project
    permission_required = "projects.delete_project"
    success_url = reverse_lazy("projects:list")
