"""generate_scale_data: the tiny size has the intended shape, valid trees, no leaks, and is deterministic.

The data are generated once per module inside a transaction that is rolled back at the end
(each test runs in a savepoint inside it), so other test modules never see them.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import Count, Q
from wagtail.models import Page

from knowledge.generate import PREFIX
from knowledge.models import BestPracticePage
from peergroups.demo.scale_data import BIG_THREAD_REPLIES, BIG_THREAD_TITLE, MARK_DOMAIN, MAX_DEPTH
from peergroups.models import Reply, Space, Thread, User
from platform_site.management.commands.generate_scale_data import SIZES, fingerprint, read_marker
from resultancy.models import ResultancyTeam, StrategicIssue
from search.models import IndexOutbox

SEED = 4242
TINY = SIZES["tiny"]


@pytest.fixture(scope="module")
def generated(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            out = StringIO()
            call_command("generate_scale_data", size="tiny", seed=SEED, stdout=out)
            yield {"output": out.getvalue(), "fingerprint": fingerprint()}
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def generated_spaces():
    return Space.objects.filter(created_by__email__endswith=MARK_DOMAIN)


@pytest.mark.django_db
def test_counts_per_kind(generated):
    assert User.objects.filter(email__endswith=MARK_DOMAIN).count() == TINY.members
    spaces = generated_spaces()
    assert spaces.filter(kind="peer_group").count() == TINY.peer_groups
    assert spaces.filter(kind="working_group").count() == TINY.working_groups
    assert spaces.filter(kind="resultancy_team").count() == TINY.teams
    assert ResultancyTeam.objects.filter(space__in=spaces).count() == TINY.teams
    assert StrategicIssue.objects.filter(submitted_by__email__endswith=MARK_DOMAIN).count() == (
        TINY.teams + TINY.open_issues
    )
    assert BestPracticePage.objects.filter(slug__startswith=PREFIX).count() == TINY.pages
    generated_threads = Thread.objects.filter(title=BIG_THREAD_TITLE) | Thread.objects.filter(
        pk__in=Thread.objects.exclude(title=BIG_THREAD_TITLE).filter(created_at__year__lt=2025)
    )
    assert generated_threads.count() == TINY.threads + 1
    assert Reply.objects.filter(thread__in=generated_threads).count() == TINY.replies + BIG_THREAD_REPLIES
    # Every generated group has a coordinator who is one of its members.
    assert not spaces.exclude(memberships__role="coordinator").exists()


@pytest.mark.django_db
def test_visibility_mix_and_marker(generated):
    visibilities = set(generated_spaces().values_list("visibility", flat=True))
    assert {"open", "closed"} <= visibilities
    marker = read_marker()
    assert marker["size"] == "tiny" and marker["seed"] == SEED and marker["fingerprint"] == generated["fingerprint"]


@pytest.mark.django_db
def test_anonymous_dilemmas_never_show_their_author(generated, client):
    anonymous = Thread.objects.filter(is_anonymous=True, created_at__year__lt=2025)
    assert anonymous.exists()
    assert set(anonymous.values_list("kind", flat=True)) == {"dilemma"}
    thread = anonymous.select_related("author").first()
    reader = User.objects.filter(email__endswith=MARK_DOMAIN, profile__status="member").exclude(pk=thread.author_id)
    client.force_login(reader.first())
    page = client.get(thread.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert thread.title[:40] in html.replace("&#x27;", "'")
    assert thread.author.get_full_name() not in html
    assert thread.author.email not in html


@pytest.mark.django_db
def test_hidden_replies_and_reply_counts(generated):
    assert Reply.objects.filter(hidden=True, thread__created_at__year__lt=2025).exists()
    threads = Thread.objects.filter(created_at__year__lt=2025).annotate(
        visible=Count("replies", filter=Q(replies__hidden=False))
    )
    mismatched = [t.pk for t in threads if t.reply_count != t.visible]
    assert mismatched == []


@pytest.mark.django_db
def test_reply_trees_are_valid(generated):
    replies = {r.pk: r for r in Reply.objects.filter(thread__created_at__year__lt=2025)}
    assert replies
    for reply in replies.values():
        assert 0 <= reply.depth <= MAX_DEPTH
        if reply.parent_id is None:
            assert reply.depth == 0 and reply.root_id == reply.pk
        else:
            parent = replies[reply.parent_id]
            assert parent.thread_id == reply.thread_id
            assert reply.depth == parent.depth + 1
            assert reply.root_id == parent.root_id
        root = replies[reply.root_id]
        assert root.thread_id == reply.thread_id and root.parent_id is None


@pytest.mark.django_db
def test_accepted_answers_belong_to_their_question(generated):
    answered = Thread.objects.filter(created_at__year__lt=2025, accepted_reply__isnull=False).select_related(
        "accepted_reply"
    )
    assert answered.exists()
    for thread in answered:
        assert thread.kind == "question" and thread.status == "answered"
        assert thread.accepted_reply.thread_id == thread.pk and thread.accepted_reply.parent_id is None


@pytest.mark.django_db
def test_the_500_reply_thread_exists(generated):
    thread = Thread.objects.get(title=BIG_THREAD_TITLE)
    assert thread.replies.count() == BIG_THREAD_REPLIES
    assert thread.replies.filter(parent__isnull=True).count() > 50  # more than one page of top-level replies


@pytest.mark.django_db
def test_wagtail_tree_is_valid(generated):
    problems = Page.find_problems()
    assert all(not group for group in problems), problems


@pytest.mark.django_db
def test_no_search_outbox_rows_for_generated_objects(generated):
    reply_ids = [str(pk) for pk in Reply.objects.filter(thread__title=BIG_THREAD_TITLE).values_list("pk", flat=True)]
    assert not IndexOutbox.objects.filter(kind="reply", object_id__in=reply_ids).exists()


@pytest.mark.django_db
def test_refuses_a_second_run_without_reset(generated):
    with pytest.raises(CommandError, match="--reset"):
        call_command("generate_scale_data", size="tiny", seed=SEED, stdout=StringIO())


@pytest.mark.django_db
def test_same_seed_gives_the_same_data(generated):
    call_command("generate_scale_data", size="tiny", seed=SEED, reset=True, no_reindex=True, stdout=StringIO())
    assert fingerprint() == generated["fingerprint"]
    assert User.objects.filter(email__endswith=MARK_DOMAIN).count() == TINY.members  # replaced, not added
    call_command("generate_scale_data", size="tiny", seed=SEED + 1, reset=True, no_reindex=True, stdout=StringIO())
    assert fingerprint() != generated["fingerprint"]
