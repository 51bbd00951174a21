"""Word-vector file formats: readers (word2vec, GloVe, fastText, npy) and writers (export).

Readers return :class:`RawVectors`; :func:`load_vectors` picks the reader by looking at the path
and returns a ready :class:`~w2v_studio.core.vectors.word_vectors.WordVectors`.
"""

from w2v_studio.core.vectors.io.errors import VectorFormatError
from w2v_studio.core.vectors.io.raw import ProgressCallback, RawVectors

__all__ = ["ProgressCallback", "RawVectors", "VectorFormatError"]
