"""`python -m benchmarks.search`: not an installed app, so it sets Django up itself (cli.run)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

from benchmarks.search.cli import main  # noqa: E402 - after the settings module is chosen

main()
