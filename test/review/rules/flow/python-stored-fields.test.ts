/**
 * Request data saved on a model in one view and read back from a loaded record in another view of
 * the same file (second-order injection), and fields people write about themselves.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const SAVE = '@bp.post("/templates")\ndef save():\n    tpl = NotificationTemplate(owner=current_user.id, body=request.form["body"])\n    db.session.add(tpl)\n    return {}\n\n'

testRule(registered('python/template-injection'), {
  valid: [
    // Saved from the deployment's own text, or another field read back.
    { code: '@bp.post("/templates")\ndef save():\n    db.session.add(NotificationTemplate(body=DEFAULT_BODY, subject=request.form["subject"]))\n    return {}\n\n@bp.get("/t/<int:pk>")\ndef show(pk):\n    tpl = NotificationTemplate.query.get_or_404(pk)\n    return env.from_string(tpl.body).render()', path: 'app/notifications.py' },
    { code: `${SAVE}@bp.get("/t/<int:pk>")\ndef show(pk):\n    tpl = NotificationTemplate.query.get_or_404(pk)\n    return env.from_string(tpl.subject).render()`, path: 'app/notifications.py' },
  ],
  invalid: [
    { code: `${SAVE}@bp.get("/t/<int:pk>")\ndef show(pk):\n    tpl = NotificationTemplate.query.get_or_404(pk)\n    return env.from_string(tpl.body).render()`, path: 'app/notifications.py', findings: [{ line: 10, message: /stored `NotificationTemplate\.body`/ }] },
    // Read before the view that saves it, through a query chain.
    { code: `@bp.get("/t/<name>")\ndef show(name):\n    tpl = NotificationTemplate.query.filter_by(name=name).first()\n    return env.from_string(tpl.body).render()\n\n${SAVE}`, path: 'app/notifications.py', findings: [{ line: 4 }] },
  ],
})

testRule(registered('python/ssrf'), {
  valid: [
    // Checked through the record before it is used.
    { code: '@bp.post("/hooks")\ndef add():\n    db.session.add(Hook(url=request.json["url"]))\n    return {}\n\n@bp.post("/hooks/<int:pk>/ping")\ndef ping(pk):\n    hook = Hook.query.get_or_404(pk)\n    if not is_public_url(hook.url):\n        abort(400)\n    return {"status": requests.post(hook.url, timeout=5).status_code}', path: 'app/hooks.py' },
  ],
  invalid: [
    { code: '@bp.post("/hooks")\ndef add():\n    Hook.objects.create(url=request.POST["url"])\n    return {}\n\ndef ping(request, pk):\n    hook = get_object_or_404(Hook, pk=pk)\n    return {"status": requests.post(hook.url, timeout=5).status_code}', path: 'hooks/views.py', findings: [{ line: 8 }] },
  ],
})

testRule(registered('python/xss'), {
  valid: [
    { code: 'def badge(request, username):\n    profile = Profile.objects.filter(user__username=username).first()\n    return HttpResponse(f"<span>{profile.user_id}</span>")', path: 'accounts/views.py' },
  ],
  invalid: [
    { code: 'def badge(request, username):\n    profile = Profile.objects.filter(user__username=username).first()\n    return HttpResponse(f"<span>{profile.display_name}</span>")', path: 'accounts/views.py', findings: [{ line: 3 }] },
  ],
})

testRule(registered('python/unsafe-markup'), {
  valid: [
    // A page's HTML an editor writes in the admin, and a user's HTML cleaned before it is marked safe.
    { code: 'from django.utils.safestring import mark_safe\n\ndef page(request, slug):\n    p = get_object_or_404(Page, slug=slug)\n    return render(request, "page.html", {"body": mark_safe(p.body_html)})', path: 'pages/views.py' },
    { code: 'import bleach\nfrom django.utils.safestring import mark_safe\n\ndef profile(request, username):\n    p = get_object_or_404(Profile, user__username=username)\n    return render(request, "p.html", {"bio": mark_safe(bleach.clean(p.bio_html))})', path: 'profiles/views.py' },
  ],
  invalid: [
    // The same text kept as markup (`bio_html`, a comment's `body_html`) is still its author's.
    { code: 'from django.utils.safestring import mark_safe\n\ndef profile(request, username):\n    p = get_object_or_404(Profile, user__username=username)\n    return render(request, "p.html", {"bio": mark_safe(p.bio_html)})', path: 'profiles/views.py', findings: [{ line: 5 }] },
    { code: 'from markupsafe import Markup\n\n@app.get("/c/<int:pk>")\ndef comment(pk):\n    c = Comment.query.get_or_404(pk)\n    return Markup(c.body_html)', path: 'app/views.py', findings: [{ line: 6 }] },
  ],
})

// A URL a record's owner saves for the server to call (a webhook, a callback, an import or feed source): fetched later, it is
// theirs to point at internal hosts, whether the record was loaded by SQLAlchemy's `session.get` or handed to a model signal.
const SIGNAL = 'import requests\nfrom django.conf import settings\nfrom django.db.models.signals import post_save\nfrom django.dispatch import receiver\nfrom accounts.models import Profile\n\n'
const TASK = 'import requests\nfrom celery import shared_task\nfrom app.models import ImportJob, db_session\n\n'

testRule(registered('python/ssrf'), {
  valid: [
    { code: `${SIGNAL}@receiver(post_save, sender=Profile)\ndef audit(sender, instance, **kwargs):\n    requests.post(settings.AUDIT_WEBHOOK_URL, json={"user": instance.user_id}, timeout=5)`, path: 'accounts/signals.py' },
    // A field the deployment sets, not a link the owner saves.
    { code: `${SIGNAL}@receiver(post_save, sender=Profile)\ndef sync(sender, instance, **kwargs):\n    requests.post(instance.api_base, json={}, timeout=5)`, path: 'accounts/signals.py' },
    { code: `${TASK}@shared_task\ndef fetch(job_id):\n    job = db_session.get(ImportJob, job_id)\n    if job.source_url not in ALLOWED_SOURCES:\n        return\n    return requests.get(job.source_url, timeout=20).content`, path: 'app/tasks.py' },
  ],
  invalid: [
    { code: `${SIGNAL}@receiver(post_save, sender=Profile)\ndef notify(sender, instance, created, **kwargs):\n    requests.post(instance.webhook_url, json={}, timeout=5)`, path: 'accounts/signals.py', findings: [{ line: 9, message: /stored `Profile\.webhook_url`, a URL its owner sets/ }] },
    { code: `${TASK}@shared_task\ndef fetch(job_id):\n    job = db_session.get(ImportJob, job_id)\n    return requests.get(job.source_url, timeout=20).content`, path: 'app/tasks.py', findings: [{ line: 8 }] },
  ],
})

// The same link is the site's own to send its users to, and plain text to every other sink.
testRule(registered('python/open-redirect'), {
  valid: [
    { code: 'from django.shortcuts import get_object_or_404, redirect\nfrom feeds.models import Subscription\n\ndef go(request, pk):\n    sub = get_object_or_404(Subscription, pk=pk)\n    return redirect(sub.feed_url)', path: 'feeds/views.py' },
    // `storage.save(name, content)` answers with the name it stored the upload under, made from the name, not the bytes
    { code: 'from django.core.files.storage import storages\nfrom django.shortcuts import get_object_or_404, redirect\nfrom .models import Attachment\n\ndef upload(request):\n    upload = request.FILES["file"]\n    saved = storages["attachments"].save(f"uploads/{uuid.uuid4().hex}.pdf", upload)\n    Attachment.objects.create(storage_key=saved, original_name=upload.name)\n    return redirect("list")\n\ndef download(request, pk):\n    attachment = get_object_or_404(Attachment, pk=pk)\n    return redirect(storages["attachments"].url(attachment.storage_key))', path: 'files/views.py' },
  ],
  invalid: [
    { code: 'from django.shortcuts import get_object_or_404, redirect\nfrom feeds.models import Subscription\n\ndef go(request, pk):\n    sub = get_object_or_404(Subscription, pk=pk)\n    return redirect(request.GET["next"])', path: 'feeds/views.py', findings: [{ line: 6 }] },
    // a name the client chose is still in the name the storage answers with
    { code: 'from django.core.files.storage import storages\nfrom django.shortcuts import get_object_or_404, redirect\nfrom .models import Attachment\n\ndef upload(request):\n    upload = request.FILES["file"]\n    saved = storages["attachments"].save(request.POST["name"], upload)\n    Attachment.objects.create(storage_key=saved, original_name=upload.name)\n    return redirect("list")\n\ndef download(request, pk):\n    attachment = get_object_or_404(Attachment, pk=pk)\n    return redirect(storages["attachments"].url(attachment.storage_key))', path: 'files/views.py', findings: [{ line: 13 }] },
  ],
})
