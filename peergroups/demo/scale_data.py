"""Generate the peer network at benchmark scale: organisations, members, groups, threads, replies.

Called by ``manage.py generate_scale_data`` (platform_site), phase by phase,
inside one transaction. Rows are written with PostgreSQL ``COPY`` (no model
``save()``, no signals, no search outbox rows): ids are reserved from the
tables' sequences first, so reply trees (``parent``/``root``/``depth``), the
accepted answer and every foreign key are computed in Python. The search index
is rebuilt once at the end by the command (``search_reindex``).

Everything is drawn from one ``random.Random``: the same seed gives the same
data. Timestamps are spread over the three years before ``ANCHOR`` (fixed, so
they do not depend on the day of generation). Generated people and
organisations use e-mail domains ending in ``MARK_DOMAIN``; that is how
:func:`exists` and :func:`remove` find them.

Distributions are skewed like a real network: organisation size, member
activity, threads per group and replies per thread follow Zipf-like weights —
a few very busy threads and groups, a long tail of quiet ones.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import connection, models
from django.utils.text import slugify

from peergroups.core.taxonomy import Function, GovernmentLayer, OrganisationType
from peergroups.demo import scale_text as text
from peergroups.models import (
    Activity,
    Flag,
    Follow,
    MemberProfile,
    Membership,
    Notification,
    Organisation,
    OrganisationDomain,
    PeerGroup,
    PolicyDomain,
    Poll,
    PollOption,
    PollVote,
    Reply,
    Space,
    SpaceKind,
    Theme,
    Thread,
    User,
    Visibility,
    Vote,
    WorkingGroup,
)

MARK_DOMAIN = ".schaal.example"
#: Generated timestamps lie in the three years before this moment.
ANCHOR = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
SPAN = dt.timedelta(days=3 * 365)
#: A portal question with exactly 500 replies, at every size (the thread-page bench case).
BIG_THREAD_TITLE = "Hoe organiseert u de klantreis over de grenzen van uw eigen organisatie heen?"
BIG_THREAD_REPLIES = 500
PASSWORD = "demo-wachtwoord-2026"  # the demo password: generated accounts can log in for manual checks
MAX_DEPTH = 6

Log = Callable[[str], None]

#: (name prefix, organisation type, government layer)
ORG_KINDS = [
    ("Gemeente", OrganisationType.GEMEENTE, GovernmentLayer.LOKAAL),
    ("Gemeente", OrganisationType.GEMEENTE, GovernmentLayer.LOKAAL),
    ("Omgevingsdienst", OrganisationType.SAMENWERKINGSVERBAND, GovernmentLayer.REGIONAAL),
    ("GGD", OrganisationType.SAMENWERKINGSVERBAND, GovernmentLayer.REGIONAAL),
    ("Veiligheidsregio", OrganisationType.VEILIGHEIDSREGIO, GovernmentLayer.REGIONAAL),
    ("Belastingsamenwerking", OrganisationType.SAMENWERKINGSVERBAND, GovernmentLayer.REGIONAAL),
    ("Werkbedrijf", OrganisationType.UITVOERINGSORGANISATIE, GovernmentLayer.LOKAAL),
    ("Regionaal Archief", OrganisationType.SAMENWERKINGSVERBAND, GovernmentLayer.REGIONAAL),
    ("Waterschap", OrganisationType.WATERSCHAP, GovernmentLayer.REGIONAAL),
    ("Sociale Dienst", OrganisationType.UITVOERINGSORGANISATIE, GovernmentLayer.LOKAAL),
    ("Uitvoeringsdienst", OrganisationType.ZBO, GovernmentLayer.NATIONAAL),
    ("Regiokantoor", OrganisationType.UITVOERINGSORGANISATIE, GovernmentLayer.NATIONAAL),
]
QUALIFIERS = ["", " Noord", " Zuid", " Oost", " West", " Midden"]
GROUP_TOPICS = [
    "Klanttevredenheid",
    "Servicenormen",
    "Benchmarking",
    "Klantcontact",
    "Integriteit",
    "Werkdruk",
    "Digitale dienstverlening",
    "Ketensamenwerking",
    "Burgerparticipatie",
    "Kwaliteitszorg",
    "Leiderschap",
    "Informatievoorziening",
    "Vergunningverlening",
    "Schuldhulp",
    "Klachtafhandeling",
    "Lerend vermogen",
]


# --- low-level helpers (also used by knowledge and resultancy) -----------------------


def reserve_ids(model, count: int) -> list[int]:
    """Take ``count`` ids from the table's sequence, so rows can reference each other before insertion."""
    if count <= 0:
        return []
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, count])
        return [row[0] for row in cursor.fetchall()]


def copy_rows(model, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write rows with COPY FROM STDIN; ``columns`` are field names or attnames of ``model``.

    Refuses a column list that leaves out a NOT NULL column without a database
    default (COPY would fail late, or Django's Python default would be missed).
    """
    meta = model._meta
    fields = [meta.get_field(name) for name in columns]
    missing = [
        f.name
        for f in meta.concrete_fields
        if f not in fields and not f.null and not f.primary_key and f.db_default is models.NOT_PROVIDED
    ]
    if missing:
        raise ValueError(f"copy_rows({meta.label}): columns missing: {', '.join(missing)}")
    sql = f'COPY "{meta.db_table}" ({", ".join(chr(34) + f.column + chr(34) for f in fields)}) FROM STDIN'
    written = 0
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)
            written += 1
    return written


def weighted_picker(rng: random.Random, items: Sequence, weights: Sequence[float]):
    """A fast draw-one function over fixed weights (cumulative weights computed once)."""
    cum = list(itertools.accumulate(weights))

    def pick():
        return rng.choices(items, cum_weights=cum, k=1)[0]

    return pick


def moment(rng: random.Random, *, after: dt.datetime | None = None, within: dt.timedelta | None = None) -> dt.datetime:
    """A timestamp in the generation window; after ``after`` (and within ``within`` of it) if given."""
    if after is None:
        return ANCHOR - SPAN + dt.timedelta(seconds=rng.randrange(int(SPAN.total_seconds())))
    limit = min(ANCHOR, after + (within or SPAN))
    seconds = max(1, int((limit - after).total_seconds()))
    return after + dt.timedelta(seconds=rng.randrange(1, seconds + 1))


def exists() -> bool:
    return User.objects.filter(email__endswith=MARK_DOMAIN).exists()


# --- people -------------------------------------------------------------------------


@dataclass
class People:
    organisation_ids: list[int]
    #: Admitted members (generated and demo), in activity order: the first post most.
    member_ids: list[int]
    organisation_of: dict[int, int | None] = field(default_factory=dict)
    #: Admitted generated members only (group founders are taken from these: see ``remove``).
    generated_ids: list[int] = field(default_factory=list)


def generate_people(rng: random.Random, *, organisations: int, members: int, log: Log) -> People:
    """Organisations (with an e-mail domain each) and members spread over them, Zipf-like."""
    domains = list(PolicyDomain.objects.values_list("pk", flat=True)) or [None]
    taken = set(Organisation.objects.values_list("slug", flat=True))
    names = [(kind, place, q) for q in QUALIFIERS for kind in ORG_KINDS for place in text.PLACES]
    org_ids = reserve_ids(Organisation, organisations)
    org_rows, domain_rows = [], []
    for n, org_id in enumerate(org_ids):
        (prefix, org_type, layer), (place, province), qualifier = names[n % len(names)]
        name = f"{prefix} {place}{qualifier}" + (f" {n // len(names) + 1}" if n >= len(names) else "")
        slug = base = slugify(name)[:110]
        counter = itertools.count(2)
        while slug in taken:
            slug = f"{base}-{next(counter)}"
        taken.add(slug)
        description = text.paragraph(rng, 2, 4)
        org_rows.append(
            (
                org_id,
                name,
                slug,
                org_type,
                layer,
                int(10 ** rng.uniform(1.5, 4.3)),
                rng.choice(domains),
                province,
                place,
                f"https://www.{slug}{MARK_DOMAIN}/",
                description,
                text.paragraph(rng, 1, 2),
                text.paragraph(rng, 1, 2),
                rng.random() < 0.9,
                moment(rng),
            )
        )
        domain_rows.append((org_id, f"{slug}{MARK_DOMAIN}"))
    copy_rows(
        Organisation,
        [
            "id",
            "name",
            "slug",
            "organisation_type",
            "government_layer",
            "staff_count",
            "policy_domain_id",
            "province",
            "city",
            "website",
            "description",
            "primary_processes",
            "ambitions",
            "is_member",
            "updated_at",
        ],
        org_rows,
    )
    copy_rows(OrganisationDomain, ["organisation_id", "domain"], domain_rows)
    log(f"  {len(org_rows)} organisations")

    # Members: demo organisations first in the Zipf ranking, so their pages grow with the data.
    all_orgs = list(
        Organisation.objects.filter(email_domains__domain__endswith=MARK_DOMAIN).values_list("pk", flat=True)
    )
    demo_orgs = list(Organisation.objects.exclude(pk__in=all_orgs).order_by("slug").values_list("pk", flat=True))
    ranked = demo_orgs + sorted(all_orgs, key=lambda _pk: rng.random())
    org_pick = weighted_picker(rng, ranked, text.zipf_weights(len(ranked), 0.9, 5))
    domain_of = dict(
        OrganisationDomain.objects.filter(organisation_id__in=all_orgs).values_list("organisation_id", "domain")
    )
    password = make_password(PASSWORD)
    user_ids = reserve_ids(User, members)
    functions = Function.values
    user_rows, profile_rows, address_rows = [], [], []
    organisation_of: dict[int, int | None] = {}
    admitted: list[int] = []
    for n, user_id in enumerate(user_ids):
        first, last = text.person(rng)
        org_id = org_pick()
        domain = domain_of.get(org_id) or f"organisatie-{org_id}{MARK_DOMAIN}"
        email = f"{slugify(first)}.{slugify(last).replace('-', '')}.{n}@{domain}"
        joined = moment(rng)
        status = "member" if rng.random() < 0.97 else "pending"
        user_rows.append((user_id, password, None, False, first, last, email, False, True, joined))
        profile_rows.append(
            (
                user_id,
                status,
                org_id if status == "member" else None,
                rng.choice(functions),
                "",
                text.sentence(rng) if rng.random() < 0.3 else "",
                "" if status == "member" else "Onbekend",
                "",
                joined,
            )
        )
        address_rows.append((user_id, email, True, True))
        if status == "member":
            admitted.append(user_id)
            organisation_of[user_id] = org_id
    copy_rows(
        User,
        [
            "id",
            "password",
            "last_login",
            "is_superuser",
            "first_name",
            "last_name",
            "email",
            "is_staff",
            "is_active",
            "date_joined",
        ],
        user_rows,
    )
    copy_rows(
        MemberProfile,
        [
            "user_id",
            "status",
            "organisation_id",
            "function",
            "province",
            "bio",
            "requested_organisation",
            "decision_note",
            "created_at",
        ],
        profile_rows,
    )
    copy_rows(EmailAddress, ["user_id", "email", "verified", "primary"], address_rows)
    log(f"  {len(user_rows)} members ({len(admitted)} admitted)")
    demo_members = list(
        MemberProfile.objects.filter(status="member")
        .exclude(user__email__endswith=MARK_DOMAIN)
        .order_by("user__email")
        .values_list("user_id", "organisation_id")
    )
    for user_id, org_id in demo_members:
        organisation_of[user_id] = org_id
    rng.shuffle(admitted)
    return People(
        organisation_ids=ranked,
        member_ids=[u for u, _o in demo_members] + admitted,
        organisation_of=organisation_of,
        generated_ids=admitted,
    )


# --- groups -------------------------------------------------------------------------


@dataclass
class GeneratedSpace:
    pk: int
    kind: str
    visibility: str
    members: list[int]  # coordinator first


def generate_groups(rng: random.Random, people: People, *, kinds: dict[str, int], log: Log) -> list[GeneratedSpace]:
    """Spaces of the given kinds (peer_group, working_group, resultancy_team) with a visibility mix.

    Peer groups and working groups get their 1:1 rows here; resultancy teams
    get theirs from ``resultancy.scale_data`` (the app that owns them).
    """
    themes = list(Theme.objects.order_by("slug").values_list("pk", flat=True))
    group_themes = (
        list(Theme.objects.filter(kind="group_theme").order_by("slug").values_list("pk", flat=True)) or themes
    )
    taken = set(Space.objects.values_list("slug", flat=True))
    plan = [kind for kind, count in kinds.items() for _ in range(count)]
    space_ids = reserve_ids(Space, len(plan))
    labels = {"peer_group": "Peergroep", "working_group": "Werkgroep", "resultancy_team": "Resultancy-team"}
    spaces: list[GeneratedSpace] = []
    space_rows, theme_rows, membership_rows, peer_rows, working_rows, org_rows, activity_rows = (
        [],
        [],
        [],
        [],
        [],
        [],
        [],
    )
    members = people.member_ids
    for n, (space_id, kind) in enumerate(zip(space_ids, plan, strict=True)):
        visibility = rng.choices([Visibility.OPEN, Visibility.CLOSED, Visibility.SECRET], weights=[50, 35, 15])[0]
        topic = rng.choice(GROUP_TOPICS)
        place = rng.choice(text.PLACES)[0]
        name = f"{labels[kind]} {topic} {place} {n + 1}"
        slug = slugify(name)[:110]
        while slug in taken:
            slug += "-x"
        taken.add(slug)
        if kind == "working_group":
            size, capacity = rng.randint(4, 8), 8
        elif kind == "resultancy_team":
            size, capacity = rng.randint(3, 12), None
        else:  # peer groups: most small, a few large
            size, capacity = min(len(members), 3 + int(rng.paretovariate(1.3) * 4)), None
        size = min(size, 200, len(members))
        founder = rng.choice(people.generated_ids)
        chosen = [founder] + [u for u in rng.sample(members, size) if u != founder][: size - 1]
        created = moment(rng)
        space_rows.append(
            (
                space_id,
                name,
                slug,
                kind,
                visibility,
                visibility == Visibility.OPEN and rng.random() < 0.5,
                text.paragraph(rng, 2, 3),
                capacity,
                founder,
                created,
                created,
            )
        )
        for theme in rng.sample(themes, min(len(themes), rng.randint(1, 3))):
            theme_rows.append((space_id, theme))
        for i, user_id in enumerate(chosen):
            joined = moment(rng, after=created, within=dt.timedelta(days=400))
            membership_rows.append((space_id, user_id, "coordinator" if i == 0 else "member", joined))
            if i < 8:  # a modest activity feed: the founding and the first joins
                verb = "created" if i == 0 else "joined"
                activity_rows.append((space_id, user_id, verb, "", None, "{}", created if i == 0 else joined))
        if kind == "peer_group":
            peer_rows.append((space_id,))
            for org in {people.organisation_of.get(u) for u in chosen[:12]} - {None}:
                org_rows.append((space_id, org))
        elif kind == "working_group":
            working_rows.append((space_id, rng.choice(group_themes) if group_themes else None, 6, rng.random() < 0.6))
        spaces.append(GeneratedSpace(space_id, kind, visibility, chosen))
    copy_rows(
        Space,
        [
            "id",
            "name",
            "slug",
            "kind",
            "visibility",
            "content_public",
            "description",
            "capacity",
            "created_by_id",
            "created_at",
            "updated_at",
        ],
        space_rows,
    )
    through = Space.themes.through
    copy_rows(through, ["space_id", "theme_id"], theme_rows)
    copy_rows(Membership, ["space_id", "user_id", "role", "joined_at"], membership_rows)
    copy_rows(
        Activity, ["space_id", "actor_id", "verb", "target_type", "target_id", "params", "created_at"], activity_rows
    )
    copy_rows(PeerGroup, ["space_id"], peer_rows)
    copy_rows(PeerGroup.organisations.through, ["peergroup_id", "organisation_id"], org_rows)
    copy_rows(WorkingGroup, ["space_id", "theme_id", "minimum_size", "recruiting"], working_rows)
    counts = {v: sum(1 for s in spaces if s.visibility == v) for v in Visibility.values}
    log(
        f"  {len(spaces)} groups { {k: plan.count(k) for k in kinds} }, visibility {counts}, "
        f"{len(membership_rows)} memberships"
    )
    return spaces


# --- threads and replies ---------------------------------------------------------------


@dataclass
class _Reply:
    pk: int
    thread: int
    parent: int | None
    root: int
    depth: int
    author: int
    anonymous: bool
    hidden: bool
    created: dt.datetime
    body: str
    html: str


@dataclass
class _Batch:
    threads: list = field(default_factory=list)
    theme_rows: list = field(default_factory=list)
    replies: list = field(default_factory=list)
    votes: list = field(default_factory=list)
    follows: list = field(default_factory=list)
    notifications: list = field(default_factory=list)
    flags: list = field(default_factory=list)
    polls: list = field(default_factory=list)
    options: list = field(default_factory=list)
    poll_votes: list = field(default_factory=list)


def _space_members() -> dict[int, list[int]]:
    members: dict[int, list[int]] = {}
    for space_id, user_id in Membership.objects.order_by("space_id", "role", "user_id").values_list(
        "space_id", "user_id"
    ):
        members.setdefault(space_id, []).append(user_id)
    return members


def generate_threads(rng: random.Random, people: People, *, threads: int, replies: int, log: Log) -> dict:
    """Threads in the help portal (40 %) and in every group with members (Zipf over groups), with replies.

    Replies per thread follow Zipf weights (a few threads with hundreds, many
    with none or a handful); each reply is top-level or answers a recent
    reply of the same thread (depth ≤ 6, ``root`` = its top-level ancestor).
    Dilemmas are often anonymous; hidden replies, accepted answers, votes,
    follows, polls, flags and a modest number of notifications are included.
    Also adds the 500-reply portal question (``BIG_THREAD_TITLE``).
    """
    from peergroups.portal.actions import get_portal

    portal = get_portal()
    members_of = _space_members()
    group_ids = sorted(
        (pk for pk in Space.objects.exclude(kind=SpaceKind.PORTAL).values_list("pk", flat=True) if members_of.get(pk)),
        key=lambda _pk: rng.random(),
    )
    # The demo working group of the bench member is the busiest group (the group-space bench page).
    demo_first = Space.objects.filter(slug="werkgroep-benchmarking-en-kwaliteit").values_list("pk", flat=True).first()
    if demo_first in group_ids:
        group_ids.remove(demo_first)
        group_ids.insert(0, demo_first)
    group_pick = weighted_picker(rng, group_ids, text.zipf_weights(len(group_ids), 1.0, 2)) if group_ids else None
    active_pick = weighted_picker(rng, people.member_ids, text.zipf_weights(len(people.member_ids), 0.8, 10))
    themes = list(Theme.objects.order_by("slug").values_list("pk", flat=True))

    thread_ids = reserve_ids(Thread, threads + 1)
    spaces_of = {}
    for thread_id in thread_ids[:-1]:
        spaces_of[thread_id] = portal.pk if (group_pick is None or rng.random() < 0.4) else group_pick()
    # Replies per thread: a multinomial draw over Zipf weights of shuffled threads.
    ranked = sorted(thread_ids[:-1], key=lambda _pk: rng.random())
    reply_counts = dict.fromkeys(thread_ids[:-1], 0)
    if ranked and replies:
        for thread_id in rng.choices(ranked, weights=text.zipf_weights(len(ranked), 0.9, 5), k=replies):
            reply_counts[thread_id] += 1
    reply_ids = iter(reserve_ids(Reply, replies + BIG_THREAD_REPLIES))
    batch = _Batch()
    for n, thread_id in enumerate(thread_ids[:-1]):
        # The first thread is always an anonymous portal dilemma, so even the tiny size has one.
        space_id = portal.pk if n == 0 else spaces_of[thread_id]
        pool = members_of.get(space_id) if space_id != portal.pk else None
        _one_thread(
            rng,
            batch,
            thread_id,
            space_id,
            portal.pk,
            pool,
            active_pick,
            themes,
            reply_counts[thread_id],
            reply_ids,
            kind="dilemma" if n == 0 else None,
            force_anonymous=n == 0,
        )
    # The bench case: one portal question with exactly 500 replies, two pages of top-level ones.
    _one_thread(
        rng,
        batch,
        thread_ids[-1],
        portal.pk,
        portal.pk,
        None,
        active_pick,
        themes,
        BIG_THREAD_REPLIES,
        reply_ids,
        title=BIG_THREAD_TITLE,
        kind="question",
        big=True,
    )
    _write(batch)
    anonymous = sum(1 for t in batch.threads if t[7])
    hidden = sum(1 for r in batch.replies if r.hidden)
    accepted = sum(1 for t in batch.threads if t[9] is not None)
    top = max(reply_counts.values(), default=0)
    log(
        f"  {len(batch.threads)} threads ({anonymous} anonymous dilemmas, {accepted} accepted answers), "
        f"{len(batch.replies)} replies ({hidden} hidden; busiest thread {top}), {len(batch.votes)} votes, "
        f"{len(batch.follows)} follows, {len(batch.notifications)} notifications"
    )
    return {"threads": len(batch.threads), "replies": len(batch.replies)}


def _one_thread(
    rng,
    batch: _Batch,
    thread_id,
    space_id,
    portal_id,
    pool,
    active_pick,
    themes,
    n_replies,
    reply_ids,
    *,
    title=None,
    kind=None,
    big=False,
    force_anonymous=False,
):
    in_portal = space_id == portal_id
    if kind is None:
        weights = [60, 30, 10] if in_portal else [30, 10, 60]
        kind = rng.choices(["question", "dilemma", "discussion"], weights=weights)[0]
    author = active_pick() if pool is None else rng.choice(pool)
    anonymous = kind == "dilemma" and in_portal and (force_anonymous or rng.random() < 0.5)
    created = moment(rng)
    hidden_thread = not big and rng.random() < 0.005
    body, html = text.body(rng)
    thread_title = title or text.title(rng, kind)

    replies: list[_Reply] = []
    roots: list[_Reply] = []
    at = created
    for i in range(n_replies):
        at = at + dt.timedelta(minutes=rng.expovariate(1 / 180))
        replier = (
            author if (anonymous and rng.random() < 0.1) else (active_pick() if pool is None else rng.choice(pool))
        )
        if big:
            top_level = i % 5 == 0 or not roots
            parent = None if top_level else _deepest(replies, roots[(i // 5) % min(len(roots), 50)])
        else:
            top_level = not replies or rng.random() < 0.4
            parent = None if top_level else rng.choice(replies[-20:])
        if parent is not None and parent.depth >= MAX_DEPTH:
            parent = next(r for r in replies if r.pk == parent.root)
        pk = next(reply_ids)
        body_text, body_html = text.body(rng, (1, 2))
        reply = _Reply(
            pk=pk,
            thread=thread_id,
            parent=parent.pk if parent else None,
            root=parent.root if parent else pk,
            depth=parent.depth + 1 if parent else 0,
            author=replier,
            anonymous=anonymous and replier == author,
            hidden=not big and rng.random() < 0.02,
            created=at,
            body=body_text,
            html=body_html,
        )
        replies.append(reply)
        if top_level:
            roots.append(reply)
        if not reply.hidden:  # votes: most replies none, a few many
            voters = pool or None
            for _ in range(rng.choices([0, 1, 2, 3, 6], weights=[55, 25, 10, 6, 4])[0]):
                voter = rng.choice(voters) if voters else active_pick()
                if voter != replier:
                    batch.votes.append((pk, voter, at + dt.timedelta(hours=rng.randint(1, 72))))
        if rng.random() < 0.03 and author != replier:  # a modest share of notifications
            batch.notifications.append(
                (
                    author,
                    "thread_reply",
                    None if reply.anonymous else replier,
                    space_id,
                    "reply",
                    pk,
                    "{}",
                    at,
                    at if rng.random() < 0.7 else None,
                )
            )
        if reply.hidden and rng.random() < 0.3:
            batch.flags.append(
                (
                    thread_id,
                    pk,
                    active_pick(),
                    "Dit bericht lijkt in strijd met de spelregels.",
                    "resolved",
                    at + dt.timedelta(hours=2),
                )
            )
    visible = [r for r in replies if not r.hidden]
    accepted = None
    status = "open"
    if kind == "question" and not hidden_thread:
        candidates = [r for r in visible if r.depth == 0 and r.author != author]
        if candidates and (big or rng.random() < 0.4):
            accepted = rng.choice(candidates).pk
            status = "answered"
    if not big and rng.random() < 0.03:
        status = "closed"
    last = replies[-1].created if replies else created
    batch.threads.append(
        (
            thread_id,
            space_id,
            kind,
            thread_title,
            body,
            html,
            author,
            anonymous,
            status,
            accepted,
            rng.randint(0, 40) + 3 * len(replies),
            len(visible),
            last,
            created,
            hidden_thread,
            False,
            "",
        )
    )
    for theme in rng.sample(themes, min(len(themes), rng.randint(1, 2))):
        batch.theme_rows.append((thread_id, theme))
    followers = {author} | {r.author for r in replies[:6]}
    batch.follows.extend((thread_id, user, created) for user in sorted(followers))
    if kind == "dilemma" and in_portal and rng.random() < 0.25:
        poll_id = thread_id  # one poll per thread at most: reuse the thread id as poll id is not safe; see _write
        batch.polls.append((poll_id, thread_id, thread_title[:200]))
        labels = ["Ja, direct doen", "Eerst overleggen", "Nee, niet doen"]
        for position, label in enumerate(labels):
            batch.options.append((poll_id, position, label))
        voters = {active_pick() for _ in range(rng.randint(0, 25))}
        for voter in sorted(voters):
            batch.poll_votes.append((poll_id, rng.randrange(3), voter))
    batch.replies.extend(replies)


def _deepest(replies: list[_Reply], root: _Reply) -> _Reply:
    """The latest, deepest reply under ``root`` (the big thread nests its answers in chains)."""
    under = [r for r in replies[-400:] if r.root == root.pk]
    return max(under, key=lambda r: (r.depth, r.pk)) if under else root


def _write(batch: _Batch) -> None:
    copy_rows(
        Thread,
        [
            "id",
            "space_id",
            "kind",
            "title",
            "body",
            "body_html",
            "author_id",
            "is_anonymous",
            "status",
            "accepted_reply_id",
            "view_count",
            "reply_count",
            "last_activity_at",
            "created_at",
            "hidden",
            "locked",
            "moderator_note",
        ],
        batch.threads,
    )
    copy_rows(Thread.themes.through, ["thread_id", "theme_id"], batch.theme_rows)
    copy_rows(
        Reply,
        [
            "id",
            "thread_id",
            "parent_id",
            "root_id",
            "depth",
            "author_id",
            "body",
            "is_anonymous",
            "body_html",
            "hidden",
            "moderator_note",
            "created_at",
        ],
        (
            (
                r.pk,
                r.thread,
                r.parent,
                r.root,
                r.depth,
                r.author,
                r.body,
                r.anonymous,
                r.html,
                r.hidden,
                "Verborgen: persoonlijke gegevens." if r.hidden else "",
                r.created,
            )
            for r in batch.replies
        ),
    )
    seen = set()
    votes = []
    for reply, user, at in batch.votes:
        if (reply, user) not in seen:
            seen.add((reply, user))
            votes.append((reply, user, at))
    copy_rows(Vote, ["reply_id", "user_id", "created_at"], votes)
    copy_rows(Follow, ["thread_id", "user_id", "created_at"], batch.follows)
    copy_rows(
        Notification,
        ["recipient_id", "kind", "actor_id", "space_id", "target_type", "target_id", "params", "created_at", "read_at"],
        batch.notifications,
    )
    copy_rows(Flag, ["thread_id", "reply_id", "flagged_by_id", "reason", "status", "created_at"], batch.flags)
    # Polls get their own ids (the thread id served only as a key while generating).
    poll_ids = dict(zip([p[0] for p in batch.polls], reserve_ids(Poll, len(batch.polls)), strict=True))
    copy_rows(Poll, ["id", "thread_id", "question", "closed"], ((poll_ids[k], t, q, False) for k, t, q in batch.polls))
    option_ids = reserve_ids(PollOption, len(batch.options))
    option_of = {}
    rows = []
    for option_id, (key, position, label) in zip(option_ids, batch.options, strict=True):
        option_of[(key, position)] = option_id
        rows.append((option_id, poll_ids[key], label, position))
    copy_rows(PollOption, ["id", "poll_id", "label", "position"], rows)
    copy_rows(
        PollVote,
        ["poll_id", "option_id", "user_id"],
        ((poll_ids[key], option_of[(key, position)], user) for key, position, user in batch.poll_votes),
    )


# --- removal -----------------------------------------------------------------------


def remove(log: Log) -> None:
    """Delete what ``generate_*`` made; the demo content stays.

    Generated people and organisations carry ``MARK_DOMAIN``; generated groups
    were founded by a generated member; generated threads (also those in the
    portal and in demo groups) are dated before ``ANCHOR``, the demo's are not.
    Set-based deletes in dependency order; for a large database dropping it is faster.
    """
    users = User.objects.filter(email__endswith=MARK_DOMAIN)
    spaces = Space.objects.filter(created_by__in=users)
    thread_ids = sorted(
        set(Thread.objects.filter(space__in=spaces).values_list("pk", flat=True))
        | set(Thread.objects.filter(created_at__lt=ANCHOR).values_list("pk", flat=True))
        | set(Thread.objects.filter(author__in=users).values_list("pk", flat=True))
    )
    Thread.objects.filter(pk__in=thread_ids).update(accepted_reply=None)
    reply_ids = list(Reply.objects.filter(thread_id__in=thread_ids).values_list("pk", flat=True))
    Notification.objects.filter(target_type="reply", target_id__in=reply_ids)._raw_delete(connection.alias)
    Vote.objects.filter(reply_id__in=reply_ids)._raw_delete(connection.alias)
    Flag.objects.filter(thread_id__in=thread_ids)._raw_delete(connection.alias)
    Reply.objects.filter(pk__in=reply_ids).update(parent=None, root=None)
    Reply.objects.filter(pk__in=reply_ids)._raw_delete(connection.alias)
    Thread.objects.filter(pk__in=thread_ids).delete()
    spaces.delete()
    count = users.count()
    users.delete()
    Organisation.objects.filter(email_domains__domain__endswith=MARK_DOMAIN).delete()
    log(f"  removed {count} generated members, their groups and {len(thread_ids)} threads")
