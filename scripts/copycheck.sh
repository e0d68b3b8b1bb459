#!/usr/bin/env bash
# Own-words check against the source studies, when the shared tools sit beside the repo.
set -euo pipefail
tool="$(dirname "$0")/../../shared/tools/copycheck.py"
if [ -f "$tool" ]; then python3 "$tool" "$(dirname "$0")/.."; else echo "copycheck: ../shared/tools not present here; skipped"; fi
