"""Plain-text e-mail: one way to render every mail the platform sends.

A mail's subject and plain-text body are not HTML, so they are rendered with autoescaping off
(``O'Brien & <Zoon>`` stays as typed, never ``O&#x27;Brien &amp; &lt;Zoon&gt;``), and a subject is
one line (newlines and runs of white space become one space: a header cannot be split). An HTML
part, should a mail get one, is rendered the ordinary way, escaped. Used by
``peergroups.notifications.email`` for every mail of its own and, for subjects, by the allauth adapter
(``platform_site.accounts``).
"""

from __future__ import annotations

from django.core.mail import EmailMessage, send_mail
from django.template import Context
from django.template.loader import get_template


def render_plain(template_name: str, context: dict) -> str:
    """A plain-text template rendered without HTML escaping."""
    template = get_template(template_name)
    return template.template.render(Context(context, autoescape=False))  # type: ignore[attr-defined]


def one_line(text: str) -> str:
    """A subject: one line of plain text."""
    return " ".join(str(text).split())


def render_subject(template_name: str, context: dict) -> str:
    return one_line(render_plain(template_name, context))


def send_plain_mail(
    template_prefix: str, context: dict, to: list[str], attachments: list[tuple[str, bytes, str]] | None = None
) -> None:
    """Render ``<prefix>_subject.txt`` and ``<prefix>_body.txt`` as plain text and send them.

    ``attachments`` are ``(file name, content, content type)``, e.g. an iCalendar file.
    """
    subject = render_subject(f"{template_prefix}_subject.txt", context)
    body = render_plain(f"{template_prefix}_body.txt", context)
    if attachments:
        EmailMessage(subject, body, None, to, attachments=attachments).send()
    else:
        send_mail(subject, body, None, to)
