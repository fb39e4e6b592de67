from tests.content import admin_client, english_messages  # noqa: F401  (shared fixtures)
