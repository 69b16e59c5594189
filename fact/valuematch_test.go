package fact

import (
	"regexp"
	"testing"
)

// reAmount is what matchAmount reads.
var reAmount = regexp.MustCompile(`^P(\d+)([YMWD])$`)

// TestValueMatchers checks the value readers that stand in for regular
// expressions against those expressions.
func TestValueMatchers(t *testing.T) {
	values := []string{"", "P", "PY", "P1Y", "P12Y", "P1M", "P18M", "P2W", "P3D", "P1DE", "P3DE", "PDE", "P1H", "P1.5Y", "PT3H",
		"P-1Y", "XP1Y", "P1YX", "P１Y", "2021", "2021-06", "2021-6", "2021-06-01", "2021-W05", "2021-SU", "20210-06", "2021-0a",
		"abcd-06", "2021-06\n", "P1Y\n", "PXY", "P0Y", "P00Y"}
	for _, v := range values {
		m := reAmount.FindStringSubmatch(v)
		d, u, ok := matchAmount(v)
		if ok != (m != nil) || ok && (d != m[1] || u != m[2]) {
			t.Errorf("matchAmount(%q) = %q, %q, %v; reAmount %q", v, d, u, ok, m)
		}
		for _, c := range []struct {
			unit string
			re   []string
		}{{"Y", reYears.FindStringSubmatch(v)}, {"M", reMonths.FindStringSubmatch(v)}, {"DE", reDecades.FindStringSubmatch(v)}} {
			d, ok := durationOf(v, c.unit)
			if ok != (c.re != nil) || ok && d != c.re[1] {
				t.Errorf("durationOf(%q, %q) = %q, %v; regular expression %q", v, c.unit, d, ok, c.re)
			}
		}
		if got, want := isYearMonth(v), reMonth.MatchString(v); got != want {
			t.Errorf("isYearMonth(%q) = %v, reMonth %v", v, got, want)
		}
	}
}

// TestIsStateType checks the switch of isStateType against the fact
// vocabulary.
func TestIsStateType(t *testing.T) {
	types := []string{candidateType, contenderType, statusType, succeededType, succeedsType, "", "unknown"}
	for typ := range schemaTypes {
		types = append(types, typ)
	}
	for _, typ := range types {
		info, _ := typeOf(typ)
		if got := isStateType(typ); got != info.state {
			t.Errorf("isStateType(%q) = %v, typeOf says %v", typ, got, info.state)
		}
	}
}
