"""The engine and vector layer: no Qt, importable in a plain Python process."""
