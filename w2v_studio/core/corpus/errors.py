"""The one error a corpus problem raises: what is wrong, where, and what to do."""


class CorpusError(Exception):
    """A corpus problem the user can fix; the message says what, where and what to do."""
