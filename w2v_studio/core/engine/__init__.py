"""The training engine: settings, vocabulary, Huffman tree, noise table, examples, the numba
kernels and the torch backend, the trainer with its events, devices and the model folder."""
