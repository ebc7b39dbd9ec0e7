"""Searchable kinds owned by peergroups, and how its vocabularies read as facets.

Found by the search app's autodiscovery; peergroups imports search, never the
other way round.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils.translation import gettext_lazy as _

from peergroups import policy as permissions
from peergroups.core.taxonomy import Function, GovernmentLayer, OrganisationType, Province
from peergroups.policy import thread_audience
from search import indexing, service
from search.registry import IndexedKind, SearchDocument, dated, register, spoken_names
from search.scope import AUDIENCE_PUBLIC

from .models import LearningQuestion, MemberProfile, Organisation, Reply, Theme, Thread, User
from .models.spaces import Space, SpaceKind


def organisation_document(organisation: Organisation) -> SearchDocument:
    themes = sorted({t.slug for q in organisation.learning_questions.all() for t in q.themes.all()})
    return SearchDocument(
        kind="organisation",
        object_id=str(organisation.pk),
        title=organisation.name,
        url=organisation.get_absolute_url(),
        summary=organisation.description,
        body="\n".join(filter(None, [organisation.primary_processes, organisation.ambitions])),
        themes=themes,
        government_layer=organisation.government_layer,
        organisation_type=organisation.organisation_type,
        province=organisation.province,
        date=organisation.updated_at,
        audience=AUDIENCE_PUBLIC,
        boost=1.2,
        info={"place": organisation.city},
    )


def learning_question_document(question: LearningQuestion) -> SearchDocument:
    organisation = question.organisation
    return SearchDocument(
        kind="learning_question",
        object_id=str(question.pk),
        title=question.title,
        url=f"{organisation.get_absolute_url()}#leervraag-{question.pk}",
        summary=question.body,
        themes=[t.slug for t in question.themes.all()],
        government_layer=organisation.government_layer,
        organisation_type=organisation.organisation_type,
        province=organisation.province,
        status=question.status,
        **dated(question.created_at),
        audience=AUDIENCE_PUBLIC,
        info={"organisation": organisation.name},
    )


register(
    IndexedKind(
        name="organisation",
        label=_("Organisation"),
        model=Organisation,
        queryset=lambda: Organisation.objects.prefetch_related("learning_questions__themes"),
        to_document=organisation_document,
    )
)
register(
    IndexedKind(
        name="learning_question",
        label=_("Learning question"),
        model=LearningQuestion,
        queryset=lambda: LearningQuestion.objects.select_related("organisation").prefetch_related("themes"),
        to_document=learning_question_document,
    )
)

def space_document(space: Space) -> SearchDocument | None:
    """A group's page. Open and closed groups are listed for everyone; a secret group is
    findable only by its members (audience "space"), like everywhere else (policy: LISTED)."""
    if space.kind == SpaceKind.PORTAL:
        return None  # the portal is reached from the menu, not as a group
    if space.kind == SpaceKind.RESULTANCY_TEAM:
        return None  # found as its team (resultancy/documents.py), not twice
    return SearchDocument(
        kind="space",
        object_id=str(space.pk),
        title=space.name,
        url=space.get_absolute_url(),
        summary=space.description,
        body=_peer_group_text(space),
        themes=[t.slug for t in space.themes.all()],
        status=space.kind,
        date=space.created_at,
        audience=permissions.space_listing_audience(space),
        space_id=space.pk,
        info={"group_kind": space.get_kind_display()},
        kind_words=spoken_names(SpaceKind(space.kind).label),  # "peergroep", "werkgroep"
    )


def _peer_group_text(space: Space) -> str:
    """What a peer group's organisations do and ask, so that "more like this" can suggest it."""
    peer_group = getattr(space, "peer_group", None)
    if peer_group is None:
        return ""
    parts = [f"{o.name}: {o.primary_processes}" for o in peer_group.organisations.all()]
    parts += [q.title for q in peer_group.learning_questions.all()]
    return "\n".join(parts)


register(
    IndexedKind(
        name="space",
        label=_("Group"),
        model=Space,
        queryset=lambda: Space.objects.prefetch_related(
            "themes", "peer_group__organisations", "peer_group__learning_questions"
        ),
        to_document=space_document,
        depends_on_space=lambda space_id: Space.objects.filter(pk=space_id),
    )
)



def _on_space_delete(sender, instance, **kwargs):
    # Before the cascade: the documents of every app that depend on the space are found now
    # and, the rows gone at commit, deleted from the index (however the space was deleted).
    indexing.schedule_space_dependants(instance.pk)


pre_delete.connect(_on_space_delete, sender=Space, dispatch_uid="peergroups.index_space_deleted")

_theme_names: dict[str, str] = {}


def _theme_label(slug):
    if slug not in _theme_names:
        _theme_names.update(dict(Theme.objects.values_list("slug", "name")))
    return _theme_names.get(slug, slug)


service.register_facet_labels("themes", _theme_label)
service.register_facet_labels("government_layer", lambda v: dict(GovernmentLayer.choices).get(v))
service.register_facet_labels("organisation_type", lambda v: dict(OrganisationType.choices).get(v))
service.register_facet_labels("province", lambda v: dict(Province.choices).get(v))
service.register_facet_labels(
    "status",
    lambda v: dict(LearningQuestion.Status.choices).get(v)
    or dict(Thread.Status.choices).get(v)
    or dict(SpaceKind.choices).get(v)
    or ({"accepted": _("Accepted answer")}.get(v)),
)


# --- Threads and replies (the help portal and group discussions) ---------------------
#
# Audience from the space (``permissions.thread_audience``): portal threads for
# members, threads of open groups with public content for everyone, all others
# for the members of their space (``space_id``). Hidden threads, and replies that
# are hidden or in a hidden thread, are indexed with ``hidden=True`` so only the
# moderation scope could find them. An anonymous post never carries its author:
# the documents below hold no person at all, named or not.


def thread_document(thread: Thread) -> SearchDocument:
    audience, space_id = thread_audience(thread)
    return SearchDocument(
        kind="thread",
        object_id=str(thread.pk),
        title=thread.title,
        url=thread.get_absolute_url(),
        summary=thread.body[:600],
        body=thread.body,
        themes=[t.slug for t in thread.themes.all()],
        status=thread.status,
        **dated(thread.created_at),
        audience=audience,
        space_id=space_id,
        hidden=thread.hidden,
        boost=1.1 if thread.status == Thread.Status.ANSWERED else 1.0,
        info={"thread_kind": thread.kind, "replies": thread.reply_count, "space": thread.space.name},
        kind_words=spoken_names(Thread.Kind(thread.kind).label),  # "vraag", "dilemma", "discussie"
    )


def reply_document(reply: Reply) -> SearchDocument:
    thread = reply.thread
    audience, space_id = thread_audience(thread)
    accepted = thread.accepted_reply_id == reply.pk
    return SearchDocument(
        kind="reply",
        object_id=str(reply.pk),
        title=thread.title,
        url=reply.get_absolute_url(),
        summary=reply.body[:600],
        body=reply.body,
        themes=[t.slug for t in thread.themes.all()],
        status="accepted" if accepted else "",
        date=reply.created_at,
        audience=audience,
        space_id=space_id,
        hidden=reply.hidden or thread.hidden,
        boost=1.5 if accepted else 0.8,  # an accepted answer ranks above other replies
        info={"thread_kind": thread.kind},
    )


register(
    IndexedKind(
        name="thread",
        label=_("Question or discussion"),
        model=Thread,
        queryset=lambda: Thread.objects.select_related("space").prefetch_related("themes"),
        to_document=thread_document,
        depends_on_space=lambda space_id: Thread.objects.filter(space_id=space_id),
    )
)
register(
    IndexedKind(
        name="reply",
        label=_("Reply"),
        model=Reply,
        queryset=lambda: Reply.objects.select_related("thread__space").prefetch_related("thread__themes"),
        to_document=reply_document,
        depends_on_space=lambda space_id: Reply.objects.filter(thread__space_id=space_id),
    )
)


# --- Member profiles -----------------------------------------------------------------
#
# Only what the profile page shows to members (name, organisation, function, province,
# bio, expertise) and only to members (``permissions.member_profile_audience``); never an
# e-mail address. Profiles change in several places (accounts, admin, the profile form),
# so model signals schedule the index update; a user's save counts only when the name or
# the active flag may have changed (not on every login).


def member_profile_document(profile: MemberProfile) -> SearchDocument | None:
    audience = permissions.member_profile_audience(profile)
    if audience is None:
        return None
    organisation = profile.organisation
    function = dict(Function.choices).get(profile.function, "")
    return SearchDocument(
        kind="member_profile",
        object_id=str(profile.pk),
        title=str(profile.user.display_name),
        url=profile.get_absolute_url(),
        summary=profile.bio,
        body="\n".join(filter(None, [str(function), *sorted(t.name for t in profile.expertise.all())])),
        government_layer=organisation.government_layer if organisation else "",
        organisation_type=organisation.organisation_type if organisation else "",
        province=profile.province,
        date=profile.created_at,
        audience=audience,
        boost=0.9,
        info={"organisation": organisation.name if organisation else ""},
    )


register(
    IndexedKind(
        name="member_profile",
        label=_("Member"),
        model=MemberProfile,
        queryset=lambda: MemberProfile.objects.select_related("user", "organisation").prefetch_related("expertise"),
        to_document=member_profile_document,
    )
)
PROFILE_USER_FIELDS = {"first_name", "last_name", "is_active"}


def _on_profile_change(sender, instance, **kwargs):
    indexing.schedule("member_profile", instance.pk)


def _on_user_save(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and not PROFILE_USER_FIELDS & set(update_fields):
        return
    profile_id = MemberProfile.objects.filter(user=instance).values_list("pk", flat=True).first()
    if profile_id is not None:
        indexing.schedule("member_profile", profile_id)


def _on_expertise_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, MemberProfile):
        indexing.schedule("member_profile", instance.pk)


post_save.connect(_on_profile_change, sender=MemberProfile, dispatch_uid="peergroups.index_profile")
post_delete.connect(_on_profile_change, sender=MemberProfile, dispatch_uid="peergroups.index_profile_deleted")
post_save.connect(_on_user_save, sender=User, dispatch_uid="peergroups.index_profile_user")
m2m_changed.connect(
    _on_expertise_change, sender=MemberProfile.expertise.through, dispatch_uid="peergroups.index_profile_expertise"
)
