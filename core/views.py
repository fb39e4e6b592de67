"""Public pages that belong to no page type: the scale of evidence levels."""

from django.shortcuts import render

from core.evidence import evidence_scale


def evidence_scale_page(request):
    return render(request, "core/evidence_scale.html", {"levels": evidence_scale()})
