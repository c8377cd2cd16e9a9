"""English briefs of a verified Report, with every number in the English checked against it."""
