"""What every section of the site shares: pagination, facet options, generic blocks, site settings."""
