"""toolkit-desktop: an offline tool for assessing a child who may have been trafficked."""

__version__ = "0.1.0"
