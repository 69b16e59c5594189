package timex

import (
	"strings"

	"github.com/hearsay-news/hearsay"
)

// Slashed dates are written day first outside the US ("12/03/2024" is 12
// March in Lagos, Delhi or Sydney). The rules read them month first
// (date_us_slash) unless the first number cannot be a month
// (date_dayfirst_slash). readDayFirst reads a document's ambiguous ones day
// first only on evidence from the document itself: a slashed date that
// can only be day first, a dotted date (always day first), or more dates written day before month ("12
// March", date_day_month*) than month before day ("March 12",
// date_month_day*). Without it they stay as the rules read them.
func readDayFirst(xs []hearsay.Timex) {
	slashed, dayFirst, dm, md := false, false, 0, 0
	for i := range xs {
		switch r := xs[i].Rule; {
		case r == "date_us_slash":
			slashed = true
		case r == "date_dayfirst_slash" || r == "date_dayfirst_dot":
			dayFirst = true
		case strings.HasPrefix(r, "date_day_month"):
			dm++
		case strings.HasPrefix(r, "date_month_day"):
			md++
		}
	}
	if !slashed || !dayFirst && dm <= md {
		return
	}
	for i := range xs {
		if x := &xs[i]; x.Rule == "date_us_slash" {
			swapDayMonth(x)
		}
	}
}

// swapDayMonth reads the value "YYYY-MM-DD" of x as "YYYY-DD-MM" when the
// day can be a month.
func swapDayMonth(x *hearsay.Timex) {
	v := x.Value
	if len(v) != 10 || v[4] != '-' || v[7] != '-' || v[8:] > "12" || v[8:] == "00" {
		return
	}
	old := v
	x.Value = v[:5] + v[8:] + "-" + v[5:7]
	x.Rule = "date_dayfirst_slash"
	if x.Earliest == old {
		x.Earliest = x.Value
	}
	if x.Latest == old {
		x.Latest = x.Value
	}
}
