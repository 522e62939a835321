"""What quotex sets on each Dask worker it runs on (imported only for ``--scheduler``).

Two of a Dask worker's defaults cost quotex about a quarter of its speed (measured on
PolNeAR train, task CPU time on the worker against the same partition in a plain process):

- the nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``, so glibc hands freed memory
  back to the system at every chance, and (any fixed threshold does this) stops raising its
  mmap threshold as it sees large blocks freed: every array over 128 KiB is then mapped and
  unmapped afresh, page faults and all, and spaCy makes such arrays batch after batch;
- a statistical profiler samples every thread's stack 100 times a second for the dashboard.

The plugin sets both thresholds to what glibc reaches on its own (``mallopt``, glibc only),
stops the profiler and holds BLAS to the threads Dask asks for (``limit_blas_threads``: a
worker forked from a server that had loaded numpy gets ``OMP_NUM_THREADS=1`` too late for
BLAS to read it), on every worker, those that join later included, however the cluster was
started.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any

from distributed import WorkerPlugin

from quotex.speedups import limit_blas_threads

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameter numbers
# the ceilings of glibc's own adaptive thresholds on 64-bit systems: what an untuned process reaches
MMAP_THRESHOLD_BYTES = 32 << 20
TRIM_THRESHOLD_BYTES = 2 * MMAP_THRESHOLD_BYTES


def raise_malloc_thresholds() -> bool:
    """Have glibc reuse freed memory as an untuned process would; False where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(
            libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES)
        )
    except (OSError, AttributeError):  # musl has no mallopt
        return False


class QuotexWorkerSetup(WorkerPlugin):
    name = "quotex-worker-setup"

    def setup(self, worker: Any) -> None:
        raise_malloc_thresholds()
        limit_blas_threads(1)
        profiler = getattr(worker, "periodic_callbacks", {}).get("profile")
        if profiler is not None:
            profiler.stop()
