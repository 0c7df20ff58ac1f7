#!/usr/bin/python3
"""Times scikit-learn's calibration fits on 1,000,000 synthetic scores, the
reference for seamkit's wasm timings. Prints one JSON line.

    /usr/bin/python3 scripts/bench_sklearn_calibration.py [--n N] [--repeats R]
        [--dump FILE]

--dump writes the scores (float64) then the labels (uint8), little-endian,
so that bench/confidence.mjs fits seamkit on exactly the same data.

Scores are 3x a standard-normal-times-2 true logit, labels Bernoulli of the
true probability (numpy default_rng, seed 0). Each fit is timed R times
(default 3) with time.perf_counter and the median is reported in seconds.
"""
import argparse
import json
import math
import platform
import statistics
import time

import numpy as np
import scipy
import sklearn
from scipy.optimize import minimize_scalar
from sklearn.calibration import _sigmoid_calibration
from sklearn.isotonic import IsotonicRegression


def synthetic(n, seed=0):
    rng = np.random.default_rng(seed)
    logit = rng.normal(0.0, 2.0, n)
    labels = (rng.random(n) < 1.0 / (1.0 + np.exp(-logit))).astype(np.int64)
    return 3.0 * logit, labels


def fit_temperature(z, y):
    """Binary temperature scaling: argmin over T of the mean sigmoid NLL."""
    def nll(log_t):
        u = z / math.exp(log_t)
        return float(np.mean(np.logaddexp(0.0, -u) * y +
                             np.logaddexp(0.0, u) * (1 - y)))
    r = minimize_scalar(nll, bounds=(math.log(1e-4), math.log(1e4)),
                        method="bounded", options={"xatol": 1e-10})
    return math.exp(r.x)


def median_time(fn, repeats):
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--dump", default=None)
    args = ap.parse_args()
    z, y = synthetic(args.n)
    if args.dump:
        with open(args.dump, "wb") as f:
            f.write(z.astype("<f8").tobytes())
            f.write(y.astype("u1").tobytes())
    iso_s, iso = median_time(
        lambda: IsotonicRegression(out_of_bounds="clip").fit(z, y),
        args.repeats)
    platt_s, (a, b) = median_time(lambda: _sigmoid_calibration(z, y),
                                  args.repeats)
    temp_s, t = median_time(lambda: fit_temperature(z, y), args.repeats)
    print(json.dumps({
        "bench": "sklearn_calibration", "n": args.n, "repeats": args.repeats,
        "statistic": "median_seconds",
        "isotonic_fit_s": round(iso_s, 4),
        "isotonic_thresholds": int(len(iso.X_thresholds_)),
        "platt_fit_s": round(platt_s, 4), "platt_a": a, "platt_b": b,
        "temperature_fit_s": round(temp_s, 4), "temperature": t,
        "sklearn": sklearn.__version__, "numpy": np.__version__,
        "scipy": scipy.__version__, "python": platform.python_version(),
        "machine": platform.machine(),
    }))


if __name__ == "__main__":
    main()
