"""How a legal basis is named to visitors. Norway and Sweden both have a "PBL" (and in English
both a "Planning and Building Act"), so a name that laws of more than one country share gets the
country beside it: "PBL (Norge)", "PBL (Sverige)". A name only one country uses stays plain."""

from collections import defaultdict

from django.core.cache import cache
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_delete, post_save

from core.cache import start_new_generation

SHARED_NAMES_KEY = "taxonomy:shared-law-names"


def shared_law_names():
    """The names and short names (casefolded) that laws of more than one country use, in any
    language: one query, then cached until a legal basis changes."""
    from taxonomy.models import LegalBasis

    shared = cache.get(SHARED_NAMES_KEY)
    if shared is None:
        countries = defaultdict(set)
        for short_name, name, country in LegalBasis.objects.filter(live=True).values_list(
            "short_name", "name", "country"
        ):
            for word in (short_name, name):
                if word:
                    countries[word.strip().casefold()].add(country)
        shared = frozenset(word for word, seen in countries.items() if len(seen) > 1)
        cache.set(SHARED_NAMES_KEY, shared, None)
    return shared


def with_shared_flags(laws):
    """`laws` (a queryset) with, on each row, whether another country's law has the same name or
    short name: read with the rows, so pages that show laws need no query of their own."""
    from taxonomy.models import LegalBasis

    def other_country(field):
        same = {f"{field}__iexact": OuterRef(field)}
        return Exists(
            LegalBasis.objects.filter(live=True, **same)
            .exclude(country=OuterRef("country"))
            .exclude(**{field: ""})
        )

    return laws.annotate(name_shared=other_country("name"), short_name_shared=other_country("short_name"))


def is_shared(law, field):
    flag = getattr(law, f"{field}_shared", None)
    if flag is not None:
        return flag
    word = (getattr(law, field) or "").strip().casefold()
    return bool(word) and word in shared_law_names()


def law_display_name(law, form="name"):
    """The one place that decides what a legal basis is called on the site.

    form "short": the short name (else the name), as tags and item facts show it, e.g. "PBL (Norge)";
    form "name": the name, e.g. in search facets; form "full": the name with its short name,
    e.g. "Plan- og bygningsloven (PBL, Norge)". The country (in the active language) is added
    only where the name shown is shared with a law of another country."""
    country = law.get_country_display()
    short_name = (law.short_name or "").strip()
    if form == "short" and short_name:
        return f"{short_name} ({country})" if is_shared(law, "short_name") else short_name
    name_shared = is_shared(law, "name")
    name = f"{law.name} ({country})" if name_shared else law.name
    if form == "full" and short_name:
        if is_shared(law, "short_name") and not name_shared:
            return f"{law.name} ({short_name}, {country})"
        return f"{name} ({short_name})"
    return name


def forget_shared_names(sender, **kwargs):
    cache.delete(SHARED_NAMES_KEY)


def connect_signals():
    """A legal basis saved or deleted may make a name shared or unique; any tag changed also
    starts a new generation of the cached lists that show tags (core/cache.py)."""
    from taxonomy.models import LegalBasis, Municipality, Theme

    post_save.connect(forget_shared_names, sender=LegalBasis, dispatch_uid="taxonomy-law-names-saved")
    post_delete.connect(forget_shared_names, sender=LegalBasis, dispatch_uid="taxonomy-law-names-deleted")
    for model in (LegalBasis, Municipality, Theme):
        for signal in (post_save, post_delete):
            signal.connect(
                lambda sender, **kwargs: start_new_generation(),
                sender=model,
                weak=False,
                dispatch_uid=f"taxonomy-generation-{model.__name__}-{id(signal)}",
            )
