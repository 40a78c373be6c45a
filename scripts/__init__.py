"""Command-line helpers run by the Makefile (`make serve`, `make bench`); tests import them too."""
