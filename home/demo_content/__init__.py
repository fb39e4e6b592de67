"""Demo content for the portal, as plain data (no Django imports), in nb, sv and en.

Written in our own words from the facts in the seed texts. `manage.py load_demo_content`
turns it into snippets and pages; nothing else should depend on it.

Shape
-----
Every human-readable text is a dict ``{"nb": ..., "sv": ..., "en": ...}`` built with
``text.t(nb, sv, en)`` (``text.same(s)`` for proper nouns that never change). Texts that
end up in rich-text fields are HTML fragments (``<p>``, ``<ul>``, ``<ol>``, ``<a>``).
Slugs of snippets are plain strings, equal in every locale; slugs of pages are texts,
so a page can read well in each language (nb "faser", en "phases").

``taxonomy``
    ``THEMES``: ``slug``, ``name``, ``description``.
    ``LEGAL_BASES``: ``slug``, ``name``, ``short_name`` ("PBL", "FHL"…, same in every
    language), ``country`` ("NO"/"SE"), ``official_reference``, ``url``, ``purpose``,
    ``key_sections``: list of ``{"label": "§ 5", "title": text, "text": text}``.
    ``MUNICIPALITIES``: ``slug``, ``name``, ``country`` ("NO", "SE" or "DK").

``phases``
    ``PHASE_GUIDE``: ``slug``, ``title``, ``intro`` (HTML).
    ``PHASES``: five dicts with ``number`` (1–5), ``slug``, ``title``, ``short_description``,
    ``description`` (HTML), ``expected_results`` (HTML), ``process``: list of
    ``{"text": text, "sub_points": [text, …]}``, ``city_processes``: list of
    ``{"city": text, "municipalities": [slug, …], "steps": [text, …]}``, ``actors``: list of
    ``{"actor": text, "role": text}``, ``resources``: list of ``{"tool": tool key}`` or
    ``{"title": text, "url": str}``, ``legal_bases``: [slug, …], ``themes``: [slug, …].

``initiatives``
    ``INITIATIVE_INDEX``: ``slug``, ``title``, ``intro``.
    ``INITIATIVES``: ``key`` (stable identifier used by other data, e.g. study trips),
    ``slug``, ``title``, ``summary``, ``background`` (HTML), ``goals`` (list of texts),
    ``who_did_what``: list of ``{"heading": text, "text": text}``, ``continuation`` (HTML),
    ``results_in_figures``: list of ``{"figure": str, "label": text}``, ``country``,
    ``municipalities`` [slug], ``areas`` [str], ``start_year``, ``end_year`` (None if
    ongoing), ``themes`` [slug], ``phases`` [1–5], ``legal_bases`` [slug], ``contact`` (text),
    ``image`` (see below), ``items``: list of ``{"kind": "tip"|"challenge"|"success_factor",
    "title": text, "text": text, "phase": 1–5 or None, "themes": [slug],
    "legal_bases": [slug]}`` in display order.

``resources``
    ``TOOL_INDEX`` / ``STUDY_TRIP_INDEX``: ``slug``, ``title``, ``intro``.
    ``TOOLS``: ``key``, ``slug``, ``title``, ``summary``, ``body`` (HTML), ``tool_type``
    (handbook, method, analysis, report, talk, article, guide, website), ``publisher``,
    ``year`` (None when unknown), ``phases`` [1–5], ``themes`` [slug], ``url``; ``"translate":
    False`` keeps a page in nb only (one tool, so the "not yet translated" notice has a demo).
    ``STUDY_TRIPS``: ``key``, ``slug``, ``title``, ``summary``, ``destinations`` (text),
    ``municipalities`` [slug], ``start_date`` / ``end_date`` (ISO strings), ``organiser``,
    ``purpose`` (HTML), ``programme``: list of ``{"day": text, "heading": text,
    "text": text}``, ``learnings`` (list of texts), ``initiatives_visited`` [initiative key],
    ``image``.

``home``
    ``HOME``: ``intro`` (plain text), ``body`` (HTML).

Images
    ``{"key": str, "scene": "estate"|"hillside"|"waterfront"|"bridge", "palette": 0–2,
    "alt": text}``: the loader draws an abstract neighbourhood with Pillow (one image per
    language, so each translation carries alt text in its own language). The alt text must
    describe what is drawn: the scene and the palette's three block colours.
"""
