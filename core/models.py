"""Django finds an app's models in its models module: the image models live in images.py, the
publisher setting in publisher.py."""

from core.images import PortalImage, PortalRendition  # noqa: F401
from core.publisher import PublisherName, PublisherSettings  # noqa: F401
