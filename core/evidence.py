"""How well a method is known to work: the evidence level of an initiative or a tool.

Defined once here so the page models, their index filters, search (facet `evidence`) and the
public page explaining the scale all agree. The values never depend on the language; the labels
and explanations are translated. Strongest first: the order the scale page and filters show.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField


class EvidenceLevel(models.TextChoices):
    EFFECT = "effect", _("Effect shown")
    EVALUATED = "evaluated", _("Evaluated")
    DOCUMENTED = "documented", _("Documented experience")
    PRACTICE = "practice", _("Practice knowledge")


# What a level means, in one line: beside the badge's label on the scale page.
EVIDENCE_EXPLANATIONS = {
    EvidenceLevel.EFFECT: _(
        "An evaluation that compared the area with others, or with how things were before, found an effect."
    ),
    EvidenceLevel.EVALUATED: _("Evaluated by others, but without measuring an effect."),
    EvidenceLevel.DOCUMENTED: _("Written down as experience: reports, final accounts, documented methods."),
    EvidenceLevel.PRACTICE: _("Knowledge from practice that has not yet been written down or evaluated."),
}

# How an editor tells the levels apart: shown on the scale page and in the admin's help text.
EVIDENCE_CHOOSING = {
    EvidenceLevel.EFFECT: _(
        "Choose it only when a named evaluation compares with a control group, comparable areas or a "
        "baseline, and reports a change it attributes to the initiative. Link to it."
    ),
    EvidenceLevel.EVALUATED: _(
        "Choose it when researchers or an independent evaluator have studied the work, even if they "
        "only describe process and outcomes without a comparison. Link to the evaluation."
    ),
    EvidenceLevel.DOCUMENTED: _(
        "Choose it when those who did the work have described it in a report, a final account or a "
        "method handbook. Link to the report."
    ),
    EvidenceLevel.PRACTICE: _(
        "Choose it when the knowledge comes from people's experience, talks or meetings, with no "
        "written account yet. This is the default: raise the level only with a source."
    ),
}

# Designsystemet colours for the badge; the badge always names its level, colour only adds to it.
EVIDENCE_COLORS = {
    EvidenceLevel.EFFECT: "success",
    EvidenceLevel.EVALUATED: "info",
    EvidenceLevel.DOCUMENTED: "accent",
    EvidenceLevel.PRACTICE: "neutral",
}

EVIDENCE_LEVEL_MAX_LENGTH = 12


def evidence_level_field():
    """The required field each page type that carries a level declares (existing rows: practice)."""
    return models.CharField(
        _("evidence level"),
        max_length=EVIDENCE_LEVEL_MAX_LENGTH,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.PRACTICE,
        help_text=_(
            "How well this is known to work. Choose the highest level its sources support, and link "
            "to the evaluation or report below."
        ),
    )


def evidence_source_field():
    return models.URLField(
        _("evidence source"),
        blank=True,
        help_text=_("A link to the evaluation or report the level rests on."),
    )


def evidence_source_title_field():
    return models.CharField(
        _("evidence source title"),
        max_length=255,
        blank=True,
        help_text=_("The name of that evaluation or report, shown as the link text."),
    )


# The same level in every language (a translation cannot claim more than its source); the report
# is usually in one language, so its link is shared too, while its name is translated.
EVIDENCE_TRANSLATABLE_FIELDS = [
    SynchronizedField("evidence_level", overridable=False),
    SynchronizedField("evidence_source"),
    TranslatableField("evidence_source_title"),
]

EVIDENCE_PANEL = MultiFieldPanel(
    [
        FieldPanel("evidence_level", widget=forms.RadioSelect),
        FieldPanel("evidence_source"),
        FieldPanel("evidence_source_title"),
    ],
    heading=_("Evidence"),
)


def evidence_errors(page):
    """{field: message} for a level that claims more than its source shows."""
    if page.evidence_source:
        return {}
    if page.evidence_level in (EvidenceLevel.EFFECT, EvidenceLevel.EVALUATED):
        message = _("Link to the evaluation that the level “%(level)s” rests on.") % {
            "level": EvidenceLevel(page.evidence_level).label
        }
        return {"evidence_source": message}
    if page.evidence_source_title:
        return {"evidence_source": _("Give the link to “%(title)s”.") % {"title": page.evidence_source_title}}
    return {}


def evidence_scale():
    """Every level with its label, explanation and advice to editors, strongest first."""
    return [
        {
            "value": level.value,
            "label": level.label,
            "explanation": EVIDENCE_EXPLANATIONS[level],
            "choosing": EVIDENCE_CHOOSING[level],
            "color": EVIDENCE_COLORS[level],
        }
        for level in EvidenceLevel
    ]


def evidence_badge(level):
    """What the badge shows for a stored value, or None for a value that is not a level."""
    try:
        level = EvidenceLevel(level)
    except ValueError:
        return None
    return {"value": level.value, "label": level.label, "color": EVIDENCE_COLORS[level]}
