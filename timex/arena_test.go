package timex

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestStrArena: the strings an arena made keep their bytes while it makes
// more, over several chunks, and one longer than a chunk.
func TestStrArena(t *testing.T) {
	var a strArena
	var got, want []string
	for i := range 3 * arenaChunk / 4 {
		w := strconv.Itoa(i*7919) + "-x"
		got, want = append(got, a.bytes([]byte(w))), append(want, w)
	}
	long := strings.Repeat("ab", arenaChunk)
	got, want = append(got, a.bytes([]byte(long))), append(want, long)
	got, want = append(got, a.bytes([]byte("tail"))), append(want, "tail")
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("string %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestTemplateFill: a template filled in an arena or alone reads the same.
func TestTemplateFill(t *testing.T) {
	long := strings.Repeat("x", arenaChunk/2)
	caps := []capture{{"month", "06"}, {"day", "5"}, {"month", "07"}, {"long", long}}
	cases := []struct{ tmpl, want string }{
		{"2012-{month}", "2012-07"},
		{"{day}", "5"},
		{"=md({month},{day},{year|X})", "=md(07,5,X)"},
		{"P1D", "P1D"},
		{"{year}", ""},
		{"{long}-{long}-{long}", long + "-" + long + "-" + long}, // more than the room asked
		{"=y({month})", "=y(07)"},
	}
	a := &strArena{}
	var made, want []string
	for _, c := range cases {
		tp := compileTemplate(c.tmpl)
		for _, arena := range []*strArena{nil, a} {
			got := tp.fill(caps, arena)
			if got != c.want {
				t.Errorf("fill(%q) = %q, want %q", c.tmpl, got, c.want)
			}
			made, want = append(made, got), append(want, c.want)
		}
	}
	for i := range made {
		if made[i] != want[i] {
			t.Errorf("value %d changed to %q, want %q", i, made[i], want[i])
		}
	}
}

// TestCyclicValue: cyclicValue writes what strconv and concatenation write,
// in an arena or alone, for years of every width.
func TestCyclicValue(t *testing.T) {
	calls := []struct {
		fn   string
		args []string
	}{{"md", []string{"06", "05"}}, {"quarter", []string{"3"}}, {"month", []string{"11"}}, {"season", []string{"WI"}}}
	for _, r := range []*resolver{{}, {arena: &strArena{}}} {
		for _, y := range []int{-12, 0, 7, 42, 999, 1000, 1999, 2024, 9999, 10000, 123456} {
			for _, c := range calls {
				for _, suffix := range []string{"", "TNI"} {
					want := cyclicValueSigned(c.fn, c.args, y) + suffix
					if got := r.cyclicValue(c.fn, c.args, y, suffix); got != want {
						t.Errorf("cyclicValue(%s, %v, %d, %q) = %q, want %q", c.fn, c.args, y, suffix, got, want)
					}
				}
			}
		}
	}
}

// TestResolverValue: value writes format's value and the suffix, in an
// arena or alone, at every granularity and for years fmt writes.
func TestResolverValue(t *testing.T) {
	days := []time.Time{
		time.Date(0, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(987, 2, 28, 0, 0, 0, 0, time.UTC),
		time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 4, 0, 0, 0, 0, time.UTC),
		time.Date(9998, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(12345, 6, 7, 0, 0, 0, 0, time.UTC),
	}
	for _, r := range []*resolver{{}, {arena: &strArena{}}} {
		for _, d := range days {
			for g := granCentury; g <= granDay; g++ {
				for _, suffix := range []string{"", "TNI", "-WE"} {
					if got, want := r.value(d, g, suffix), format(d, g)+suffix; got != want {
						t.Errorf("value(%v, %d, %q) = %q, want %q", d, g, suffix, got, want)
					}
				}
			}
		}
	}
}
