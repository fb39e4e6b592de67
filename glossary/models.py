"""The glossary: terms with a short definition, their synonyms, the laws they rest on and related
terms. One row per language; the slug is shared by a term's translations (it is the anchor on the
glossary page, so links survive a change of wording). Drafts and revisions are kept: only
published terms reach visitors, the inline definitions and search."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

DEFINITION_LENGTH = 400  # a definition is read inline, in the middle of a sentence: keep it short


def in_source_language():
    """Choices in the admin: terms and laws of the default language (translations keep the links)."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class Term(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    term = models.CharField(_("term"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("The same in every language; the term's anchor on the glossary page."),
    )
    definition = models.TextField(
        _("definition"),
        max_length=DEFINITION_LENGTH,
        help_text=_("One or two plain sentences, shown inline where the term is used."),
    )
    synonyms = models.CharField(
        _("synonyms"),
        max_length=300,
        blank=True,
        help_text=_("Other words for the same thing, separated by commas; they are explained too."),
    )
    legal_bases = ParentalManyToManyField(
        "taxonomy.LegalBasis",
        verbose_name=_("related legal bases"),
        blank=True,
        related_name="glossary_terms",
        limit_choices_to=in_source_language,
    )
    see_also = ParentalManyToManyField(
        "self",
        verbose_name=_("see also"),
        blank=True,
        symmetrical=False,
        related_name="+",
        limit_choices_to=in_source_language,
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="glossary_term")

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("synonyms"),
        FieldPanel("legal_bases"),
        FieldPanel("see_also"),
    ]

    translatable_fields = [
        TranslatableField("term"),
        SynchronizedField("slug", overridable=False),
        TranslatableField("definition"),
        TranslatableField("synonyms"),
        SynchronizedField("legal_bases"),
        SynchronizedField("see_also"),
    ]

    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("synonyms"),
        index.SearchField("definition"),
        index.FilterField("locale"),
        index.FilterField("slug"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.term

    @property
    def revisions(self):
        return self._revisions

    def synonym_list(self):
        return [word.strip() for word in self.synonyms.split(",") if word.strip()]

    def get_url(self, request=None):
        """The term's entry on the glossary page of the active language."""
        return f"{reverse('glossary')}#{self.slug}"
