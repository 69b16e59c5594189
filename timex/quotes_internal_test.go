package timex

import (
	"reflect"
	"testing"
)

// TestQuoteMarks checks the quotation marks found in a text: straight and
// curly double quotes, doubled backquotes and apostrophes (one mark each),
// and single apostrophes that are none.
func TestQuoteMarks(t *testing.T) {
	tests := []struct {
		text string
		want []quoteMark
	}{
		{"", nil},
		{"Portman's husband said nothing", nil},
		{`"Yes," she said.`, []quoteMark{{0, 1}, {5, 6}}},
		{"\u201cYes,\u201d she said", []quoteMark{{0, 3}, {7, 10}}},
		{"``Yes,'' she said", []quoteMark{{0, 2}, {6, 8}}},
		{"'''", []quoteMark{{0, 2}}},
		{"it's \"", []quoteMark{{5, 6}}},
		{"\u2018single\u2019 and \u2014 dash", nil},
	}
	for _, tc := range tests {
		got := quoteMarks(tc.text, nil)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("quoteMarks(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestOddQuotesBefore checks the parity of the marks that end by an offset.
func TestOddQuotesBefore(t *testing.T) {
	marks := quoteMarks(`He said "we met in June" and left`, nil)
	for _, tc := range []struct {
		off  int
		want bool
	}{{0, false}, {9, true}, {18, true}, {24, false}, {33, false}} {
		if got := oddQuotesBefore(marks, tc.off); got != tc.want {
			t.Errorf("oddQuotesBefore(%d) = %v, want %v", tc.off, got, tc.want)
		}
	}
}
