"""An index–search–delete round trip through elasticsearch-dsl on the real server."""

import uuid

from django.conf import settings
from elasticsearch_dsl import Document, Keyword, Text

from search import connection


def test_elasticsearch_is_configured_for_the_suite():
    # The suite runs against the real server from scripts/services.sh; no silent fallback.
    assert settings.ELASTICSEARCH_URL, "make test must export ELASTICSEARCH_URL"
    # This distribution has no root endpoint (rest-root module); ask the nodes API instead.
    nodes = connection.get_client().nodes.info(node_id="_local")["nodes"]
    assert all(node["version"].startswith("8.") for node in nodes.values())


def test_index_search_delete_round_trip():
    name = connection.index_name(f"test-roundtrip-{uuid.uuid4().hex[:8]}")

    class Note(Document):
        title = Text(analyzer="dutch")
        kind = Keyword()

        class Index:
            pass

    Note._index._name = name
    client = connection.get_client()
    try:
        Note.init(using=client)
        Note(meta={"id": "1"}, title="Klanttevredenheidsonderzoeken bij gemeenten", kind="instrument").save(
            using=client, refresh=True
        )
        Note(meta={"id": "2"}, title="Integriteit en morele dilemma's", kind="thema").save(using=client, refresh=True)

        hits = Note.search(using=client).query("match", title="klanttevredenheidsonderzoek").execute()
        assert [hit.meta.id for hit in hits] == ["1"]  # Dutch stemming: plural indexed, singular found

        Note.get(id="1", using=client).delete(using=client, refresh=True)
        assert Note.search(using=client).query("match", title="klanttevredenheidsonderzoek").count() == 0
        assert Note.search(using=client).count() == 1
    finally:
        client.indices.delete(index=name, ignore_unavailable=True)
