"""Django finds an app's models in its models module: the image models live in images.py, the
publisher setting in publisher.py, the missed cache generations in missed_generations.py."""

from core.images import PortalImage, PortalRendition  # noqa: F401
from core.missed_generations import MissedGenerationStart  # noqa: F401
from core.publisher import PublisherName, PublisherSettings  # noqa: F401
