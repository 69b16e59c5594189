package wordclass

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestClassPath(t *testing.T) {
	for _, path := range []string{"", "0", "1", "0110", "1111000011110000"} {
		c, err := ParseClass(path)
		if err != nil {
			t.Fatal(err)
		}
		if c.String() != path || c.Depth() != len(path) {
			t.Errorf("ParseClass(%q) = %v (depth %d)", path, c, c.Depth())
		}
		for d := 0; d <= len(path)+1; d++ {
			want := path[:min(d, len(path))]
			if got := c.Prefix(d).String(); got != want {
				t.Errorf("%q.Prefix(%d) = %q, want %q", path, d, got, want)
			}
		}
	}
	if _, err := ParseClass("012"); err == nil {
		t.Error("ParseClass(012): no error")
	}
	if Class(0).Prefix(3) != 0 || Class(0).String() != "-" {
		t.Error("no class is not kept")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Monday": "monday", "mid-1990s": "mid-0000s", "ÉCOLE": "école", "B52": "b00"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRead(t *testing.T) {
	const data = "00\tmonday friday\n01\tsaid told\n1\tthe monday\n"
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(data))
	zw.Close()
	for _, r := range []*strings.Reader{strings.NewReader(data), strings.NewReader(buf.String())} {
		cs, err := Read(r)
		if err != nil {
			t.Fatal(err)
		}
		if cs.Len() != 5 || cs.MaxDepth() != 2 {
			t.Errorf("Len %d, MaxDepth %d", cs.Len(), cs.MaxDepth())
		}
		if got := cs.Lookup("Monday").String(); got != "1" {
			t.Errorf("Monday: %q, want its last class 1", got)
		}
		if got := cs.Lookup("Told").String(); got != "01" {
			t.Errorf("Told: %q", got)
		}
		if cs.Lookup("xyzzy") != 0 {
			t.Error("unknown word has a class")
		}
	}
	if _, err := Read(strings.NewReader("00 monday\n")); err == nil {
		t.Error("line without a tab: no error")
	}
}

// TestDefault checks the embedded classes: words used alike share deep
// prefixes, words used otherwise part early.
func TestDefault(t *testing.T) {
	cs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if cs.Len() < 300000 || cs.MaxDepth() != 16 {
		t.Fatalf("%d words, depth %d", cs.Len(), cs.MaxDepth())
	}
	shared := func(a, b string) int {
		ca, cb := cs.Lookup(a), cs.Lookup(b)
		if ca == 0 || cb == 0 {
			t.Fatalf("%q or %q has no class", a, b)
		}
		d := 0
		for d < min(ca.Depth(), cb.Depth()) && ca.Prefix(d+1) == cb.Prefix(d+1) {
			d++
		}
		return d
	}
	for _, p := range [][2]string{{"Monday", "Friday"}, {"said", "told"}, {"ibuprofen", "codeine"}, {"Smith", "Jones"}} {
		if d := shared(p[0], p[1]); d < 10 {
			t.Errorf("%s and %s share %d levels", p[0], p[1], d)
		}
	}
	if d := shared("Monday", "ibuprofen"); d > 4 {
		t.Errorf("Monday and ibuprofen share %d levels", d)
	}
}

func BenchmarkLookup(b *testing.B) {
	cs, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("The Reuters report said on Monday that shares of Acme rose 3 percent")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		cs.Lookup(words[i%len(words)])
	}
}

// BenchmarkRead measures reading the embedded classes, as Default does
// once per process.
func BenchmarkRead(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytes.NewReader(gloveData)); err != nil {
			b.Fatal(err)
		}
	}
}
