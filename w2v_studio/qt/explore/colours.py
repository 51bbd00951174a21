"""Colours of the word map: frequency bands, parts of speech, or k-means clusters computed off
the GUI thread."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QObject, Signal

from w2v_studio.core.engine.vocab_tags import pos_groups
from w2v_studio.core.explore.word_selection import BAND_EDGES, frequency_bands
from w2v_studio.qt.explore.map_style import PALETTE
from w2v_studio.qt.shell.worker import CallThread

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from w2v_studio.qt.explore.controls import PlacementControls
    from w2v_studio.qt.explore.map_view import MapView
    from w2v_studio.qt.shell.state import AppState


class MapHost(Protocol):
    """What the colours need of the Explore page (a protocol: the page imports this module)."""

    state: AppState
    map: MapView
    legend: QLabel
    controls: PlacementControls
    placed_idx: np.ndarray
    placed_words: list[str]
    _generation: int  # bumped with each placement; stale cluster results are dropped

    def parent(self) -> QWidget: ...


# palette entries of the most frequent tags; grey (9) is "other"
POS_COLOURS = (0, 1, 2, 3, 4, 5, 6, 7, 8, 10)
OTHER_COLOUR = 9


class MapColours(QObject):
    """Sets the map's colour groups and writes the legend (bands, or each cluster's three most
    frequent words). ``clustered`` is emitted when k-means has coloured the map."""

    clustered = Signal()

    def __init__(self, page: MapHost) -> None:
        super().__init__(page)
        self.page = page
        self.clusters: np.ndarray | None = None
        self.legend_items: list[tuple[str, str]] = []  # (colour, text) as shown, for exports
        self._thread: CallThread | None = None
        self._gen = -1
        self.pos_names: list[str] = []  # the tags coloured (by POS_COLOURS), most frequent first
        page.state.model_changed.connect(self._tags_changed)
        self._tags_changed()

    def _tags_changed(self) -> None:
        wv = self.page.state.vectors
        self.page.controls.set_tags_available(getattr(wv, "tags", None) is not None)

    def bands(self) -> np.ndarray:
        wv = self.page.state.vectors
        return frequency_bands(self.page.placed_idx, None if wv is None else wv.counts)

    def recolour(self) -> None:
        page = self.page
        if not page.placed_words:
            self.update_legend()
            return
        if page.controls.colour_mode() in ("frequency", "pos"):
            self.stop()
            page.map.set_groups(self.bands() if page.controls.colour_mode() == "frequency"
                                else self.pos_colours())
            self.clusters = None
            self.update_legend()
            return
        from w2v_studio.core.explore.clusters import kmeans

        vectors = page.state.vectors.vectors[page.placed_idx]
        k = page.controls.k.value()
        self.stop()
        t = CallThread(lambda _r, _c: kmeans(vectors, k).labels, self)
        t.succeeded.connect(self._clustered)
        self._thread = t
        self._gen = page._generation
        t.start()

    def pos_colours(self) -> np.ndarray:
        """Palette ids of the placed words by part of speech (sets ``pos_names``)."""
        tags = getattr(self.page.state.vectors, "tags", None)
        self.pos_names, groups = pos_groups(self.page.placed_words, tags, len(POS_COLOURS))
        palette = np.array([*POS_COLOURS[: len(self.pos_names)], OTHER_COLOUR])
        return palette[np.asarray(groups, np.int64)]

    def stop(self) -> None:
        t = self._thread
        if t is not None and t.isRunning():
            t.stop()
            t.wait(30000)
        self._thread = None

    def _clustered(self, labels: np.ndarray) -> None:
        if self.sender() is not self._thread or self._gen != self.page._generation:
            return
        self._thread = None
        self.clusters = labels
        self.page.map.set_groups(labels)
        self.update_legend()
        self.clustered.emit()

    def update_legend(self) -> None:
        page = self.page
        self.legend_items = []
        if not page.placed_words:
            page.legend.setText("")
            return
        items: list[tuple[str, str]] = self.legend_items
        if page.controls.colour_mode() == "pos":
            self._pos_legend(items)
        elif page.controls.colour_mode() == "frequency" or self.clusters is None:
            bands = page.map.groups
            lo = 1
            for b, hi in enumerate([*BAND_EDGES, None]):
                if np.any(bands == b):
                    name = (
                        self.tr("ranks {0:,}–{1:,}").format(lo, hi)
                        if hi
                        else self.tr("ranks {0:,}+").format(lo)
                    )
                    items.append((PALETTE[b % len(PALETTE)], name))
                lo = (hi or 0) + 1
        else:
            counts = page.map.counts
            for c in range(int(self.clusters.max()) + 1):
                members = np.flatnonzero(self.clusters == c)
                top = members[np.argsort(-counts[members], kind="stable")[:3]]
                names = ", ".join(page.placed_words[i] for i in top)
                items.append((PALETTE[c % len(PALETTE)], f"{c + 1}: {names}"))
        page.legend.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{col}">■</span>&nbsp;{escape(text)}' for col, text in items
            )
        )

    def _pos_legend(self, items: list[tuple[str, str]]) -> None:
        """The tags with their colours, the most frequent first, then "other" when shown."""
        groups = self.page.map.groups
        for tag, c in zip(self.pos_names, POS_COLOURS, strict=False):
            items.append((PALETTE[c], tag))
        if np.any(groups == OTHER_COLOUR):
            items.append((PALETTE[OTHER_COLOUR], self.tr("other")))
