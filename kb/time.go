package kb

import (
	"fmt"
	"math"
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
// Like the difference of two parsed times it saturates at about 292 years.
func daysBetween(a, b string) int {
	da, ok1 := dayNumber(a)
	db, ok2 := dayNumber(b)
	if !ok1 || !ok2 {
		return 0
	}
	return min(max(db-da, -maxDurationDays), maxDurationDays)
}

// maxDurationDays is the most whole days a time.Duration holds.
const maxDurationDays = int(math.MaxInt64 / int64(24*time.Hour))

// dayNumber is the number of days from -0400-03-01 to the day s,
// "YYYY-MM-DD"; ok is false when s is not a valid day of that form (the
// days time.Parse accepts with dayLayout).
func dayNumber(s string) (n int, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(t string) int {
		v := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			v = v*10 + int(t[i]-'0')
		}
		return v
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return 0, false
	}
	// days from civil, with the year starting in March, counted from
	// 400 years before year 0 so that no division is of a negative number
	y += 400
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d - 1, true
}

// daysIn is the number of days of month m of year y.
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
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
