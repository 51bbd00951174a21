"""Evaluation on standard sets: word similarity, analogies, and running several files at once."""
