"""briefgen: turn a pile of news articles into a cross-linked MkDocs briefing site."""

__version__ = "0.1.0"
