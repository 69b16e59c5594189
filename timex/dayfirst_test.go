package timex

import (
	"testing"
	"time"
)

// TestReadDayFirst checks that Tag reads ambiguous slashed dates day first
// only on evidence from the document.
func TestReadDayFirst(t *testing.T) {
	tg, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	dct := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, want string }{
		{"He was appointed on 12/03/2024.", "2024-12-03"},                                        // no evidence: as the rules read it
		{"He joined on 25/03/2024 and was appointed on 12/03/2024.", "2024-03-12"},               // a date that can only be day first
		{"He joined on 5th May 2023 and was appointed on 12/03/2024.", "2024-03-12"},             // day before month
		{"He joined on May 5, 2023 and was appointed on 12/03/2024.", "2024-12-03"},              // month before day
		{"He joined on 5 May, left on 6 June and was appointed on 12/03/2024.", "2024-03-12"},    // more day-month dates
		{"The order of 05.06.2023 was stayed and he was appointed on 12/03/2024.", "2024-03-12"}, // a dotted date
	}
	for _, tc := range tests {
		xs := tg.Tag(tc.text, 0, dct, nil)
		got := ""
		for _, x := range xs {
			if x.Text == "12/03/2024" {
				got = x.Value
			}
		}
		if got != tc.want {
			t.Errorf("%q: 12/03/2024 = %q, want %q", tc.text, got, tc.want)
		}
	}
}
