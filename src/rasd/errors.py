"""Errors that users read: one line, no traceback."""


class RasdError(Exception):
    """An error whose message is shown to the user as ``rasd: <message>``."""
