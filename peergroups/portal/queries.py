"""Reading threads: listings, the reply tree, similar questions and colleagues to ask.

Everything here filters through ``peergroups.policy`` (``threads_visible_to``,
``can_see_author``); writes are in ``thread_actions``. "Colleagues who struggled with this"
(:func:`colleagues_for`) leaves out the viewer and nobody else, for every thread: a list that
dropped the author would name the author of an anonymous dilemma by who is missing from it.
The home page of the knowledge app calls :func:`open_questions_needing_answer` by its dotted path.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q, Window

from peergroups import policy as permissions
from peergroups.models import (
    MAX_VISIBLE_DEPTH,
    REPLIES_PER_PAGE,
    Follow,
    MemberProfile,
    Reply,
    Space,
    SpaceKind,
    Thread,
    User,
    Vote,
)
from peergroups.models.threads import SHOWN_PER_BRANCH
from search.numbers import parse_ids

#: Search kinds shown as "similar" while asking: threads and best practices (knowledge).
SIMILAR_KINDS = ["thread", "best_practice"]

PORTAL_TABS = ("nieuwste", "onbeantwoord", "actief", "thema", "mijn", "gevolgd")


def visible_threads(ctx):
    return Thread.objects.filter(permissions.threads_visible_to(ctx)).select_related("space")


#: Columns a listing never shows (a row is title, kind, status, counts, date and themes): not read.
LISTING_DEFERRED = ("body", "body_html", "moderator_note", "space__description")


def listed_threads(ctx):
    """``visible_threads`` for listings: without the long texts."""
    return visible_threads(ctx).defer(*LISTING_DEFERRED)


def portal_space_id() -> int | None:
    """The help portal's space. Listings filter on this id rather than on the space's kind: with a
    constant the database reads the portal's threads in index order and stops at the page."""
    return Space.objects.filter(kind=SpaceKind.PORTAL).values_list("pk", flat=True).first()


def _portal_visible_threads(ctx):
    portal = portal_space_id()
    return listed_threads(ctx).filter(space_id=portal) if portal else Thread.objects.none()


def portal_threads(ctx, *, tab: str = "nieuwste", theme=None):
    """Threads of the help portal for one tab of the portal list."""
    threads = _portal_visible_threads(ctx).prefetch_related("themes")
    if tab == "onbeantwoord":
        threads = threads.filter(status=Thread.Status.OPEN, reply_count=0).order_by("-created_at", "-pk")
    elif tab == "actief":
        threads = threads.order_by("-reply_count", "-last_activity_at", "-pk")
    elif tab == "mijn":
        threads = threads.filter(author_id=ctx.user_id).order_by("-created_at", "-pk")
    elif tab == "gevolgd":
        threads = threads.filter(follows__user_id=ctx.user_id).order_by("-last_activity_at", "-pk")
    else:
        threads = threads.order_by("-created_at", "-pk")
    if theme is not None:
        threads = threads.filter(themes=theme)
    return threads


def space_threads(ctx, space):
    """A group's threads, most recently active first, with their themes (one query more, not one per thread)."""
    return listed_threads(ctx).filter(space=space).prefetch_related("themes").order_by("-last_activity_at", "-pk")


def open_questions_needing_answer(ctx, *, limit: int = 5) -> list[Thread]:
    """Portal questions and dilemmas that are still open, unanswered ones first (home page)."""
    threads = (
        _portal_visible_threads(ctx)
        .filter(status=Thread.Status.OPEN, kind__in=["question", "dilemma"])
        .order_by("reply_count", "-created_at", "-pk")
    )
    return list(threads[:limit])


# --- the reply tree ------------------------------------------------------------------


@dataclass
class Node:
    reply: Reply
    depth: int  # shown depth, at most MAX_VISIBLE_DEPTH
    in_reply_to: Reply | None = None  # set when flattened (the real parent is deeper than shown)
    votes: int = 0
    voted: bool = False
    placeholder: bool = False  # a hidden reply kept in place so its answers keep their context
    children: list = field(default_factory=list)
    folded: int = 0  # on the last node shown of a branch: how many answers of the branch are folded away
    branch: int | None = None  # the top-level reply of the folded branch
    html: str = ""  # the rendered <article> (reply_fragments), set by the page


def _roots(ctx, thread):
    """Top-level replies, hidden ones included: they stay as placeholders when they have visible answers,
    so the pages (and permalinks) are the same for everyone."""
    return Reply.objects.filter(thread=thread, parent__isnull=True)


def reply_page_count(ctx, thread) -> int:
    return max(1, -(-_roots(ctx, thread).count() // REPLIES_PER_PAGE))


def page_of_reply(ctx, reply) -> int:
    """The page of the thread on which this reply is shown (by the position of its top-level reply)."""
    root = reply.root or reply
    before = (
        _roots(ctx, reply.thread)
        .filter(Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk))
        .count()
    )
    return before // REPLIES_PER_PAGE + 1


def reply_page(ctx, thread, requested: int = 1) -> tuple[int, int, list[int]]:
    """(page, number of pages, ids of the page's top-level replies) in one query.

    A page past the end shows the last one (one query more, only then).
    """
    requested = max(1, requested)
    start = (requested - 1) * REPLIES_PER_PAGE
    rows = list(
        _roots(ctx, thread)
        .order_by("created_at", "pk")
        .annotate(total=Window(Count("pk")))
        .values_list("pk", "total")[start : start + REPLIES_PER_PAGE]
    )
    if rows:
        return requested, max(1, -(-rows[0][1] // REPLIES_PER_PAGE)), [pk for pk, _total in rows]
    pages = reply_page_count(ctx, thread)
    if requested <= pages:
        return requested, pages, []
    return reply_page(ctx, thread, pages)


#: What the reply tree and its fragments (``reply_fragments``) read: not the Markdown source, nor the
#: authors' and organisations' other columns (a long thread page reads a few hundred rows).
REPLY_TREE_FIELDS = (
    "thread_id",
    "parent_id",
    "root_id",
    "depth",
    "author_id",
    "is_anonymous",
    "body_html",
    "hidden",
    "moderator_note",
    "created_at",
    "edited_at",
    "author__first_name",
    "author__last_name",
    "author__profile__organisation__name",
)


def reply_tree(
    ctx,
    thread,
    *,
    page: int = 1,
    expanded: int | None = None,
    folded_of: int | None = None,
    root_ids: list[int] | None = None,
) -> list[Node]:
    """The replies of one page, depth first, oldest first within a parent.

    A fixed number of queries whatever the number of replies: the page's
    top-level ids, the shape of their branches (ids, parents, depths), then
    the replies shown with authors, vote counts and the viewer's own votes. Hidden replies become placeholders for
    non-moderators when they have visible answers, and disappear otherwise.

    A branch (a top-level reply and its answers) shows its first
    ``SHOWN_PER_BRANCH`` answers; the rest is folded, counted on the last node
    shown, unless the branch is ``expanded``. ``folded_of``: only the folded
    answers of that branch (what "show more" loads). ``root_ids``: the page's top-level
    replies when the caller has them (``reply_page``).
    """
    if root_ids is None:
        start = (page - 1) * REPLIES_PER_PAGE
        root_ids = list(
            _roots(ctx, thread)
            .order_by("created_at", "pk")
            .values_list("pk", flat=True)[start : start + REPLIES_PER_PAGE]
        )
    if not root_ids:
        return []
    # The shape first (four small columns of every reply of the page's branches), then the
    # details of only the replies shown: a long branch is mostly folded away.
    rows = Reply.objects.filter(thread=thread, root_id__in=root_ids).order_by("created_at", "pk")
    moderator = permissions.can_moderate(ctx, thread)
    by_parent: dict[int | None, list] = {}
    by_id = {}
    for row in rows.values_list("pk", "parent_id", "depth", "hidden", named=True):
        by_parent.setdefault(row.parent_id, []).append(row)
        by_id[row.pk] = row
    flat: list[Node] = []

    def walk(row) -> bool:
        """Add ``row`` and its answers; False when nothing of it is shown."""
        node = Node(reply=row, depth=min(row.depth, MAX_VISIBLE_DEPTH), placeholder=row.hidden and not moderator)
        position = len(flat)
        flat.append(node)
        shown_children = [walk(child) for child in by_parent.get(row.pk, [])]
        if node.placeholder and not any(shown_children):
            del flat[position:]
            return False
        return True

    shown: list[Node] = []
    for root_id in root_ids:
        if root_id not in by_id:
            continue
        start = len(flat)
        walk(by_id[root_id])
        branch = flat[start:]
        if folded_of is not None:
            if root_id == folded_of:
                shown = branch[1 + SHOWN_PER_BRANCH :]
            continue
        if root_id != expanded and len(branch) > 1 + SHOWN_PER_BRANCH:
            branch = branch[: 1 + SHOWN_PER_BRANCH]
            branch[-1].folded = len(flat) - start - len(branch)
            branch[-1].branch = root_id
        shown.extend(branch)
    return _with_details(ctx, thread, shown)


def _with_details(ctx, thread, nodes: list[Node]) -> list[Node]:
    """Fill the shown nodes with their replies: authors, vote counts, the viewer's own votes, and the
    real parent of a reply deeper than shown ("in reply to …")."""
    deep = {node.reply.parent_id for node in nodes if node.reply.depth > MAX_VISIBLE_DEPTH}
    wanted = {node.reply.pk for node in nodes} | deep
    if not wanted:
        return []
    details = {
        reply.pk: reply
        for reply in Reply.objects.filter(thread=thread, pk__in=wanted)
        .select_related("author__profile__organisation")
        .only(*REPLY_TREE_FIELDS)
        .annotate(
            vote_total=Count("votes"),
            my_vote=Exists(Vote.objects.filter(reply=OuterRef("pk"), user_id=ctx.user_id or 0)),
        )
        .order_by()
    }
    filled = []
    for node in nodes:
        row, reply = node.reply, details.get(node.reply.pk)
        if reply is None:  # moved away by a merge between the two reads
            continue
        node.reply, node.votes, node.voted = reply, reply.vote_total, reply.my_vote
        node.in_reply_to = details.get(row.parent_id) if row.depth > MAX_VISIBLE_DEPTH else None
        filled.append(node)
    return filled


def permalink_query(ctx, reply) -> str:
    """The query string that shows ``reply`` on its thread page: its page, and its branch unfolded if need be."""
    page = page_of_reply(ctx, reply)
    params = [f"pagina={page}"] if page > 1 else []
    root_id = reply.root_id or reply.pk
    if reply.pk != root_id and reply.pk not in {n.reply.pk for n in reply_tree(ctx, reply.thread, page=page)}:
        params.append(f"tak={root_id}")
    return "?" + "&".join(params) if params else ""


# --- similar questions and colleagues -------------------------------------------------


def similar_for_text(user, text: str, *, limit: int = 5, exclude_thread: Thread | None = None):
    """Threads and best practices like ``text``, as this user may find them (search service);
    ``None`` when the search service is down (which is not the same as nothing similar)."""
    from search import service
    from search.scope import scope_for

    text = (text or "").strip()
    if len(text) < 4:
        return []
    hits = service.similar_or_none(
        scope=scope_for(user),
        like_text=text,
        like_doc=f"thread:{exclude_thread.pk}" if exclude_thread else None,
        kinds=SIMILAR_KINDS,
        limit=limit,
    )
    if hits is None:
        return None
    return [h for h in hits if not (exclude_thread and h.kind == "thread" and h.object_id == str(exclude_thread.pk))]


@dataclass
class Colleague:
    user: User
    reasons: list[str] = field(default_factory=list)
    score: int = 0
    #: Asked or answered a similar thread themselves (not only works where a related case is).
    posted: bool = False


def colleagues_for(ctx, thread, *, limit: int = 6) -> list[Colleague]:
    """Members who struggled with the same: asked or answered similar threads, or work at an
    organisation with a related best practice — ranked, each with its reasons.

    Only through threads the viewer may see, never through an anonymous post (nor through this
    thread), and leaving out the viewer and nobody else. In particular the thread's author is not
    left out specially: the list depends only on the thread's text and themes, on the viewer and on
    the evidence, never on who asked. Were the author dropped, comparing an anonymous dilemma's list
    with that of a near-identical ordinary question would show who is missing, i.e. who asked.
    So one rule for every thread, anonymous or not; an ordinary thread's author may be
    listed through their *other* posts, as anyone else would be. Editors are listed only through
    their own posts, never for working where a related case comes from (they write the cases).
    """
    from django.utils.translation import gettext as _

    if not ctx.is_member:
        return []
    hits = similar_for_text(ctx.user, f"{thread.title} {thread.body}", limit=8, exclude_thread=thread) or []
    thread_ids = parse_ids(h.object_id for h in hits if h.kind == "thread")
    similar = {t.pk: t for t in visible_threads(ctx).filter(pk__in=thread_ids)}
    theme_ids = [theme.pk for theme in thread.themes.all()]  # prefetched by the thread page
    if theme_ids:
        for t in visible_threads(ctx).filter(themes__in=theme_ids).exclude(pk=thread.pk).distinct()[:10]:
            similar.setdefault(t.pk, t)
    found: dict[int, Colleague] = {}

    def add(user_id, reason, score, *, posted=False):
        if user_id == ctx.user_id:  # the viewer and nobody else: never the author specially
            return
        entry = found.setdefault(user_id, Colleague(user=None))
        if reason not in entry.reasons:
            entry.reasons.append(reason)
        entry.score += score
        entry.posted = entry.posted or posted

    for t in similar.values():
        if not t.is_anonymous:
            add(t.author_id, _("asked “%(title)s”") % {"title": t.title}, 2, posted=True)
    answers = Reply.objects.filter(thread_id__in=list(similar), hidden=False, is_anonymous=False).values_list(
        "author_id", "thread_id"
    )
    for author_id, thread_id in answers:
        add(author_id, _("answered “%(title)s”") % {"title": similar[thread_id].title}, 3, posted=True)
    practices = [h for h in hits if h.kind == "best_practice" and h.info.get("organisation")]
    if practices:
        names = {h.info["organisation"]: h for h in practices}
        profiles = MemberProfile.objects.filter(
            permissions.profiles_visible_to(ctx), organisation__name__in=list(names)
        ).select_related("organisation")[:20]
        for profile in profiles:
            practice_title = html.unescape(names[profile.organisation.name].title)
            add(
                profile.user_id,
                _("works at %(organisation)s, with the best practice “%(title)s”")
                % {"organisation": profile.organisation.name, "title": practice_title},
                1,
            )
    if not found:
        return []
    users = (
        User.objects.filter(pk__in=list(found), is_active=True, profile__status=MemberProfile.Status.MEMBER)
        .select_related("profile__organisation")
        .prefetch_related("groups")
    )  # the policy asks each one's roles
    for user in users:
        other = permissions.context_for(user)
        # The editors write and curate the knowledge base: working where a case comes from
        # (often the platform's own organisation) says nothing about having faced it. They are
        # colleagues who faced this through their own questions and answers only.
        if other.is_editor and not found[user.pk].posted:
            continue
        if permissions.can_view_thread(other, thread):
            found[user.pk].user = user
    ranked = sorted((c for c in found.values() if c.user is not None), key=lambda c: (-c.score, c.user.get_full_name()))
    return ranked[:limit]


def thread_page_queryset(ctx):
    """Threads with what their page shows, in one query: space, author, accepted reply, merge
    target, whether the viewer follows it; and their themes (one query more)."""
    return (
        Thread.objects.select_related("space", "author__profile__organisation", "accepted_reply", "merged_into__space")
        .prefetch_related("themes")
        .annotate(viewer_follows=Exists(Follow.objects.filter(thread=OuterRef("pk"), user_id=ctx.user_id or 0)))
    )


def is_following(ctx, thread) -> bool:
    if not ctx.is_authenticated:
        return False
    if hasattr(thread, "viewer_follows"):  # annotated by thread_page_queryset
        return thread.viewer_follows
    return Follow.objects.filter(thread=thread, user_id=ctx.user_id).exists()


#: Theme kinds a knowledge page is tagged with (the draft form offers these).
KNOWLEDGE_THEME_KINDS = ("pillar", "case_theme")

#: The knowledge base's source kind for each kind of thread (``knowledge.models.SourceKind`` values).
PROMOTED_SOURCE_KIND = {
    Thread.Kind.QUESTION: "question",
    Thread.Kind.DILEMMA: "dilemma",
    Thread.Kind.DISCUSSION: "thread",
}


def promote_prefill(thread: Thread) -> dict:
    """What the platform already knows of a thread, for the knowledge base's draft form.

    The author's organisation is passed only when the author is shown to everybody: the
    organisation of an anonymous dilemma would narrow down who asked it.
    """
    organisation = None
    if not thread.is_anonymous:
        organisation = (
            MemberProfile.objects.filter(user_id=thread.author_id, organisation__isnull=False)
            .values_list("organisation__slug", flat=True)
            .first()
        )
    return {
        "source_kind": PROMOTED_SOURCE_KIND.get(thread.kind, "thread"),
        "themes": [
            str(pk) for pk in thread.themes.filter(kind__in=["pillar", "case_theme"]).values_list("pk", flat=True)
        ],
        **({"organisation": organisation} if organisation else {}),
    }
