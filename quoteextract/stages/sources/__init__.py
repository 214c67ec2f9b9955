"""The last stage, sources: the chain of sources of each claim."""

from ._links import link_sources

__all__ = ["link_sources"]
