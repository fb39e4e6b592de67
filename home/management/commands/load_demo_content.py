"""Load the demo content (home/demo_content/) as snippets and pages in nb, with sv and en translations.

Norwegian Bokmål is the source. Swedish and English are made the way a translator would make
them with wagtail-localize: a TranslationSource for each source object, a Translation per target
language, a StringTranslation for every segment, SegmentOverrides for per-language slugs and
images, then the target is saved and published. Translators can later edit and sync them as usual.

Idempotent: objects are looked up by slug (snippets, nb pages) and by translation records
(translations); whatever exists already is left alone, so a second run changes nothing.
"""

import io
import json
import random
import uuid
import zlib
from datetime import date

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings

from cases.models import Challenge, InitiativeIndexPage, InitiativePage, SuccessFactor, Tip
from guide.models import PhaseGuidePage, PhasePage
from home.demo_content import home as home_data
from home.demo_content import initiatives as initiative_data
from home.demo_content import phases as phase_data
from home.demo_content import resources as resource_data
from home.demo_content import taxonomy as taxonomy_data
from home.demo_content.text import LANGUAGES
from home.images import PortalImage
from home.management.commands.setup_site import HOME_TITLES
from home.models import FeaturedInitiative, HomePage
from resources.models import StudyTripIndexPage, StudyTripPage, ToolIndexPage, ToolPage
from taxonomy.models import LegalBasis, Municipality, Theme

SOURCE = "nb"
TARGETS = [code for code in LANGUAGES if code != SOURCE]
ITEM_MODELS = {"success_factor": SuccessFactor, "challenge": Challenge, "tip": Tip}
ITEM_RELATIONS = {"success_factor": "success_factors", "challenge": "challenges", "tip": "tips"}


class DemoContentError(CommandError):
    pass


# --- Turning the data into field values for one language -------------------------------------


def html_list(texts, lang):
    return "<ul>" + "".join(f"<li>{text[lang]}</li>" for text in texts) + "</ul>"


def paragraph(text, lang):
    return f"<p>{text[lang]}</p>"


def list_block(values):
    """A ListBlock value in Wagtail's current format: items with ids, which wagtail-localize needs
    to extract each item as a segment (the legacy plain list would stay untranslated)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def index_fields(data, lang):
    return {"title": data["title"][lang], "intro": data["intro"][lang]}


def theme_fields(data, lang):
    return {"name": data["name"][lang], "description": data["description"][lang]}


def legal_basis_fields(data, lang):
    return {
        "name": data["name"][lang],
        "short_name": data["short_name"],
        "purpose": data["purpose"][lang],
        "key_sections": [
            {
                "type": "section",
                "value": {"label": s["label"], "title": s["title"][lang], "text": s["text"][lang]},
            }
            for s in data["key_sections"]
        ],
    }


def municipality_fields(data, lang):
    return {"name": data["name"][lang]}


def phase_fields(data, lang):
    return {
        "title": data["title"][lang],
        "short_description": data["short_description"][lang],
        "description": data["description"][lang],
        "expected_results": data["expected_results"][lang],
        "process": [
            {
                "type": "step",
                "value": {
                    "text": s["text"][lang],
                    "sub_points": list_block(p[lang] for p in s["sub_points"]),
                },
            }
            for s in data["process"]
        ],
        "city_processes": [
            {
                "type": "city_process",
                "value": {"city": c["city"][lang], "steps": list_block(s[lang] for s in c["steps"])},
            }
            for c in data["city_processes"]
        ],
        "actors": [
            {"type": "actor", "value": {"actor": a["actor"][lang], "role": a["role"][lang]}}
            for a in data["actors"]
        ],
    }


def initiative_fields(data, lang):
    return {
        "title": data["title"][lang],
        "summary": data["summary"][lang],
        "background": data["background"][lang],
        "goals": html_list(data["goals"], lang),
        "who_did_what": [
            {
                "type": "contribution",
                "value": {"heading": s["heading"][lang], "text": paragraph(s["text"], lang)},
            }
            for s in data["who_did_what"]
        ],
        "continuation": data["continuation"][lang],
        "results_in_figures": [
            {"type": "figure", "value": {"figure": f["figure"], "label": f["label"][lang]}}
            for f in data["results_in_figures"]
        ],
        "areas": ", ".join(data["areas"]),
        "contact": data["contact"][lang],
    }


def item_fields(item, lang):
    return {"title": item["title"][lang], "text": item["text"][lang]}


def tool_fields(data, lang):
    return {"title": data["title"][lang], "summary": data["summary"][lang], "body": data["body"][lang]}


def study_trip_fields(data, lang):
    return {
        "title": data["title"][lang],
        "summary": data["summary"][lang],
        "destinations": data["destinations"][lang],
        "participants": data["participants"][lang],
        "purpose": data["purpose"][lang],
        "programme": [
            {
                "type": "item",
                "value": {"day": p["day"][lang], "heading": p["heading"][lang], "text": p["text"][lang]},
            }
            for p in data["programme"]
        ],
        "learnings": data["learnings"][lang],
    }


def home_fields(lang):
    return {
        "title": HOME_TITLES[lang],
        "intro": home_data.HOME["intro"][lang],
        "body": home_data.HOME["body"][lang],
    }


# --- Pairing source strings with their translations --------------------------------------------


def string_pairs(source, target):
    """The (source, target) string data pairs wagtail-localize will see for one text value."""
    if source.lstrip().startswith("<"):
        source_strings = [value.data for value, _attrs in extract_strings(source)[1]]
        target_strings = [value.data for value, _attrs in extract_strings(target)[1]]
        if len(source_strings) != len(target_strings):
            raise DemoContentError(f"Rich text has a different shape in translation: {source[:80]!r}")
        return list(zip(source_strings, target_strings, strict=True))
    return [(StringValue.from_plaintext(source).data, StringValue.from_plaintext(target).data)]


def collect_pairs(source, target, pairs):
    if isinstance(source, str):
        for source_string, target_string in string_pairs(source, target):
            known = pairs.setdefault(source_string, target_string)
            if known != target_string:
                raise DemoContentError(
                    f"{source_string!r} has two translations: {known!r} and {target_string!r}"
                )
    elif isinstance(source, dict):
        for key, value in source.items():
            collect_pairs(value, target[key], pairs)
    elif isinstance(source, list | tuple):
        for source_value, target_value in zip(source, target, strict=True):
            collect_pairs(source_value, target_value, pairs)
    return pairs


def translation_memory(fields_for_lang):
    """{target language: {source string: translated string}} for one object."""
    source = fields_for_lang(SOURCE)
    return {lang: collect_pairs(source, fields_for_lang(lang), {}) for lang in TARGETS}


# --- Demo images ----------------------------------------------------------------------------------

PALETTES = [  # the colour words in the alt texts (home/demo_content) name these block colours
    {"sky": ((214, 232, 245), (250, 244, 230)), "blocks": [(196, 92, 72), (222, 170, 80), (118, 140, 170)]},
    {"sky": ((235, 222, 240), (252, 239, 226)), "blocks": [(110, 140, 120), (204, 120, 90), (226, 200, 150)]},
    {"sky": ((206, 226, 222), (244, 246, 236)), "blocks": [(70, 98, 140), (196, 130, 140), (226, 196, 120)]},
]
GRASS, TREE, TRUNK, PATH = (132, 170, 110), (70, 130, 80), (110, 80, 60), (224, 214, 190)
WATER, FAR_CITY, STEEL = (120, 166, 200), (176, 190, 204), (90, 96, 110)


def draw_neighbourhood(spec, size=(1200, 675)):
    """An abstract scene (estate, hillside, waterfront or bridge) matching the spec's alt text."""
    rng = random.Random(zlib.crc32(spec["key"].encode()))
    palette = PALETTES[spec["palette"]]
    width, height = size
    image = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top, bottom = palette["sky"]
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)], fill=tuple(int(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        )
    sun_x = rng.randint(width // 6, width - width // 6)
    draw.ellipse([sun_x - 50, 50, sun_x + 50, 150], fill=(255, 226, 150))
    scene = spec["scene"]
    if scene == "estate":
        ground = int(height * 0.78)
        draw_skyline(draw, rng, width, ground, (120, 260))
        draw_blocks(draw, rng, palette, width, lambda x: ground, (160, 330))
        draw.rectangle([0, ground, width, height], fill=GRASS)
        path = [
            (width * 0.42, height),
            (width * 0.58, height),
            (width * 0.53, ground),
            (width * 0.49, ground),
        ]
        draw.polygon(path, fill=PATH)
        draw_trees(draw, rng, width, lambda x: ground, height)
    elif scene == "hillside":
        left, right = int(height * 0.6), int(height * 0.86)

        def slope(x):
            return left + (right - left) * x / width

        draw_skyline(draw, rng, width, left, (60, 140))
        draw_blocks(draw, rng, palette, width, lambda x: slope(x) + 12, (120, 260))
        draw.polygon([(0, left), (width, right), (width, height), (0, height)], fill=GRASS)
        draw_trees(draw, rng, width, slope, height)
    else:  # waterfront or bridge: something across the water, grass in front
        shore, near = int(height * 0.6), int(height * 0.8)
        draw.rectangle([0, shore, width, near], fill=WATER)
        if scene == "waterfront":
            draw_blocks(draw, rng, palette, width, lambda x: shore, (180, 300))
        else:
            draw_skyline(draw, rng, width, shore, (40, 110), colours=palette["blocks"])
            draw_bridge(draw, width, height)
        draw.rectangle([0, near, width, height], fill=GRASS)
        draw_trees(draw, rng, width, lambda x: near, height)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def draw_skyline(draw, rng, width, base, heights, colours=None):
    x = 0
    while x < width:
        w = rng.randint(50, 120)
        colour = rng.choice(colours) if colours else FAR_CITY
        draw.rectangle([x, base - rng.randint(*heights), x + w, base], fill=colour)
        x += w + rng.randint(0, 20)


def draw_blocks(draw, rng, palette, width, base_at, heights):
    x, count = rng.randint(-40, 20), 0
    while x < width:
        w, h = rng.randint(140, 240), rng.randint(*heights)
        base = int(base_at(x + w / 2))
        colour = palette["blocks"][count % len(palette["blocks"])]  # every colour the alt text names
        draw.rectangle([x, base - h, x + w, base], fill=colour)
        count += 1
        for wy in range(base - h + 20, base - 30, 34):
            for wx in range(x + 16, x + w - 24, 30):
                lit = (252, 236, 180) if rng.random() < 0.3 else (236, 240, 244)
                draw.rectangle([wx, wy, wx + 14, wy + 18], fill=lit)
        x += w + rng.randint(30, 90)


def draw_bridge(draw, width, height):
    deck, top = int(height * 0.68), int(height * 0.3)
    for pylon in (width * 0.33, width * 0.67):
        draw.rectangle([pylon - 8, top, pylon + 8, deck], fill=STEEL)
        for reach in (60, 120, 180, 240):
            for side in (-1, 1):
                draw.line([(pylon, top + 12), (pylon + side * reach, deck)], fill=STEEL, width=2)
    draw.rectangle([0, deck, width, deck + 12], fill=STEEL)


def draw_trees(draw, rng, width, ground_at, height):
    for _ in range(rng.randint(5, 9)):
        tx = rng.randint(0, width)
        ty = rng.randint(min(int(ground_at(tx)) + 40, height - 10), height - 10)
        draw.rectangle([tx - 4, ty - 30, tx + 4, ty], fill=TRUNK)
        draw.ellipse([tx - 26, ty - 80, tx + 26, ty - 24], fill=TREE)


# --- The command --------------------------------------------------------------------------------


class Command(BaseCommand):
    help = "Load demo phases, initiatives, tools, study trips, themes and legal bases in nb, sv and en."

    def handle(self, *args, **options):
        self.created = 0
        with transaction.atomic():
            with search_indexing_paused():
                self.locales = self.ensure_site()
                self.snippets = {"theme": {}, "legal_basis": {}, "municipality": {}}
                self.load_snippets()
                self.images = self.load_images()
                self.pages = {}
                self.load_source_pages()
                self.translate_pages()
            if self.created:
                rebuild_search_index()
        message = f"Demo content loaded: {self.created} objects created."
        self.stdout.write(self.style.SUCCESS(message) if self.created else "Demo content already in place.")

    # Prerequisites

    def ensure_site(self):
        if settings.LANGUAGE_CODE != SOURCE:
            raise DemoContentError(f"The demo content is written with {SOURCE} as source language.")
        if not HomePage.objects.filter(locale__language_code=SOURCE).exists():
            call_command("setup_site", "--no-admin", stdout=io.StringIO())
        return {code: Locale.objects.get(language_code=code) for code in LANGUAGES}

    # Snippets

    def load_snippets(self):
        groups = [
            ("theme", Theme, taxonomy_data.THEMES, theme_fields, {}),
            (
                "legal_basis",
                LegalBasis,
                taxonomy_data.LEGAL_BASES,
                legal_basis_fields,
                ("country", "official_reference", "url"),
            ),
            ("municipality", Municipality, taxonomy_data.MUNICIPALITIES, municipality_fields, ("country",)),
        ]
        for kind, model, rows, fields, synced in groups:
            for data in rows:
                snippet = model.objects.filter(locale=self.locales[SOURCE], slug=data["slug"]).first()
                if snippet is None:
                    snippet = model(locale=self.locales[SOURCE], slug=data["slug"], **fields(data, SOURCE))
                    for name in synced:
                        setattr(snippet, name, data[name])
                    snippet.full_clean()
                    snippet.save()
                    self.created += 1
                self.snippets[kind][data["slug"]] = snippet
                self.translate(snippet, lambda lang, data=data, fields=fields: fields(data, lang))

    def themes(self, slugs):
        return [self.snippets["theme"][slug] for slug in slugs]

    def legal_bases(self, slugs):
        return [self.snippets["legal_basis"][slug] for slug in slugs]

    def municipalities(self, slugs):
        return [self.snippets["municipality"][slug] for slug in slugs]

    # Images: one per language, so each translation shows alt text in its own language

    def load_images(self):
        specs = [initiative["image"] for initiative in initiative_data.INITIATIVES]
        specs += [trip["image"] for trip in resource_data.STUDY_TRIPS]
        images = {}
        for spec in specs:
            for lang in LANGUAGES:
                marker = f" [demo:{spec['key']}:{lang}]"
                image = PortalImage.objects.filter(title__endswith=marker).first()
                if image is None:
                    title = spec["alt"][lang][: 255 - len(marker)] + marker
                    content = ImageFile(io.BytesIO(draw_neighbourhood(spec)), name=f"demo-{spec['key']}.png")
                    image = PortalImage(title=title, alt_text=spec["alt"][lang], file=content)
                    image.save()
                    self.created += 1
                images[(spec["key"], lang)] = image
        return images

    # Source pages (nb)

    def child(self, parent, model, slug, build, **lookup):
        """The live or draft child found by `lookup` (default: the slug), created and published if missing."""
        existing = model.objects.child_of(parent)
        if model.max_count_per_parent != 1:  # an index page is found whatever an editor renamed it to
            existing = existing.filter(**(lookup or {"slug": slug}))
        page = existing.first()
        if page is not None:
            return page.specific
        page = build()
        page.slug = slug
        page.locale = parent.locale
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return model.objects.get(pk=page.pk)

    def load_source_pages(self):
        home = HomePage.objects.get(locale=self.locales[SOURCE])
        self.pages["home"] = home

        guide_data = phase_data.PHASE_GUIDE
        guide = self.child(
            home,
            PhaseGuidePage,
            guide_data["slug"][SOURCE],
            lambda: PhaseGuidePage(**index_fields(guide_data, SOURCE)),
        )
        self.pages["guide"] = guide
        self.phase_pages = {}
        for data in phase_data.PHASES:
            self.phase_pages[data["number"]] = self.child(
                guide,
                PhasePage,
                data["slug"][SOURCE],
                lambda data=data: self.build_phase(data),
                number=data["number"],
            )

        tool_index = self.child(
            home,
            ToolIndexPage,
            resource_data.TOOL_INDEX["slug"][SOURCE],
            lambda: ToolIndexPage(**index_fields(resource_data.TOOL_INDEX, SOURCE)),
        )
        self.pages["tool_index"] = tool_index
        self.tool_pages = {
            data["key"]: self.child(
                tool_index, ToolPage, data["slug"][SOURCE], lambda data=data: self.build_tool(data)
            )
            for data in resource_data.TOOLS
        }
        for data in phase_data.PHASES:
            self.link_phase_resources(self.phase_pages[data["number"]], data)

        initiative_index = self.child(
            home,
            InitiativeIndexPage,
            initiative_data.INITIATIVE_INDEX["slug"][SOURCE],
            lambda: InitiativeIndexPage(**index_fields(initiative_data.INITIATIVE_INDEX, SOURCE)),
        )
        self.pages["initiative_index"] = initiative_index
        self.initiative_pages = {
            data["key"]: self.child(
                initiative_index,
                InitiativePage,
                data["slug"][SOURCE],
                lambda data=data: self.build_initiative(data),
            )
            for data in initiative_data.INITIATIVES
        }

        trip_index = self.child(
            home,
            StudyTripIndexPage,
            resource_data.STUDY_TRIP_INDEX["slug"][SOURCE],
            lambda: StudyTripIndexPage(**index_fields(resource_data.STUDY_TRIP_INDEX, SOURCE)),
        )
        self.pages["trip_index"] = trip_index
        self.trip_pages = {
            data["key"]: self.child(
                trip_index, StudyTripPage, data["slug"][SOURCE], lambda data=data: self.build_study_trip(data)
            )
            for data in resource_data.STUDY_TRIPS
        }
        self.fill_home(home)

    def build_phase(self, data):
        page = PhasePage(number=data["number"], **phase_fields(data, SOURCE))
        page.legal_bases = self.legal_bases(data["legal_bases"])
        page.themes = self.themes(data["themes"])
        return page

    def link_phase_resources(self, page, data):
        """Phases list tools, and tools tag phases: the tools exist only after the phases."""
        if page.resources:
            return
        page.resources = [
            {"type": "tool", "value": {"page": self.tool_pages[r["tool"]].pk, "note": ""}}
            if "tool" in r
            else {"type": "link", "value": {"title": r["title"][SOURCE], "url": r["url"], "description": ""}}
            for r in data["resources"]
        ]
        page.save_revision().publish()

    def build_tool(self, data):
        page = ToolPage(
            tool_type=data["tool_type"],
            publisher=data["publisher"],
            year=data["year"],
            external_url=data["url"],
            **tool_fields(data, SOURCE),
        )
        page.phases = [self.phase_pages[number] for number in data["phases"]]
        page.themes = self.themes(data["themes"])
        return page

    def build_initiative(self, data):
        page = InitiativePage(
            country=data["country"],
            start_year=data["start_year"],
            end_year=data["end_year"],
            image=self.images[(data["image"]["key"], SOURCE)],
            **initiative_fields(data, SOURCE),
        )
        page.municipalities = self.municipalities(data["municipalities"])
        page.themes = self.themes(data["themes"])
        page.phases = [self.phase_pages[number] for number in data["phases"]]
        page.legal_bases = self.legal_bases(data["legal_bases"])
        for kind, relation in ITEM_RELATIONS.items():
            setattr(page, relation, [self.build_item(item) for item in data["items"] if item["kind"] == kind])
        return page

    def build_item(self, item):
        return ITEM_MODELS[item["kind"]](
            phase=item["phase"],
            themes=self.themes(item["themes"]),
            legal_bases=self.legal_bases(item["legal_bases"]),
            **item_fields(item, SOURCE),
        )

    def build_study_trip(self, data):
        page = StudyTripPage(
            start_date=date.fromisoformat(data["start_date"]),
            end_date=date.fromisoformat(data["end_date"]),
            organiser=data["organiser"],
            image=self.images[(data["image"]["key"], SOURCE)],
            **study_trip_fields(data, SOURCE),
        )
        page.municipalities = self.municipalities(data["municipalities"])
        page.initiatives_visited = [self.initiative_pages[key] for key in data["initiatives_visited"]]
        return page

    def fill_home(self, home):
        fields = home_fields(SOURCE)
        if home.intro == fields["intro"]:
            return
        home.intro, home.body = fields["intro"], fields["body"]
        home.featured_initiatives = [
            FeaturedInitiative(page=self.initiative_pages[key])
            for key in home_data.HOME["featured_initiatives"]
        ]
        home.save_revision().publish()
        self.created += 1

    # Translations (sv, en) of the source pages, parents before children

    def translate_pages(self):
        self.translate(self.pages["home"], home_fields)
        self.translate(
            self.pages["guide"],
            lambda lang: index_fields(phase_data.PHASE_GUIDE, lang),
            slugs=phase_data.PHASE_GUIDE["slug"],
        )
        for data in phase_data.PHASES:
            self.translate(
                self.phase_pages[data["number"]],
                lambda lang, data=data: phase_fields(data, lang),
                slugs=data["slug"],
            )
        for key, index_data, children, rows, fields in [
            ("tool_index", resource_data.TOOL_INDEX, self.tool_pages, resource_data.TOOLS, tool_fields),
            (
                "initiative_index",
                initiative_data.INITIATIVE_INDEX,
                self.initiative_pages,
                initiative_data.INITIATIVES,
                self.initiative_with_items,
            ),
            (
                "trip_index",
                resource_data.STUDY_TRIP_INDEX,
                self.trip_pages,
                resource_data.STUDY_TRIPS,
                study_trip_fields,
            ),
        ]:
            self.translate(
                self.pages[key],
                lambda lang, index_data=index_data: index_fields(index_data, lang),
                slugs=index_data["slug"],
            )
            for data in (row for row in rows if row.get("translate", True)):
                self.translate(
                    children[data["key"]],
                    lambda lang, data=data, fields=fields: fields(data, lang),
                    slugs=data["slug"],
                    image=data.get("image"),
                )

    @staticmethod
    def initiative_with_items(data, lang):
        return {**initiative_fields(data, lang), "items": [item_fields(item, lang) for item in data["items"]]}

    def translate(self, instance, fields_for_lang, slugs=None, image=None):
        """Translate `instance` into every target language through wagtail-localize's own records."""
        pending = [lang for lang in TARGETS if not self.is_translated(instance, lang)]
        if not pending:
            return
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        memory = translation_memory(fields_for_lang)
        for lang in pending:
            locale = self.locales[lang]
            Translation.objects.get_or_create(source=source, target_locale=locale)
            self.fill_strings(source, locale, memory[lang])
            if slugs:
                self.override(source, locale, "slug", slugs[lang])
            if image:
                self.override(source, locale, "image", self.images[(image["key"], lang)].pk)
            target, _created = source.create_or_update_translation(
                locale, publish=not instance_has_drafts(instance)
            )
            if instance_has_drafts(instance):
                target.get_latest_revision().publish()
            self.created += 1

    def is_translated(self, instance, lang):
        return (
            instance.has_translation(self.locales[lang])
            and Translation.objects.filter(
                source__object_id=instance.translation_key, target_locale=self.locales[lang]
            ).exists()
        )

    @staticmethod
    def fill_strings(source, locale, memory):
        segments = list(StringSegment.objects.filter(source=source).select_related("string"))
        missing = [segment.string.data for segment in segments if segment.string.data not in memory]
        if missing:
            raise DemoContentError(
                f"No {locale.language_code} text for {source.object_repr!r}: {missing[:3]}"
            )
        done = set(
            StringTranslation.objects.filter(
                locale=locale, context_id__in=[segment.context_id for segment in segments]
            ).values_list("translation_of_id", "context_id")
        )
        StringTranslation.objects.bulk_create(
            StringTranslation(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                data=memory[segment.string.data],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for segment in segments
            if (segment.string_id, segment.context_id) not in done
        )

    @staticmethod
    def override(source, locale, path, value):
        segment = (
            OverridableSegment.objects.filter(source=source, context__path=path)
            .select_related("context")
            .first()
        )
        if segment is None:
            return
        SegmentOverride.objects.update_or_create(
            locale=locale, context=segment.context, defaults={"data_json": json.dumps(value)}
        )


def search_indexing_paused():
    """Signals do not index page by page while loading: the final rebuild indexes everything once."""
    from search.indexing import paused

    return paused()


def rebuild_search_index():
    """Publishing already indexed each page; one rebuild at the end makes the index exact."""
    from search.indexing import rebuild_all

    rebuild_all()


def instance_has_drafts(instance):
    """Pages get a revision that we publish ourselves (not on commit, so it also happens inside tests)."""
    return hasattr(instance, "save_revision") and hasattr(instance, "live")
