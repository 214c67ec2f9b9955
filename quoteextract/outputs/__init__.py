"""Outputs: JSON contract, text views, HTML, the command line, corpora and the spaCy component."""
