"""The Analyse page: meaning change across models or slices, WEAT, neighbour stability, axes.

Each part is a widget of its own (``shift_part``, ``weat_part``, ``stability_part``,
``axes_part``: semantic axes as a two-dimensional map) over the
no-Qt functions of ``core.analysis``; work runs in a ``CallThread`` and problems are shown in
the part's message bar.
"""
