"""Django finds an app's models in its models module; the image models live in images.py."""

from core.images import PortalImage, PortalRendition  # noqa: F401
