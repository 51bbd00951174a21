"""The Evaluate page: similarity and analogy files against the current model, tables and a chart."""
