package reader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// notTextBytesBytewise is notTextBytes reading every byte on its own, the
// reference the eight-byte test must agree with.
func notTextBytesBytewise(sample []byte) int {
	bad := 0
	for i := 0; i < len(sample); {
		if c := sample[i]; c < utf8.RuneSelf {
			bad += int(controlByte[c])
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax {
			bad++
		}
		i += size
	}
	return bad
}

// TestPlainText8 checks the eight-byte test against the bytes one by one:
// it may say false for plain bytes only when a byte is not plain.
func TestPlainText8(t *testing.T) {
	seed := uint64(7)
	for n := 0; n < 200000; n++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		x := seed
		if n%2 == 0 { // mostly printable bytes, as in text
			x = x&0x3f3f3f3f3f3f3f3f | 0x2020202020202020
			if n%6 == 0 {
				x ^= uint64(n%256) << (8 * (n % 8)) // one byte of any value
			}
		}
		plain := true
		for k := 0; k < 8; k++ {
			if c := byte(x >> (8 * k)); c < 0x20 || c >= 0x7f {
				plain = false
			}
		}
		if got := plainText8(x); got != plain {
			t.Fatalf("plainText8(%#x) = %v, want %v", x, got, plain)
		}
	}
}

// TestNotTextBytes checks that notTextBytes counts as reading the bytes
// one by one does, on texts with control bytes, DEL, multi-byte and broken
// characters at every place.
func TestNotTextBytes(t *testing.T) {
	pieces := []string{"plain words here ", "\n", "\t", "\x00", "\x01", "\x7f", "é", "’", "\xff", "\xe2\x80", "\x1b[0m", "12345678"}
	seed := uint32(3)
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := 0; k < n%60; k++ {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[seed>>24%uint32(len(pieces))])
		}
		data := []byte(b.String())
		if got, want := notTextBytes(data), notTextBytesBytewise(data); got != want {
			t.Fatalf("notTextBytes(%q) = %d, want %d", data, got, want)
		}
	}
}
