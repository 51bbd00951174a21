"""The Explore page: the word map, its controls and export, and the questions, concordance
and compare tabs."""
