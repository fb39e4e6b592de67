"""The Atom feeds, under each language's prefix (/nb/feed/…): what is new, and one for each list a
visitor can follow. Not in the sitemap: feeds are for feed readers, not search engines."""

from django.urls import path

from feeds.advice import PhaseAdviceFeed
from feeds.feeds import NewContentFeed
from feeds.laws import LegalBasisFeed
from feeds.listings import InitiativeFeed, StudyTripFeed, ToolFeed
from feeds.search import SearchFeed

urlpatterns = [
    path("", NewContentFeed(), name="feed"),
    path("search/", SearchFeed(), name="search_feed"),
    path("initiatives/", InitiativeFeed(), name="initiative_feed"),
    path("tools/", ToolFeed(), name="tool_feed"),
    path("study-trips/", StudyTripFeed(), name="study_trip_feed"),
    path("legal-bases/", LegalBasisFeed(), name="legal_basis_feed"),
    path("phases/<int:number>/", PhaseAdviceFeed(), name="phase_feed"),
]
