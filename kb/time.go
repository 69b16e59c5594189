package kb

import (
	"fmt"
	"time"
)

// dayLayout is the form of every day string.
const dayLayout = "2006-01-02"

// birthOf intersects the birth intervals of the ages stated on or before
// asOf. ok is false when the intersection is empty.
func birthOf(ages []AgeObs, asOf string) (Interval, bool) {
	var iv Interval
	for _, a := range ages {
		if asOf != "" && a.Date > asOf {
			continue
		}
		iv = intersect(iv, a.Birth)
	}
	return iv, iv.Earliest == "" || iv.Latest == "" || iv.Earliest <= iv.Latest
}

// intersect returns the intersection of two intervals (possibly empty:
// Earliest after Latest).
func intersect(a, b Interval) Interval {
	if b.Earliest != "" && (a.Earliest == "" || b.Earliest > a.Earliest) {
		a.Earliest = b.Earliest
	}
	if b.Latest != "" && (a.Latest == "" || b.Latest < a.Latest) {
		a.Latest = b.Latest
	}
	return a
}

// BirthFromAge is the birth interval of someone years old on day at:
// [at - (years+1) years + 1 day, at - years years].
func BirthFromAge(years int, at string) (Interval, error) {
	d, err := time.Parse(dayLayout, at)
	if err != nil {
		return Interval{}, fmt.Errorf("kb: age at %q: %w", at, err)
	}
	latest := yearsBefore(d, years)
	earliest := yearsBefore(d, years+1).AddDate(0, 0, 1)
	return Interval{Earliest: earliest.Format(dayLayout), Latest: latest.Format(dayLayout)}, nil
}

// daysBetween counts the days from a to b (0 when either is malformed).
func daysBetween(a, b string) int {
	ta, err1 := time.Parse(dayLayout, a)
	tb, err2 := time.Parse(dayLayout, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

// DaysBetween counts the days from day a to day b, "YYYY-MM-DD".
func DaysBetween(a, b string) int { return daysBetween(a, b) }

// yearsBefore is the same calendar day n years before d; February 29
// becomes February 28 in a common year (a person born on February 28 is a
// year older on February 29).
func yearsBefore(d time.Time, n int) time.Time {
	y := d.Year() - n
	day := d.Day()
	if d.Month() == time.February && day == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		day = 28
	}
	return time.Date(y, d.Month(), day, 0, 0, 0, 0, time.UTC)
}
