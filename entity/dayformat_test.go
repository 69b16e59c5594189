package entity

import (
	"testing"
	"time"

	"github.com/hearsay-news/hearsay/timex"
)

// TestAppendDay checks appendDay against time.Format over years of one to
// five digits, before year 0 and after 9999, and every day of a leap year.
func TestAppendDay(t *testing.T) {
	var days []time.Time
	for _, y := range []int{-12, -1, 0, 1, 9, 99, 999, 1066, 1999, 2000, 2024, 9999, 10000, 123456} {
		days = append(days, time.Date(y, time.March, 7, 0, 0, 0, 0, time.UTC), time.Date(y, time.December, 31, 23, 59, 0, 0, time.UTC))
	}
	for d := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	for _, d := range days {
		if got, want := string(appendDay([]byte("x"), d)), "x"+d.Format(day); got != want {
			t.Errorf("appendDay(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestBirthDays checks birthDays, formatted, against timex.BirthInterval,
// on leap days, month ends and ordinary days, for ages 0 to 120.
func TestBirthDays(t *testing.T) {
	ats := []time.Time{
		time.Date(2024, time.February, 29, 15, 4, 0, 0, time.UTC), time.Date(2023, time.March, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, time.December, 31, 23, 0, 0, 0, time.FixedZone("x", -5*3600)), time.Date(2019, time.June, 16, 0, 0, 0, 0, time.UTC),
	}
	for _, at := range ats {
		for years := 0; years <= 120; years++ {
			e, l := birthDays(years, at)
			wantE, wantL := timex.BirthInterval(years, at)
			if got, want := e.Format(day)+" "+l.Format(day), wantE+" "+wantL; got != want {
				t.Errorf("birthDays(%d, %v) = %s, want %s", years, at, got, want)
			}
		}
	}
}
