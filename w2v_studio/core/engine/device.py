"""Which compute devices exist and which backend a configuration runs on (torch lazily)."""

from __future__ import annotations

import importlib.util
import os
import platform
from dataclasses import dataclass

from w2v_studio.core.engine.config import TrainConfig


@dataclass(frozen=True)
class DeviceInfo:
    id: str  # "cpu", "cuda", "mps"
    label: str  # for display, e.g. "NVIDIA H100 (CUDA)"
    available: bool
    reason: str | None = None  # why not, when unavailable


def _torch_installed() -> bool:
    return importlib.util.find_spec("torch") is not None


def _maybe_nvidia() -> bool:
    return (os.path.exists("/proc/driver/nvidia/version") or os.path.exists("/dev/nvidia0")
            or bool(os.environ.get("CUDA_VISIBLE_DEVICES")))


def _maybe_mps() -> bool:
    return platform.system() == "Darwin" and platform.machine() == "arm64"


def available_devices() -> list[DeviceInfo]:
    """CPU always; CUDA and MPS as torch reports them (torch is imported only if needed)."""
    devices = [DeviceInfo("cpu", f"CPU ({os.cpu_count() or 1} cores)", True)]
    if not _torch_installed():
        why = "PyTorch is not installed"
        return devices + [DeviceInfo("cuda", "CUDA GPU", False, why),
                          DeviceInfo("mps", "Apple GPU (MPS)", False, why)]
    if _maybe_nvidia():
        import torch

        if torch.cuda.is_available():
            devices.append(DeviceInfo("cuda", f"{torch.cuda.get_device_name(0)} (CUDA)", True))
        else:
            why = "this PyTorch build has no CUDA support or no GPU is visible"
            devices.append(DeviceInfo("cuda", "CUDA GPU", False, why))
    else:
        devices.append(DeviceInfo("cuda", "CUDA GPU", False, "no NVIDIA GPU found"))
    if _maybe_mps():
        import torch

        ok = bool(torch.backends.mps.is_available())
        devices.append(DeviceInfo("mps", "Apple GPU (MPS)", ok, None if ok else "MPS unavailable"))
    else:
        devices.append(DeviceInfo("mps", "Apple GPU (MPS)", False, "not an Apple Silicon Mac"))
    return devices


class DeviceError(RuntimeError):
    """The requested device cannot be used; the message says why and what to pick instead."""


def resolve_backend(config: TrainConfig) -> tuple[str, str]:
    """(backend, device) for a configuration: ("numba", "cpu") or ("torch", "cuda"/"mps"/"cpu")."""
    if config.device == "auto":
        if config.backend == "numba":
            return "numba", "cpu"
        for d in available_devices():
            if d.id in ("cuda", "mps") and d.available:
                return "torch", d.id
        return ("torch", "cpu") if config.backend == "torch" else ("numba", "cpu")
    if config.device == "cpu":
        return ("torch", "cpu") if config.backend == "torch" else ("numba", "cpu")
    info = {d.id: d for d in available_devices()}[config.device]
    if not info.available:
        raise DeviceError(f"device {config.device!r} is not available: {info.reason}. "
                          "Choose 'cpu' or 'auto'.")
    return "torch", config.device
