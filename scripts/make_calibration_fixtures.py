#!/usr/bin/python3
"""Writes tests/fixtures/confidence/*.json: scores, labels and scikit-learn's
calibration outputs that seamkit's native tests compare against.

Run with Debian's interpreter, which carries scikit-learn 1.2.1:
    /usr/bin/python3 scripts/make_calibration_fixtures.py
Deterministic: fixed random_state everywhere; floats are written with repr
precision (Python's shortest round-trip form) so C++ reads the same doubles.
"""
import json
import math
import os
import sys

import numpy as np
import sklearn
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax
from sklearn.calibration import (CalibratedClassifierCV, _sigmoid_calibration,
                                 calibration_curve)
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, log_loss
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

SEED = 0
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                   "fixtures", "confidence")


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def ints(a):
    return [int(v) for v in np.asarray(a).ravel()]


def split3(x, y, calib_size, test_size):
    """train / calibration / test, stratified, fixed seed."""
    x_rest, x_test, y_rest, y_test = train_test_split(
        x, y, test_size=test_size, stratify=y, random_state=SEED)
    x_train, x_cal, y_train, y_cal = train_test_split(
        x_rest, y_rest, test_size=calib_size, stratify=y_rest,
        random_state=SEED)
    return x_train, y_train, x_cal, y_cal, x_test, y_test


def scores_of(clf, x):
    if hasattr(clf, "decision_function"):
        return clf.decision_function(x)
    return clf.predict_proba(x)[:, 1]


def binary_temperature(z, y):
    """T minimising the mean NLL of sigmoid(z / T), by bounded Brent on log T."""
    def nll(log_t):
        u = z / math.exp(log_t)
        return float(np.mean(np.logaddexp(0.0, -u) * y +
                             np.logaddexp(0.0, u) * (1 - y)))
    r = minimize_scalar(nll, bounds=(math.log(1e-3), math.log(1e3)),
                        method="bounded", options={"xatol": 1e-12})
    return math.exp(r.x)


def multiclass_temperature(z, y):
    def nll(log_t):
        lp = log_softmax(z / math.exp(log_t), axis=1)
        return float(-np.mean(lp[np.arange(len(y)), y]))
    r = minimize_scalar(nll, bounds=(math.log(1e-3), math.log(1e3)),
                        method="bounded", options={"xatol": 1e-12})
    return math.exp(r.x)


def probability_metrics(p, y):
    out = {"brier": float(brier_score_loss(y, p)),
           "log_loss": float(log_loss(y, p, labels=[0, 1]))}
    for strategy in ("uniform", "quantile"):
        prob_true, prob_pred = calibration_curve(y, p, n_bins=10,
                                                 strategy=strategy)
        out["calibration_curve_" + strategy] = {
            "n_bins": 10, "prob_true": floats(prob_true),
            "prob_pred": floats(prob_pred)}
    return out


def binary_fixture(name, description, clf, x, y, calib_size, test_size):
    x_tr, y_tr, x_cal, y_cal, x_te, y_te = split3(x, y, calib_size, test_size)
    clf.fit(x_tr, y_tr)
    s_cal, s_te = scores_of(clf, x_cal), scores_of(clf, x_te)
    iso = IsotonicRegression(out_of_bounds="clip").fit(s_cal, y_cal)
    a, b = _sigmoid_calibration(s_cal, y_cal)
    ccv = {}
    for method in ("isotonic", "sigmoid"):
        cal = CalibratedClassifierCV(clf, method=method, cv="prefit")
        cal.fit(x_cal, y_cal)
        ccv[method] = floats(cal.predict_proba(x_te)[:, 1])
    kind = ("decision_function" if hasattr(clf, "decision_function")
            else "probability")
    fx = {
        "name": name, "description": description, "score_kind": kind,
        "fit_scores": floats(s_cal), "fit_labels": ints(y_cal),
        "test_scores": floats(s_te), "test_labels": ints(y_te),
        "isotonic": {"x_thresholds": floats(iso.X_thresholds_),
                     "y_thresholds": floats(iso.y_thresholds_),
                     "test_predictions": floats(iso.predict(s_te))},
        "sigmoid": {"a": float(a), "b": float(b),
                    "test_predictions": floats(1.0 / (1.0 + np.exp(a * s_te + b)))},
        "ccv_isotonic_test_proba": ccv["isotonic"],
        "ccv_sigmoid_test_proba": ccv["sigmoid"],
    }
    if kind == "probability":
        fx["test_metrics"] = probability_metrics(s_te, y_te)
    else:
        fx["temperature"] = binary_temperature(s_cal, y_cal)
    return fx


def multiclass_fixture():
    digits = load_digits()
    x_tr, y_tr, x_cal, y_cal, x_te, y_te = split3(
        digits.data, digits.target, 400, 400)
    # Weak regularisation on unscaled pixels: an over-confident model that
    # temperature scaling visibly improves.
    clf = LogisticRegression(C=10.0, max_iter=5000)
    clf.fit(x_tr, y_tr)
    z_cal, z_te = clf.decision_function(x_cal), clf.decision_function(x_te)
    t = multiclass_temperature(z_cal, y_cal)
    return {
        "name": "digits_lr_multiclass",
        "description": "digits, 10 classes, LogisticRegression(C=10) logits",
        "num_classes": 10,
        "fit_logits": floats(z_cal), "fit_labels": ints(y_cal),
        "test_logits": floats(z_te), "test_labels": ints(y_te),
        "temperature": t,
        "test_log_loss_uncalibrated": float(log_loss(
            y_te, clf.predict_proba(x_te), labels=list(range(10)))),
    }


def main():
    if sklearn.__version__ != "1.2.1":
        print("warning: fixtures were made with scikit-learn 1.2.1, this is "
              + sklearn.__version__, file=sys.stderr)
    cancer = load_breast_cancer()
    digits = load_digits()
    is3 = (digits.target == 3).astype(int)
    fixtures = [
        binary_fixture("breast_cancer_gnb",
                       "breast cancer, GaussianNB predict_proba",
                       GaussianNB(), cancer.data, cancer.target, 0.5, 0.3),
        binary_fixture("digits3_gnb", "digits 'is it a 3', GaussianNB "
                       "predict_proba", GaussianNB(), digits.data, is3, 0.4,
                       0.3),
        binary_fixture("digits3_svc", "digits 'is it a 3', LinearSVC "
                       "decision_function",
                       make_pipeline(StandardScaler(),
                                     LinearSVC(C=0.1, random_state=SEED,
                                               max_iter=20000)),
                       digits.data, is3, 0.4, 0.3),
        multiclass_fixture(),
    ]
    os.makedirs(OUT, exist_ok=True)
    for fx in fixtures:
        fx["generator"] = ("scripts/make_calibration_fixtures.py, scikit-learn "
                           + sklearn.__version__)
        path = os.path.join(OUT, fx["name"] + ".json")
        with open(path, "w") as f:
            json.dump(fx, f, separators=(",", ":"))
            f.write("\n")
        print(path, os.path.getsize(path))


if __name__ == "__main__":
    main()
