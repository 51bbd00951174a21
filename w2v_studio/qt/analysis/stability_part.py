"""How stable are a word's neighbours? Train the current model's settings again several times
(other seeds, or bootstrap samples of the lines) and count how often each neighbour returns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from w2v_studio.qt.analysis.common import AnalysisPart, fill_table

if TYPE_CHECKING:
    from w2v_studio.core.analysis.stability import WordStability
    from w2v_studio.qt.shell.state import AppState


class StabilityPart(AnalysisPart):
    """Word, runs, bootstrap; the table lists neighbours by the runs they appear in."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.result: WordStability | None = None
        self.word_label, self.word = QLabel(), QLineEdit()
        self.runs_label, self.runs = QLabel(), QSpinBox()
        self.runs.setRange(2, 50)
        self.runs.setValue(5)
        self.bootstrap = QCheckBox()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        for w in (self.word_label, self.word, self.runs_label, self.runs, self.bootstrap,
                  self.run_button):
            row.addWidget(w)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.messages)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        self.run_button.clicked.connect(self.run)
        self.word.returnPressed.connect(self.run)
        self.retranslate()

    def retranslate(self) -> None:
        self.word_label.setText(self.tr("Word:"))
        self.runs_label.setText(self.tr("Runs:"))
        self.bootstrap.setText(self.tr("Resample the lines (bootstrap)"))
        self.bootstrap.setToolTip(self.tr("Each run trains on a sample of the corpus lines "
                                          "drawn with replacement, as Antoniak & Mimno "
                                          "(2018) suggest for small corpora."))
        self.run_button.setText(self.tr("How stable?"))
        self.run_button.setToolTip(self.tr("Train the current model's settings again on its "
                                           "corpus and count in how many runs each neighbour "
                                           "comes back."))
        if self.result is not None:
            self._show(self.result)
        else:
            fill_table(self.table, self._headers(), [])

    def _headers(self) -> list[str]:
        return [self.tr("Neighbour"), self.tr("Runs"), self.tr("Mean rank"), self.tr("Verdict")]

    def _sentences(self):
        """The current model's corpus as token lists, or None with a message shown: the
        tokenized corpus of this session, else the one the model's corpus link finds."""
        model = self.state.model
        if model is None:
            self.error(self.tr("Train or open a model first: its settings and corpus are "
                               "trained again."))
            return None
        if self.state.tokenized is not None:
            return self.state.tokenized.sentences(model.config.max_sentence_length)
        from w2v_studio.core.corpus.link import CorpusLink, find_corpus

        link = CorpusLink.from_info(getattr(model, "corpus_info", None))
        found = find_corpus(link) if link is not None else None
        if found is not None and found.tokenized is not None:
            return found.tokenized.sentences(model.config.max_sentence_length)
        if found is not None and found.sources_ok and link.tokenizer == "whitespace":
            from w2v_studio.core.corpus.reader import Corpus  # segmented text: read it as it is

            corpus = Corpus([f.path for f in link.files], column=link.column, field=link.field)
            return corpus.sentences(max_sentence_length=model.config.max_sentence_length)
        self.error(self.tr("The tokenized corpus of this model is not at hand: open the "
                           "Concordance tab to find or tokenize it again, then ask again."))
        return None

    def ask(self, word: str) -> None:
        """Run the stability check for ``word`` (the Questions panel's "How stable?")."""
        self.word.setText(word)
        self.run()

    def run(self) -> None:
        word = self.word.text().strip()
        if not word:
            self.error(self.tr("Type a word."))
            return
        sentences = self._sentences()
        if sentences is None:
            return
        config = self.state.model.config
        runs, bootstrap = self.runs.value(), self.bootstrap.isChecked()

        def work(report, cancel):
            from w2v_studio.core.analysis.stability import stability_runs, train_model

            def trainer(cfg, data, i):
                report(i)
                return train_model(cfg, data, cancel)

            return stability_runs(config, sentences, [word], runs=runs, bootstrap=bootstrap,
                                  trainer=trainer)[0]

        self.start(work, self._done)

    def _done(self, result: WordStability) -> None:
        self.result = result
        self._show(result)

    def _show(self, result: WordStability) -> None:
        if not result.runs:
            self.error(self.tr("'{0}' is in none of the runs' vocabularies.").format(result.word))
        rows = [[n.word, f"{n.runs}/{result.runs}", n.mean_rank,
                 self.tr("stable") if n.stable else self.tr("unstable")]
                for n in result.neighbours]
        fill_table(self.table, self._headers(), rows)
