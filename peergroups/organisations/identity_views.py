"""Organisation sign-in pages: the e-mail-first step and the site administrator's links."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from peergroups import policy as permissions
from peergroups.models import OrganisationIdentityProvider
from peergroups.organisations import identity_actions
from peergroups.organisations.identity_forms import IdentityProviderForm, OrganisationEmailForm
from peergroups.policy import login_required_here


def _safe_next(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    allowed = {request.get_host()}
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts=allowed, require_https=request.is_secure()):
        return url
    return ""


def organisation_login(request):
    """Ask for the work address; send it to its organisation's provider, or to the password form."""
    next_url = _safe_next(request)
    form = OrganisationEmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        provider = identity_actions.identity_provider_for_email(form.cleaned_data["email"])
        if provider is None:
            messages.info(
                request, _("Your organisation does not sign in here through its own system; use your password.")
            )
            login_url = reverse("account_login")
            return redirect(f"{login_url}?next={next_url}" if next_url else login_url)
        return render(
            request,
            "peergroups/organisation_login_continue.html",
            {
                "provider": provider,
                "login_url": reverse("openid_connect_login", kwargs={"provider_id": provider.app.provider_id}),
                "next": next_url,
            },
        )
    return render(request, "peergroups/organisation_login.html", {"form": form, "next": next_url})


@login_required_here
def identity_providers(request):
    """A site administrator links a member organisation to its identity provider."""
    if not permissions.can_manage_identity_providers(request.permissions):
        raise PermissionDenied
    editing = None
    if slug := request.GET.get("organisatie"):
        editing = (
            OrganisationIdentityProvider.objects.select_related("app", "organisation")
            .filter(organisation__slug=slug)
            .first()
        )
    initial = {}
    if editing is not None:
        initial = {
            "organisation": editing.organisation,
            "issuer_url": editing.issuer_url,
            "client_id": editing.app.client_id,
            "vouched_domains": ", ".join(d.domain for d in editing.vouched_domains.all()),
            "password_login_allowed": editing.password_login_allowed,
        }
    form = IdentityProviderForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            identity_actions.do_save_identity_provider(
                request.user,
                data["organisation"],
                issuer_url=data["issuer_url"],
                client_id=data["client_id"],
                client_secret=data["client_secret"],
                vouched_domains=data["vouched_domains"],
                password_login_allowed=data["password_login_allowed"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            done = _("%(organisation)s now signs in through its own provider.")
            messages.success(request, done % {"organisation": data["organisation"]})
            return redirect("peergroups:identity_providers")
    providers = (
        OrganisationIdentityProvider.objects.select_related("organisation", "app")
        .prefetch_related("vouched_domains")
        .order_by("organisation__name")
    )
    return render(
        request,
        "peergroups/identity_providers.html",
        {"form": form, "providers": providers, "editing": editing},
    )
