"""What your tendon tolerates: every factor's effect on the next morning, with its uncertainty.

The rows (`tolerance_days`: each morning's score above or below its baseline, beside
what was done the day before) are explained by all factors together, in one Bayesian linear
regression:

    outcome = intercept + sum(effect[f] * factor[f]) + noise

- Each effect has a weakly informative prior, normal around 0 with a standard deviation of
  `PRIOR_SD` points (noise-scaled, the conjugate normal-inverse-gamma model), so a factor seen
  three times is pulled towards "no effect" instead of shouting, and factors done on the same
  days share the credit instead of each taking all of it.
- The noise is unknown and estimated with everything else; each effect's posterior is then
  a Student t, and its 80 % interval comes from that (wider with little data).
- A verdict follows the interval, never the point: "likely worse" when the whole interval
  lies above `MATTERS` points, "likely fine" when it lies below it, otherwise "not enough
  data yet", with about how many more days of it would tell.

Correctness is shown by simulation (tests/tolerance, docs/tolerance.md): planted effects
fall inside their intervals about 80 % of the time, and a harmless factor is almost never
called "likely worse".
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from phtcoach.core.tolerance_days import Factor, FactorKind, ToleranceDays

PRIOR_SD = 1.5
"""The prior's spread of an effect, in points of the 0-10 morning test (before any data)."""

INTERCEPT_SD = 5.0
"""The intercept (the mornings after days with none of the factors) is barely constrained."""

NOISE_PRIOR = (2.0, 1.0)
"""Inverse-gamma (shape, scale) for the noise variance: a prior guess of about 1 point."""

LEVEL = 0.80
"""The intervals' coverage."""

MATTERS = 0.25
"""An effect under a quarter point on the 0-10 scale is not worth a warning."""

MAX_RHO = 0.15
"""The most the neighbouring mornings' correlation is allowed to widen the intervals."""


class Verdict(StrEnum):
    LIKELY_WORSE = "likely_worse"
    LIKELY_FINE = "likely_fine"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Effect:
    """One factor's estimated effect on the next morning (points above the baseline)."""

    factor: Factor
    days: int  # mornings it could act on
    effect: float  # posterior mean
    low: float  # the interval's ends (LEVEL)
    high: float
    p_worse: float  # posterior probability that the effect is above MATTERS
    verdict: Verdict
    more_days: int | None  # for UNKNOWN: about how many more days of it would tell
    together: tuple[Factor, ...] = ()
    """Factors always done on the same days as this one: the data cannot tell them apart,
    so they share this one effect (the aero ride that was also the hilly one)."""

    @property
    def factors(self) -> tuple[Factor, ...]:
        return (self.factor, *self.together)


@dataclass(frozen=True, slots=True)
class Dose:
    """An activity's effect under and over its long-day threshold (`core.tolerance_days`)."""

    subject: str
    under: Effect
    over: Effect


@dataclass(frozen=True, slots=True)
class ToleranceModel:
    effects: tuple[Effect, ...]  # most likely to flare first
    doses: tuple[Dose, ...]
    mornings: int  # rows fitted
    noise_sd: float  # the posterior's typical day-to-day scatter, in points

    def effect_of(self, factor: Factor) -> Effect | None:
        return next((e for e in self.effects if e.factor == factor), None)


def t_quantile(p: float, dof: float) -> float:
    """Student t quantile, by the Cornish-Fisher expansion around the normal quantile
    (within 0.01 of the exact value from 3 degrees of freedom up)."""
    z = _normal_quantile(p)
    v = max(dof, 1.0)
    return (
        z
        + (z**3 + z) / (4 * v)
        + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * v**2)
        + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * v**3)
    )


def _normal_quantile(p: float) -> float:
    """Inverse of the standard normal CDF (Acklam's rational approximation, 1e-9)."""
    a = (-39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269,
         -30.6647980661472, 2.50662827745924)  # fmt: skip
    b = (-54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197,
         -13.2806815528857)  # fmt: skip
    c = (-0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373,
         4.37466414146497, 2.93816398269878)  # fmt: skip
    d = (0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742)
    if p < 0.02425:
        q = math.sqrt(-2 * math.log(p))
        num = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
        return num / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    if p > 1 - 0.02425:
        return -_normal_quantile(1 - p)
    q = p - 0.5
    r = q * q
    num = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
    return num / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)


def t_cdf(x: float, dof: float) -> float:
    """Student t CDF through the regularized incomplete beta function (continued fraction)."""
    v = max(dof, 1.0)
    ib = _betainc(v / 2, 0.5, v / (v + x * x))
    return 1 - 0.5 * ib if x >= 0 else 0.5 * ib


def _betainc(a: float, b: float, x: float) -> float:
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x > (a + 1) / (a + b + 2):
        return 1 - _betainc(b, a, 1 - x)
    # Lentz's continued fraction
    tiny = 1e-300
    f, c, d = 1.0, 1.0, 0.0
    for i in range(200):
        m = i // 2
        if i == 0:
            num = 1.0
        elif i % 2 == 0:
            num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        else:
            num = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        d = 1 + num * d
        d = tiny if abs(d) < tiny else d
        d = 1 / d
        c = 1 + num / c
        c = tiny if abs(c) < tiny else c
        f *= c * d
        if abs(1 - c * d) < 1e-12:
            break
    return front * (f - 1) / a


Matrix = list[list[float]]


@dataclass(frozen=True, slots=True)
class _Posterior:
    mean: list[float]
    cov: Matrix  # of the t marginals (scale matrix times the noise estimate)
    dof: float


def _cholesky_inverse(a: Matrix) -> Matrix:
    """The inverse of a symmetric positive-definite matrix (the posterior precision: the
    prior's diagonal makes it so), through its Cholesky factor. The model has a few dozen
    factors at most, so plain Python is fast enough and core stays free of numpy."""
    k = len(a)
    low = [[0.0] * k for _ in range(k)]
    for i in range(k):
        for j in range(i + 1):
            s = a[i][j] - sum(low[i][m] * low[j][m] for m in range(j))
            low[i][j] = math.sqrt(max(s, 1e-300)) if i == j else s / low[j][j]
    inv_low = [[0.0] * k for _ in range(k)]  # inverse of the lower factor
    for i in range(k):
        inv_low[i][i] = 1.0 / low[i][i]
        for j in range(i):
            inv_low[i][j] = -sum(low[i][m] * inv_low[m][j] for m in range(j, i)) / low[i][i]
    return [
        [sum(inv_low[m][i] * inv_low[m][j] for m in range(max(i, j), k)) for j in range(k)]
        for i in range(k)
    ]


def _fit(rows: list[dict[int, float]], y: list[float], prior_var: list[float]) -> _Posterior:
    """Conjugate normal-inverse-gamma posterior of y = x b + e, b ~ N(0, s2 diag(prior_var)).

    `rows` holds each row's non-zero columns (a day has a handful of factors), so x'x is
    accumulated sparsely."""
    a0, b0 = NOISE_PRIOR
    k = len(prior_var)
    precision = [[0.0] * k for _ in range(k)]
    for j in range(k):
        precision[j][j] = 1.0 / prior_var[j]
    xty = [0.0] * k
    for row, yi in zip(rows, y, strict=True):
        items = list(row.items())
        for i, vi in items:
            xty[i] += vi * yi
            for j, vj in items:
                precision[i][j] += vi * vj
    scale = _cholesky_inverse(precision)
    mean = [sum(scale[i][j] * xty[j] for j in range(k)) for i in range(k)]
    quad = sum(mean[i] * precision[i][j] * mean[j] for i in range(k) for j in range(k))
    an = a0 + len(y) / 2
    bn = max(b0 + 0.5 * (sum(v * v for v in y) - quad), 1e-9)
    cov = [[v * (bn / an) for v in r] for r in scale]
    return _Posterior(mean, cov, 2 * an)


def _predict(row: dict[int, float], mean: list[float]) -> float:
    return sum(mean[j] * v for j, v in row.items())


def _inflated(post: _Posterior, residuals: list[float]) -> _Posterior:
    """Widen the intervals for mornings that are not independent: one baseline serves a week
    of mornings, so neighbouring residuals are correlated (lag-1 correlation rho), and n
    such mornings carry the information of n (1 - rho) / (1 + rho) independent ones."""
    if len(residuals) < 8:
        return post
    mu = sum(residuals) / len(residuals)
    r = [v - mu for v in residuals]
    denom = sum(v * v for v in r)
    rho = sum(a * b for a, b in itertools.pairwise(r)) / denom if denom > 0 else 0.0
    rho = min(max(rho, 0.0), MAX_RHO)
    widen = (1 + rho) / (1 - rho)
    return _Posterior(post.mean, [[v * widen for v in r] for r in post.cov], post.dof)


def fit(days: ToleranceDays, *, prior_sd: float = PRIOR_SD) -> ToleranceModel:
    """Every factor's effect with its interval and verdict, most likely to flare first."""
    n = len(days.rows)
    if n == 0 or not days.done:
        return ToleranceModel((), (), n, 0.0)
    groups = _same_days(days)
    factors = [g[0] for g in groups]
    together = {g[0]: g[1:] for g in groups}
    col = {f: j + 1 for j, f in enumerate(factors)}
    rows: list[dict[int, float]] = []
    y: list[float] = []
    for row in days.rows:
        x = {0: 1.0}
        for f, v in row.factors.items():
            if f in col and v:
                x[col[f]] = v
        rows.append(x)
        y.append(row.outcome)
    prior_var = [INTERCEPT_SD**2] + [prior_sd**2] * len(factors)
    post = _fit(rows, y, prior_var)
    residuals = [yi - _predict(x, post.mean) for x, yi in zip(rows, y, strict=True)]
    post = _inflated(post, residuals)
    t = t_quantile(0.5 + LEVEL / 2, post.dof)
    mean, cov = post.mean, post.cov
    effects = [
        replace(
            _effect(f, days.done[f], mean[col[f]], cov[col[f]][col[f]], post.dof, t),
            together=together[f],
        )
        for f in factors
    ]
    effects.sort(key=lambda e: (-e.p_worse, -e.effect, e.factor.key))
    doses = []
    for f in factors:
        if f.kind is not FactorKind.LONG:
            continue
        base = Factor(FactorKind.ACTIVITY, f.subject)
        if base not in col:
            continue
        i, j = col[base], col[f]
        var = cov[i][i] + cov[j][j] + 2 * cov[i][j]
        over = _effect(f, days.done[f], mean[i] + mean[j], var, post.dof, t)
        under_days = days.done[base] - days.done[f]
        under = _effect(base, under_days, mean[i], cov[i][i], post.dof, t)
        doses.append(Dose(f.subject, under, over))
    noise = math.sqrt(sum(v * v for v in residuals) / n)
    return ToleranceModel(tuple(effects), tuple(doses), n, noise)


def _same_days(days: ToleranceDays) -> list[tuple[Factor, ...]]:
    """The factors grouped by identical columns (always done together), each group led by
    its first factor in key order; groups in key order."""
    by_column: dict[tuple[float, ...], list[Factor]] = {}
    for f in sorted(days.done, key=lambda f: f.key):
        column = tuple(row.factors.get(f, 0.0) for row in days.rows)
        by_column.setdefault(column, []).append(f)
    return [tuple(g) for g in by_column.values()]


def _effect(factor: Factor, days: int, mean: float, var: float, dof: float, t: float) -> Effect:
    sd = math.sqrt(max(var, 0.0))
    low, high = mean - t * sd, mean + t * sd
    p_worse = 1 - t_cdf((MATTERS - mean) / sd, dof) if sd > 0 else float(mean > MATTERS)
    if low > MATTERS:
        verdict, more = Verdict.LIKELY_WORSE, None
    elif high < MATTERS:
        verdict, more = Verdict.LIKELY_FINE, None
    else:
        verdict, more = Verdict.UNKNOWN, _more_days(days, mean, sd, t)
    return Effect(factor, days, mean, low, high, p_worse, verdict, more)


def _more_days(days: int, mean: float, sd: float, t: float) -> int:
    """About how many more days of a factor would make its interval clear MATTERS, if the
    effect stays where it is now (the interval narrows as one over the root of the days)."""
    gap = max(abs(mean - MATTERS), MATTERS)
    needed = max(1, days) * (t * sd / gap) ** 2
    return max(1, math.ceil(needed - days))


def ranked(model: ToleranceModel, kinds: Sequence[FactorKind] | None = None) -> list[Effect]:
    """The effects of these kinds (all by default), most likely to flare first."""
    return [e for e in model.effects if kinds is None or e.factor.kind in kinds]
