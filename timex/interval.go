package timex

import (
	"strconv"
	"strings"
	"time"
)

// parseValue reads a TIMEX3 date value into the first day it denotes and
// its granularity. Times ("2023-08-07TNI", "2023-08-07T15:00") count as
// their day, and a value with unknown finer fields ("1998-10-XX") as its
// known part.
func parseValue(v string) (time.Time, gran, bool) {
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10]
	}
	for {
		// Unknown finer fields ("1998-10-XX", "1998-WXX") leave the
		// known coarser time.
		w := strings.TrimSuffix(strings.TrimSuffix(v, "-XX"), "-WXX")
		if w == v {
			break
		}
		v = w
	}
	atoi := func(s string) (int, bool) {
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil && s != ""
	}
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	switch len(v) {
	case 2:
		if c, ok := atoi(v); ok {
			return date(c*100, 1, 1), granCentury, true
		}
	case 3:
		if d, ok := atoi(v); ok {
			return date(d*10, 1, 1), granDecade, true
		}
	case 4:
		if y, ok := atoi(v); ok {
			return date(y, 1, 1), granYear, true
		}
	}
	if len(v) < 7 || v[4] != '-' {
		return time.Time{}, granNone, false
	}
	y, ok := atoi(v[:4])
	if !ok {
		return time.Time{}, granNone, false
	}
	rest := v[5:]
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		if q, ok := atoi(rest[1:]); ok && q >= 1 && q <= 4 {
			return date(y, 3*q-2, 1), granQuarter, true
		}
	case len(rest) == 2 && rest[0] == 'H':
		if h, ok := atoi(rest[1:]); ok && h >= 1 && h <= 2 {
			return date(y, 6*h-5, 1), granHalf, true
		}
	case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		return date(y, seasonMonth(rest), 1), granSeason, true
	case len(rest) >= 2 && rest[0] == 'W':
		wk := rest[1:]
		if i := strings.IndexByte(wk, '-'); i >= 0 {
			wk = wk[:i]
		}
		if w, ok := atoi(wk); ok && w >= 1 && w <= 53 {
			// Monday of ISO week w: Jan 4 is always in week 1.
			jan4 := date(y, 1, 4)
			wd := int(jan4.Weekday())
			if wd == 0 {
				wd = 7
			}
			return jan4.AddDate(0, 0, 1-wd+7*(w-1)), granWeek, true
		}
	case len(rest) == 2:
		if m, ok := atoi(rest); ok && m >= 1 && m <= 12 {
			return date(y, m, 1), granMonth, true
		}
	case len(rest) == 5 && rest[2] == '-':
		m, ok1 := atoi(rest[:2])
		d, ok2 := atoi(rest[3:])
		if ok1 && ok2 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			t := date(y, m, d)
			if t.Day() != d {
				return time.Time{}, granNone, false
			}
			return t, granDay, true
		}
	}
	return time.Time{}, granNone, false
}

// Interval gives the closed interval of calendar days ("YYYY-MM-DD") that a
// TIMEX3 date value denotes: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn,
// YYYY-Hn, seasons YYYY-SP/SU/FA/WI (meteorological: WI is December of YYYY
// to February of the next year), decades ("199"), centuries ("19"), and times
// ("2023-08-07TNI" is that day) and weekends ("2023-W31-WE" is its Saturday
// and Sunday); a value with unknown finer fields ("1998-10-XX") covers
// its known part. ok is false for anything else (durations, PRESENT_REF,
// values with an unknown year such as "XXXX-06").
func Interval(value string) (earliest, latest string, ok bool) {
	t, g, ok := parseValue(value)
	if !ok {
		return "", "", false
	}
	earliest, latest = interval(value, t, g, nil)
	return earliest, latest, true
}

// interval is Interval of value, whose first day t and granularity g
// parseValue gave, its strings made in arena a (nil: allocated).
func interval(value string, t time.Time, g gran, a *strArena) (earliest, latest string) {
	if g == granWeek && strings.HasSuffix(value, "-WE") {
		return formatDays(t.AddDate(0, 0, 5), t.AddDate(0, 0, 6), a)
	}
	var end time.Time
	switch g {
	case granDay:
		end = t
	case granWeek:
		end = t.AddDate(0, 0, 6)
	case granMonth:
		end = t.AddDate(0, 1, -1)
	case granSeason, granQuarter:
		end = t.AddDate(0, 3, -1)
	case granHalf:
		end = t.AddDate(0, 6, -1)
	case granYear:
		end = t.AddDate(1, 0, -1)
	case granDecade:
		end = t.AddDate(10, 0, -1)
	case granCentury:
		end = t.AddDate(100, 0, -1)
	}
	return formatDays(t, end, a)
}

// formatDays formats two days as "YYYY-MM-DD" (time.Format's "2006-01-02"),
// both in one string made in arena (nil: allocated) when their years have
// four digits.
func formatDays(a, b time.Time, arena *strArena) (string, string) {
	ya, ma, da := a.Date()
	yb, mb, db := b.Date()
	if ya < 0 || ya > 9999 || yb < 0 || yb > 9999 {
		return a.Format("2006-01-02"), b.Format("2006-01-02")
	}
	var buf [21]byte
	putYMD(buf[:10], ya, ma, da)
	buf[10] = ' '
	putYMD(buf[11:], yb, mb, db)
	s := arena.bytes(buf[:])
	return s[:10], s[11:]
}

// putYMD writes a date as "YYYY-MM-DD" into b (10 bytes), for years 0 to
// 9999.
func putYMD(b []byte, y int, m time.Month, d int) {
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[4] = '-'
	b[5], b[6] = byte('0'+int(m)/10), byte('0'+int(m)%10)
	b[7] = '-'
	b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
}

// BirthInterval gives the birth dates of someone aged years on the day at:
// [at - (years+1) years + 1 day, at - years years]. "42 on 2023-08-07"
// gives 1980-08-08..1981-08-07.
func BirthInterval(years int, at time.Time) (earliest, latest string) {
	d := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, time.UTC)
	return d.AddDate(-(years + 1), 0, 1).Format("2006-01-02"), d.AddDate(-years, 0, 0).Format("2006-01-02")
}

// seasonMonth is the first month of a season code (SP, SU, FA, WI),
// meteorological: 3, 6, 9, 12; 0 for other codes.
func seasonMonth(code string) int {
	switch code {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	case "WI":
		return 12
	}
	return 0
}
