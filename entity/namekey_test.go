package entity

import "testing"

// TestNameKeyIs checks that nameKeyIs agrees with comparing nameKey, for
// ASCII and other names.
func TestNameKeyIs(t *testing.T) {
	names := [][]string{
		{"Ann", "Moss"}, {"ANN", "MOSS"}, {"Ann"}, {"Ann", "Mos"}, {"Zoë", "Kravitz"}, {"ZOË", "Kravitz"},
		{"Éric", "Zemmour"}, {"Ann", "Moss", "Jr."}, {"Ann Moss"}, {}, {"İpek"}, {"a\xffb"},
	}
	keys := []string{"ann moss", "ann", "ann mos", "zoë kravitz", "éric zemmour", "ann moss jr.", "", "i̇pek", "ann  moss", "a\uFFFDb"}
	for _, ws := range names {
		m := &ment{words: ws}
		for _, k := range keys {
			if got, want := nameKeyIs(m, k), nameKey(m) == k; got != want {
				t.Errorf("nameKeyIs(%q, %q) = %v, want %v", ws, k, got, want)
			}
		}
	}
}
