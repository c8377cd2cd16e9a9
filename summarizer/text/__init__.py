"""Text handling: loading bytes, cleaning page chrome, finding numbers. Knows no engines."""
