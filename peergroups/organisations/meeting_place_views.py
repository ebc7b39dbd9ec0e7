"""The Ontmoetingsplaats: find organisations by theme or learning question, contact them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import LearningQuestion, Organisation
from peergroups.notifications import actions as notification_actions
from peergroups.organisations.forms import ContactForm, MeetingPlaceForm
from peergroups.organisations.suggestions import suggest_peer_groups, suggest_peer_organisations
from peergroups.policy import policy_view, require
from search.numbers import parse_id


def meeting_place(request):
    ctx = request.permissions
    form = MeetingPlaceForm(request.GET or None)
    questions = (
        LearningQuestion.objects.select_related("organisation")
        .prefetch_related("themes")
        .order_by("organisation__name", "title")
    )
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["theme"]:
            questions = questions.filter(themes=data["theme"])
        if data["q"]:
            for word in data["q"].split()[:5]:
                questions = questions.filter(Q(title__icontains=word) | Q(body__icontains=word))
    page = Paginator(questions.distinct(), 20).get_page(request.GET.get("pagina"))
    context = {
        "form": form,
        "page": page,
        "can_contact": ctx.is_member,
        "own_organisation_id": ctx.organisation_id,
        "can_propose": permissions.can_create_space(ctx, "peer_group"),
    }
    if ctx.organisation_id:
        organisation = Organisation.objects.get(pk=ctx.organisation_id)
        context["organisation"] = organisation
        context["peer_organisations"] = suggest_peer_organisations(organisation, limit=5)
        context["peer_groups"] = suggest_peer_groups(organisation, ctx=ctx, limit=3)
    return render(request, "peergroups/meeting_place.html", context)


@policy_view
def contact_organisation(request, slug):
    ctx = request.permissions
    organisation = get_object_or_404(Organisation, slug=slug)
    require(
        ctx,
        permissions.can_contact_organisation(ctx, organisation),
        _("You can contact other organisations, not your own."),
    )
    initial = {}
    question_id = parse_id(request.GET.get("leervraag"))
    if question_id is not None:
        initial["learning_question"] = question_id
    form = ContactForm(request.POST or None, initial=initial)
    form.fields["learning_question"].queryset = organisation.learning_questions.all()
    if request.method == "POST" and form.is_valid():
        try:
            notification_actions.do_send_contact_message(
                request.user,
                organisation,
                body=form.cleaned_data["body"],
                learning_question=form.cleaned_data["learning_question"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _("Your message has been sent to the members of %(organisation)s.")
                % {"organisation": organisation.name},
            )
            return redirect("peergroups:meeting_place")
    question = form.fields["learning_question"].queryset.filter(pk=initial.get("learning_question")).first()
    members_on_platform = organisation.members.filter(permissions.profiles_visible_to(ctx)).count()
    return render(
        request,
        "peergroups/contact_form.html",
        {"organisation": organisation, "form": form, "question": question, "members_on_platform": members_on_platform},
    )


def organisation_suggestions(request, slug):
    """Comparable organisations and fitting peer groups for one organisation, with reasons."""
    organisation = get_object_or_404(Organisation, slug=slug)
    return render(
        request,
        "peergroups/organisation_suggestions.html",
        {
            "organisation": organisation,
            "peer_organisations": suggest_peer_organisations(organisation, limit=8),
            "peer_groups": suggest_peer_groups(organisation, ctx=request.permissions, limit=5),
        },
    )
