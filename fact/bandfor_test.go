package fact

import "testing"

// TestBandWords checks the words that name an organisation as a band before
// its name and those that refer back to it.
func TestBandWords(t *testing.T) {
	named := map[string]bool{
		"Folk trio ":                    true,
		"the Leeds four-piece ":         true,
		"(post-punk outfit ":            true,
		"She joined the ":               false,
		"a statement from the company ": false,
	}
	for before, want := range named {
		if got := namedAsBand(before); got != want {
			t.Errorf("namedAsBand(%q) = %v, want %v", before, got, want)
		}
	}
	refers := map[string]bool{
		"ian roe joined the band in 2016.":           true,
		"the group's drummer, tove sand, said so.":   true,
		"she left the quartet last year.":            true,
		"he joined the bandwagon early.":             false,
		"she works for the groupon office in leeds.": false,
	}
	for s, want := range refers {
		if got := refersToBand(s); got != want {
			t.Errorf("refersToBand(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBandAppositive checks a band noun set after a name.
func TestBandAppositive(t *testing.T) {
	for after, want := range map[string]bool{
		", the Leeds four-piece, said":       true,
		", a folk trio from Cork, will play": true,
		", the label said":                   false,
		" band members said":                 false,
	} {
		if got := bandAppositive(after); got != want {
			t.Errorf("bandAppositive(%q) = %v, want %v", after, got, want)
		}
	}
}
