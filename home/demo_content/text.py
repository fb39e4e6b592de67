"""The one helper the data modules share: a text in the three content languages."""

LANGUAGES = ("nb", "sv", "en")


def t(nb, sv, en):
    """A text in Norwegian Bokmål, Swedish and English."""
    return {"nb": nb, "sv": sv, "en": en}


def same(text):
    """A text that reads the same in every language (a proper noun, a title of a publication)."""
    return t(text, text, text)
