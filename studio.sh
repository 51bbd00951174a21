#!/usr/bin/env bash
# Word2Vec Studio: set everything up on a fresh clone, then start the app or run the tests.
#   ./studio.sh         set up (first time only) and start the app
#   ./studio.sh test    set up (first time only) and run the whole test suite
# Extra arguments after "test" go to pytest; after "app" to w2v-studio.
set -euo pipefail
cd "$(dirname "$0")"

mode="${1:-app}"
[ $# -gt 0 ] && shift

PY="${PYTHON:-python3}"
VENV="${W2V_STUDIO_VENV:-.venv}"

# System packages: Java for konlpy, X libraries and CJK fonts for the window. Checked without apt
# (dpkg's status, then the library cache), so a set-up machine starts at once; installed with apt
# only when something is missing and we may (root, or passwordless sudo).
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
have_lib() { { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q "$1"; }
need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
if [ "$mode" = "app" ]; then
  for pair in libxcb-icccm4:libxcb-icccm.so.4 libxcb-keysyms1:libxcb-keysyms.so.1 \
              libxcb-cursor0:libxcb-cursor.so.0 libxkbcommon-x11-0:libxkbcommon-x11.so.0 \
              libegl1:libEGL.so.1; do
    pkg="${pair%%:*}"; lib="${pair#*:}"
    have_pkg "$pkg" || have_lib "$lib" || need_apt+=("$pkg")
  done
  have_pkg fonts-noto-cjk || fc-list 2>/dev/null | grep -qi "noto.*cjk" || need_apt+=(fonts-noto-cjk)
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && ! command -v Xvfb >/dev/null 2>&1; then need_apt+=(xvfb); fi
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  pkgs=("${need_apt[@]}")
  [[ " ${pkgs[*]} " == *" libegl1 "* ]] && pkgs+=(libgl1)
  SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"
  if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; }; then
    echo "studio: installing system packages: ${pkgs[*]}"
    $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null \
      || echo "studio: could not install ${pkgs[*]}; the app may miss Java (Okt/Komoran) or the window"
  else
    echo "studio: please install these system packages: ${pkgs[*]}"
  fi
fi

# Python environment. torch==2.13.0 is installed FIRST and pinned: on these machines it is a local CPU
# build, while an unpinned torch would pull several GB of CUDA wheels.
if [ ! -x "$VENV/bin/python" ]; then
  echo "studio: creating the virtual environment in $VENV"
  "$PY" -m venv "$VENV"
fi
# shellcheck disable=SC1091
. "$VENV/bin/activate"
stamp="$VENV/.w2v-studio-setup-$(cat pyproject.toml | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  echo "studio: installing Python packages (first run takes a few minutes)"
  python -m pip install -q --upgrade pip
  python -c "import torch" 2>/dev/null || python -m pip install -q "torch==2.13.0"
  python -m pip install -q -e ".[all]"
  touch "$stamp"
fi
# Compile the interface translations when a .ts is newer than its .qm (or none was built yet).
stale_qm=0
for ts in resources/i18n/*.ts; do
  [ -e "$ts" ] || continue
  [ "${ts%.ts}.qm" -nt "$ts" ] || stale_qm=1
done
if [ "$stale_qm" = 1 ] && [ -f scripts/build_translations.py ]; then
  python scripts/build_translations.py --quiet || true
fi

case "$mode" in
  test)
    export QT_QPA_PLATFORM=offscreen
    exec python -m pytest "$@"
    ;;
  app)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
      # No screen (a server, a container): start a virtual one so the window still runs.
      export DISPLAY=:${W2V_STUDIO_XVFB_DISPLAY:-77}
      if ! xdpyinfo >/dev/null 2>&1 && command -v Xvfb >/dev/null 2>&1; then
        Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
        sleep 1
        echo "studio: no display found; the window runs on the virtual display $DISPLAY"
      fi
    fi
    exec w2v-studio "$@"
    ;;
  *)
    echo "usage: ./studio.sh [app|test] [args...]" >&2
    exit 2
    ;;
esac
