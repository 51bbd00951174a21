"""What linguists do with embeddings beyond training (no Qt here).

- ``align``: orthogonal Procrustes alignment of one model onto another (HistWords' method).
- ``shift``: words ranked by how far they moved between two aligned models (cosine distance and
  Hamilton et al.'s local neighbourhood measure).
- ``slices``: one corpus cut into slices (by file, folder or a csv/jsonl field), one model each.
- ``trajectory``: a word's path across aligned slices on a 2-D map with its neighbours.
- ``weat``: the Word Embedding Association Test (Caliskan et al. 2017) with a permutation test.
- ``axes``: semantic axes (one word set minus another) as a two-dimensional projection.
- ``count_models``: PPMI and truncated-SVD baselines (Levy et al. 2015) saved as model folders.
- ``stability``: how often each neighbour comes back over several training runs.
- ``word_sets``: named word lists, read from and written to plain text.
"""
