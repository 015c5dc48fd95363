"""The report of a file import: `errors` refuse the whole file (nothing changed), `summary()` says what was
done and `sections()` list the lines set aside, under a title each."""


class ReportSections:
    """Mixin of a report dataclass with an `errors` list: what the template needs to show it."""

    @property
    def rejected(self) -> bool:
        return bool(self.errors)

    def sections(self) -> list[tuple[str, list[str]]]:
        return []

    @property
    def has_warnings(self) -> bool:
        return any(items for _title, items in self.sections())

    def lines(self) -> list[str]:
        """The whole report as text, for a management command."""
        lines = [self.summary(), *self.errors]
        for title, items in self.sections():
            if items:
                lines += [title, *(f"  {item}" for item in items)]
        return lines
