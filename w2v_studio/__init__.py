"""Word2Vec Studio: train and explore word embeddings (version only; imports nothing heavy)."""

__version__ = "0.1.0"
