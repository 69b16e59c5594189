package entity

import (
	"reflect"
	"strings"
	"testing"
)

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

func TestAnchoredWidth(t *testing.T) {
	tests := []struct {
		pattern string
		width   int
		ok      bool
	}{
		{`^, (\d{1,3}),`, 2 + 3*4 + 1, true},
		{`^ \((?:age )?(\d{1,3})\)`, 2 + 4 + 12 + 1, true},
		{`^(?:is|was now)$`, 7, true},
		{`^é`, 2, true},
		{`^a+`, 0, false},
		{`^a*b`, 0, false},
		{`a{2}`, 0, false},
	}
	for _, tt := range tests {
		if w, ok := anchoredWidth(tt.pattern); w != tt.width || ok != tt.ok {
			t.Errorf("anchoredWidth(%q) = %d, %v; want %d, %v", tt.pattern, w, ok, tt.width, tt.ok)
		}
	}
}

// TestAgeRuleHead checks that every age rule matches the head of a text as
// it matches the whole text.
func TestAgeRuleHead(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	starts := []string{", 42, said", " (42) and", " is 42.", ", was forty-two,", " turns seventy-seven years old", "At 16, she", ", now 42", " is now twenty-five years old;", ", 7", " (aged 101)"}
	tails := []string{"", " and then some more words follow here in the sentence.", "$é€𝄞 tail", strings.Repeat("x", 60)}
	for _, rule := range lx.ages {
		for _, s := range starts {
			for _, tail := range tails {
				for cut := 0; cut <= len(s); cut++ {
					text := s[:cut] + tail
					full := rule.re.FindStringSubmatchIndex(text)
					head := rule.re.FindStringSubmatchIndex(rule.head(text))
					if !reflect.DeepEqual(full, head) {
						t.Errorf("rule %s on %q: head gives %v, the whole text %v", rule.name, text, head, full)
					}
				}
			}
		}
	}
}
