"""Terms as editors make them: saved, then published from a revision (or left as a draft)."""

from wagtail.models import Locale

from glossary.models import Term


def make_term(term, definition, slug, language="nb", synonyms="", publish=True, source=None, **links):
    row = Term(
        locale=Locale.objects.get(language_code=language),
        term=term,
        slug=slug,
        definition=definition,
        synonyms=synonyms,
        live=False,
    )
    if source is not None:  # a translation of `source`
        row.translation_key = source.translation_key
    row.save()
    for name, values in links.items():
        getattr(row, name).set(values)
    revision = row.save_revision()
    if publish:
        revision.publish()
    return Term.objects.get(pk=row.pk)
