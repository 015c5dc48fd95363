"""The e-mail edition of an issue: MJML templates compiled to table-based HTML, plain text,
admin preview and test send."""
