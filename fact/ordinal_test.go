package fact

import "testing"

// TestIsOrdinal checks that isOrdinal agrees with ordinalRE.
func TestIsOrdinal(t *testing.T) {
	for _, w := range []string{"", "1", "st", "1st", "2nd", "3rd", "4th", "21st", "100th", "1ST", "1sT", "a1st", "1a st", "x2nd", "12", "12s", "th", "0th", "١st", "1st.", " 1st", "first", "2nd2nd"} {
		if got, want := isOrdinal(w), ordinalRE.MatchString(w); got != want {
			t.Errorf("isOrdinal(%q) = %v, ordinalRE says %v", w, got, want)
		}
	}
}
