"""SQL queries per page: at most 15, and the same with more data (issue 9's budget).

Counted on rendered pages (the anonymous page cache off; fragment caches warm,
as in a running server), for a visitor and for a logged-in member, on the
demo content and again after adding cases, organisations, threads and replies.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from knowledge.generate import generate_cases
from peergroups.models import Organisation, Reply, Thread, User
from peergroups.portal import actions as thread_actions

MEMBER = "secretaris@leerplatform.example"
BUDGET = 15
THREAD_TITLE = "Vraag met heel veel reacties"

PAGES = [
    ("home", "/"),
    ("finder, two facets", "/kennisbank/?bestuurslaag=regionaal&thema=openheid"),
    ("case page", "/kennisbank/waterschap-brabantse-delta/"),
    ("help portal", "/vraagbaak/"),
    ("group space", "/groepen/werkgroep-benchmarking-en-kwaliteit/"),
    ("search, plain", "/zoeken/?q=klanttevredenheid"),
    ("search, faceted", "/zoeken/?q=gemeente&government_layer=lokaal&kind=organisation"),
    ("organisation page", "/organisaties/uwv/"),
    ("organisation list", "/organisaties/"),
]


def add_thread_replies(thread, authors, count):
    """Top-level replies and chains under them, created in bulk (the tree shape of bench/thread_queries.py)."""
    roots = list(Reply.objects.filter(thread=thread, parent__isnull=True))
    for i in range(count):
        author = authors[i % len(authors)]
        if i % 5 == 0 or not roots:
            reply = Reply.objects.create(thread=thread, author=author, body=f"Antwoord {i}", depth=0)
            reply.root = reply
            reply.save(update_fields=["root"])
            roots.append(reply)
        else:
            root = roots[i % len(roots)]
            parent = Reply.objects.filter(root=root).order_by("-depth", "-pk").first()
            if parent.depth >= 6:
                parent = root
            Reply.objects.create(thread=thread, author=author, parent=parent, root=root, depth=parent.depth + 1,
                                 body=f"Reactie {i}", body_html=f"<p>Reactie {i}</p>")
    thread.reply_count = Reply.objects.filter(thread=thread).count()
    thread.save(update_fields=["reply_count"])


def grow_data(thread, authors):
    generate_cases(60)
    Organisation.objects.bulk_create(
        [Organisation(name=f"Gemeente Groei {i}", slug=f"gemeente-groei-{i}", organisation_type="gemeente",
                      government_layer="lokaal") for i in range(80)]
    )
    portal = thread_actions.get_portal()
    Thread.objects.bulk_create(
        [Thread(space=portal, kind="question", title=f"Extra vraag {i}", body="Tekst", body_html="<p>Tekst</p>",
                author=authors[i % len(authors)]) for i in range(60)]
    )
    add_thread_replies(thread, authors, 150)


def count(path, user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get(path)  # warm: content types, site root, fragment caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
    assert response.status_code == 200, path
    return len(queries.captured_queries)


@pytest.fixture
def big_thread(demo):
    authors = list(User.objects.filter(email__endswith="@leerplatform.example", profile__status="member"))
    thread = Thread.objects.create(space=thread_actions.get_portal(), kind="question", title=THREAD_TITLE,
                                   body="Veel reacties.", body_html="<p>Veel reacties.</p>", author=authors[0])
    add_thread_replies(thread, authors, 60)
    return thread, authors


def test_every_page_stays_within_the_query_budget_and_does_not_grow(big_thread):
    thread, authors = big_thread
    member = User.objects.get(email=MEMBER)
    pages = [*PAGES, ("thread with many replies", thread.get_absolute_url())]
    before = {}
    for name, path in pages:
        for who, user in (("visitor", None), ("member", member)):
            if name == "thread with many replies" and user is None:
                continue  # portal questions are for members only
            before[name, who] = count(path, user)
    grow_data(thread, authors)
    after = {key: count(dict(pages)[key[0]], member if key[1] == "member" else None) for key in before}
    over = {key: n for key, n in after.items() if n > BUDGET}
    grown = {key: (before[key], after[key]) for key in before if after[key] != before[key]}
    assert not over, f"pages over {BUDGET} queries: {over}"
    assert not grown, f"query counts that grew with the data: {grown}"
