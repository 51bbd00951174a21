"""Banners can be closed, and a banner about a model goes when that model is replaced."""

from __future__ import annotations

import numpy as np

from w2v_studio.core.vectors.word_vectors import WordVectors


def test_a_message_closes_with_its_close_button(window):
    window.messages.set_message("note", "info", "Read me once")
    assert "Read me once" in window.messages.visible_text()
    window.messages.close_button("note").click()
    assert "Read me once" not in window.messages.visible_text()


def test_model_saved_banner_vanishes_when_another_model_is_opened(window, tmp_path):
    wv = WordVectors(["a", "b", "c"], np.eye(3, dtype=np.float32), [3, 2, 1])
    window.state.set_model(None, wv, None, None)
    window.state.set_model_dir(tmp_path)  # the save finished: same model, now in a folder
    window.messages.set_message("model", "info", f"Model saved in {tmp_path}")
    window.state.set_model_dir(tmp_path)  # saving again keeps the banner
    assert "Model saved in" in window.messages.visible_text()
    other = WordVectors(["x", "y", "z"], np.eye(3, dtype=np.float32), [3, 2, 1])
    window.state.set_model(None, other, None, None)
    assert "Model saved in" not in window.messages.visible_text()
