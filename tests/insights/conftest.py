import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def admin_in(client, group_name, language="en"):
    """A client logged in as a member of `group_name` whose admin speaks `language`."""
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_user(f"{group_name.lower()}-{language}", password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def editor(site, client):
    return admin_in(client, "Editors")
