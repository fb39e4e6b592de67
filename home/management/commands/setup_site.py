"""Create the three locales, a home page in each, the site and a demo admin.

The default Site takes its host and port from PORTAL_BASE_URL (the development server's address
without it). Idempotent: a second run changes nothing unless that setting changed.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from core.site_url import site_host_and_port
from home.models import HomePage

HOME_TITLES = {"nb": "Områdesatsing", "sv": "Områdesinsatser", "en": "Area initiatives"}


class Command(BaseCommand):
    help = "Create locales, home pages in every language, the site and a demo admin account."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create a demo admin.")

    @transaction.atomic
    def handle(self, *args, **options):
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
        }
        home = self.ensure_default_home(locales[settings.LANGUAGE_CODE])
        for code, locale in locales.items():
            if not home.has_translation(locale):
                translation = home.copy_for_translation(locale)
                translation.title = HOME_TITLES.get(code, translation.title)
                translation.save_revision().publish()
        self.ensure_site_address(home)
        if not options["no_admin"]:
            self.ensure_admin()

    def ensure_default_home(self, locale):
        home = HomePage.objects.filter(locale=locale).first()
        if home:
            return home
        root = Page.get_first_root_node()
        # Wagtail's stock "Welcome" page (and the site pointing at it) gives way to ours.
        for page in root.get_children().exclude(content_type__model="homepage"):
            page.delete()
        home = root.add_child(
            instance=HomePage(title=HOME_TITLES[locale.language_code], slug="home", locale=locale)
        )
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "site_name": "Områdesatsing"}
        )
        return home

    def ensure_site_address(self, home):
        """The default Site names the public host, so URLs Wagtail builds from it (admin links,
        previews) agree with the canonicals, sitemap and feeds (core/site_url.py)."""
        hostname, port = site_host_and_port(settings.PORTAL_BASE_URL or settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first() or Site(
            is_default_site=True, root_page=home, site_name="Områdesatsing"
        )
        if site.pk is None or (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save()
            self.stdout.write(f"Default site: {hostname}:{port}")

    def ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.org", password)
        self.stdout.write(
            self.style.SUCCESS(f"Demo admin created: user 'admin', password '{password}' (shown once).")
        )
