"""Language data and language-specific syntax, one package per language."""
