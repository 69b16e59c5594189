package fact

import (
	"strings"
	"testing"
)

// TestLastField checks lastField and lowerPlural against strings.Fields and
// strings.ToLower.
func TestLastField(t *testing.T) {
	for _, s := range []string{"", " ", "Anna", "  Anna  Lee ", "her husband", "x\u00a0Ünal", "\tÉLODIE DUPONT\n", "was\u3000", "Sam SSo", "İstanbul Kaya"} {
		f := strings.Fields(s)
		last, n := lastField(s)
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if last != want || n != min(len(f), 2) {
			t.Errorf("lastField(%q) = %q, %d; want %q, %d", s, last, n, want, min(len(f), 2))
		}
		if lf := strings.Fields(strings.ToLower(s)); len(lf) > 0 && strings.ToLower(last) != lf[len(lf)-1] {
			t.Errorf("lastField(%q) lowercased is %q, the last field of the lowercased text %q", s, strings.ToLower(last), lf[len(lf)-1])
		}
		if got := lowerPlural(want); got != strings.ToLower(want)+"s" {
			t.Errorf("lowerPlural(%q) = %q", want, got)
		}
	}
}
