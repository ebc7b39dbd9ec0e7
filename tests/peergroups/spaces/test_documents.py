"""Group documents: validated on type and size, stored under random names, served only through the policy."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from peergroups.models import Document
from peergroups.spaces.content import actions as content_actions
from tests.peergroups.conftest import text_file

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


@pytest.fixture
def closed(make_world):
    return make_world("closed")


def upload(client, space, name, content, title="Stuk"):
    return client.post(
        reverse("peergroups:document_list", args=[space.slug]),
        {"title": title, "description": "Toelichting die bewaard blijft", "file": SimpleUploadedFile(name, content)},
    )


def test_member_uploads_and_downloads_a_pdf(client, closed):
    client.force_login(closed.people["group_member"])
    response = upload(client, closed.space, "Jaarverslag 2009.pdf", PDF, title="Jaarverslag")
    assert response.status_code == 302
    document = Document.objects.get(space=closed.space, title="Jaarverslag")
    # Stored under a random name: the original name is only in the database.
    assert document.file.name.startswith("groepsdocumenten/") and "Jaarverslag" not in document.file.name
    assert len(document.file.name) > len("groepsdocumenten/") + 30
    download = client.get(reverse("peergroups:document_download", args=[closed.space.slug, document.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    assert "Jaarverslag 2009.pdf" in download["Content-Disposition"]
    assert download["Cache-Control"] == "private, no-store"
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("script.html", b"<script>alert(1)</script>", "niet toegestaan"),
        ("virus.exe", b"MZ\x90\x00", "niet toegestaan"),
        ("nep.pdf", b"<html>geen pdf</html>", "past niet"),
        ("nep.png", b"GIF89a", "past niet"),
        ("binair.txt", b"tekst\x00met nul", "past niet"),
        ("leeg.txt", b"", "leeg"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(client, closed, name, content, message):
    client.force_login(closed.people["group_member"])
    before = Document.objects.count()
    response = upload(client, closed.space, name, content)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html and 'aria-invalid="true"' in html
    assert "Toelichting die bewaard blijft" in html  # the rest of the input is kept
    assert Document.objects.count() == before


def test_size_limit(client, closed, settings):
    settings.MAX_UPLOAD_SIZE = 100
    client.force_login(closed.people["group_member"])
    response = upload(client, closed.space, "groot.txt", b"a" * 101)
    assert "te groot" in response.content.decode()
    assert response.status_code == 200
    assert upload(client, closed.space, "klein.txt", b"a" * 100).status_code == 302


@pytest.mark.parametrize("role,expected", [("visitor", 302), ("pending", 403), ("member", 403), ("moderator", 403)])
def test_download_refused_to_non_members(client, closed, role, expected):
    user = closed.user(role)
    if user:
        client.force_login(user)
    response = client.get(reverse("peergroups:document_download", args=[closed.space.slug, closed.document.pk]))
    assert response.status_code == expected
    assert b"Notulen" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_no_public_media_url(client, closed):
    name = closed.document.file.name
    assert client.get(f"/media/{name}").status_code == 404
    assert client.get(f"/{name}").status_code == 404
    with pytest.raises(ValueError):
        closed.document.file.url  # noqa: B018 — the storage refuses to hand out a URL


def test_document_of_another_group_is_not_reachable_through_this_one(client, make_world):
    first = make_world("closed", name="Eerste")
    second = make_world("closed", name="Tweede")
    client.force_login(first.people["group_member"])
    response = client.get(reverse("peergroups:document_download", args=[first.space.slug, second.document.pk]))
    assert response.status_code == 404


def test_uploader_or_coordinator_deletes(client, closed, django_capture_on_commit_callbacks):
    member_doc = content_actions.do_upload_document(
        closed.people["group_member"], closed.space, title="Van lid", uploaded_file=text_file()
    )
    path = member_doc.file.path
    client.force_login(closed.people["group_member"])
    refused = client.post(reverse("peergroups:document_delete", args=[closed.space.slug, closed.document.pk]))
    assert refused.status_code == 403
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("peergroups:document_delete", args=[closed.space.slug, member_doc.pk]))
    assert not Document.objects.filter(pk=member_doc.pk).exists()
    assert not os.path.exists(path)
