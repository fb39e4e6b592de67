"""Load the demo content (demo/content/) as snippets and pages in nb, with sv and en translations.

Norwegian Bokmål is the source: snippets and pages are made in nb, then translated into sv and en
through wagtail-localize's own records (demo/translate.py), so translators can edit and sync them.

Idempotent: objects are looked up by slug (snippets, nb pages) and by translation records
(translations); whatever exists already is left alone, so a second run changes nothing.
"""

import io
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale

from cases.models import Challenge, InitiativeIndexPage, InitiativePage, SuccessFactor, Tip
from core.evidence import EvidenceLevel
from core.images import PortalImage
from demo import data
from demo.data import LANGUAGES, SOURCE
from demo.documents import load_documents
from demo.fields import (
    address_fields,
    evidence_facts,
    home_fields,
    index_fields,
    initiative_fields,
    initiative_with_items,
    item_fields,
    legal_basis_fields,
    municipality_fields,
    phase_fields,
    study_trip_fields,
    theme_fields,
    tool_fields,
)
from demo.images import draw_neighbourhood
from demo.insights import load_insights
from demo.publisher import load_publisher
from demo.reviews import load_reviews
from demo.terms import load_terms
from demo.translate import DemoContentError, translate
from demo.upgrades import upgrade_old_pages
from guide.models import PhaseGuidePage, PhasePage
from home.models import FeaturedInitiative, HomePage
from resources.models import StudyTripIndexPage, StudyTripPage, ToolIndexPage, ToolPage
from search.indexing import paused, rebuild_all
from taxonomy.models import LegalBasis, Municipality, Theme

ITEM_MODELS = {"success_factor": SuccessFactor, "challenge": Challenge, "tip": Tip}
ITEM_RELATIONS = {"success_factor": "success_factors", "challenge": "challenges", "tip": "tips"}
PAGE_KEYS = {"phases": "number"}  # phases are known by their number (1–5), other pages by a key


def in_every_language(fields, record):
    """fields_for_lang for wagtail-localize: the field values of `record` ({lang: record}) in one language."""
    return lambda lang: fields(record[lang])


def slugs(record):
    return {lang: record[lang]["slug"] for lang in LANGUAGES}


class Command(BaseCommand):
    help = "Load demo phases, initiatives, tools, study trips, themes, legal bases and the publisher."

    def handle(self, *args, **options):
        self.created = 0
        with transaction.atomic():
            with search_indexing_paused():
                self.locales = self.ensure_site()
                self.created += load_publisher()
                self.snippets = {"theme": {}, "legal_basis": {}, "municipality": {}}
                self.load_snippets()
                self.created += load_terms(self.locales, self.snippets["legal_basis"], self.translate)
                self.images = self.load_images()
                self.pages = {}
                self.load_source_pages()
                self.translate_pages()
                self.created += upgrade_old_pages(self.initiative_pages, self.tool_pages, self.trip_pages)
                kinds = {"initiatives": self.initiative_pages, "study_trips": self.trip_pages}
                self.created += load_documents({**kinds, "tools": self.tool_pages}, self.locales)
                self.created += load_insights(self.pages, self.locales)
                self.created += load_reviews(*self.pages_by_key(), self.locales)
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

    def translate(self, instance, fields_for_lang, slugs=None, image=None, languages=LANGUAGES):
        images = image and {lang: self.images[(image["key"], lang)].pk for lang in LANGUAGES}
        self.created += translate(
            instance, fields_for_lang, self.locales, slugs=slugs, images=images, languages=languages
        )

    # Snippets

    def load_snippets(self):
        groups = [
            ("theme", Theme, "themes", theme_fields, ()),
            (
                "legal_basis",
                LegalBasis,
                "legal_bases",
                legal_basis_fields,
                ("country", "official_reference", "url"),
            ),
            (
                "municipality",
                Municipality,
                "municipalities",
                municipality_fields,
                ("country", "latitude", "longitude"),
            ),
        ]
        for kind, model, file, fields, synced in groups:
            for record in data.entries(file, "slug"):
                source = record[SOURCE]
                snippet = model.objects.filter(locale=self.locales[SOURCE], slug=source["slug"]).first()
                if snippet is None:
                    snippet = model(locale=self.locales[SOURCE], slug=source["slug"], **fields(source))
                    for name in synced:
                        setattr(snippet, name, exact(source[name]))
                    snippet.full_clean()
                    snippet.save()
                    snippet.save_revision().publish()  # its first entry in History, as editors make it
                    self.created += 1
                self.snippets[kind][source["slug"]] = snippet
                if kind == "municipality":
                    self.place_on_map(snippet, source)
                self.translate(snippet, in_every_language(fields, record))

    @staticmethod
    def place_on_map(municipality, source):
        """Coordinates for municipalities loaded before they had any, in every language's row."""
        Municipality.objects.filter(
            translation_key=municipality.translation_key, latitude__isnull=True
        ).update(latitude=exact(source["latitude"]), longitude=exact(source["longitude"]))

    def themes(self, slugs):
        return [self.snippets["theme"][slug] for slug in slugs]

    def legal_bases(self, slugs):
        return [self.snippets["legal_basis"][slug] for slug in slugs]

    def municipalities(self, slugs):
        return [self.snippets["municipality"][slug] for slug in slugs]

    # Images: one per language, so each translation shows alt text in its own language

    def load_images(self):
        records = data.pages("initiatives") + data.pages("study_trips")
        images = {}
        for record in records:
            spec = record[SOURCE]["image"]
            for lang in LANGUAGES:
                alt = record[lang]["image"]["alt"]
                marker = f" [demo:{spec['key']}:{lang}]"
                image = PortalImage.objects.filter(title__endswith=marker).first()
                if image is None:
                    title = alt[: 255 - len(marker)] + marker
                    content = ImageFile(io.BytesIO(draw_neighbourhood(spec)), name=f"demo-{spec['key']}.png")
                    image = PortalImage(title=title, alt_text=alt, file=content)
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

    def index_page(self, key, model, kind):
        source = data.index(kind)[SOURCE]
        page = self.child(self.pages["home"], model, source["slug"], lambda: model(**index_fields(source)))
        self.pages[key] = page
        return page

    def children(self, parent, model, kind, build):
        return {
            record[SOURCE]["key"]: self.child(
                parent, model, record[SOURCE]["slug"], lambda source=record[SOURCE]: build(source)
            )
            for record in data.pages(kind)
        }

    def load_source_pages(self):
        home = HomePage.objects.get(locale=self.locales[SOURCE])
        self.pages["home"] = home

        guide = self.index_page("guide", PhaseGuidePage, "phases")
        self.phase_pages = {}
        for record in data.pages("phases", key=PAGE_KEYS["phases"]):
            source = record[SOURCE]
            self.phase_pages[source["number"]] = self.child(
                guide,
                PhasePage,
                source["slug"],
                lambda source=source: self.build_phase(source),
                number=source["number"],
            )

        tool_index = self.index_page("tool_index", ToolIndexPage, "tools")
        self.tool_pages = self.children(tool_index, ToolPage, "tools", self.build_tool)
        self.apply_evidence_levels(self.tool_pages, "tools")
        for record in data.pages("phases", key=PAGE_KEYS["phases"]):
            self.link_phase_resources(self.phase_pages[record[SOURCE]["number"]], record[SOURCE])

        initiative_index = self.index_page("initiative_index", InitiativeIndexPage, "initiatives")
        self.initiative_pages = self.children(
            initiative_index, InitiativePage, "initiatives", self.build_initiative
        )
        self.apply_evidence_levels(self.initiative_pages, "initiatives")

        trip_index = self.index_page("trip_index", StudyTripIndexPage, "study_trips")
        self.trip_pages = self.children(trip_index, StudyTripPage, "study_trips", self.build_study_trip)
        self.fill_home(home)

    def apply_evidence_levels(self, pages, kind):
        """Pages loaded before evidence levels existed got the migration's default (practice, no
        source): give them, and their translations, what their record says. Others are left alone."""
        for record in data.pages(kind):
            page = pages[record[SOURCE]["key"]]
            facts = evidence_facts(record[SOURCE])
            if (page.evidence_level, page.evidence_source) != (EvidenceLevel.PRACTICE, "") or facts == {
                "evidence_level": EvidenceLevel.PRACTICE,
                "evidence_source": "",
            }:
                continue
            for version in [page, *(other.specific for other in page.get_translations())]:
                for name, value in facts.items():
                    setattr(version, name, value)
                version.evidence_source_title = record[version.locale.language_code]["evidence_source_title"]
                version.save_revision().publish()
                self.created += 1

    def build_phase(self, source):
        page = PhasePage(number=source["number"], **phase_fields(source))
        page.legal_bases = self.legal_bases(source["legal_bases"])
        page.themes = self.themes(source["themes"])
        return page

    def link_phase_resources(self, page, source):
        """Phases list tools, and tools tag phases: the tools exist only after the phases."""
        if page.resources:
            return
        page.resources = [
            {"type": "tool", "value": {"page": self.tool_pages[r["tool"]].pk, "note": ""}}
            if "tool" in r
            else {"type": "link", "value": {"title": r["title"], "url": r["url"], "description": ""}}
            for r in source["resources"]
        ]
        page.save_revision().publish()

    def build_tool(self, source):
        page = ToolPage(
            tool_type=source["tool_type"],
            publisher=source["publisher"],
            year=source["year"],
            external_url=source["url"],
            **evidence_facts(source),
            **tool_fields(source),
        )
        page.phases = [self.phase_pages[number] for number in source["phases"]]
        page.themes = self.themes(source["themes"])
        return page

    def build_initiative(self, source):
        page = InitiativePage(
            country=source["country"],
            start_year=source["start_year"],
            end_year=source["end_year"],
            image=self.images[(source["image"]["key"], SOURCE)],
            **evidence_facts(source),
            **initiative_fields(source),
        )
        page.municipalities = self.municipalities(source["municipalities"])
        page.themes = self.themes(source["themes"])
        page.phases = [self.phase_pages[number] for number in source["phases"]]
        page.legal_bases = self.legal_bases(source["legal_bases"])
        for kind, relation in ITEM_RELATIONS.items():
            setattr(
                page, relation, [self.build_item(item) for item in source["items"] if item["kind"] == kind]
            )
        return page

    def build_item(self, item):
        return ITEM_MODELS[item["kind"]](
            phase=item["phase"],
            themes=self.themes(item["themes"]),
            legal_bases=self.legal_bases(item["legal_bases"]),
            **item_fields(item),
        )

    def build_study_trip(self, source):
        page = StudyTripPage(
            start_date=date.fromisoformat(source["start_date"]),
            end_date=date.fromisoformat(source["end_date"]),
            organiser=source["organiser"],
            image=self.images[(source["image"]["key"], SOURCE)],
            **address_fields(source),
            **study_trip_fields(source),
        )
        page.municipalities = self.municipalities(source["municipalities"])
        page.initiatives_visited = [self.initiative_pages[key] for key in source["initiatives_visited"]]
        return page

    def fill_home(self, home):
        source = data.read("home")[SOURCE]
        fields = home_fields(source, SOURCE)
        if home.intro == fields["intro"]:
            return
        home.intro, home.body = fields["intro"], fields["body"]
        home.featured_initiatives = [
            FeaturedInitiative(page=self.initiative_pages[key]) for key in source["featured_initiatives"]
        ]
        home.save_revision().publish()
        self.created += 1

    def pages_by_key(self):
        """Every nb page by its key (phases as phase-<number>), and the pages of each kind."""
        phases = {f"phase-{number}": page for number, page in self.phase_pages.items()}
        kinds = {"phases": phases, "initiatives": self.initiative_pages, "tools": self.tool_pages}
        kinds["study_trips"] = self.trip_pages
        pages = {key: page for kind in kinds.values() for key, page in kind.items()}
        return {**self.pages, **pages}, {kind: list(found.values()) for kind, found in kinds.items()}

    # Translations (sv, en) of the source pages, parents before children

    def translate_pages(self):
        home = data.read("home")
        self.translate(self.pages["home"], lambda lang: home_fields(home[lang], lang))
        for key, kind, children, fields in [
            ("guide", "phases", self.phase_pages, phase_fields),
            ("tool_index", "tools", self.tool_pages, tool_fields),
            ("initiative_index", "initiatives", self.initiative_pages, initiative_with_items),
            ("trip_index", "study_trips", self.trip_pages, study_trip_fields),
        ]:
            index = data.index(kind)
            self.translate(self.pages[key], in_every_language(index_fields, index), slugs=slugs(index))
            record_key = PAGE_KEYS.get(kind, "key")
            for record in data.pages(kind, key=record_key):
                source = record[SOURCE]
                # `translate: false` keeps a page in nb only, a list in those languages only: the
                # demo of the "not yet translated" notice and of untranslated pages in listings.
                wanted = source.get("translate", True)
                if wanted:
                    self.translate(
                        children[source[record_key]],
                        in_every_language(fields, record),
                        slugs=slugs(record),
                        image=source.get("image"),
                        languages=LANGUAGES if wanted is True else wanted,
                    )


def exact(value):
    """YAML reads 59.9139 as a float; the coordinate fields keep four decimals, and the value must
    have them in memory too (55.605 as 55.6050), or wagtail-localize sees the source as changed."""
    return Decimal(str(value)).quantize(Decimal("0.0001")) if isinstance(value, float) else value


def search_indexing_paused():
    """Signals do not index page by page while loading: the final rebuild indexes everything once."""
    return paused()


def rebuild_search_index():
    """Publishing already indexed each page; one rebuild at the end makes the index exact."""
    rebuild_all()
