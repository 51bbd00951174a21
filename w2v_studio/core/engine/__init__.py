"""The training engine: settings, vocabulary, Huffman tree, noise table, examples, the numba
kernels and the torch backend, the trainer with its events (prepare: counting and tables before
the first epoch; run_state: the NaN guard), devices and the model folder; training across
processes (distributed: ``--nproc N`` on one machine; torchrun: one rank under torchrun)."""
