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

// recorder is a hash.Hash that keeps the bytes written to it.
type recorder struct{ strings.Builder }

func (r *recorder) Sum(b []byte) []byte { return append(b, r.String()...) }
func (r *recorder) Size() int           { return 0 }
func (r *recorder) BlockSize() int      { return 1 }

// collapsedBytewise is what writeCollapsed writes, computed a byte at a
// time: blanks trimmed, each run of blanks one space.
func collapsedBytewise(text string) string {
	var b strings.Builder
	pending := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isBlank(r) {
			pending = b.Len() > 0
		} else {
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteString(text[i : i+n]) // broken UTF-8 as it stands
		}
		i += n
	}
	return b.String()
}

// TestWriteCollapsed checks writeCollapsed, which passes over plain text
// eight bytes at a time, against collapsing rune by rune, on texts with
// blanks, control bytes, multi-byte characters and broken UTF-8 at every
// place.
func TestWriteCollapsed(t *testing.T) {
	pieces := []string{"plain words here ", "ab", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\x00", "\x01", "\x7f", "é", "’", "\u00a0", "\u2029", "\xff", "word.", "x y z ", "12345678"}
	seed := uint32(5)
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := 0; k < n%50; k++ {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[seed>>24%uint32(len(pieces))])
		}
		text := b.String()
		var h recorder
		w := hashWriter{h: &h}
		w.b = w.buf[:0]
		writeCollapsed(&w, text)
		h.Write(w.b)
		if got, want := h.String(), collapsedBytewise(text); got != want {
			t.Fatalf("writeCollapsed(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestPlainWord checks the eight-byte test against the bytes one by one:
// it may say true only when every space is followed by a plain byte and
// every other byte is plain (ASCII above the space).
func TestPlainWord(t *testing.T) {
	seed := uint64(11)
	for n := 0; n < 300000; n++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		x := seed
		if n%2 == 0 { // mostly letters and single spaces, as in text
			x = x&0x1f1f1f1f1f1f1f1f | 0x6060606060606060
			for k := 0; k < 8; k++ {
				if seed>>(40+k)&7 == 0 {
					x = x&^(0xff<<(8*k)) | 0x20<<(8*k)
				}
			}
			if n%6 == 0 {
				x ^= uint64(n%256) << (8 * (n % 8)) // one byte of any value
			}
		}
		next := byte(seed >> 3)
		b := make([]byte, 9)
		for k := 0; k < 8; k++ {
			b[k] = byte(x >> (8 * k))
		}
		b[8] = next
		for _, after := range []bool{false, true} {
			plain := true
			for k := 0; k < 8; k++ {
				switch c := b[k]; {
				case c == ' ':
					if d := b[k+1]; d <= ' ' || d >= 0x80 || k == 0 && !after {
						plain = false
					}
				case c < ' ' || c >= 0x80:
					plain = false
				}
			}
			if got := plainWord(x, next, after); got != plain {
				t.Fatalf("plainWord(%#x, %#x, %v) = %v, want %v", x, next, after, got, plain)
			}
		}
	}
}

// TestIsASCII checks isASCII, which tests sixteen bytes at a time, with a
// byte beyond ASCII at every place of texts of every length up to 40.
func TestIsASCII(t *testing.T) {
	for n := 0; n <= 40; n++ {
		plain := strings.Repeat("a", n)
		if !isASCII(plain) {
			t.Fatalf("isASCII(%q) = false", plain)
		}
		for k := 0; k < n; k++ {
			s := plain[:k] + "\x80" + plain[k+1:]
			if isASCII(s) {
				t.Fatalf("isASCII(%q) = true", s)
			}
		}
	}
}
