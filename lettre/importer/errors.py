"""Why an import is refused: a message for the editor, in French, and nothing created."""


class ImportRejected(Exception):
    """The file cannot be imported; ``message`` says why and what to do."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class MastheadMissing(ImportRejected):
    """No number or date in the file: the editor gives them."""
