"""Public pages that belong to no page type: the scale of evidence levels."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from core.evidence import evidence_scale


def evidence_scale_page(request):
    description = _("How well each method is known to work: the evidence levels of initiatives and tools.")
    context = {"levels": evidence_scale(), "meta_description": description}
    return render(request, "core/evidence_scale.html", context)
