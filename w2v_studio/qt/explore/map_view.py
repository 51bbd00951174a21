"""The word map: one pyqtgraph scatter of 2-D points with capped labels, hover and click."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from w2v_studio.qt.explore.labels import LABEL_OFFSET_PX, pick_labels
from w2v_studio.qt.explore.map_style import PALETTE, POINT_SIZE


class MapView(QWidget):
    """Scatter of words. ``set_points`` once per projection; colours, selection, highlights and
    the "only these words" filter are cheap updates. Labels (at most ``max_labels``) go to the
    selection, highlighted words, then the most frequent words in view, skipping overlaps.

    Picking (hover / click) is done with numpy in pixel space rather than pyqtgraph's SpotItems,
    so 50,000 points cost nothing extra until the mouse moves.
    """

    word_hovered = Signal(str)  # "" when the mouse leaves a point
    word_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, max_labels: int = 150) -> None:
        super().__init__(parent)
        self.max_labels = max_labels
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumSize(300, 240)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setStyle(showValues=False)
            self.plot.getAxis(side).setPen(pg.mkPen("#bbbbbb"))
        self.vb: pg.ViewBox = self.plot.getViewBox()
        self.vb.disableAutoRange()
        self.scatter = pg.ScatterPlotItem(pxMode=True, size=POINT_SIZE, pen=None, useCache=True)
        self.marks = pg.ScatterPlotItem(
            pxMode=True, size=11, brush=None, pen=pg.mkPen("#333333", width=1.5)
        )
        self.selected_mark = pg.ScatterPlotItem(
            pxMode=True, size=15, brush=None, pen=pg.mkPen("#d00000", width=2.5)
        )
        for item in (self.scatter, self.marks, self.selected_mark):
            self.plot.addItem(item)
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(max(8.0, self.font().pointSizeF()))
        self._fm = QFontMetrics(self.label_font)
        self._labels: list[pg.TextItem] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)

        self.words: list[str] = []
        self.xy = np.zeros((0, 2), np.float64)
        self.counts = np.zeros(0, np.int64)
        self.has_counts = False
        self.groups = np.zeros(0, np.int32)
        self.visible = np.zeros(0, bool)
        self._order = np.zeros(0, np.int64)  # label priority: most frequent first
        self._index: dict[str, int] = {}
        self.selected: int | None = None
        self.highlighted: np.ndarray = np.zeros(0, np.int64)
        self.hovered: int | None = None
        self.labelled: list[str] = []
        self._left: set[int] = set()
        self._shown: dict[int, pg.TextItem] = {}  # point index -> its label item
        self._free: list[pg.TextItem] = []  # label items not in use (hidden)
        self._look: dict[int, tuple[bool, bool]] = {}  # point index -> (selected, on the left)
        self._user_moved = False
        self._label_timer = QTimer(self, singleShot=True, interval=40)
        self._label_timer.timeout.connect(self.update_labels)
        self.vb.sigRangeChanged.connect(lambda *_: self._label_timer.start())
        self.vb.sigRangeChangedManually.connect(self._moved_by_user)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    # ------------------------------------------------------------------ data
    def set_points(
        self,
        words: list[str],
        xy: np.ndarray,
        counts: np.ndarray | None = None,
        groups: np.ndarray | None = None,
    ) -> None:
        """Show ``words`` at ``xy`` (N×2); ``counts`` set label priority and tooltips."""
        n = len(words)
        xy = np.asarray(xy, dtype=np.float64).reshape(n, 2)
        self.words = list(words)
        self.xy = xy
        self.has_counts = counts is not None
        self.counts = (
            np.zeros(n, np.int64)
            if counts is None
            else np.asarray(counts, dtype=np.int64).reshape(n)
        )
        self._order = np.argsort(-self.counts, kind="stable")
        self._index = {w: i for i, w in enumerate(self.words)}
        self.visible = np.ones(n, bool)
        self.selected = None
        self.highlighted = np.zeros(0, np.int64)
        self.hovered = None
        self.groups = np.zeros(n, np.int32) if groups is None else np.asarray(groups, np.int32)
        self._clear_labels()  # new points: every label is redrawn
        self.scatter.setData(pos=xy, data=np.arange(n), brush=self._brushes(self.groups))
        self._update_marks()
        self.auto_range()

    def set_groups(self, groups: np.ndarray) -> None:
        """Colour points by group id (frequency band or cluster); ids index ``PALETTE``."""
        self.groups = np.asarray(groups, np.int32).reshape(len(self.words))
        self.scatter.setBrush(self._brushes(self.groups))

    @staticmethod
    def _brushes(groups: np.ndarray) -> list:
        shared = [pg.mkBrush(QColor(c)) for c in PALETTE]
        return [shared[g] for g in (np.asarray(groups) % len(PALETTE)).tolist()]

    def index_of(self, word: str) -> int | None:
        return self._index.get(word)

    # ------------------------------------------------------------------ selection
    def select(self, word: str | None, centre: bool = False, labels: bool = True) -> bool:
        """Select ``word`` (ring + label); with ``centre`` the view moves to it. ``labels=False``
        leaves the labels to the next update (a highlight that follows at once).

        Returns False when the word is not on the map."""
        i = None if word is None else self._index.get(word)
        if word is not None and i is None:
            return False
        self.selected = i
        self._update_marks()
        if centre and i is not None:
            self.centre_on_index(i)
        elif labels:
            self.update_labels()
        return True

    def centre_on_index(self, i: int, zoom: float | None = None) -> None:
        """Move the view so point ``i`` is in the middle (zoom = fraction of the full extent)."""
        x, y = self.xy[i]
        (x0, x1), (y0, y1) = self.vb.viewRange()
        w, h = x1 - x0, y1 - y0
        if zoom is not None:
            span = np.ptp(self.xy, axis=0) if len(self.xy) > 1 else np.ones(2)
            w, h = max(span[0], 1e-9) * zoom, max(span[1], 1e-9) * zoom
        self.vb.setRange(xRange=(x - w / 2, x + w / 2), yRange=(y - h / 2, y + h / 2), padding=0)
        self._user_moved = True
        self.update_labels()

    def highlight(self, words: list[str]) -> list[str]:
        """Ring and label these words (e.g. a query's neighbours); returns those on the map."""
        idx = [self._index[w] for w in words if w in self._index]
        self.highlighted = np.asarray(idx, np.int64)
        self._update_marks()
        self.update_labels()
        return [self.words[i] for i in idx]

    def show_only(self, words: list[str] | None) -> None:
        """Hide every point except ``words`` (None shows all again) and fit the view."""
        if words is None:
            self.visible = np.ones(len(self.words), bool)
        else:
            self.visible = np.zeros(len(self.words), bool)
            idx = [self._index[w] for w in words if w in self._index]
            self.visible[idx] = True
        self.scatter.setPointsVisible(self.visible.copy())
        self._update_marks()
        self.auto_range()

    def _update_marks(self) -> None:
        hl = self.highlighted[self.visible[self.highlighted]] if len(self.highlighted) else []
        self.marks.setData(pos=self.xy[hl] if len(hl) else np.zeros((0, 2)))
        if self.selected is not None:
            self.selected_mark.setData(pos=self.xy[[self.selected]])
        else:
            self.selected_mark.setData(pos=np.zeros((0, 2)))

    def set_axis_titles(self, x: str | None, y: str | None) -> None:
        """Name the axes and show their values (semantic axes), or neither (projections,
        whose axes mean nothing)."""
        for side, title in (("bottom", x), ("left", y)):
            axis = self.plot.getAxis(side)
            axis.setStyle(showValues=bool(title))
            self.plot.setLabel(side, title or "")
            axis.showLabel(bool(title))

    # ------------------------------------------------------------------ labels
    def _new_label(self) -> pg.TextItem:
        if self._free:
            return self._free.pop()
        t = pg.TextItem(color="#202020", anchor=(0, 0.5), fill=(255, 255, 255, 110))
        t.setFont(self.label_font)
        t.setZValue(10)
        self.plot.addItem(t, ignoreBounds=True)
        self._labels.append(t)
        return t

    def _pick_labels(self, x_range, y_range, fit: bool = True) -> list[int]:
        """Labels for this view (see :func:`explore_labels.pick_labels`); sets ``_left``."""
        first = ([self.selected] if self.selected is not None else []) + [
            int(i) for i in self.highlighted if self.visible[i]
        ]
        chosen, self._left = pick_labels(
            self.xy,
            self.words,
            self.visible,
            self._order,
            first,
            x_range,
            y_range,
            (self.vb.width(), self.vb.height()),
            self._fm.horizontalAdvance,
            float(self._fm.height()),
            self.max_labels,
            fit,
            forced=1 if self.selected is not None else 0,
        )
        return chosen

    def update_labels(self) -> None:
        """Show the chosen labels; a word that stays labelled keeps its text item untouched."""
        chosen = self._pick_labels(*self.vb.viewRange())
        want = set(chosen)
        for i in [i for i in self._shown if i not in want]:
            t = self._shown.pop(i)
            t.setVisible(False)
            self._free.append(t)
        for i in chosen:
            look = (i == self.selected, i in self._left)
            t = self._shown.get(i)
            if t is None:
                t = self._new_label()
                self._shown[i] = t
                t.setText(self.words[i])
                t.setPos(float(self.xy[i, 0]), float(self.xy[i, 1]))
                t.setVisible(True)
            elif self._look.get(i) == look:
                continue
            self._look[i] = look
            t.setColor("#b00000" if look[0] else "#202020")
            t.setAnchor((1, 0.5) if look[1] else (0, 0.5))
        for i in list(self._look):
            if i not in want:
                del self._look[i]
        self.labelled = [self.words[i] for i in chosen]

    def _clear_labels(self) -> None:
        for t in self._shown.values():
            t.setVisible(False)
            self._free.append(t)
        self._shown.clear()
        self._look.clear()

    # ------------------------------------------------------------------ range
    def auto_range(self) -> None:
        """Fit all visible points and make room for their labels (none clipped at the edges)."""
        self._user_moved = False
        pts = self.xy[self.visible] if len(self.xy) else self.xy
        if not len(pts):
            self.vb.setRange(xRange=(-1, 1), yRange=(-1, 1), padding=0)
            self.update_labels()
            return
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        span = np.maximum(hi - lo, 1e-6)
        lo, hi = lo - 0.04 * span, hi + 0.04 * span
        x_range, y_range = (lo[0], hi[0]), (lo[1], hi[1])
        w_px, h_px = max(self.vb.width(), 50.0), max(self.vb.height(), 50.0)
        chosen = self._pick_labels(x_range, y_range, fit=False)
        if chosen:
            # A label of L pixels right of x fits when x + L*(b-a)/W <= b: solve for b (a fixed).
            a, b = x_range
            lpx = np.array(
                [LABEL_OFFSET_PX + self._fm.horizontalAdvance(self.words[i]) + 4 for i in chosen],
                dtype=np.float64,
            )
            lpx = np.minimum(lpx, 0.6 * w_px)
            xs = self.xy[chosen, 0]
            b = max(b, float(np.max((xs - lpx * a / w_px) / (1 - lpx / w_px))))
            # Half a line above and below: y +- (H/2)(d-c)/Hpx within [c, d].
            c, d = y_range
            half = (self._fm.height() / 2 + 2) / h_px
            ys = self.xy[chosen, 1]
            for _ in range(3):
                c = min(c, float(np.min(ys - half * (d - c))))
                d = max(d, float(np.max(ys + half * (d - c))))
            x_range, y_range = (a, b), (c, d)
        self.vb.setRange(xRange=x_range, yRange=y_range, padding=0)
        self.update_labels()

    def _moved_by_user(self, *_):
        self._user_moved = True

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if not self._user_moved and len(self.words):
            QTimer.singleShot(0, self.auto_range)

    # ------------------------------------------------------------------ picking
    def point_at(self, scene_pos: QPointF, radius_px: float = POINT_SIZE / 2 + 3) -> int | None:
        """Index of the visible point nearest ``scene_pos`` within ``radius_px`` pixels."""
        if not len(self.words) or not self.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.vb.mapSceneToView(scene_pos)
        px, py = self.vb.viewPixelSize()
        dx = (self.xy[:, 0] - p.x()) / px
        dy = (self.xy[:, 1] - p.y()) / py
        d2 = np.where(self.visible, dx * dx + dy * dy, np.inf)
        i = int(np.argmin(d2))
        return i if d2[i] <= radius_px * radius_px else None

    def scene_pos_of(self, word: str) -> QPointF:
        i = self._index[word]
        return self.vb.mapViewToScene(QPointF(float(self.xy[i, 0]), float(self.xy[i, 1])))

    def tooltip_for(self, i: int) -> str:
        if not self.has_counts:  # vectors without corpus counts: the word alone
            return self.words[i]
        return self.tr("{0}\ncount: {1}").format(self.words[i], f"{int(self.counts[i]):,}")

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        i = self.point_at(scene_pos)
        if i == self.hovered:
            return
        self.hovered = i
        self.vb.setToolTip(self.tooltip_for(i) if i is not None else "")
        self.plot.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if i is not None else Qt.CursorShape.ArrowCursor
        )
        self.word_hovered.emit(self.words[i] if i is not None else "")

    def _on_mouse_clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        i = self.point_at(ev.scenePos())
        if i is not None:
            self.select(self.words[i])
            self.word_clicked.emit(self.words[i])
