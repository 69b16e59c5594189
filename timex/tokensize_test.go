package timex

import (
	"testing"
	"unsafe"
)

// TestTokenSize: on 64-bit machines a token fills one cache line; a field
// added or moved that makes it larger shows here.
func TestTokenSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes differ on 32-bit machines")
	}
	if s := unsafe.Sizeof(token{}); s != 64 {
		t.Errorf("token is %d bytes, want 64", s)
	}
}
