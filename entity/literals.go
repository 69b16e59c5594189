package entity

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// maxLiterals is the most strings a literal set of a pattern holds before
// it is given up as too large to help.
const maxLiterals = 16

// requiredLiterals returns strings one of which every match of the
// pattern contains, read from its syntax (RE2's prefilter idea): the
// strings of the run of elements with few possible texts that tells most
// apart. ok is false when the syntax gives none.
func requiredLiterals(pattern string) (lits []string, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	return minimalLiterals(literalsOf(re))
}

// anchoredPrefixes returns the strings one of which a text must start with
// to match the pattern, anchored at the start of the text: the texts of the
// run of elements after "^" that have few possible texts. ok is false when
// the pattern is not anchored or no such run follows "^".
func anchoredPrefixes(pattern string) (prefixes []string, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil, false
	}
	run := []string{""}
	for _, sub := range re.Sub[1:] {
		set, ok := exactTexts(sub)
		if !ok {
			break
		}
		next, ok := product(run, set)
		if !ok {
			break
		}
		run = next
	}
	if slices.Contains(run, "") {
		return nil, false // the run may match nothing: any text may follow "^"
	}
	// without the strings another one starts: a text that starts with them starts with it
	return minimalBy(run, strings.HasPrefix), true
}

// anchoredRun returns, for the pattern anchored at the start of the text,
// the texts of the run of elements after "^" that have few possible texts
// (as anchoredPrefixes reads it, none left out) and the bytes the rest of
// the pattern after the run must start with: a text that matches starts
// with one of the texts and one of those bytes. ok is false when there is
// no such run, or nothing follows it, or the rest may match nothing or its
// start cannot be told.
func anchoredRun(pattern string) (texts []string, next byteSet, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil, next, false
	}
	run, k := []string{""}, 1
	for ; k < len(re.Sub); k++ {
		set, ok := exactTexts(re.Sub[k])
		if !ok {
			break
		}
		more, ok := product(run, set)
		if !ok {
			break
		}
		run = more
	}
	if k == 1 || k == len(re.Sub) || slices.Contains(run, "") {
		return nil, next, false
	}
	nullable, known := firstBytes(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[k:]}, &next)
	if !known || nullable {
		return nil, next, false
	}
	return run, next, true
}

// startsRun reports whether text starts with one of run and then a byte
// of next, or ends right after it (anchoredRun's test).
func startsRun(text string, run []string, next *byteSet) bool {
	for _, t := range run {
		if strings.HasPrefix(text, t) && (len(text) == len(t) || next.has(text[len(t)])) {
			return true
		}
	}
	return false
}

// secondBytes returns the second bytes of texts; ok is false when there
// are no texts or one is shorter than two bytes.
func secondBytes(texts []string) (set byteSet, ok bool) {
	for _, t := range texts {
		if len(t) < 2 {
			return set, false
		}
		set.add(t[1])
	}
	return set, len(texts) > 0
}

// hasAnyPrefix reports whether text starts with one of prefixes.
func hasAnyPrefix(text string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// literalNear reports whether text holds one of lits and, when digits is
// set, an ASCII digit at most width bytes before or after it.
func literalNear(text string, lits []string, digits bool, width int) bool {
	for _, l := range lits {
		for from := 0; ; {
			i := strings.Index(text[from:], l)
			if i < 0 {
				break
			}
			p := from + i
			if !digits || hasDigitIn(text[max(0, p-width):min(len(text), p+len(l)+width)]) {
				return true
			}
			from = p + 1
		}
	}
	return false
}

// literalsOf returns strings one of which every match of re contains, nil
// when there are none to tell.
func literalsOf(re *syntax.Regexp) []string {
	if set, ok := exactTexts(re); ok && !slices.Contains(set, "") {
		return set
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return literalsOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalsOf(re.Sub[0])
		}
	case syntax.OpConcat:
		return concatLiterals(re.Sub)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			l := literalsOf(sub)
			if l == nil || len(out)+len(l) > maxLiterals {
				return nil
			}
			out = append(out, l...)
		}
		return out
	}
	return nil
}

// concatLiterals is literalsOf for a concatenation: the best of the sets
// of its runs of elements with few possible texts (their products) and of
// the required strings of its other elements.
func concatLiterals(subs []*syntax.Regexp) []string {
	var best []string
	consider := func(set []string) {
		if set != nil && !slices.Contains(set, "") && betterLiterals(set, best) {
			best = set
		}
	}
	run := []string{""}
	for _, sub := range subs {
		if set, ok := exactTexts(sub); ok {
			if next, ok := product(run, set); ok {
				run = next
				continue
			}
			consider(run)
			run = set
			continue
		}
		consider(run)
		run = []string{""}
		consider(literalsOf(sub))
	}
	consider(run)
	return best
}

// betterLiterals reports whether set a tells more texts apart than b (nil:
// none): its shortest string is longer, or as long with fewer strings.
func betterLiterals(a, b []string) bool {
	if b == nil {
		return true
	}
	la, lb := shortest(a), shortest(b)
	return la > lb || la == lb && len(a) < len(b)
}

// shortest returns the length of the shortest string of set.
func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// minimalLiterals drops from set the strings that contain another of its
// strings (a text that holds the longer one holds the shorter one) and
// sorts it; ok is false for an empty set or one that holds "".
func minimalLiterals(set []string) ([]string, bool) {
	if len(set) == 0 || slices.Contains(set, "") {
		return nil, false
	}
	return minimalBy(set, strings.Contains), true
}

// minimalBy returns set, sorted, without the strings s for which
// covers(s, t) holds of another of its strings t (shorter, or equal and
// listed first): what a text holding t already tells.
func minimalBy(set []string, covers func(s, t string) bool) []string {
	var out []string
	for i, s := range set {
		keep := true
		for j, t := range set {
			if i != j && covers(s, t) && (len(t) < len(s) || j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// exactTexts returns every text re can match, when they are at most
// maxLiterals; an assertion ("\b", "^") matches the empty text. ok is false
// when there are more or they cannot be told (case folding, repeats
// without bound, any character).
func exactTexts(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return []string{string(re.Rune)}, true
		}
		set = []string{""}
		for _, r := range re.Rune {
			if set, ok = product(set, foldOrbit(r)); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > maxLiterals {
				return nil, false
			}
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, string(r))
			}
		}
		return set, len(set) > 0
	case syntax.OpCapture:
		return exactTexts(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := exactTexts(re.Sub[0])
		if !ok || len(sub)+1 > maxLiterals {
			return nil, false
		}
		return append([]string{""}, sub...), true
	case syntax.OpRepeat:
		if re.Max < 0 {
			return nil, false
		}
		sub, ok := exactTexts(re.Sub[0])
		if !ok {
			return nil, false
		}
		power := []string{""}
		for k := 1; k <= re.Min; k++ {
			if power, ok = product(power, sub); !ok {
				return nil, false
			}
		}
		set = slices.Clone(power)
		for k := re.Min + 1; k <= re.Max; k++ {
			if power, ok = product(power, sub); !ok || len(set)+len(power) > maxLiterals {
				return nil, false
			}
			set = append(set, power...)
		}
		return set, true
	case syntax.OpConcat:
		set = []string{""}
		for _, sub := range re.Sub {
			s, ok := exactTexts(sub)
			if !ok {
				return nil, false
			}
			if set, ok = product(set, s); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, ok := exactTexts(sub)
			if !ok || len(set)+len(s) > maxLiterals {
				return nil, false
			}
			set = append(set, s...)
		}
		return set, true
	}
	return nil, false
}

// foldOrbit returns r and the runes it folds to as strings ("k", "K" and
// the Kelvin sign for 'k').
func foldOrbit(r rune) []string {
	out := []string{string(r)}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, string(f))
	}
	return out
}

// product returns every string of a followed by one of b; ok is false when
// there would be more than maxLiterals.
func product(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxLiterals {
		return nil, false
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out, true
}
