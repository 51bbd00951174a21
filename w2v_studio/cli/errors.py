"""The error every subcommand raises for a problem the user can fix."""


class UserError(Exception):
    """A problem the user can fix: printed as ``error: <message>`` with exit code 2."""
