from tests.content import english_messages  # noqa: F401  (shared fixtures)
