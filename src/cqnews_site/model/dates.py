"""Dates as printed in Chinese papers: 2月16日, 二月二十一日, 2024年3月3日."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from lunar_python import Lunar

# Zero is printed 〇, ○ (a circle) or, in scans, the letter O.
_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3,
           "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           # A scan reads a numeral as the katakana it looks like: 一九ハニ年十ー月十ハ日.
           "ー": 1, "ニ": 2, "ハ": 8}
# (a scan reads a zero after a figure as the letter O: 1O月2O日; a one as the letter l or I
# beside a figure: 8月l8日)
# (an old paper writes twenty and thirty as 廿 and 卅: 八月廿六日)
_NUM = (r"(?:[0-9０-９]|[lI](?=[0-9]))[0-9０-９OＯlI]{0,3}"
        r"|[〇零一二两三四五六七八九十廿卅ーニハ]{1,4}")
# 二〇〇五, 二○○五, a scan's 二OO五 or 一九ハニ
YEAR_NUMERALS = "[〇零○OＯ一二三四五六七八九ーニハ]{4}"
# (曰 after a month and a day is a scan's 日: 五月二十曰)
DATE_RE = re.compile(
    # (a scan reads a year's zeros as letters too: ２OO３年)
    # (a PDF's text layer sets spaces around figures: 3 月 6 日)
    # (a paper of the Republic counts its years from 1912: 中華民國三十四年, 民国99年)
    rf"(?:(?:(?:中华|中華)?民[国國] ?(?P<roc_year>[0-9]{{1,3}}|[一二三四五六七八九十]{{1,4}})"
    # (or as circles among figures: 2〇12年)
    rf"|(?P<year>[0-9０-９]{{4}}|(?:[12１２]|l(?=[0-9]))[0-9０-９OＯlI〇○]{{3}}"
    rf"|{YEAR_NUMERALS})) ?年 ?)?"
    # (January may be called 元月: '元月15日', '一九九O年元月十八日')
    rf"(?P<month>{_NUM}|元) ?月 ?(?P<day>{_NUM}) ?[日曰号號]"
)
_YEAR_MONTH_LINE = re.compile(r"^[ \t\u3000]*((?:19|20)[0-9]{2})-(?:0?[1-9]|1[0-2])[ \t\u3000]*$",
                              re.MULTILINE)
# A date in figures, as an export or a recorder stamps it: 2025-07-08, 2025/3/12, 2025.07.08.
_NUMERIC_DATE = re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})"
                           r"(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])")
_YEAR_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年(?!代|前|以前|之前|底前)")
# Anniversaries pin the year when none is printed: 新中国成立75周年 → 1949 + 75.
_ANNIVERSARIES = (
    (re.compile(r"(?:新中国|中华人民共和国|人民政协)成立(\d{1,3})周年"), 1949),
    (re.compile(r"(?:建党|中国共产党成立)(\d{1,3})周年"), 1921),
    (re.compile(r"改革开放(\d{1,3})周年"), 1978),
    (re.compile(r"直辖(\d{1,3})周年"), 1997),
)
_TARGET_BEFORE = ("到", "至", "截至", "力争", "预计", "计划", "目标")


ROC_EPOCH = 1911  # 民国元年 is 1912


def printed_year(match: re.Match[str]) -> int | None:
    """The year a ``DATE_RE`` match prints, a year of the Republic as the common era's
    (民国三十四年 → 1945); None when it prints none."""
    if match["roc_year"]:
        number = chinese_number(match["roc_year"])
        return ROC_EPOCH + number if number else None
    return chinese_number(match["year"]) if match["year"] else None


# '2OO3', '2〇12', 'l8': a scan's letters and circles among figures, as the figures they are.
_SCANNED_DIGITS = str.maketrans({"O": "0", "Ｏ": "0", "〇": "0", "○": "0", "l": "1", "I": "1"})


def chinese_number(text: str) -> int | None:
    """Parse 0-9999 written in Arabic or Chinese numerals (十二, 二十一, 二〇二四)."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if "廿" in text or "卅" in text:
        text = text.replace("廿", "二十").replace("卅", "三十")  # 廿六: 26
    if text[:1].isdigit() or text[1:2].isdigit():
        # '2OO3': a scan's letter O (or a circle) among figures is a zero, a letter l or I a
        # one ('l8')
        text = text.translate(_SCANNED_DIGITS)
    if text.isdigit():
        return int(text)
    if "十" not in text:
        if all(c in _DIGITS for c in text):
            value = 0
            for char in text:
                value = value * 10 + _DIGITS[char]
            return value
        return None
    tens, _, ones = text.partition("十")
    if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


# (曰 for 日 is a scan's: '於本月八曰晚')
_THIS_MONTH = re.compile(r"本月(?=[0-9０-９一二三四五六七八九十]{1,3}[日曰号號])")
# ('到上月廿八日止': a day of the month before the page's)
_LAST_MONTH = re.compile(r"上月(?=[0-9０-９一二三四五六七八九十廿卅]{1,3}[日曰号號])")


def this_month(text: str, page_date: str | None) -> str:
    """'本月12日' on a page dated 2024-05-20 reads '5月12日' ('上月28日' '4月28日'), and so does a
    day named with the page's own day before it ('昨日（19日）', '前天（19日）', '昨（19）日', as
    papers print it); unchanged without a page date."""
    match = _FULL_RE.match(page_date or "")
    if not match or ("本月" not in text and "上月" not in text and "（" not in text
                     and "(" not in text):
        return text
    text = _NAMED_DAY.sub(lambda day: _named_day(day, page_date or ""), text)
    text = _LAST_MONTH.sub(f"{(int(match[2]) + 10) % 12 + 1}月", text)
    return _THIS_MONTH.sub(f"{int(match[2])}月", text)


# The words someone said, opening a paragraph before the report's day
# ('“师傅，这车是不是开错了？”昨日下午3点多，…').
_QUOTATION = r"\s*“[^”]{1,80}”\s*"
QUOTED_OPENING = re.compile("^" + _QUOTATION)
# A report that opens with the day before the page's ('昨天上午，记者来到该小区'), an evening
# paper's way: the day it names, counted back from the page's date, a quotation's words
# perhaps before it.
# ... or a transcript's label run in before it ('【导语】今天上午，…', '（主持人）昨天，…'), and
# the reporter who learnt it that day ('【口播】记者今天从…获悉', '记者昨日从…获悉'), or
# the occasion held that day ('“…”在昨日市政协的界别小组讨论中，…').
# ... or the voice that reads it in a broadcast script ('女：昨天，记者在鹿角镇看到').
_RUN_IN_LABEL = (r"(?:【[^】]{1,6}】|[（(](?:主持人|记者|导语|正文|口播)[)）]"
                 r"|(?:导语|正文|口播|男|女|主持人)[:：])")
# Day words at a report's opening: the days back from the page's date, and what the word
# says of the time of day, kept after the day it names ('昨晚' → '10月12日晚').
# (a scan reads 日 as 曰: '昨曰，主城继续被热浪包围')
_DAY_WORDS = {"昨天": (1, ""), "昨日": (1, ""), "前天": (2, ""), "前日": (2, ""),
              "今天": (0, ""), "今日": (0, ""), "昨晚": (1, "晚"), "昨夜": (1, "夜"),
              "前晚": (2, "晚"), "今晨": (0, "晨"), "今早": (0, "早"), "今晚": (0, "晚"),
              "昨曰": (1, ""), "前曰": (2, ""), "今曰": (0, "")}
# What makes a 前 part of another word ('目前日均…', '此前', '日前'): no day before the page.
_QIAN_OF_WORD = "目此以之提当空事从先日眼面跟向"
# A day before the page's named anywhere in a text (not '前天津市委…', a former post), and the
# words someone said, whose days are the speaker's.
_DAY_BEFORE = re.compile(rf"昨[日曰天]|(?<![{_QIAN_OF_WORD}])前[日曰天](?!津)")
_SAID = re.compile(r"“[^”]*”")
# ('国庆长假过后，重庆楼市迎来“成交小高峰”。记者昨日从…获悉', '中秋临近，又到了吃蟹的季节。
# 昨日，记者走访…', '电钻、扳手、梯子……昨日，…': a sentence with no day setting the scene
# before the day of the report; '往年…的9月，今年却有些冷清。' names a month, no day.)
# (a sentence of a profile first: '梅开二度的邓宇航是土生土长的铜梁人，今年29岁，…随队训练。
# 昨晚赛后，他在混合采访区…')
# (a sentence that opens with a day word is the report's opening: '昨晚8点，…。据书城统计，
# 截至今晨6点，…' is of last night; '今天是重阳节。记者昨日…获悉' tells what day it is)
_SCENE_FIRST = (rf"(?!(?:{'|'.join(_DAY_WORDS)})(?!是))"
                r"(?:(?![0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)[^。！？!?…]){4,60}"
                r"(?:[。！!]|……)")
# ... or a clause of cause or setting, with no figure, before the day ('受寒潮影响，昨日主城最低
# 气温降至2℃', '记者统计，截至昨日，…').
_CLAUSE_FIRST = r"[^，,。！？!?；;：:“”\s0-9０-９]{2,10}[，,]"
# ... or a tally's bound: the count was made that day ('截至昨日收盘，已有16家…披露').
_TALLY_FIRST = r"(?:截至|截止)"
# ('市民刘女士前天来电：…', '我市昨日迎来…': who did it, then the day; not a span that
# ends a day ago, '直到今天'.)
_SUBJECT_FIRST = r"[\u4e00-\u9fff]{2,8}?(?<![到至从自于])"
# ... or what the reporter learnt, then the day ('记者从重庆车站获悉，今天重庆北站预计…').
_LEARNT_FIRST = r"(?:本报)?记者从[^，,。]{2,40}?(?:获悉|了解到)[，,]\s*"
# ... or the reporter's credit run in before it ('记者　刘　红 昨日 山城最高气温…').
_CREDITED_FIRST = (r"(?:本报)?记者[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}"
                   r"[ \u3000]+")
_OPENING_DAY = re.compile(
    rf"(?:{_QUOTATION}|\s*{_RUN_IN_LABEL})?\s*(?:{_LEARNT_FIRST}|{_CREDITED_FIRST}|(?:本报)?记者|在"
    rf"|{_SCENE_FIRST}(?:(?:本报)?记者)?|{_SUBJECT_FIRST}"
    rf"|(?:{_SCENE_FIRST})?(?:{_CLAUSE_FIRST})?{_TALLY_FIRST}|{_CLAUSE_FIRST})?"
    # ('今天的重庆' is the city of our time, no day; nor is 前 of another word one: '景区目前
    # 日均…', '此前')
    rf"(?!(?<=[{_QIAN_OF_WORD}])前)"
    rf"(?P<word>{'|'.join(_DAY_WORDS)})(?![（(])(?!(?<=今天|今日)的)")
# The day the reporter learnt it, then the day of the event learnt of: the event's day is the
# report's ('记者昨日从市商务委获悉，当地时间10月13日上午，…推介会在洛杉矶举行').
_EVENT_DAY_LEARNT = re.compile(r"[^，,。]{0,40}?(?:获悉|了解到)[，,:：]\s*(?:当地时间|北京时间)?"
                               r"(?P<month>[0-9０-９]{1,2})月(?P<day>[0-9０-９]{1,2})[日号]"
                               r"(?![至到—\-~～])")
# (a span learnt of is the period reported on, '获悉，10月1日至3日，全市…': the day learnt stays)


# '上周六，我们一行6人…': a day of the week before the page's, at a report's opening.
_LAST_WEEK_DAY = re.compile(
    rf"(?:{_QUOTATION})?\s*(?:在)?(?P<word>上周|上星期)(?P<day>[一二三四五六日天])")
# '本周二，县食药监局组织…': a day of the page's own week (Monday first), at a report's
# opening, when it is not after the page's day (本周六将… announces, and dates nothing).
_THIS_WEEK_DAY = re.compile(
    rf"(?:{_QUOTATION})?\s*(?:在)?(?P<word>本周|这周|本星期|这个星期)(?P<day>[一二三四五六日天])"
    r"(?!起|开始|以来)")  # ('本周一起，主城气温一路走低': from then on, no day of a report)
_WEEKDAYS = "一二三四五六日"


# Festivals by the day they fall on: (month, day) of the lunar calendar, or of the solar
# one; a report that opens on one names that day ('端午节当天，龙舟赛在…举行').
LUNAR_FESTIVALS = {"春节": (1, 1), "元宵节": (1, 15), "元宵": (1, 15), "端午节": (5, 5),
                   "端午": (5, 5), "七夕": (7, 7), "中秋节": (8, 15), "中秋": (8, 15),
                   "重阳节": (9, 9), "重阳": (9, 9), "腊八节": (12, 8), "腊八": (12, 8),
                   # ('大年初一，解放碑新春灯会迎来客流高峰': the new year's first days by count)
                   **{f"大年初{day}": (1, n) for n, day in enumerate("一二三四五六七八九十", 1)}}
SOLAR_FESTIVALS = {"元旦": (1, 1), "劳动节": (5, 1), "五一": (5, 1), "国庆节": (10, 1),
                   "国庆": (10, 1)}
# The 24 solar terms (节气), whose days move by a day or so from year to year: '谷雨那天，县委、
# 县政府…召开现场会', '清明节当天'. ('清明节' is a festival on its term's day.)
SOLAR_TERMS = ("小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满",
               "芒种", "夏至", "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降",
               "立冬", "小雪", "大雪", "冬至")
_TERM_FESTIVALS = {"清明节": "清明"}
# Terms that are the weather's words too ('大雪，…' is snow): only with a word of the day after
# them ('大雪那天').
_WEATHER_TERMS = ("小寒", "大寒", "雨水", "小暑", "大暑", "小雪", "大雪")
# A lunar month's name and a day of it ('正月初九', '腊月二十三', '八月十五').
_LUNAR_MONTHS = {"正月": 1, "二月": 2, "三月": 3, "四月": 4, "五月": 5, "六月": 6, "七月": 7,
                 "八月": 8, "九月": 9, "十月": 10, "冬月": 11, "十一月": 11, "腊月": 12,
                 "十二月": 12}
_LUNAR_DAY = (r"初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?"
              r"|廿[一二三四五六七八九]|三十")
# The festival, then what says it is that very day (当天, 那晚, 上午, or the clause's comma:
# '端午节，…'); not '端午节前夕' or '中秋将至'. The holiday's Nth day: '国庆长假第三天'.
_LONGEST_FIRST = functools.partial(sorted, key=len, reverse=True)
_FESTIVALS = _LONGEST_FIRST([*LUNAR_FESTIVALS, *SOLAR_FESTIVALS, *SOLAR_TERMS, *_TERM_FESTIVALS])
_FESTIVAL_DAY = re.compile(
    rf"(?:{_QUOTATION})?\s*(?:在)?(?!(?:{'|'.join(_WEATHER_TERMS)})[，,])(?P<word>"
    rf"(?P<lunar_month>{'|'.join(_LONGEST_FIRST(_LUNAR_MONTHS))})(?P<lunar_day>{_LUNAR_DAY})"
    rf"|(?P<festival>{'|'.join(_FESTIVALS)})"
    r"(?:(?:长假|假期|小长假|黄金周)?第(?P<nth>[一二三四五六七])天"
    r"|当天|当日|当晚|那天|那晚|这天|这一天|之夜|晚上|上午|下午|早上|(?=[，,])))"
    r"(?![前期将至日号曰〇零一二三四五六七八九十])")  # (五月二十八日 is a solar date)
# A festival's day at most this many days before the page's is the report's day.
FESTIVAL_DAYS_BEFORE = 60


def festival_day(text: str, page_date: dt.date) -> tuple[int, int, dt.date] | None:
    """(start, end, day) of a festival's day or a lunar date opening ``text``
    ('正月初九，…' on a page of 2012-02-03 is 2012-01-31), the last one on or before
    ``page_date``; None when there is none within ``FESTIVAL_DAYS_BEFORE`` days."""
    match = _FESTIVAL_DAY.match(text)
    if match is None:
        return None
    for year in (page_date.year, page_date.year - 1):
        day = _festival_in(match, year)
        if day is not None and day <= page_date:
            if (page_date - day).days > FESTIVAL_DAYS_BEFORE:
                return None
            return match.start("word"), match.end(), day
    return None


def _festival_in(match: re.Match[str], year: int) -> dt.date | None:
    try:
        if match["lunar_month"]:
            month = _LUNAR_MONTHS[match["lunar_month"]]
            day = chinese_number(match["lunar_day"].replace("初", "").replace("廿", "二十"))
            return _lunar_day(year, month, day) if day else None
        name = match["festival"]
        nth = chinese_number(match["nth"]) - 1 if match["nth"] else 0
        if name in LUNAR_FESTIVALS:
            first = _lunar_day(year, *LUNAR_FESTIVALS[name])
        elif name in SOLAR_FESTIVALS:
            first = dt.date(year, *SOLAR_FESTIVALS[name])
        else:
            first = _solar_terms(year).get(_TERM_FESTIVALS.get(name, name))
        return first + dt.timedelta(days=nth) if first is not None else None
    except (ValueError, IndexError, TypeError):
        return None


def _lunar_day(year: int, month: int, day: int) -> dt.date | None:
    """The solar day of a lunar date; None for a day the lunar month does not have."""
    try:
        solar = Lunar.fromYmd(year, month, day).getSolar()
    except Exception:  # the calendar raises a bare Exception for a day it does not hold
        return None
    return _day_of(solar)


def _day_of(solar: Any) -> dt.date:
    """A day of the calendar library (its ``Solar``) as a ``datetime.date``."""
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


# The calendar's own names of the terms its table lists twice (those of the next year).
_TERM_KEYS = {"DONG_ZHI": "冬至", "XIAO_HAN": "小寒", "DA_HAN": "大寒", "LI_CHUN": "立春",
              "YU_SHUI": "雨水", "JING_ZHE": "惊蛰", "DA_XUE": "大雪"}


@functools.lru_cache(maxsize=256)
def _solar_terms(year: int) -> dict[str, dt.date]:
    """The day of each solar term in the solar ``year`` ('清明' → 1985-04-05)."""
    table = Lunar.fromYmd(year, 6, 1).getJieQiTable()  # from the last 冬至 to the next 惊蛰
    days = {}
    for key, solar in table.items():
        day = _day_of(solar)
        if day.year == year:
            days[_TERM_KEYS.get(key, key)] = day
    return days


def _learnt_event_before(text: str, at: int, page_day: dt.date) -> bool:
    """Whether what was learnt, right after ``at``, is an event on a day not after the
    page's ('获悉，1月22日上午，…招聘会' on 20 January announces it: the day learnt stays)."""
    event = _EVENT_DAY_LEARNT.match(text, at)
    if event is None:
        return False
    try:
        day = dt.date(page_day.year, int(event["month"]), int(event["day"]))
    except ValueError:
        return False
    return day <= page_day


def opening_day(text: str, page_date: str | None) -> str:
    """'昨天上午，…' on a page dated 2023-07-12 reads '7月11日上午，…' (after a quotation that
    opens it too), '上周六，…' on a Friday page of 2007-04-27 '4月21日，…', '本周二，…' on it
    '4月24日，…'; unchanged without a full page date or such an opening."""
    if not _FULL_RE.match(page_date or ""):
        return text
    page_day = dt.date.fromisoformat(page_date or "")
    if (week := _LAST_WEEK_DAY.match(text)) is not None:
        day = _monday(page_day) + dt.timedelta(days=_weekday(week) - 7)
        return _day_named(text, week.start("word"), week.end(), day)
    if (festival := festival_day(text, page_day)) is not None:
        return _day_named(text, *festival)
    if (week := _THIS_WEEK_DAY.match(text)) is not None:
        day = _monday(page_day) + dt.timedelta(days=_weekday(week))
        return text if day > page_day else _day_named(text, week.start("word"), week.end(), day)
    match = _OPENING_DAY.match(text)
    if match is None or _learnt_event_before(text, match.end(), page_day):
        return text
    back, time_of_day = _DAY_WORDS[match["word"]]
    return _day_named(text, match.start("word"), match.end(), page_day - dt.timedelta(days=back),
                      time_of_day)


def day_before_named(text: str, page_date: str) -> str | None:
    """The day before the page (a full date) that ``text`` names first, outside the words
    someone said: '…昨日的开工仪式上，…' on 2014-09-17 is 2014-09-16; None if it names none."""
    day = _DAY_BEFORE.search(_SAID.sub("", text))
    if day is None or not _FULL_RE.match(page_date):
        return None
    back = _DAY_WORDS[day[0]][0]
    return (dt.date.fromisoformat(page_date) - dt.timedelta(days=back)).isoformat()


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _weekday(week: re.Match[str]) -> int:
    """0 for Monday … 6 for Sunday, of a match's ``day`` ('一' … '日' or '天')."""
    return _WEEKDAYS.index(week["day"].replace("天", "日"))


def _day_named(text: str, start: int, end: int, day: dt.date, after: str = "") -> str:
    """``text`` with ``text[start:end]`` written as the day it names ('5月31日'), then
    ``after`` (what the words said of the time of day)."""
    return text[:start] + f"{day.month}月{day.day}日" + after + text[end:]


# '昨日（21日）', '今天（22日）': a day of the page's month, or of the month before when the
# day is after the page's own (昨日（31日） on the 1st).
_NAMED_DAY = re.compile(
    r"(?:昨日|昨天|今日|今天|前日|前天)\s*[（(]\s*(?P<day>\d{1,2})\s*日\s*[)）]"
    # ... or the figure put in brackets inside the day's word: '昨（13）日', '前（12）日'
    # (a scan's l for 1 and 曰 for 日: '昨（l3）曰')
    r"|(?<![0-9])[昨今前]\s*[（(]\s*(?P<inside>[0-9lO]{1,2})\s*[)）]\s*[日曰]")


def _named_day(day: re.Match[str], page_date: str) -> str:
    page = dt.date.fromisoformat(page_date)
    number = chinese_number(day["day"] or day["inside"])  # (a scan's 'l3', '1O' read too)
    if number is None or not 1 <= number <= 31:
        return day[0]
    month = page.month if number <= page.day else (page.month - 2) % 12 + 1
    return f"{month}月{number}日"


# A paper reports what happened, and announces what is near: a month-and-day more than this
# many days after the page's own date happened the year before (12月30日 on 2 January).
_AHEAD_DAYS = 60


def before_page(date: str | None, page_date: str | None) -> str | None:
    """A date that took its year from the page, moved to the year before when it would lie
    far after the page's date: ``2026-12-30`` on a page of ``2026-01-02`` → ``2025-12-30``."""
    if not is_full_date(date) or not is_full_date(page_date):
        return date
    when, page = dt.date.fromisoformat(date), dt.date.fromisoformat(page_date)
    if when.year == page.year and (when - page).days > _AHEAD_DAYS:
        try:
            return when.replace(year=when.year - 1).isoformat()
        except ValueError:  # 2月29日 in a year without it
            return date
    return date


def month_number(text: str) -> int | None:
    """A month's number as ``DATE_RE`` reads it: figures, Chinese numerals, or 元 (January)."""
    return 1 if text == "元" else chinese_number(text)


def find_date(text: str, year: int | None) -> str | None:
    """The first valid date in ``text``: ``YYYY-MM-DD``, or ``--MM-DD`` when the year is unknown."""
    return find_dated(text, year)[0]


def find_dated(text: str, year: int | None) -> tuple[str | None, bool]:
    """Like ``find_date``, and whether the date printed its own year (``2024年3月3日``)."""
    for match in DATE_RE.finditer(text):
        month = month_number(match["month"])
        day = chinese_number(match["day"])
        printed = printed_year(match)
        the_year = printed or year
        if month is None or day is None:
            continue
        try:
            dt.date(the_year or 2000, month, day)  # 2000 is a leap year: 2月29日 stays valid
        except ValueError:
            continue
        if the_year:
            return f"{the_year:04d}-{month:02d}-{day:02d}", printed is not None
        return f"--{month:02d}-{day:02d}", False
    return None, False


# Spans whose years say nothing about when the page was printed: quotations and titles
# ("1994年我刚开车那会儿", 《2026年政府工作报告》), ranges (2022—2023雪季) and plans
# (2026年《政府工作报告》, 2025年目标).
_NOT_EVIDENCE = re.compile(
    r"“[^”]{0,200}”|「[^」]{0,200}」|‘[^’]{0,200}’|《[^》]{0,60}》"
    r"|(?:19|20)\d{2}年?\s*[—–\-~～至到]\s*(?:19|20)\d{2}年?"
    r"|(?:19|20)\d{2}年度?(?=\s*[《“]|规划|计划|目标|任务|预算)"
)


def _excluded(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NOT_EVIDENCE.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int) -> bool:
    return any(a <= start < b for a, b in spans)


def reference_year() -> int:
    """The current year, the latest a page may be dated: a fact the build depends on, so it
    is part of the build's fingerprint and of the page cache's key."""
    return dt.date.today().year


def infer_year(text: str, today: dt.date | None = None) -> tuple[int | None, str | None]:
    """Guess a page's publication year from what it prints: (year, evidence phrase).

    Full dates win (printed in words, then in figures); then anniversaries; then the latest
    plain ``YYYY年`` that is not a target ("到2035年") and not in the future; last, an event
    named after its year, then a site's copyright notice. Years inside quotations, titles,
    ranges and plans are never evidence.
    """
    limit = today.year if today else reference_year()
    spans = _excluded(text)
    for match in DATE_RE.finditer(text):
        year = printed_year(match)
        # (a date of the Republic is of its time, before 1949 too: 中華民國三十四年八月十五日)
        if (year and (year >= 1949 or match["roc_year"]) and year <= limit
                and not _inside(spans, match.start())):
            return year, _evidence(text, match.start(), match.end())
    # Then one in figures (a transcript's or an export's time stamp).
    for match in _NUMERIC_DATE.finditer(text):
        year = int(match["y"])
        if year <= limit and not _inside(spans, match.start()):
            try:
                dt.date(year, int(match["m"]), int(match["d"]))
            except ValueError:  # a version or a figure, not a date
                continue
            return year, _evidence(text, match.start(), match.end())
    # A list's calendar block or an archive's month heading: '2025-11' on a line of its own.
    for match in _YEAR_MONTH_LINE.finditer(text):
        year = int(match[1])
        if 1949 <= year <= limit:
            return year, match[0].strip()
    for pattern, base in _ANNIVERSARIES:
        match = pattern.search(text)
        if match and not _inside(spans, match.start()):
            year = base + int(match[1])
            if year <= limit:
                return year, _evidence(text, match.start(), match.end())
    best: tuple[int, int, int] | None = None
    for match in _YEAR_RE.finditer(text):
        year = int(match[1])
        before = text[max(0, match.start() - 3) : match.start()]
        if year > limit or any(before.endswith(w) for w in _TARGET_BEFORE) or _inside(
            spans, match.start()
        ):
            continue
        if best is None or year > best[0]:
            best = (year, match.start(), match.end())
    if best:
        return best[0], _evidence(text, best[1], best[2])
    # Last, an event named after its year ('2026北碚·放牛坪冰雪季', '2017巫山红叶马拉松').
    for match in _EVENT_YEAR.finditer(text):
        if int(match[1]) <= limit and not _inside(spans, match.start()):
            return int(match[1]), _evidence(text, match.start(), match.end())
    # Last of all, a site's copyright notice: its latest year is the year the page was served
    # ('Copyright © 2015-2018 上游新闻', a feed whose cards print month and day alone).
    for match in _COPYRIGHT_YEAR.finditer(text):
        year = max(int(y) for y in match.group("first", "last") if y)
        if year <= limit:
            return year, _evidence(text, match.start(), match.end())
    return None, None


_COPYRIGHT_YEAR = re.compile(r"(?:Copyright|©|\(C\)|版权所有)[^\n\d]{0,12}"
                             r"(?P<first>(?:19|20)\d{2})(?:\s*[-－—–~～]\s*"
                             r"(?P<last>(?:19|20)\d{2}))?(?!\d)", re.IGNORECASE)


_EVENT_YEAR = re.compile(r"(?<![\d.\-/:])((?:19|20)\d{2})"
                         r"(?=[\u4e00-\u9fff][^\s。，,；;！!？?]{0,16}?"
                         r"(?:节|節|季|赛|賽|会|會|展|论坛|論壇|马拉松|馬拉松))")


def _evidence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in "。！？\n，,") + 1
    right_candidates = [i for i in (text.find(c, end) for c in "。！？\n，,") if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right].strip()[:60]


# ---------------------------------------------------------------------------
# Record dates: every stage stores a date as "YYYY-MM-DD", "--MM-DD" (year unknown) or None.

_FULL_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_DAY_RE = re.compile(r"^--(\d{2})-(\d{2})$")


@functools.lru_cache(maxsize=4096)
def is_full_date(date: str | None) -> bool:
    """True for a ``YYYY-MM-DD`` date."""
    # Remembered: an archive has a few thousand dates, and the index and the pages ask
    # about each of them hundreds of times (a million calls at 10,000 stories).
    return bool(date) and _FULL_RE.match(date) is not None


def is_calendar_day(value: object) -> bool:
    """True for a real calendar day written YYYY-MM-DD (2024-02-30 is not one)."""
    if not isinstance(value, str) or not _FULL_RE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def year_of(date: str | None) -> str | None:
    """The year of a full date as text ("2024"), None otherwise."""
    return date[:4] if is_full_date(date) else None


def full_date(date: str | None, year: int | None) -> str | None:
    """Fill in a known year: "--02-16" in 2023 → "2023-02-16"; anything else unchanged."""
    if date and year and _MONTH_DAY_RE.match(date):
        return f"{year:04d}{date[1:]}"
    return date


def date_key(date: str | None) -> tuple[int, str]:
    """Sort key for record dates: full dates after year-less ones after unknown ones."""
    if not date:
        return (0, "")
    if date.startswith("--"):
        return (1, date)
    return (2, date)


def cn_date(date: str | None, unknown: str = "日期不详", yearless: str = "（年份不详）") -> str:
    """A date as a Chinese reader writes it: ``2024年3月3日``, ``2月16日（年份不详）``."""
    if not date:
        return unknown
    if m := _FULL_RE.match(date):
        return f"{int(m[1])}年{int(m[2])}月{int(m[3])}日"
    if m := _MONTH_DAY_RE.match(date):
        return f"{int(m[1])}月{int(m[2])}日{yearless}"
    return date


def atom_time(date: str) -> str:
    """Atom timestamp of a story date (the papers print Chongqing local dates)."""
    return f"{date}T00:00:00+08:00"
