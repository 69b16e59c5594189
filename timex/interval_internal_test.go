package timex

import (
	"testing"
	"time"
)

// TestFormatDays: formatDays writes what time.Format("2006-01-02") does,
// for four-digit years and outside them.
func TestFormatDays(t *testing.T) {
	days := []time.Time{
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(999, 6, 5, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 3, 4, 0, 0, 0, 0, time.UTC),
	}
	for d := time.Date(1999, 12, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2001; d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	for i := 1; i < len(days); i++ {
		a, b := days[i-1], days[i]
		wa, wb := a.Format("2006-01-02"), b.Format("2006-01-02")
		for _, arena := range []*strArena{nil, {}} {
			if ga, gb := formatDays(a, b, arena); ga != wa || gb != wb {
				t.Errorf("formatDays(%v, %v, %v) = %q, %q; want %q, %q", a, b, arena, ga, gb, wa, wb)
			}
		}
	}
}

// TestFormatShort: formatShort writes the values fmt writes, at every
// granularity, around year and century ends and over whole years.
func TestFormatShort(t *testing.T) {
	var days []time.Time
	for _, y := range []int{1, 9, 10, 99, 100, 999, 1000, 1999, 2000, 9998} {
		days = append(days, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC))
	}
	for d := time.Date(2019, 12, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2022; d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	for _, d := range days {
		for g := granNone; g <= granDay; g++ {
			if got, want := formatShort(d, g), formatFmt(d, g); got != want {
				t.Errorf("formatShort(%v, %d) = %q, want %q", d, g, got, want)
			}
		}
	}
}

// TestHolidayDay checks the holiday specs of "=anyhol" lists.
func TestHolidayDay(t *testing.T) {
	for _, c := range []struct {
		spec, want string // want "" for a spec to reject
	}{
		{"e:1", "2023-04-10"},    // Easter Monday
		{"5:1:-1", "2023-05-29"}, // last Monday of May
		{"8:1:-1", "2023-08-28"}, // last Monday of August
		{"5:1:1", "2023-05-01"},  // first Monday of May
		{"e:x", ""},              // not a number
		{"13:1:1", ""},           // no such month
		{"5:1:0", ""},            // no 0th weekday
		{"5:1", ""},              // too short
		{"e:90", ""},             // too far from Easter
	} {
		got := "" // rejected
		if day, ok := holidayDay(c.spec); ok {
			got = day(2023).Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("holidayDay(%q) on 2023 = %q, want %q", c.spec, got, c.want)
		}
	}
}
