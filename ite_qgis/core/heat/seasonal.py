"""Seasonal matching of heat supply and demand, month by month or hour by hour.

An industrial source gives about the same heat all year; a town needs most of its heat in
winter. Annual totals overstate what a source can deliver, so supply and demand are matched
period by period:

* usable heat = the sum over the periods of ``min(supply, demand)``;
* share of the source used = usable heat / the source's heat of the year;
* share of the demand covered = usable heat / the demand of the year;
* peak backup capacity = the highest, over the periods, of the demand's peak power minus the
  source's power in that period (never below 0).

A :class:`Profile` gives, per period, the share of the year's quantity (the shares sum to 1),
the hours of the period, and the peak power per MWh/yr of the period (1/h). Periods are the
12 months of a 365-day year or its 8,760 hours. Profiles come from heating degree days
(:func:`degree_day_profile`, the shipped climates of ``resources/heat_profiles``), from user
values (:func:`profile_from_values`, :func:`read_profile_csv`: 12 monthly or 8,760 hourly
values), or are flat (:func:`flat_profile`: a source that runs its declared hours spread evenly
over the year; its power in a period is its mean power).

:func:`match_seasonal` matches pairs (source i, sink j), given as index arrays. When all
sources share one profile and all sinks share one, the usable heat of a pair is an exact
piecewise-linear function of the ratio of their yearly quantities, tabulated once
(``b * f(a / b)``, ``f(r) = sum_p min(r s_p, d_p)``): millions of pairs cost one
``searchsorted``. Otherwise, per-row profiles are matched chunk by chunk of pairs, so memory
stays bounded (``chunk_values`` values at a time).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ... import assets
from ..common.i18n import translate
from ..common.units import HOURS_PER_YEAR, parse_number_series
from ..reference.defaults import HOT_WATER_SHARE, SEASONAL_CLIMATE

DAYS_IN_MONTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=float)
MONTH_HOURS = DAYS_IN_MONTH * 24.0
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
HOURS = int(HOURS_PER_YEAR)
# Base temperature of the Eurostat heating degree days (°C).
HDD_BASE_C = 18.0
# Values handled at once (pairs x periods) when profiles differ per row: 16 M float64 = 128 MB
# per temporary array.
CHUNK_VALUES = 16_000_000


@dataclass(frozen=True)
class Profile:
    """Shares of a yearly quantity per period (``shares``: (P,) or (n, P), each row summing to
    1), the hours of each period (``hours``: (P,)) and the peak power per MWh/yr in each
    period (``peak``: same shape as ``shares``, in 1/h)."""

    shares: np.ndarray
    hours: np.ndarray
    peak: np.ndarray

    @property
    def periods(self) -> int:
        return int(self.hours.size)

    @property
    def shared(self) -> bool:
        """One profile for every row."""
        return self.shares.ndim == 1

    def hourly(self) -> Profile:
        """The same profile over 8,760 hours (a monthly share spread evenly in its month)."""
        if self.periods == HOURS:
            return self
        month_of_hour = np.repeat(np.arange(12), MONTH_HOURS.astype(int))
        shares = (self.shares / self.hours)[..., month_of_hour]
        return Profile(shares, np.ones(HOURS), self.peak[..., month_of_hour])


@dataclass
class SeasonalMatch:
    """Per pair: usable heat (MWh/yr), shares of the source used and of the demand covered,
    peak backup capacity (MW), the demand's peak (MW) and the source's surplus (MWh/yr)."""

    usable_mwh_yr: np.ndarray
    source_used_share: np.ndarray
    demand_covered_share: np.ndarray
    backup_peak_mw: np.ndarray
    demand_peak_mw: np.ndarray
    surplus_mwh_yr: np.ndarray


@dataclass(frozen=True)
class Climate:
    key: str
    name: str
    hdd: np.ndarray  # (12,) °C·day
    design_temperature_c: float


@lru_cache(maxsize=1)
def climates() -> dict[str, Climate]:
    """The shipped reference climates (resources/heat_profiles/hdd_monthly.csv), by key."""
    path = assets.heat_profiles_dir() / "hdd_monthly.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {
        row["climate"]: Climate(
            row["climate"], row["name"], np.array([float(row[m]) for m in MONTHS]),
            float(row["design_temperature_c"]))
        for row in rows
    }


def flat_profile(periods: int = 12) -> Profile:
    """A steady quantity: each period's share is its share of the year's hours."""
    hours = MONTH_HOURS if periods == 12 else np.ones(HOURS)
    shares = hours / HOURS_PER_YEAR
    return Profile(shares, hours, shares / hours)


def degree_day_profile(climate: str | Climate = SEASONAL_CLIMATE,
                       hot_water_share: float = HOT_WATER_SHARE) -> Profile:
    """Monthly heat demand of a town: space heating by heating degree days, hot water flat.

    Peak: the degree-day load at the climate's design temperature, ``(1 - hw) * (18 - Td) /
    (24 * HDD)`` per MWh/yr, plus the hot water's mean power; each month's peak is its mean
    power times the ratio of that peak to the coldest month's mean power."""
    if not isinstance(climate, Climate):
        known = climates()
        if climate not in known:
            raise ValueError(translate(
                "seasonal", "Unknown climate {key}: choose one of {keys}.").format(
                key=climate, keys=", ".join(known)))
        climate = known[climate]
    if not (0.0 <= hot_water_share <= 1.0):
        raise ValueError(translate(
            "seasonal", "The hot-water share must be between 0 and 1, not {share}.").format(
            share=hot_water_share))
    hdd_year = float(climate.hdd.sum())
    space = climate.hdd / hdd_year
    shares = (1.0 - hot_water_share) * space + hot_water_share * MONTH_HOURS / HOURS_PER_YEAR
    mean_power = shares / MONTH_HOURS
    design_peak = ((1.0 - hot_water_share) * (HDD_BASE_C - climate.design_temperature_c)
                   / (24.0 * hdd_year) + hot_water_share / HOURS_PER_YEAR)
    peak = mean_power * max(design_peak / mean_power.max(), 1.0)
    return Profile(shares, MONTH_HOURS.copy(), peak)


def profile_from_values(values) -> Profile:
    """A profile from 12 monthly or 8,760 hourly values of any unit (only their shape counts);
    one row, or a 2D array with one profile per row. The peak of an hourly profile is its
    highest hour; that of a monthly profile its highest monthly mean power (a lower bound of
    the true peak, since the hours within a month are unknown)."""
    values = np.asarray(values)
    if values.dtype != np.float32:  # float32 kept: 10,000 hourly rows take half the memory
        values = values.astype(float)
    periods = values.shape[-1] if values.ndim else 0
    if values.ndim not in (1, 2) or periods not in (12, HOURS):
        raise ValueError(translate(
            "seasonal", "A profile needs 12 monthly or 8760 hourly values, not {n}.").format(
            n=periods))
    if not np.isfinite(values).all() or (values < 0).any():
        raise ValueError(translate(
            "seasonal", "A profile's values must be numbers of 0 or more."))
    total = values.sum(axis=-1, keepdims=True)
    if (total <= 0).any():
        raise ValueError(translate("seasonal", "A profile's values are all 0."))
    shares = values / total
    if periods == 12:
        return Profile(shares, MONTH_HOURS.copy(), shares / MONTH_HOURS)
    return Profile(shares, np.ones(HOURS), shares)  # an hour's peak is its mean


def read_profile_csv(path: str | Path) -> Profile:
    """A profile from a CSV file: its last column holds 12 monthly or 8,760 hourly values, one
    per row, after an optional header row. Separator: semicolon, tab or comma (a decimal comma
    needs a semicolon or tab separator)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(translate(
            "seasonal", "The profile file {path} cannot be read: {error}").format(
            path=path, error=error)) from None
    lines = [line for line in text.splitlines() if line.strip()]
    # Separator: a semicolon or a tab when there is one (then a comma is a decimal mark),
    # else a comma; a single column needs none.
    delimiter = next((d for d in (";", "\t", ",") if d in text), ";")
    rows = list(csv.reader(lines, delimiter=delimiter))
    column = pd.Series([row[-1].strip() if row else "" for row in rows], dtype=object)
    numbers, bad = parse_number_series(column.reset_index(drop=True))
    if len(numbers) and (bad.iloc[0] or np.isnan(numbers.iloc[0])):
        numbers, bad = numbers.iloc[1:], bad.iloc[1:]  # a header row
    if bad.any() or numbers.isna().any():
        raise ValueError(translate(
            "seasonal", "The profile file {path} has cells that are not numbers in its last "
                        "column.").format(path=path))
    return profile_from_values(numbers.to_numpy())


def _same_periods(supply: Profile, demand: Profile) -> tuple[Profile, Profile]:
    if supply.periods == demand.periods:
        return supply, demand
    return supply.hourly(), demand.hourly()


def _shared_usable(supply: Profile, demand: Profile, a: np.ndarray, b: np.ndarray):
    """Usable heat of pairs with one supply shape and one demand shape: ``b * f(a / b)``."""
    s, d = supply.shares, demand.shares
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(s > 0, d / s, np.inf)
    order = np.argsort(t, kind="stable")
    t_sorted = t[order]
    cum_d = np.r_[0.0, np.cumsum(d[order])]
    cum_s = np.r_[0.0, np.cumsum(s[order])]
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(b > 0, a / b, 0.0)
    k = np.searchsorted(t_sorted, r, side="right")
    return b * (cum_d[k] + r * (cum_s[-1] - cum_s[k]))


def _front(supply_power: np.ndarray, demand_peak: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The periods that can hold the maximum of ``b * peak_p - a * power_p`` for a, b >= 0:
    no other period has a lower supply power and a higher demand peak."""
    order = np.lexsort((-demand_peak, supply_power))
    running = np.maximum.accumulate(demand_peak[order])
    keep = np.r_[True, demand_peak[order][1:] > running[:-1]]
    return supply_power[order][keep], demand_peak[order][keep]


def _pair_rows(shares: np.ndarray, index: np.ndarray) -> np.ndarray:
    return shares if shares.ndim == 1 else shares[index]


def match_seasonal(supply_mwh_yr, supply: Profile, demand_mwh_yr, demand: Profile,
                   source_index=None, sink_index=None,
                   chunk_values: int = CHUNK_VALUES) -> SeasonalMatch:
    """Match the pairs (``source_index[k]``, ``sink_index[k]``) period by period.

    ``supply_mwh_yr``: heat of each source in the year; ``demand_mwh_yr``: demand of each sink.
    Without indices, row k of the sources is paired with row k of the sinks. Profiles are
    shared (1D) or one per source / sink (2D, row order of the yearly arrays); a monthly and
    an hourly profile are matched hour by hour."""
    a_all = np.nan_to_num(np.asarray(supply_mwh_yr, dtype=float))
    b_all = np.nan_to_num(np.asarray(demand_mwh_yr, dtype=float))
    if source_index is None:
        source_index = np.arange(a_all.size)
        sink_index = np.arange(b_all.size)
    src = np.asarray(source_index, dtype=np.int64)
    snk = np.asarray(sink_index, dtype=np.int64)
    supply, demand = _same_periods(supply, demand)
    a, b = a_all[src], b_all[snk]
    if supply.shared and demand.shared:
        usable = _shared_usable(supply, demand, a, b)
        power, peak = _front(supply.shares / supply.hours, demand.peak)
        backup, demand_peak = _chunked_backup(a, b, power, peak, float(demand.peak.max()),
                                              chunk_values)
    else:
        usable, backup, demand_peak = _rows_match(supply, demand, src, snk, a, b,
                                                  chunk_values)
    usable = np.minimum(usable, np.minimum(a, b))  # rounding never makes more than either
    with np.errstate(divide="ignore", invalid="ignore"):
        used = np.where(a > 0, usable / a, np.nan)
        covered = np.where(b > 0, usable / b, np.nan)
    return SeasonalMatch(usable, used, covered, backup, demand_peak, a - usable)


def _chunked_backup(a, b, power, peak, peak_max, chunk_values):
    backup = np.empty(a.size)
    step = max(1, chunk_values // max(power.size, 1))
    for start in range(0, a.size, step):
        part = slice(start, start + step)
        gap = b[part, None] * peak[None, :] - a[part, None] * power[None, :]
        backup[part] = np.maximum(gap.max(axis=1), 0.0)
    return backup, b * peak_max


def _rows_match(supply: Profile, demand: Profile, src, snk, a, b, chunk_values):
    """Usable heat, backup and demand peak of pairs whose profiles differ per row."""
    usable = np.empty(a.size)
    backup = np.empty(a.size)
    demand_peak = np.empty(a.size)
    step = max(1, chunk_values // supply.periods)
    hours = supply.hours
    for start in range(0, a.size, step):
        part = slice(start, start + step)
        supplied = a[part, None] * _pair_rows(supply.shares, src[part])
        demanded = b[part, None] * _pair_rows(demand.shares, snk[part])
        usable[part] = np.minimum(supplied, demanded).sum(axis=1)
        if demand.peak is not demand.shares:
            demanded = b[part, None] * _pair_rows(demand.peak, snk[part])
        # The demand's peak power minus the supply's power, period by period.
        supplied /= hours
        demand_peak[part] = demanded.max(axis=1)
        demanded -= supplied
        backup[part] = np.maximum(demanded.max(axis=1), 0.0)
    return usable, backup, demand_peak
