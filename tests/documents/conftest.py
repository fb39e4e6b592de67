import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploaded files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor(db):
    """A member of the Editors group (home/migrations/0004), the admin in English."""
    user = get_user_model().objects.create_user(username="editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    speaks(user, "en")
    return user


def speaks(user, language):
    UserProfile.objects.filter(pk=UserProfile.get_for_user(user).pk).update(preferred_language=language)
