"""The generator: spec/ (XSD + TOML) -> generated/ via Jinja2 templates."""
