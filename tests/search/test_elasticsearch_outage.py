"""Writes made while Elasticsearch is down become findable after its return, with no new write.

A real outage on an Elasticsearch of the fault tests' own (``tests/faults.py``: started by
``scripts/services.sh`` on ports of its own); the shared one is never touched. The
supervised worker (``manage.py run_worker``, a subprocess, tasks on the database queue) runs on
the test database against it. While the instance is stopped, members write: a question, replies
(the platform's index) and a news page (Wagtail's admin index). Once the instance is back nobody
writes, and every one of them must be found within ``RECOVERY_BOUND`` seconds — the worker's
periodic outbox replay brings them in, not the next write.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection as db_connection

from knowledge.models import NewsIndexPage, NewsPage
from peergroups.portal import actions as thread_actions
from search import service
from search.backends import ElasticsearchIndex
from search.models import IndexOutbox
from search.scope import SearchScope
from search.wagtail_search import WAGTAIL_KIND, ensure_indices
from tests.faults import ES_URL, private_service

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]
#: Seconds from the instance answering again to every kept write being found.
RECOVERY_BOUND = 30


@pytest.fixture
def worker(on_private_elasticsearch):
    db = db_connection.settings_dict
    env = dict(
        os.environ,
        DATABASE_URL=f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        ELASTICSEARCH_URL=ES_URL,
        SEARCH_INDEX_PREFIX=on_private_elasticsearch,
        TASKS_IMMEDIATE="false",
        LOG_LEVEL="INFO",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    (REPO / "test-artifacts").mkdir(exist_ok=True)
    with open(REPO / "test-artifacts" / "worker-es-outage.log", "w") as log:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "run_worker"], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def found_in_platform_search(word: str) -> bool:
    results = service.search(service.SearchParams(text=word), SearchScope(members=True, all_spaces=True))
    return results.answered_by == "elasticsearch" and results.total > 0


def found_in_admin_search(client, word: str) -> bool:
    response = client.get("/cms/pages/search/", {"q": word})
    assert response.status_code == 200
    return bool(response.context["object_list"])


def publish_news(title: str) -> NewsPage:
    page = NewsPage(title=title, slug=f"nieuws-{uuid.uuid4().hex[:8]}", summary="Over de storing.")
    NewsIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


def test_writes_kept_during_an_outage_are_found_after_it_with_no_new_write(
    on_private_elasticsearch, worker, make_user, client
):
    author, replier = make_user(), make_user()
    client.force_login(make_user(is_superuser=True, is_staff=True))
    portal = thread_actions.get_portal()
    ElasticsearchIndex().ensure()
    ensure_indices()
    publish_news("Voorbereiding vooraf")  # the indices exist and answer before the outage
    words = {
        "question": "zonnepanelenregeling",
        "reply": "wijkbudgettering",
        "second reply": "ketenregisseur",
        "page": "stormvloedkering",
    }

    private_service("stop", "es")
    try:
        thread = thread_actions.do_create_thread(
            author, portal, kind="question", title=f"Hoe pakt u de {words['question']} aan?",
            body="Wij zoeken ervaringen van andere gemeenten.", themes=[], is_anonymous=False, poll_options=[],
        )  # fmt: skip
        thread_actions.do_reply(replier, thread, body=f"Wij werken met {words['reply']} per wijk.")
        thread_actions.do_reply(author, thread, body=f"Wie is bij u de {words['second reply']}?")
        publish_news(f"Nieuws over de {words['page']}")
        kept = IndexOutbox.objects.filter(processed_at__isnull=True)
        assert kept.filter(kind=WAGTAIL_KIND).exists()
        assert kept.exclude(kind=WAGTAIL_KIND).exists()
        assert worker.poll() is None
    finally:
        private_service("start", "es")
    back = time.monotonic()

    missing = dict(words)
    while missing and time.monotonic() - back < RECOVERY_BOUND + 30:
        for what, word in list(missing.items()):
            if what == "page":
                hit = found_in_admin_search(client, word) and found_in_platform_search(word)
            else:
                hit = found_in_platform_search(word)
            if hit:
                missing.pop(what)
        time.sleep(0.5)
    recovered = time.monotonic() - back
    print(f"all {len(words)} kept writes findable {recovered:.1f} s after Elasticsearch answered again")

    assert not missing, f"not findable {recovered:.0f} s after the return: {sorted(missing)}"
    assert recovered <= RECOVERY_BOUND
    assert not IndexOutbox.objects.filter(processed_at__isnull=True).exists()
    assert worker.poll() is None, "the worker exited"
