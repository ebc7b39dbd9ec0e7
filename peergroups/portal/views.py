"""Thin views of threads and the help portal (Vraagbaak).

Each view fetches through the policy (``access_thread``: one 404 for missing,
hidden or secret), asks the policy what the person may do, calls an action
from ``thread_actions`` and renders. A refused or invalid post re-renders the
form with the typed text, never a 500.
"""

from __future__ import annotations

from html import unescape

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.html import strip_tags
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from peergroups import policy as permissions
from peergroups.core import limits
from peergroups.core.markup import mention_handle, render_markdown
from peergroups.live import events as live_events
from peergroups.models import Flag, Poll, PollOption, PollVote, Reply, Space, Theme, Thread
from peergroups.policy import members_only, policy_view, require, second_factor
from peergroups.portal import actions as thread_actions
from peergroups.portal import queries as threads
from peergroups.portal import reply_fragments
from peergroups.portal.forms import AskForm, EditForm, FlagForm, ModerationForm, ReplyForm
from search.numbers import parse_id, parse_page

User = get_user_model()


def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _int(value) -> int:
    """A posted or queried id as an int; 0 (matching nothing) for anything else."""
    return parse_id(value) or 0


def _page_number(request, last: int) -> int:
    return parse_page(request.GET.get("pagina"), last=last)


def _branch(request) -> int | None:
    """The top-level reply whose folded answers are asked for (``?tak=``), if any."""
    return parse_id(request.GET.get("tak"))


def _only_folded(request) -> bool:
    """``?deel=tak``: just the folded answers of the branch (htmx "show more")."""
    return request.GET.get("deel") == "tak" and _branch(request) is not None


# --- the portal ---------------------------------------------------------------------


def portal(request):
    ctx = request.permissions
    tab = request.GET.get("tab", "nieuwste")
    if tab not in threads.PORTAL_TABS or (tab in ("mijn", "gevolgd") and not ctx.is_member):
        tab = "nieuwste"
    theme = None
    if tab == "thema" and request.GET.get("thema"):
        theme = Theme.objects.filter(slug=request.GET["thema"]).first()
    rows = list(threads.portal_threads(ctx, tab=tab, theme=theme)[:50]) if ctx.is_member else []
    tabs = [
        ("nieuwste", _("Newest")),
        ("onbeantwoord", _("Unanswered")),
        ("actief", _("Most active")),
        ("thema", _("By theme")),
    ]
    if ctx.is_member:
        tabs += [("mijn", _("My questions")), ("gevolgd", _("Followed"))]
    return render(
        request,
        "peergroups/threads/portal.html",
        {
            "threads": rows,
            "tab": tab,
            "tabs": tabs,
            "theme": theme,
            "themes": Theme.objects.order_by("name") if tab == "thema" else [],
            "can_ask": ctx.is_member,
            "can_moderate": permissions.can_see_moderation_queue(ctx),
        },
    )


def _ask(request, space, *, kinds):
    ctx = request.permissions
    require(ctx, permissions.can_start_thread(ctx, space), _("Only members of this group can start a discussion here."))
    if request.method == "POST" and PREVIEW in request.POST:
        return _ask_preview(request, space, kinds=kinds)
    form = AskForm(request.POST or None, kinds=kinds)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            thread = thread_actions.do_create_thread(
                request.user,
                space,
                kind=data["kind"],
                title=data["title"],
                body=data["body"],
                themes=data["themes"],
                is_anonymous=data.get("is_anonymous", False),
                poll_options=data.get("poll_options", []),
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Your post has been published."))
            return redirect(thread)
    status = 400 if request.method == "POST" else 200
    return render(request, "peergroups/threads/ask.html", _ask_context(form, space), status=status)


#: Name of the ask form's preview button: without JavaScript it posts the whole form back for a preview.
PREVIEW = "voorbeeld"


def _ask_context(form, space, *, preview=None):
    return {"form": form, "space": space, "preview": preview, "mention_space": space.slug}


def _ask_preview(request, space, *, kinds):
    """The form again, unbound (no errors yet) with everything typed, and the body rendered as it would be saved."""
    typed = {name: request.POST.get(name, "") for name in ("kind", "title", "body", "poll_options")}
    typed["is_anonymous"] = bool(request.POST.get("is_anonymous"))
    typed["themes"] = [_int(pk) for pk in request.POST.getlist("themes")]
    form = AskForm(initial=typed, kinds=kinds)
    body = typed["body"][: limits.BODY_MAX]
    preview = {"html": render_markdown(body), "empty": not body.strip()}
    return render(request, "peergroups/threads/ask.html", _ask_context(form, space, preview=preview))


@members_only
@require_POST
def preview(request):
    """htmx fragment: the posted body rendered by the same sanitizing renderer as a saved post.

    Sent on the preview button only (never per keystroke), so it stays well inside any rate limit;
    CSRF applies as to every post.
    """
    body = request.POST.get("body", "")[: limits.BODY_MAX]
    response = render(
        request,
        "peergroups/threads/_preview.html",
        {"preview": {"html": render_markdown(body), "empty": not body.strip()}},
    )
    response["Cache-Control"] = "no-store"
    return response


MENTION_LIMIT = 8


@members_only
@policy_view
def mention_candidates(request):
    """JSON: up to eight colleagues whose name or handle starts with ``?q=``, who may read a thread in ``?ruimte=``.

    Each comes with a display name and the handle that mentions them (see ``core.markup``); never an
    e-mail address, and only people the policy lets this member mention in that space.
    """
    ctx = request.permissions
    q = request.GET.get("q", "").strip().lstrip("@")[:60]
    slug = request.GET.get("ruimte", "")
    space = thread_actions.get_portal() if not slug else permissions.access_space(ctx, slug)
    if not q or not permissions.can_start_thread(ctx, space):
        return JsonResponse({"results": []})
    matches = (
        User.objects.filter(permissions.mentionable_users(ctx, space))
        .filter(Q(first_name__istartswith=q) | Q(last_name__istartswith=q) | Q(email__istartswith=q))
        .exclude(pk=ctx.user_id)
        .distinct()
        .order_by("first_name", "last_name", "pk")
        .only("first_name", "last_name", "email")[:MENTION_LIMIT]
    )
    results = [{"name": user.display_name, "handle": mention_handle(user.email)} for user in matches]
    return JsonResponse({"results": results})


@members_only
@policy_view
def ask(request):
    return _ask(request, thread_actions.get_portal(), kinds=[Thread.Kind.QUESTION, Thread.Kind.DILEMMA])


@policy_view
def space_ask(request, slug):
    space = permissions.access_space(request.permissions, slug)
    return _ask(request, space, kinds=[Thread.Kind.DISCUSSION, Thread.Kind.QUESTION])


def similar(request):
    """htmx fragment: similar questions, dilemmas and best practices for the typed title and body."""
    text = f"{request.GET.get('title', '')} {request.GET.get('body', '')}"[:2000]
    hits = threads.similar_for_text(request.user, text) if request.permissions.is_member else []
    return render(
        request,
        "peergroups/threads/_similar.html",
        {"hits": hits or [], "asked": bool(text.strip()), "unavailable": hits is None},
    )


# --- one thread -----------------------------------------------------------------------


def _thread_context(request, thread, *, reply_form=None):
    ctx = request.permissions
    # Read before the replies: a change committed meanwhile then arrives as a live event
    # (de-duplicated by the client) instead of being missed.
    live_seq = live_events.latest_seq(live_events.thread_stream(thread.pk))
    page, pages, root_ids = threads.reply_page(ctx, thread, _page_number(request, 10**9))
    poll = Poll.objects.filter(thread=thread).prefetch_related("options").first()
    poll_data = None
    if poll is not None:
        mine = PollVote.objects.filter(poll=poll, user_id=ctx.user_id or 0).first()
        options = list(poll.options.all())
        show = permissions.can_see_poll_results(ctx, poll, has_voted=mine is not None)
        counts = {}
        if show:
            for vote in PollVote.objects.filter(poll=poll).values_list("option_id", flat=True):
                counts[vote] = counts.get(vote, 0) + 1
        total = sum(counts.values())
        poll_data = {
            "poll": poll,
            "mine": mine,
            "show_results": show,
            "can_vote": mine is None and permissions.can_vote_in_poll(ctx, poll),
            "total": total,
            "options": [
                {
                    "option": o,
                    "count": counts.get(o.pk, 0),
                    "percent": round(100 * counts.get(o.pk, 0) / total) if total else 0,
                }
                for o in options
            ],
        }
    promote_url = None
    if permissions.can_promote_thread(ctx, thread):
        accepted = thread.accepted_reply
        promote_url = (
            reverse("knowledge:promote_draft")
            + "?"
            + urlencode(
                {
                    "title": thread.title,
                    **threads.promote_prefill(thread),
                    "source_url": request.build_absolute_uri(thread.get_absolute_url()),
                    "source_label": _("Help portal: %(title)s") % {"title": thread.title},
                    # Plain text for the summary field: the Markdown as members read it, without markers.
                    "summary": " ".join(unescape(strip_tags(thread.body_html)).split())[:300],
                    "body_text": f"{thread.body}\n\n{accepted.body if accepted else ''}".strip(),
                },
                doseq=True,
            )
        )
    nodes = (
        threads.reply_tree(ctx, thread, page=page, root_ids=root_ids, folded_of=_branch(request))
        if _only_folded(request)
        else threads.reply_tree(ctx, thread, page=page, root_ids=root_ids, expanded=_branch(request))
    )
    buttons = reply_fragments.Buttons(
        can_reply=permissions.can_reply(ctx, thread),
        can_accept=permissions.can_accept(ctx, thread),
        can_flag=permissions.can_flag(ctx, thread),
        can_moderate=permissions.can_moderate(ctx, thread),
    )
    renderer = reply_fragments.ReplyRenderer(
        thread,
        viewer_id=ctx.user_id,
        audience_class=reply_fragments.audience(ctx, thread),
        buttons=buttons,
        csrf_token=get_token(request),
    )
    for node, html in zip(nodes, renderer.render(nodes, version=live_seq), strict=True):
        node.html = html
    return {
        "thread": thread,
        "thread_author": reply_fragments.author_inputs(thread, ctx.user_id),
        "space": thread.space,
        "nodes": nodes,
        "page": page,
        "pages": range(1, pages + 1) if pages > 1 else [],
        "reply_form": reply_form or ReplyForm(initial={"parent": request.GET.get("antwoord", "")[:12]}),
        "can_reply": buttons.can_reply,
        "can_edit": permissions.can_edit_post(ctx, thread),
        "can_accept": buttons.can_accept,
        "can_flag": buttons.can_flag,
        "can_follow": permissions.can_follow(ctx, thread),
        "can_moderate": buttons.can_moderate,
        "is_author": ctx.user_id == thread.author_id,
        "following": threads.is_following(ctx, thread),
        "poll": poll_data,
        # Asks the search service and several tables: loaded after the page (htmx, or a link without JavaScript).
        "show_colleagues": ctx.is_member,
        "promote_url": promote_url,
        "themes": list(thread.themes.all()),
        "user_id": ctx.user_id,
        "live_seq": live_seq,
    }


def _render_thread(request, thread, *, reply_form=None, status=200):
    return render(
        request,
        "peergroups/threads/_branch.html" if _only_folded(request) else "peergroups/threads/thread_detail.html",
        _thread_context(request, thread, reply_form=reply_form),
        status=status,
    )


def _access(request, pk):
    thread = threads.thread_page_queryset(request.permissions).filter(pk=pk).first()
    if thread is not None and thread.merged_into_id and not permissions.can_moderate(request.permissions, thread):
        target = thread.merged_into
        if permissions.can_view_thread(request.permissions, target):
            raise _Redirect(target.get_absolute_url())
    return permissions.access_thread(request.permissions, pk, loaded=True, thread=thread)


class _Redirect(Exception):
    def __init__(self, url):
        self.url = url


@policy_view
def thread_detail(request, pk):
    try:
        thread = _access(request, pk)
    except _Redirect as moved:
        return redirect(moved.url)
    if not _only_folded(request):
        thread_actions.record_view(thread)
    return _render_thread(request, thread)


@members_only
@policy_view
def thread_colleagues(request, pk):
    """Colleagues who struggled with this (``threads.colleagues_for``): it asks the search service and
    several tables, so the thread page loads it afterwards (htmx swaps in ``_colleagues.html``);
    without JavaScript its link opens this as a page of its own."""
    ctx = request.permissions
    thread = permissions.access_thread(ctx, pk, threads.thread_page_queryset(ctx))
    context = {
        "thread": thread,
        "colleagues": threads.colleagues_for(ctx, thread),
        "can_invite": permissions.can_invite_to_answer(ctx, thread),
    }
    partial = request.headers.get("HX-Request") == "true"
    response = render(
        request, "peergroups/threads/_colleagues.html" if partial else "peergroups/threads/colleagues.html", context
    )
    patch_vary_headers(response, ["HX-Request"])
    return response


@policy_view
def reply_permalink(request, pk):
    reply = Reply.objects.filter(pk=pk).select_related("thread", "root").first()
    if reply is None:
        raise Http404(permissions.NOT_FOUND)
    thread = permissions.access_thread(request.permissions, reply.thread_id)
    if reply.hidden and not permissions.can_moderate(request.permissions, thread):
        raise Http404(permissions.NOT_FOUND)
    suffix = threads.permalink_query(request.permissions, reply)
    return redirect(f"{thread.get_absolute_url()}{suffix}#{reply.anchor}")


@require_POST
@policy_view
def thread_reply(request, pk):
    thread = permissions.access_thread(request.permissions, pk)
    form = ReplyForm(request.POST)
    if form.is_valid():
        parent = None
        if form.cleaned_data["parent"]:
            parent = Reply.objects.filter(pk=form.cleaned_data["parent"], thread=thread).first()
        try:
            reply = thread_actions.do_reply(request.user, thread, body=form.cleaned_data["body"], parent=parent)
        except ValidationError as exc:
            _add_errors(form, exc)
        except PermissionDenied as exc:
            form.add_error(None, str(exc) or _("You cannot reply to this discussion."))
        else:
            messages.success(request, _("Your reply has been posted."))
            return redirect(reply.get_absolute_url())
    return _render_thread(request, thread, reply_form=form, status=400)


def _edit(request, thread, post):
    ctx = request.permissions
    require(ctx, permissions.can_edit_post(ctx, post), _("You cannot edit this post."))
    is_thread = post is thread
    initial = {"title": thread.title if is_thread else "", "body": post.body}
    form = EditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if is_thread:
                thread_actions.do_edit_thread(
                    request.user, thread, title=data["title"], body=data["body"], note=data["note"]
                )
            else:
                thread_actions.do_edit_reply(request.user, post, body=data["body"], note=data["note"])
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect(post.get_absolute_url())
    revisions = list(post.revisions.select_related("editor")) if permissions.can_moderate(ctx, thread) else []
    return render(
        request,
        "peergroups/threads/edit.html",
        {"form": form, "thread": thread, "post": post, "is_thread": is_thread, "revisions": revisions},
        status=400 if request.method == "POST" else 200,
    )


@policy_view
def thread_edit(request, pk):
    thread = permissions.access_thread(request.permissions, pk)
    return _edit(request, thread, thread)


@policy_view
def reply_edit(request, pk):
    reply = get_object_or_404(Reply.objects.select_related("thread"), pk=pk)
    thread = permissions.access_thread(request.permissions, reply.thread_id)
    reply.thread = thread
    return _edit(request, thread, reply)


def _post_action(request, thread, action, success):
    try:
        action()
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])) or _("That is not possible."))
    else:
        if success:
            messages.success(request, success)


@require_POST
@policy_view
def reply_vote(request, pk):
    reply = get_object_or_404(Reply.objects.select_related("thread__space"), pk=pk)
    thread = permissions.access_thread(request.permissions, reply.thread_id)
    _post_action(request, thread, lambda: thread_actions.do_toggle_vote(request.user, reply), "")
    return redirect(reply.get_absolute_url())


@require_POST
@policy_view
def thread_accept(request, pk):
    thread = permissions.access_thread(request.permissions, pk)
    reply = Reply.objects.filter(pk=_int(request.POST.get("reply")), thread=thread).first()
    _post_action(
        request,
        thread,
        lambda: thread_actions.do_accept(request.user, thread, reply),
        _("The accepted answer has been marked.") if reply else _("The accepted answer has been removed."),
    )
    return redirect(thread)


@require_POST
@policy_view
def thread_follow(request, pk):
    thread = permissions.access_thread(request.permissions, pk)
    follow = request.POST.get("follow") == "1"
    _post_action(
        request,
        thread,
        lambda: thread_actions.do_follow(request.user, thread, follow=follow),
        _("You follow this discussion.") if follow else _("You no longer follow this discussion."),
    )
    return redirect(thread)


@require_POST
@policy_view
def poll_vote(request, pk):
    thread = permissions.access_thread(request.permissions, pk)
    poll = get_object_or_404(Poll, thread=thread)
    option = PollOption.objects.filter(poll=poll, pk=_int(request.POST.get("option"))).first()
    if option is None:
        messages.error(request, _("Choose one of the options."))
    else:
        _post_action(
            request,
            thread,
            lambda: thread_actions.do_vote_in_poll(request.user, poll, option),
            _("Thank you for voting."),
        )
    return redirect(f"{thread.get_absolute_url()}#peiling")


@require_POST
@policy_view
def thread_invite(request, pk):
    thread = permissions.access_thread(request.permissions, pk)
    ids = [_int(v) for v in request.POST.getlist("user")]
    allowed = {c.user.pk for c in threads.colleagues_for(request.permissions, thread)}
    _post_action(
        request,
        thread,
        lambda: thread_actions.do_invite_to_answer(request.user, thread, [i for i in ids if i in allowed]),
        _("Your colleagues have been invited to answer."),
    )
    return redirect(thread)


@policy_view
def flag(request, pk):
    thread = permissions.access_thread(request.permissions, pk)
    require(request.permissions, permissions.can_flag(request.permissions, thread), _("You cannot report this post."))
    reply = None
    if request.GET.get("reactie") or request.POST.get("reactie"):
        reply = Reply.objects.filter(
            pk=_int(request.GET.get("reactie") or request.POST.get("reactie")), thread=thread, hidden=False
        ).first()
        if reply is None:
            raise Http404(permissions.NOT_FOUND)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            thread_actions.do_flag(request.user, thread, reason=form.cleaned_data["reason"], reply=reply)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Thank you. A moderator will look at it."))
            return redirect(reply.get_absolute_url() if reply else thread.get_absolute_url())
    return render(
        request,
        "peergroups/threads/flag.html",
        {"form": form, "thread": thread, "reply": reply},
        status=400 if request.method == "POST" else 200,
    )


# --- moderation -------------------------------------------------------------------------


@members_only
@policy_view
def moderation(request):
    ctx = request.permissions
    require(ctx, permissions.can_see_moderation_queue(ctx), _("Only moderators can open the moderation queue."))
    flags = list(
        Flag.objects.filter(status=Flag.Status.OPEN)
        .select_related("thread__space", "reply", "flagged_by")
        .order_by("created_at")
    )
    hidden_threads = list(Thread.objects.filter(hidden=True, merged_into__isnull=True).select_related("space")[:50])
    hidden_replies = list(Reply.objects.filter(hidden=True).select_related("thread")[:50])
    return render(
        request,
        "peergroups/threads/moderation.html",
        {
            "flags": flags,
            "hidden_threads": hidden_threads,
            "hidden_replies": hidden_replies,
            # move targets: the groups the moderator may know of (the same rule as ``moderate``)
            "spaces": list(Space.objects.filter(permissions.spaces_visible_to(ctx)).order_by("kind", "name")),
        },
    )


@require_POST
@members_only
@policy_view
def moderate(request, pk):
    # The same door as reading the thread (the moderation door for flagged or hidden posts
    # included): no locking, or probing ids, in a secret group the moderator cannot see.
    ctx = request.permissions
    thread = permissions.access_thread(ctx, pk)
    require(ctx, permissions.can_moderate(ctx, thread), _("Only moderators can do this."))
    form = ModerationForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    note = data.get("note") or ""
    operation = request.POST.get("operation")
    user = request.user
    reply = Reply.objects.filter(pk=_int(request.POST.get("reply")), thread=thread).first()
    flag_row = Flag.objects.filter(pk=_int(request.POST.get("flag")), thread=thread).first()
    targets = Space.objects.filter(permissions.thread_move_targets(ctx, thread))
    operations = {
        "hide": lambda: thread_actions.do_set_hidden(user, reply or thread, hidden=True, note=note),
        "unhide": lambda: thread_actions.do_set_hidden(user, reply or thread, hidden=False, note=note),
        "lock": lambda: thread_actions.do_set_locked(user, thread, locked=True),
        "unlock": lambda: thread_actions.do_set_locked(user, thread, locked=False),
        "move": lambda: thread_actions.do_move(user, thread, get_object_or_404(targets, pk=data.get("space") or 0)),
        "merge": lambda: thread_actions.do_merge(user, thread, permissions.access_thread(ctx, data.get("into") or 0)),
        "resolve": lambda: flag_row and thread_actions.do_resolve_flag(user, flag_row),
        "dismiss": lambda: flag_row and thread_actions.do_resolve_flag(user, flag_row, dismiss=True),
    }
    if operation not in operations:
        messages.error(request, _("Unknown moderation step."))
    else:
        _post_action(request, thread, operations[operation], _("Done."))
    return redirect("peergroups:thread_moderation")


@require_POST
@members_only
@policy_view
def reveal_author(request, pk):
    ctx = request.permissions
    thread = permissions.access_thread(ctx, pk)  # only the author of a thread the moderator can open
    require(ctx, permissions.can_moderate(ctx, thread), _("Only moderators can see who posted anonymously."))
    if not second_factor.confirmed_recently(request):
        return second_factor.confirm_first(request)  # replayed here once the code is given
    author = thread_actions.reveal_author(request.user, thread)
    return render(request, "peergroups/threads/author.html", {"thread": thread, "author": author})


# --- discussions of a group ----------------------------------------------------------------


@policy_view
def space_discussions(request, slug):
    ctx = request.permissions
    space = permissions.access_space(ctx, slug)
    require(ctx, permissions.can_see_content(ctx, space), _("Only members of this group can read its discussions."))
    return render(
        request,
        "peergroups/threads/space_threads.html",
        {
            "space": space,
            "threads": list(threads.space_threads(ctx, space)[:100]),
            "can_start": permissions.can_start_thread(ctx, space),
        },
    )


def _section_context(request, space):
    ctx = request.permissions
    return {
        "threads": list(threads.space_threads(ctx, space)[:5]),
        "can_start": permissions.can_start_thread(ctx, space),
        "space": space,
    }


def register_discussions_section() -> None:
    from peergroups.spaces.sections import SpaceSection, register_section

    register_section(
        SpaceSection(
            key="discussies",
            template="peergroups/threads/_space_section.html",
            order=40,
            kinds=frozenset({"peer_group", "working_group", "resultancy_team"}),
            context=_section_context,
        )
    )
