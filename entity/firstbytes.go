package entity

import (
	"regexp/syntax"
	"unicode/utf8"
)

// A byteSet is a set of bytes.
type byteSet [4]uint64

// anchoredStart returns the bytes a non-empty text must start with for the
// pattern, anchored at the start of the text ("^, (\d+)"), to match it; ok
// is false when the pattern is not anchored, may match the empty string,
// or its start cannot be told from its syntax. It is a quick filter: a
// text whose first byte is not in the set has no match.
func anchoredStart(pattern string) (set byteSet, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return set, false
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return set, false
	}
	nullable, known := firstBytes(re, &set)
	return set, known && !nullable
}

// firstBytes adds to set the bytes a match of re may start with and
// reports whether re may match the empty string; known is false when that
// cannot be told.
func firstBytes(re *syntax.Regexp, set *byteSet) (nullable, known bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		return false, addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if !addRange(set, re.Rune[i], re.Rune[i+1]) {
				return false, false
			}
		}
		return false, true
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, known = firstBytes(re.Sub[0], set)
		return true, known
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpRepeat:
		nullable, known = firstBytes(re.Sub[0], set)
		return nullable || re.Min == 0, known
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			n, k := firstBytes(sub, set)
			if !k {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			n, k := firstBytes(sub, set)
			if !k {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false
}

// addRune adds the bytes a match of rune r (of both its cases when fold is
// set) may start with to set; false when r folds and is not an ASCII letter.
func addRune(set *byteSet, r rune, fold bool) bool {
	if r >= utf8.RuneSelf || fold {
		// Any rune may stand for an invalid byte (U+FFFD), and a letter
		// folds to runes outside ASCII ("K" to the Kelvin sign).
		set.addNonASCII()
	}
	if r < utf8.RuneSelf {
		set.add(byte(r))
		if fold && 'a' <= r && r <= 'z' {
			set.add(byte(r - 'a' + 'A'))
		} else if fold && 'A' <= r && r <= 'Z' {
			set.add(byte(r - 'A' + 'a'))
		} else if fold {
			return false
		}
	}
	return true
}

// addRange adds the first bytes of the runes lo to hi to set: the ASCII
// ones exactly, and every byte outside ASCII when the range goes past it.
func addRange(set *byteSet, lo, hi rune) bool {
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		set.add(byte(r))
	}
	if hi >= utf8.RuneSelf {
		set.addNonASCII()
	}
	return true
}

// addNonASCII adds every byte outside ASCII to the set: the first byte of
// any multi-byte rune, and any invalid byte.
func (s *byteSet) addNonASCII() { s[2], s[3] = ^uint64(0), ^uint64(0) }

// add adds b to the set.
func (s *byteSet) add(b byte) { s[b>>6] |= 1 << (b & 63) }

// has reports whether b is in the set.
func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }

// anchoredWidth returns the most bytes a match of the pattern, anchored at
// the start of the text, can span; ok is false when the pattern is not
// anchored or its matches have no bound. Such a pattern reads nothing past
// that many bytes (and the rune that starts before), so it matches a text
// as it matches the text's first anchoredWidth+utf8.UTFMax bytes.
func anchoredWidth(pattern string) (width int, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0, false
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return 0, false
	}
	return maxWidth(re)
}

// maxWidth returns the most bytes a match of re can span; ok is false when
// there is no bound or it cannot be told.
func maxWidth(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine:
		return 0, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return len(re.Rune) * utf8.UTFMax, true
		}
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n, true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax, true
	case syntax.OpCapture:
		return maxWidth(re.Sub[0])
	case syntax.OpQuest:
		return maxWidth(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return 0, false
		}
		w, ok := maxWidth(re.Sub[0])
		return w * re.Max, ok
	case syntax.OpConcat:
		total := 0
		for _, sub := range re.Sub {
			w, ok := maxWidth(sub)
			if !ok {
				return 0, false
			}
			total += w
		}
		return total, true
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			w, ok := maxWidth(sub)
			if !ok {
				return 0, false
			}
			most = max(most, w)
		}
		return most, true
	}
	return 0, false // star, plus, and anything else: no bound
}

// digitWindow returns the most bytes a match of the pattern can span when
// every match holds an ASCII digit; ok is false when a match may hold none
// or its matches have no bound. A text where no digit stands within that
// many bytes of a literal every match contains has no match.
func digitWindow(pattern string) (width int, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || !needsDigit(re) {
		return 0, false
	}
	return maxWidth(re)
}

// matchSpan returns the most bytes a match of the pattern can span; ok is
// false when its matches have no bound.
func matchSpan(pattern string) (width int, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0, false
	}
	return maxWidth(re)
}

// needsDigit reports whether every match of re holds an ASCII digit.
func needsDigit(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return false
			}
		}
		return true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return false
		}
		for _, r := range re.Rune {
			if '0' <= r && r <= '9' {
				return true
			}
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return needsDigit(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min > 0 && needsDigit(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if needsDigit(sub) {
				return true
			}
		}
		return false
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !needsDigit(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// hasDigitIn reports whether text has an ASCII digit.
func hasDigitIn(text string) bool {
	for i := 0; i < len(text); i++ {
		if '0' <= text[i] && text[i] <= '9' {
			return true
		}
	}
	return false
}
