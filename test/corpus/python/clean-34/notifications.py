# corpus: path=notifications/emails.py
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _


def _absolute(path):
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def send_invitation(invitation):
    context = {
        "inviter": invitation.invited_by.get_full_name() or invitation.invited_by.email,
        "team": invitation.team.name,
        "accept_url": _absolute(reverse("teams:accept-invite", args=[invitation.token])),
        "expires": invitation.expires_at,
    }
    subject = _("%(inviter)s invited you to %(team)s") % context
    text_body = render_to_string("emails/invitation.txt", context)
    html_body = render_to_string("emails/invitation.html", context)
    message = EmailMultiAlternatives(subject, text_body, settings.DEFAULT_FROM_EMAIL, [invitation.email])
    message.attach_alternative(html_body, "text/html")
    message.send()
    invitation.sent_at = timezone.now()
    invitation.save(update_fields=["sent_at"])


def weekly_digest(user, items):
    context = {
        "user": user,
        "items": items,
        "unsubscribe_url": _absolute(reverse("notifications:unsubscribe", args=[user.unsubscribe_token])),
    }
    message = EmailMultiAlternatives(
        _("Your week on %(site)s") % {"site": settings.SITE_NAME},
        render_to_string("emails/digest.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
        headers={"List-Unsubscribe": f"<{context['unsubscribe_url']}>"},
    )
    message.attach_alternative(render_to_string("emails/digest.html", context), "text/html")
    return message.send()


def mention_snippet(comment):
    return format_html(
        '<a href="{}">{}</a> mentioned you: <q>{}</q>',
        reverse("comments:detail", args=[comment.pk]),
        comment.author.display_name,
        comment.body[:140],
    )
