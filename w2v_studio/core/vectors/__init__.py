"""Trained vectors to query: ``WordVectors`` (neighbours, analogies, similarity), spelling
suggestions, compiled query kernels; ``io/`` reads and writes the vector file formats."""
