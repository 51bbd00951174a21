"""How the word map draws points: the palette of bands and clusters, the point size."""

# Colour-blind-friendly palette (Okabe-Ito + Tableau extras) for bands and clusters.
PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000",
    "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF", "#9467BD", "#FF9896", "#AEC7E8", "#98DF8A",
]  # fmt: skip
POINT_SIZE = 6
