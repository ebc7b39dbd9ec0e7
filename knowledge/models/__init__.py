"""Knowledge pages (Wagtail). The home page is the root of the site tree."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The platform's front door: what it is for, and where to go next.

    Only one may exist, directly under the tree root.
    """

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from peergroups.models import LearningQuestion, Organisation

        context = super().get_context(request, *args, **kwargs)
        context["organisation_count"] = Organisation.objects.count()
        context["open_questions"] = (
            LearningQuestion.objects.filter(status=LearningQuestion.Status.OPEN)
            .select_related("organisation")
            .order_by("-created_at")[:5]
        )
        return context
