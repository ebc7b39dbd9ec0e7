"""People, organisations and the shared taxonomies every other app builds on."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from peergroups.core.taxonomy import Function, GovernmentLayer, OrganisationType, Province, ThemeKind


class UserManager(BaseUserManager):
    """Accounts are identified by e-mail address; there are no usernames."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def display_name(self) -> str:
        return self.get_full_name() or _("Member")


class Theme(models.Model):
    """A theme: a programme pillar, one of the case themes, or a group theme.

    One model for all three so pages, groups, dilemmas and teams can be tagged
    with the same theme and a theme page can list all of them.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True, max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=ThemeKind.choices)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name


class PolicyDomain(models.Model):
    """A policy domain (beleidsdomein) such as 'Werk en inkomen'; editors extend the list."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), unique=True, max_length=120)

    class Meta:
        ordering = ["name"]
        verbose_name = _("policy domain")
        verbose_name_plural = _("policy domains")

    def __str__(self):
        return self.name


class Organisation(models.Model):
    """A public organisation; members of the platform work at one."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True, max_length=120)
    organisation_type = models.CharField(_("organisation type"), max_length=40, choices=OrganisationType.choices)
    government_layer = models.CharField(_("government layer"), max_length=20, choices=GovernmentLayer.choices)
    staff_count = models.PositiveIntegerField(_("number of staff"), null=True, blank=True)
    policy_domain = models.ForeignKey(
        PolicyDomain,
        verbose_name=_("policy domain"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    province = models.CharField(_("province"), max_length=20, choices=Province.choices, blank=True)
    city = models.CharField(_("place"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    primary_processes = models.TextField(
        _("primary processes"),
        blank=True,
        help_text=_("What the organisation does for citizens and businesses."),
    )
    ambitions = models.TextField(_("ambitions"), blank=True)
    is_member = models.BooleanField(
        _("member organisation"),
        default=True,
        help_text=_("Staff of member organisations are admitted on their e-mail domain."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("peergroups:organisation_detail", args=[self.slug])


class OrganisationDomain(models.Model):
    """An e-mail domain that belongs to an organisation (unique across organisations)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="email_domains")
    domain = models.CharField(_("e-mail domain"), max_length=253, unique=True)

    class Meta:
        ordering = ["domain"]
        verbose_name = _("e-mail domain")
        verbose_name_plural = _("e-mail domains")

    def __str__(self):
        return self.domain


class LearningQuestion(models.Model):
    """A strategic learning question (leervraag) an organisation works on."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ANSWERED = "answered", _("Answered")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="learning_questions")
    title = models.CharField(_("learning question"), max_length=250)
    body = models.TextField(_("explanation"), blank=True)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["status", "-created_at"]
        # The home page's newest open questions and an organisation's page of questions
        # read these in index order (no sort over all questions at scale).
        indexes = [
            models.Index(fields=["status", "-created_at"], name="learningq_status_created"),
            models.Index(fields=["organisation", "status", "-created_at"], name="learningq_org_status_created"),
        ]
        verbose_name = _("learning question")
        verbose_name_plural = _("learning questions")

    def __str__(self):
        return self.title


class MemberProfile(models.Model):
    """What a person shows of themselves, and whether they are admitted.

    An account becomes a *member* when its verified e-mail domain belongs to a
    member organisation, or when a site administrator approves it; until then
    it is *pending* and may read public content only.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting approval")
        MEMBER = "member", _("Member")
        REJECTED = "rejected", _("Rejected")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    function = models.CharField(_("function"), max_length=30, choices=Function.choices, blank=True)
    province = models.CharField(_("province or region"), max_length=20, choices=Province.choices, blank=True)
    bio = models.TextField(_("short bio"), blank=True, max_length=1000)
    expertise = TaggableManager(_("expertise"), blank=True, help_text=_("Comma-separated topics you know about."))
    requested_organisation = models.CharField(
        _("organisation (as given)"),
        max_length=200,
        blank=True,
        help_text=_("For accounts awaiting approval: where the person says they work."),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self):
        return str(self.user)

    def get_absolute_url(self):
        return reverse("peergroups:member_profile", args=[self.user_id])

    @property
    def is_member(self) -> bool:
        return self.status == self.Status.MEMBER
