package entity

import "testing"

func TestAnchoredStart(t *testing.T) {
	tests := []struct {
		pattern string
		ok      bool
		in, out string // bytes in the set, bytes not in it
	}{
		{`^, (\d+)`, true, ",", " 0a"},
		{`^,? (?:is|was)`, true, ", ", "ia"},
		{`^ \((?:age )?(\d{1,3})\)`, true, " ", "(a"},
		{`^(?i)at`, true, "aA\xc3\xe2", "bt"},
		{`^[a-c]+x`, true, "abc", "dx\xc3"},
		{`^[a-cé]+x`, true, "abc\xc3\x80", "dx"},
		{`^(?:x|$)`, false, "", ""},
		{`^\bword`, true, "w", "o"},
		{`^.x`, false, "", ""},
		{`\b(\d+) years`, false, "", ""},
		{`^a*b?`, false, "", ""},
		{`^(?:ab){0,2}c`, true, "ac", "b"},
	}
	for _, tt := range tests {
		set, ok := anchoredStart(tt.pattern)
		if ok != tt.ok {
			t.Errorf("%q: ok = %v, want %v", tt.pattern, ok, tt.ok)
			continue
		}
		for i := 0; i < len(tt.in); i++ {
			if !set.has(tt.in[i]) {
				t.Errorf("%q: %q not in the set", tt.pattern, tt.in[i])
			}
		}
		for i := 0; i < len(tt.out); i++ {
			if set.has(tt.out[i]) {
				t.Errorf("%q: %q in the set", tt.pattern, tt.out[i])
			}
		}
	}
}

// TestAnchoredStartAgrees checks the filter of every age rule against its
// pattern: a text the filter turns away has no match.
func TestAnchoredStartAgrees(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{", 42, said", " (42)", " is 42.", ", was forty-two,", "At 16, she", "at 42.", "aged 9 ", "born in 1980", "a 42-year-old", "Ünal, 42,", "\xff, 42,", "K 42"}
	for _, rule := range lx.ages {
		for _, text := range texts {
			for i := range text {
				if s := text[i:]; !rule.mayMatch(s) && rule.re.MatchString(s) {
					t.Errorf("rule %s turns away %q, which it matches", rule.name, s)
				}
			}
		}
	}
}
