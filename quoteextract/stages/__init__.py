"""The pipeline's stages, one package each, in the order they run.

``finder`` (quote-mark pairings) → ``attribution`` (quotations, claims, their
cues and speaker mentions, merged) → ``speakers`` (one entity per speaker) →
``sources`` (the chain of sources of each claim). ``regex`` is the parse-free
mode. Everything below this package is internal: the public API is
``quoteextract.__all__``.
"""
