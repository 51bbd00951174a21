"""Word-vector file formats: readers (word2vec, GloVe, fastText, npy) and writers (export).

Readers return :class:`RawVectors`; :func:`load_vectors` picks the reader by looking at the path
and returns a ready :class:`~w2v_studio.core.vectors.WordVectors`.
"""

from w2v_studio.core.formats.errors import VectorFormatError
from w2v_studio.core.formats.raw import ProgressCallback, RawVectors

__all__ = ["ProgressCallback", "RawVectors", "VectorFormatError"]
