package fnv1a

import (
	"hash/fnv"
	"testing"
)

// TestAgreesWithStdlib checks the hashes against hash/fnv's New64a, whole
// and continued in parts.
func TestAgreesWithStdlib(t *testing.T) {
	for _, s := range []string{"", "a", "suffix=ing", "Portman\x00affair", "ünïcode"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		want := h.Sum64()
		if got := String(Offset, s); got != want {
			t.Errorf("String(%q) = %x, want %x", s, got, want)
		}
		if got := Bytes(Offset, []byte(s)); got != want {
			t.Errorf("Bytes(%q) = %x, want %x", s, got, want)
		}
		for i := 0; i <= len(s); i++ {
			if got := Bytes(String(Offset, s[:i]), []byte(s[i:])); got != want {
				t.Errorf("%q split at %d = %x, want %x", s, i, got, want)
			}
		}
	}
}
