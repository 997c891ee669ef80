"""Dates and times in Arabic news, resolved against the publication date when it is known.

Calendar words (both month-name traditions, weekdays, relative phrases, times of day) come from
``rasd/data/text/dates.yaml``. Kinds and values::

    15 نوفمبر 2024 / 26 آذار/مارس      date      "2024-11-15"  (year from ``published`` when absent)
    نوفمبر 2024 / أغسطس الماضي          month     "2024-11"
    يوم الأربعاء                        weekday   that weekday in the week around publication (4 days
                                                  before to 2 after; after it with المقبل, before with الماضي)
    عام 2016 / في 2012                 year      "2016"
    العام الماضي / أمس / الشهر المقبل   relative  "2023" / "2024-07-22" / "2024-08"
    الساعة 3 مساءً / العاشرة صباحا      time      "15:00" / "10:00"

Without ``published``, values that need it are None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from rasd.text.numbers import parse_digits
from rasd.text.patterns import phrase_regex, word_key

__all__ = ["DateSpan", "find_dates"]


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    text: str
    kind: str  # date, year, month, weekday, time, relative
    value: str | None
    year: int | None


@dataclass(frozen=True)
class _Tables:
    regex: re.Pattern[str]
    trigger: re.Pattern[str]
    months: dict[str, int]
    need_context: frozenset[str]
    weekdays: dict[str, int]
    weekday_need_context: frozenset[str]
    direction: dict[str, int]
    relative: dict[str, tuple[str, int]]
    dayparts: dict[str, tuple[int, int]]
    hours: dict[str, int]
    minutes: dict[str, int]
    weekday_window: tuple[int, int]


_D = "[0-9٠-٩]"
_NO_DIGIT_BEFORE = r"(?<![0-9٠-٩.,،/])"
_YEAR = "[12١٢]" + _D + "{3}(?!" + _D + ")"
_NOT_YEAR_AFTER = re.compile(r"\s*(?:[%٪]|[وبل]?(?:دولار|جنيه|دينار|درهم|ريال|يورو|ألف|الف|مليون|مليار))")


def _grp(forms: list[str]) -> str:
    return "(?:" + phrase_regex(forms) + ")"


@cache
def _tables() -> _Tables:
    data: Any = yaml.safe_load(
        resources.files("rasd.data").joinpath("text/dates.yaml").read_text(encoding="utf-8")
    )
    months = {word_key(w): int(m) for m, ws in data["months"].items() for w in ws}
    weekdays = {word_key(w): int(d) for d, ws in data["weekdays"].items() for w in ws}
    direction = {word_key(w): -1 for w in data["past"]} | {word_key(w): 1 for w in data["future"]}
    direction |= {word_key(w): 0 for w in data["current"]}
    relative = {
        word_key(w): (unit, int(off))
        for unit, table in data["relative"].items()
        for off, ws in table.items()
        for w in ws
    }
    dayparts = {word_key(w): (int(e["pm"][0]), int(e["pm"][1])) for e in data["dayparts"] for w in e["words"]}
    hours = {word_key(w): int(h) for h, ws in data["hours"].items() for w in ws}
    minutes = {word_key(w): int(m) for m, ws in data["minutes"].items() for w in ws}

    month = _grp(list(months))
    month_pair = r"(?:\s*/\s*" + month + r"|\s*\(\s*" + month + r"\s*\))"
    rel_dir = _grp(list(direction))
    daypart = _grp(list(dayparts))
    alts = [
        # 26/11/2020, 2020-11-26
        rf"{_NO_DIGIT_BEFORE}(?P<n_d>{_D}{{1,2}})[/.\-](?P<n_m>{_D}{{1,2}})[/.\-](?P<n_y>{_YEAR})",
        rf"{_NO_DIGIT_BEFORE}(?P<i_y>[12]{_D}{{3}})-(?P<i_m>{_D}{{2}})-(?P<i_d>{_D}{{2}})(?!{_D})",
        # 15 نوفمبر 2024, فاتح يوليو, 20 كانون الثاني/يناير
        rf"(?:(?P<f_first>{_grp(data['first_day'])})|{_NO_DIGIT_BEFORE}(?P<f_d>{_D}{{1,2}})(?!{_D}))\s*(?:من\s+)?"
        rf"(?P<f_m>{month}){month_pair}?(?:\s*،?\s*(?:(?:عام|سنة)\s+)?(?P<f_y>{_YEAR}))?",
        # نوفمبر 2024
        rf"(?P<my_m>{month}){month_pair}?\s*،?\s*(?:من\s+)?(?:(?:عام|سنة)\s+)?(?P<my_y>{_YEAR})",
        # الساعة 3 مساءً, 3:30 عصرا
        rf"(?:(?P<t_lead>{_grp(data['time_lead'])})\s+)?{_NO_DIGIT_BEFORE}(?P<t_h>{_D}{{1,2}})"
        rf"(?:[:.](?P<t_mm>{_D}{{2}}))?(?!{_D})(?:\s*(?P<t_dp>{daypart}))?",
        # الساعة العاشرة صباحا
        rf"(?:(?P<tw_lead>{_grp(data['time_lead'])})\s+)?(?P<tw_h>{_grp(list(hours))})"
        rf"(?:\s+(?P<tw_min>{_grp(list(minutes))}))?(?:\s+(?P<tw_dp>{daypart}))?",
        # يوم الأربعاء, مساء الثلاثاء, الأحد الماضي
        rf"(?:(?P<w_lead>{_grp(data['weekday_lead'])})\s+)?(?P<w_d>{_grp(list(weekdays))})(?:\s+(?P<w_rel>{rel_dir}))?",
        # عام 2016, في 2012
        rf"(?:(?P<y_noun>{_grp(data['year_nouns'])})|(?P<y_lead>{_grp(data['year_lead'])}))\s+(?P<y_y>{_YEAR})",
        rf"(?P<r>{_grp(list(relative))})",
        # نوفمبر, أغسطس الماضي, آذار/مارس
        rf"(?P<mo>{month})(?P<mo2>{month_pair})?(?:\s+(?P<mo_rel>{rel_dir}))?",
    ]
    regex = re.compile(r"(?<![^\W\d_])(?:[وفبلك]ـ?)?(?P<body>" + "|".join(alts) + r")(?![^\W\d_])")
    # Words a date expression can start with: scanning for these first is much cheaper than
    # trying every alternative of the full pattern at every word.
    starters = [*months, *weekdays, *relative, *hours]
    for name in ("weekday_lead", "year_nouns", "year_lead", "time_lead", "first_day"):
        starters += data[name]
    first_words = sorted({word_key(w).split()[0] for w in starters})
    trigger = re.compile(r"[0-9٠-٩]|(?<![^\W\d_])(?:[وفبلك]ـ?)?" + _grp(first_words) + r"(?![^\W\d_])")
    return _Tables(
        regex,
        trigger,
        months,
        frozenset(word_key(w) for w in data["months_need_context"]),
        weekdays,
        frozenset(word_key(w) for w in data["weekdays_need_context"]),
        direction,
        relative,
        dayparts,
        hours,
        minutes,
        (int(data["weekday_window"][0]), int(data["weekday_window"][1])),
    )


def _int(s: str) -> int:
    value = parse_digits(s)
    return int(value) if value is not None else -1


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_key(t: _Tables, s: str) -> int:
    return t.months[word_key(s)]


def _clock(hour: int, minute: int, daypart: str | None, t: _Tables) -> str | None:
    if daypart:
        lo, hi = t.dayparts[word_key(daypart)]
        if lo <= hour <= hi and hour < 12:
            hour += 12
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return f"{hour:02d}:{minute:02d}"


def _span(
    m: re.Match[str], text: str, kind: str, value: str | None, year: int | None, start: int | None = None
) -> DateSpan:
    s = m.start("body") if start is None else start
    return DateSpan(s, m.end("body"), text[s : m.end("body")], kind, value, year)


def _resolve(m: re.Match[str], text: str, t: _Tables, p: dt.date | None) -> DateSpan | None:
    g = m.group
    if g("n_d") or g("i_y"):
        day, month, year = (
            (_int(g("n_d")), _int(g("n_m")), _int(g("n_y")))
            if g("n_d")
            else (_int(g("i_d")), _int(g("i_m")), _int(g("i_y")))
        )
        value = _iso(year, month, day)
        return _span(m, text, "date", value, year) if value else None
    if g("f_m"):
        day = 1 if g("f_first") else _int(g("f_d"))
        month = _month_key(t, g("f_m"))
        f_year = _int(g("f_y")) if g("f_y") else (p.year if p else None)
        if not 1 <= day <= 31:
            return None
        return _span(m, text, "date", _iso(f_year, month, day), f_year)
    if g("my_m"):
        month, year = _month_key(t, g("my_m")), _int(g("my_y"))
        return _span(m, text, "month", f"{year:04d}-{month:02d}", year)
    if g("t_h") is not None:
        if not (g("t_lead") or g("t_dp")):
            return None
        clock = _clock(_int(g("t_h")), _int(g("t_mm")) if g("t_mm") else 0, g("t_dp"), t)
        return _span(m, text, "time", clock, None) if clock else None
    if g("tw_h"):
        if not (g("tw_lead") or g("tw_dp")):
            return None
        minute = t.minutes[word_key(g("tw_min"))] if g("tw_min") else 0
        clock = _clock(t.hours[word_key(g("tw_h"))], minute, g("tw_dp"), t)
        return _span(m, text, "time", clock, None) if clock else None
    if g("w_d"):
        key = word_key(g("w_d"))
        if key in t.weekday_need_context and not (g("w_lead") or g("w_rel")):
            return None
        wd = t.weekdays[key]
        w_value: str | None = None
        w_year: int | None = None
        if p:
            direction = t.direction[word_key(g("w_rel"))] if g("w_rel") else None
            if direction == 1:
                when = p + dt.timedelta(days=(wd - p.weekday()) % 7 or 7)
            elif direction == -1:
                when = p - dt.timedelta(days=(p.weekday() - wd) % 7 or 7)
            else:
                first = t.weekday_window[0]
                when = p + dt.timedelta(days=first + (wd - p.weekday() - first) % 7)
            w_value, w_year = when.isoformat(), when.year
        start = m.start("w_d") if g("w_lead") and word_key(g("w_lead")) != "يوم" else None
        return _span(m, text, "weekday", w_value, w_year, start)
    if g("y_y"):
        year = _int(g("y_y"))
        if not 1800 <= year <= 2100 or _NOT_YEAR_AFTER.match(text, m.end("body")):
            return None
        start = m.start("y_y") if g("y_lead") else None
        return _span(m, text, "year", str(year), year, start)
    if g("r"):
        unit, off = t.relative[word_key(g("r"))]
        if p is None:
            return _span(m, text, "relative", None, None)
        if unit == "year":
            return _span(m, text, "relative", str(p.year + off), p.year + off)
        if unit == "month":
            index = p.year * 12 + p.month - 1 + off
            return _span(m, text, "relative", f"{index // 12:04d}-{index % 12 + 1:02d}", index // 12)
        when = p + dt.timedelta(days=off)
        return _span(m, text, "relative", when.isoformat(), when.year)
    if g("mo"):
        key = word_key(g("mo"))
        if key in t.need_context and not (g("mo2") or g("mo_rel")):
            return None
        month = t.months[key]
        if p is None:
            return _span(m, text, "month", None, None)
        direction = t.direction[word_key(g("mo_rel"))] if g("mo_rel") else 0
        year = p.year
        if direction == -1 and month >= p.month:
            year -= 1
        elif direction == 1 and month <= p.month:
            year += 1
        return _span(m, text, "month", f"{year:04d}-{month:02d}", year)
    return None


def find_dates(text: str, published: dt.date | None = None) -> list[DateSpan]:
    """Dates, months, years, weekdays, times and relative dates in ``text``.

    >>> [(d.text, d.kind, d.value) for d in find_dates("يوم الأربعاء في الساعة 3 مساءً", dt.date(2024, 7, 23))]
    [('يوم الأربعاء', 'weekday', '2024-07-24'), ('الساعة 3 مساءً', 'time', '15:00')]
    >>> [(d.text, d.value) for d in find_dates("في 15 نوفمبر 2024 وفي العام الماضي", dt.date(2025, 1, 2))]
    [('15 نوفمبر 2024', '2024-11-15'), ('العام الماضي', '2024')]
    """
    t = _tables()
    out: list[DateSpan] = []
    pos = 0
    n = len(text)
    while pos < n:
        hit = t.trigger.search(text, pos)
        if hit is None:
            break
        m = t.regex.match(text, hit.start())
        if m is None:
            pos = hit.end()
            continue
        span = _resolve(m, text, t, published)
        if span is not None:
            out.append(span)
        pos = m.end() if m.end() > hit.start() else hit.end()
    return out
