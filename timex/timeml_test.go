package timex_test

import (
	"testing"
	"time"

	"github.com/hearsay-news/hearsay/timex"
)

// TestTimeML checks that a time counted from the last mentioned one with a
// signal after it is, as TimeML annotates it, the duration before the
// signal, while whole years and quarters and times without a duration
// before the signal stay as tagged, and that a part of a named day ("the
// night of 13 October") is the date alone.
func TestTimeML(t *testing.T) {
	tg, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	dct := time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, last, typ, value string }{
		{"The talks broke down on March 3. Three days later, the union called a strike.", "Three days", "DURATION", "P3D"},
		{"Trucks crossed the border on Monday. A day earlier, the road had been shut.", "A day", "DURATION", "P1D"},
		{"The mayor resigned on June 2, 2021. A few days later her deputy was sworn in.", "A few days", "DURATION", "PXD"},
		{"Riot police arrived on Aug. 1, and an hour later the square was cleared.", "an hour", "DURATION", "PT1H"},
		{"The ministers met on May 4. Two weeks afterward, they signed the treaty.", "Two weeks", "DURATION", "P2W"},
		{"Net income rose to $5 million in the third quarter of 2022 from $4 million a year earlier.", "a year earlier", "DATE", "2021-Q3"},
		{"The plant closed in 2019. Two years later it reopened.", "Two years later", "DATE", "2021"},
		{"The fire started on Aug. 2. Hours later, the town was evacuated.", "Hours later", "DATE", "2023-08-02"},
		{"Troops will stay in the region for a while.", "a while", "DURATION", "PXX"},
		{"She had not spoken to him for a long time.", "a long time", "DURATION", "PXX"},
		{"He served as interim director for a time.", "a time", "DURATION", "PXX"},
		{"He phoned his brother on the night of 13 October.", "13 October", "DATE", "2022-10-13"},
		{"He was last seen on the morning of Friday, July 28, 2023.", "Friday, July 28, 2023", "DATE", "2023-07-28"},
	}
	for _, tt := range tests {
		xs := tg.TimeML(tt.text, tg.Tag(tt.text, 0, dct, nil), dct)
		if len(xs) == 0 {
			t.Errorf("%q: no timex", tt.text)
			continue
		}
		x := xs[len(xs)-1]
		if x.Text != tt.last || string(x.Type) != tt.typ || x.Value != tt.value || tt.text[x.Start:x.End] != x.Text {
			t.Errorf("%q: last timex %q %s %s; want %q %s %s", tt.text, x.Text, x.Type, x.Value, tt.last, tt.typ, tt.value)
		}
	}
}
