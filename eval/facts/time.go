package facts

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A day is a calendar day as days since 0001-01-01; ok is false for an open
// bound.
type day struct {
	ok bool
	d  int
}

var epoch = time.Unix(0, 0).UTC()

// mkDay is the day of t as days since 1970-01-01 (negative before).
func mkDay(t time.Time) day {
	u := t.Unix()
	d := u / 86400
	if u%86400 < 0 {
		d--
	}
	return day{true, int(d)}
}

func dateOf(y, m, d int) (day, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return day{}, false
	}
	return mkDay(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)), true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// interval is a closed day interval with possibly open ends.
type interval struct{ lo, hi day }

var (
	reDay     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(T.*)?$`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reWeek    = regexp.MustCompile(`^(\d{4})-W(\d{2})(?:-(WE|\d))?$`)
	reSeason  = regexp.MustCompile(`^(\d{4})-(SP|SU|FA|WI)$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)
	reHalf    = regexp.MustCompile(`^(\d{4})-H([12])$`)
	reDecade  = regexp.MustCompile(`^(\d{3})X?$`)
	reCentury = regexp.MustCompile(`^(\d{2})(?:XX)?$`)
)

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func monthSpan(y1, m1, y2, m2 int) (interval, bool) {
	lo, ok1 := dateOf(y1, m1, 1)
	if !ok1 || y2 < 1 || y2 > 9999 || m2 < 1 || m2 > 12 {
		return interval{}, false
	}
	hi, ok2 := dateOf(y2, m2, daysIn(y2, m2))
	return interval{lo, hi}, ok2
}

// isoWeekMonday is the Monday of ISO week w of year y (Python's
// date.fromisocalendar rules: w must exist in y).
func isoWeekMonday(y, w int) (time.Time, bool) {
	if y < 1 || y > 9999 || w < 1 {
		return time.Time{}, false
	}
	jan1 := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	weeks := 52
	wd := int(jan1.Weekday())
	leap := y%4 == 0 && (y%100 != 0 || y%400 == 0)
	if wd == 4 || (leap && wd == 3) {
		weeks = 53
	}
	if w > weeks {
		return time.Time{}, false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return mon.AddDate(0, 0, (w-1)*7), true
}

var seasons = map[string][4]int{"SP": {0, 3, 0, 5}, "SU": {0, 6, 0, 8}, "FA": {0, 9, 0, 11}, "WI": {0, 12, 1, 2}}

// valueInterval is the closed day interval of a TIMEX3 value; ok is false
// when the value cannot be placed on the calendar.
func valueInterval(v string, dct *time.Time) (interval, bool) {
	v = strings.TrimSpace(v)
	switch v {
	case "PRESENT_REF":
		if dct == nil {
			return interval{}, false
		}
		return interval{mkDay(*dct), mkDay(*dct)}, true
	case "PAST_REF":
		if dct == nil {
			return interval{}, false
		}
		return interval{day{}, mkDay(*dct)}, true
	case "FUTURE_REF":
		if dct == nil {
			return interval{}, false
		}
		return interval{mkDay(*dct), day{}}, true
	}
	if m := reDay.FindStringSubmatch(v); m != nil {
		d, ok := dateOf(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		return interval{d, d}, ok
	}
	if m := reMonth.FindStringSubmatch(v); m != nil {
		return monthSpan(atoi(m[1]), atoi(m[2]), atoi(m[1]), atoi(m[2]))
	}
	if m := reYear.FindStringSubmatch(v); m != nil {
		y := atoi(m[1])
		lo, ok1 := dateOf(y, 1, 1)
		hi, ok2 := dateOf(y, 12, 31)
		return interval{lo, hi}, ok1 && ok2
	}
	if m := reWeek.FindStringSubmatch(v); m != nil {
		mon, ok := isoWeekMonday(atoi(m[1]), atoi(m[2]))
		if !ok {
			return interval{}, false
		}
		switch {
		case m[3] == "WE":
			return interval{mkDay(mon.AddDate(0, 0, 5)), mkDay(mon.AddDate(0, 0, 6))}, true
		case m[3] != "":
			n := atoi(m[3])
			if n < 1 || n > 7 {
				return interval{}, false
			}
			d := mkDay(mon.AddDate(0, 0, n-1))
			return interval{d, d}, true
		}
		return interval{mkDay(mon), mkDay(mon.AddDate(0, 0, 6))}, true
	}
	if m := reSeason.FindStringSubmatch(v); m != nil {
		y, s := atoi(m[1]), seasons[m[2]]
		return monthSpan(y+s[0], s[1], y+s[2], s[3])
	}
	if m := reQuarter.FindStringSubmatch(v); m != nil {
		y, q := atoi(m[1]), atoi(m[2])
		return monthSpan(y, 3*q-2, y, 3*q)
	}
	if m := reHalf.FindStringSubmatch(v); m != nil {
		y, h := atoi(m[1]), atoi(m[2])
		return monthSpan(y, 6*h-5, y, 6*h)
	}
	if m := reDecade.FindStringSubmatch(v); m != nil {
		y := atoi(m[1]) * 10
		lo, ok1 := dateOf(y, 1, 1)
		hi, ok2 := dateOf(y+9, 12, 31)
		return interval{lo, hi}, ok1 && ok2
	}
	if m := reCentury.FindStringSubmatch(v); m != nil {
		y := atoi(m[1]) * 100
		lo, ok1 := dateOf(max(y, 1), 1, 1)
		hi, ok2 := dateOf(y+99, 12, 31)
		return interval{lo, hi}, ok1 && ok2
	}
	return interval{}, false
}

// A point is a normalised point time: an interval, or a raw value that
// cannot be placed.
type point struct {
	raw   bool
	value string
	iv    interval
}

// pointTime normalises a point time; nil when it carries nothing.
func pointTime(value, earliest, latest str, dct *time.Time) *point {
	if !value.ok && !earliest.ok && !latest.ok {
		return nil
	}
	var iv interval
	placed := false
	if value.ok {
		iv, placed = valueInterval(value.s, dct)
	}
	if value.ok && !placed && !earliest.ok && !latest.ok {
		return &point{raw: true, value: strings.TrimSpace(value.s)}
	}
	p := &point{}
	if placed {
		p.iv = iv
	}
	if earliest.ok {
		p.iv.lo = day{}
		if e, ok := valueInterval(earliest.s, dct); ok {
			p.iv.lo = e.lo
		}
	}
	if latest.ok {
		p.iv.hi = day{}
		if e, ok := valueInterval(latest.s, dct); ok {
			p.iv.hi = e.hi
		}
	}
	return p
}

func pointSpec(p *PointSpec, dct *time.Time) *point {
	if p == nil {
		return nil
	}
	return pointTime(p.Value, p.Earliest, p.Latest, dct)
}

// A factTime is a normalised fact time: a point or a state.
type factTime struct {
	state      bool
	p          *point // for points
	start, end *point // for states
}

func normFactTime(t *TimeSpec, dct *time.Time) *factTime {
	if t == nil {
		return nil
	}
	if t.Start != nil || t.End != nil {
		return &factTime{state: true, start: pointSpec(t.Start, dct), end: pointSpec(t.End, dct)}
	}
	p := pointTime(t.Value, t.Earliest, t.Latest, dct)
	if p == nil {
		return nil
	}
	return &factTime{p: p}
}

func overlap(a, b interval) bool {
	return (!a.lo.ok || !b.hi.ok || a.lo.d <= b.hi.d) && (!b.lo.ok || !a.hi.ok || b.lo.d <= a.hi.d)
}

func pointCmp(a, b *point, strict bool) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if a.raw || b.raw {
		return a.raw && b.raw && a.value == b.value
	}
	if strict {
		return a.iv == b.iv
	}
	return overlap(a.iv, b.iv)
}

// span is the whole stretch of days a fact time covers; ok is false when
// part of it cannot be placed.
func span(t *factTime) (interval, bool) {
	if !t.state {
		if t.p.raw {
			return interval{}, false
		}
		return t.p.iv, true
	}
	if t.start != nil && t.start.raw || t.end != nil && t.end.raw {
		return interval{}, false
	}
	var iv interval
	if t.start != nil {
		iv.lo = t.start.iv.lo
	}
	if t.end != nil {
		iv.hi = t.end.iv.hi
	}
	return iv, true
}

// timeMatch is level B (strict false) or C (strict true) time agreement.
func timeMatch(g, s *factTime, strict bool) bool {
	if g == nil || s == nil {
		return g == nil && s == nil
	}
	if !strict {
		gs, ok1 := span(g)
		ss, ok2 := span(s)
		if ok1 && ok2 {
			return overlap(gs, ss)
		}
	}
	if g.state != s.state {
		return false
	}
	if !g.state {
		return pointCmp(g.p, s.p, strict)
	}
	return pointCmp(g.start, s.start, strict) && pointCmp(g.end, s.end, strict)
}
