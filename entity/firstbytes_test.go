package entity

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
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

func TestDigitWindow(t *testing.T) {
	tests := []struct {
		pattern string
		width   int
		ok      bool
	}{
		{`\b(\d{1,3})-years?-old\b`, 3*4 + 1 + 5 + 4, true},
		{`\b[Aa]t (?:age )?(\d{1,3})(?:,|\.|;|$)`, 4 + 2 + 4 + 12 + 4, true}, // a class counts a rune's most bytes
		{`\baged (\d{1,3}|one|two)\b`, 0, false},                             // an age in words holds no digit
		{`(?:a|7)b`, 0, false},
		{`x(?:1|2)`, 1 + 4, true},
		{`\d+ years`, 0, false}, // no bound
		{`\bborn\b`, 0, false},
	}
	for _, tt := range tests {
		if w, ok := digitWindow(tt.pattern); w != tt.width || ok != tt.ok {
			t.Errorf("digitWindow(%q) = %d, %v; want %d, %v", tt.pattern, w, ok, tt.width, tt.ok)
		}
	}
}

// TestAgeRuleFilters checks that the filters of the age rules (mayMatch,
// mayMatchIn) keep every text a rule matches.
func TestAgeRuleFilters(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"She is a 41-year-old actress.", "At 16, she left home.", "He died at 71.", "the 2019 film, at the premiere of 12 Years a Slave",
		"Vance, now 52, was 7 years old then", "born in 1990 at 3 a.m.", "a 9 year old at 3; at 4.", "In 2011 they met at the set, 20 years later",
		"turned 40 last year at home", "a five-year-old", "aged 30", "years-old 41", "2014 and at age 19.", "at age 101.", ", 42, said",
		" (42) and", " is 42.", ", was forty-two,", " turns seventy-seven years old", ", now 42", " is now twenty-five years old;", " (aged 101)",
		"AT 30, he", "Kim turned sixty-one", "their son arrived on May 2", "was born on", ", currently 33 —", " 55"}
	filler := []string{"", " ", "x", "é", strings.Repeat("word ", 5)}
	for _, rule := range lx.ages {
		for _, text := range texts {
			for _, f := range filler {
				for _, s := range []string{text + f, f + text + f} {
					if rule.re.FindStringIndex(s) != nil && (!rule.mayMatch(s) || !rule.mayMatchIn(s)) {
						t.Errorf("rule %s matches %q, which its filters drop", rule.name, s)
					}
				}
			}
		}
	}
	for _, s := range []string{"He died on Monday.", "She passed away", "after his death,", "dies at 90", "the deaths"} {
		if lx.deathRe.MatchString(s) && (!lx.deathLitsSet || !literalNear(s, lx.deathLits, false, 0)) {
			t.Errorf("the death cues match %q, which their filter drops", s)
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
	}{
		{`\b(\d{1,3})-years?-old\b`, []string{"-year-old", "-years-old"}},
		{`\b[Aa]t (?:age )?(\d{1,3})(?:,|\.|;|$)`, []string{"At ", "at "}},
		{`\bborn\b(?: in| on)?`, []string{"born"}},
		{`(?:x+|y)z`, []string{"z"}},
		{`(?:abc|de)+`, []string{"abc", "de"}},
		{`a*`, nil},
		{`.`, nil},
		{`\d{1,3}`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`\d*x?`, nil},
	}
	for _, tt := range tests {
		got, ok := requiredLiterals(tt.pattern)
		if !reflect.DeepEqual(got, tt.want) || ok != (tt.want != nil) {
			t.Errorf("requiredLiterals(%q) = %q, %v; want %q", tt.pattern, got, ok, tt.want)
		}
	}
}

func TestAnchoredPrefixes(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
	}{
		{`^,? (?:is|was|is now) (\d+)`, []string{" is ", " was ", ", is ", ", was "}},
		{`^ \((?:age )?(\d{1,3})\)`, []string{" ("}},
		{`^(?:, )?\d`, nil}, // may start with a digit
		{`, (\d+)`, nil},    // not anchored
		{`^\d+`, nil},
	}
	for _, tt := range tests {
		got, ok := anchoredPrefixes(tt.pattern)
		if !reflect.DeepEqual(got, tt.want) || ok != (tt.want != nil) {
			t.Errorf("anchoredPrefixes(%q) = %q, %v; want %q", tt.pattern, got, ok, tt.want)
		}
	}
}

// TestSecondBytes checks the second bytes of a run, and that a run with
// a text shorter than two bytes has none to tell.
func TestSecondBytes(t *testing.T) {
	tests := []struct {
		run  []string
		want string // the bytes of the set; "" when ok is false
	}{
		{[]string{" is ", " was ", ", is "}, "iw "},
		{[]string{", ", ", now "}, " "},
		{[]string{" (", "x"}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		set, ok := secondBytes(tt.run)
		if ok != (tt.want != "") {
			t.Errorf("secondBytes(%q) ok = %v", tt.run, ok)
			continue
		}
		for b := 0; ok && b < 256; b++ {
			if want := strings.IndexByte(tt.want, byte(b)) >= 0; set.has(byte(b)) != want {
				t.Errorf("secondBytes(%q): byte %q in the set: %v, want %v", tt.run, byte(b), !want, want)
			}
		}
	}
}

// TestAnchoredRun checks the run of texts after "^" and the bytes the
// rest starts with, and that the age rules read after a name turn away
// texts whose run is followed by a byte no match has there.
func TestAnchoredRun(t *testing.T) {
	tests := []struct {
		pattern string
		run     []string
		next    string // the ASCII bytes of the set
	}{
		{`^,? (?:is|was) (\d)`, []string{" is ", " was ", ", is ", ", was "}, "0123456789"},
		{`^, (?:now )?(\d{1,3})`, []string{", ", ", now "}, "0123456789"},
		{`^ \((\d+)\)`, []string{" ("}, "0123456789"},
		{`^, (\d+)?`, nil, ""}, // the rest may match nothing
		{`^, is`, nil, ""},     // nothing after the run
		{`^\d+, is`, nil, ""},  // no run
		{`, (\d+)`, nil, ""},   // not anchored
		{`^, (?i:x)\d`, []string{", X", ", x"}, "0123456789"},
	}
	for _, tt := range tests {
		run, next, ok := anchoredRun(tt.pattern)
		if !reflect.DeepEqual(run, tt.run) || ok != (tt.run != nil) {
			t.Errorf("anchoredRun(%q) = %q, %v; want %q", tt.pattern, run, ok, tt.run)
			continue
		}
		for b := 0; ok && b < utf8.RuneSelf; b++ {
			if want := strings.IndexByte(tt.next, byte(b)) >= 0; next.has(byte(b)) != want {
				t.Errorf("anchoredRun(%q): byte %q in the set: %v, want %v", tt.pattern, byte(b), !want, want)
			}
		}
	}
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for _, rule := range lx.ages {
		var keep, drop []string
		switch rule.name {
		case "age-apposition":
			keep, drop = []string{", 42,", ", now 42.", ", currently 9;"}, []string{", who won in 2019", ", the 42", ", in 2021."}
		case "age-copula":
			keep, drop = []string{" is 42.", " was forty-two,", " is now 30", ", is fifty"}, []string{" was photographed in 2019", " is also 42", " is 9"[:3], " said on Monday", ","}
		default:
			continue
		}
		for _, s := range keep {
			if !rule.mayMatch(s) {
				t.Errorf("rule %s turns away %q", rule.name, s)
			}
		}
		for _, s := range drop {
			if rule.mayMatch(s) {
				t.Errorf("rule %s keeps %q", rule.name, s)
			}
		}
	}
}

// TestTokenAt checks the per-token look-ups of a document against the
// lexicons' maps.
func TestTokenAt(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	text := "She and the couple said THEY were with Both of them; his wife, Ada, and the Two met us in the US. " +
		"The actress, who was said to be a mystery woman, told the Daily Star in an interview with Mr. Holt on Monday. " +
		"The chief executive officer and her younger brother, a former police officer and Labour MP, met the prime minister's wife. " +
		"Dr Ann Lee, Mrs. Ross, Sen. Hale, Lady Jane, St. Ives and Gen. Holt. Mr. and Sir. MRS. dr. Mr"
	doc := &hearsay.Document{Text: text, Tokens: testTokens(text, 0)}
	di := newDocInfo(lx, doc)
	for i, w := range di.lower {
		ti := di.tokenAt(lx, i)
		p, ok := lx.pronouns[w]
		if ti.isPronoun != ok || ti.pronoun != p || ti.groupFirst != lx.groupFirst[w] {
			t.Errorf("token %d %q: tokenAt gives %+v, the maps %+v %v %v", i, w, ti, p, ok, lx.groupFirst[w])
		}
		for e := i + 1; e <= len(di.lower) && e-i <= lx.nounMax+1; e++ {
			got, gotOK := di.nounWords(lx, i, e)
			want, wantOK := lx.nounWords(di.lower[i:e])
			if got != want || gotOK != wantOK {
				t.Errorf("tokens %d-%d %q: nounWords gives %+v %v, the lexicons %+v %v", i, e, di.lower[i:e], got, gotOK, want, wantOK)
			}
		}
		wantHon := ""
		if h := strings.TrimSuffix(w, "."); isCap(doc.Tokens[i].Text) {
			if _, ok := lx.honorifics[h]; ok {
				wantHon = h
			}
		}
		if got := lx.honorific(di, i); got != wantHon {
			t.Errorf("token %d %q: honorific %q, want %q", i, w, got, wantHon)
		}
		for c := cue(0); c < numCues; c++ {
			if got, want := di.is(lx, c, i), lx.is(c, w); got != want {
				t.Errorf("token %d %q: is(%s) gives %v, the class's words %v", i, w, c, got, want)
			}
		}
	}
}

// TestMayMatchNear checks the stretches an age rule is asked of against
// the whole text: no text with a match is turned away, wherever the match
// stands in it, whatever runes stand around it.
func TestMayMatchNear(t *testing.T) {
	lx, err := LoadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	cores := []string{"Portman, 42, said", "Vale (42) and", "she is 42.", "Ode, was forty-two,", "At 16, she", "left at 42.",
		"aged 9 ", "born in 1980", "a 42-year-old", "Ünal, 42,", "turned seventy-seven", "arrived on Monday", "engaged in 2013",
		"that she was 12", "née Smith, 30;", "x42-year-old", "Jo,42,", "at age 7$"}
	sides := []string{"", " ", "a", "é", "𝄞", "_", "9", "\xff", strings.Repeat("word ", 30), strings.Repeat("é", 20) + " "}
	for _, rule := range lx.ages {
		for _, core := range cores {
			for _, before := range sides {
				for _, after := range sides {
					text := before + core + after
					if rule.re.MatchString(text) && !rule.mayMatchNear(text) {
						t.Errorf("rule %s: %q has a match, mayMatchNear says none", rule.name, text)
					}
				}
			}
		}
	}
	if w, ok := matchSpan(`\baged (\d{1,3}|one)\b`); !ok || w != 5+12 {
		t.Errorf("matchSpan = %d, %v; want 17, true", w, ok)
	}
	if _, ok := matchSpan(`\d+ years`); ok {
		t.Error("matchSpan of an unbounded pattern is bounded")
	}
}

// TestMayMatchNearEdges checks that the stretches mayMatchNear asks keep
// the runes around a match, for patterns whose bound is tight: "\B" needs
// the word byte before a match, "\b" the byte after it.
func TestMayMatchNearEdges(t *testing.T) {
	for _, pattern := range []string{`\Bab`, `ab\B`, `\bab\b`, `\Bab\B`} {
		lits, litsOK := requiredLiterals(pattern)
		span, spanOK := matchSpan(pattern)
		rule := ageRule{re: regexp.MustCompile(pattern), lits: lits, litsSet: litsOK, span: span, spanSet: spanOK}
		if !litsOK || !spanOK || span != 2 {
			t.Fatalf("%q: literals %q %v, span %d %v", pattern, lits, litsOK, span, spanOK)
		}
		for _, text := range []string{"xab", "abx", "xabx", "-ab-", "ab", "éabé", "x ab", "yy-ab-zz", "q\xffab"} {
			if want := rule.re.MatchString(text); want && !rule.mayMatchNear(text) {
				t.Errorf("%q on %q: a match, mayMatchNear says none", pattern, text)
			}
		}
	}
}
