"""Exploring a model: 2-D projections, k-means clusters, which words to map, the concordance."""
