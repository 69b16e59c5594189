package text

import (
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// alnumByte holds the ASCII letters and digits, for the loop over a word's
// bytes.
var alnumByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c]&(cLetter|cDigit) != 0
	}
	return t
}()

// ASCII character classes, looked up by byte.
const (
	cSpace = 1 << iota
	cLetter
	cDigit
	cUpper
	cLower
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case c < ' ' || c == 0x7f:
			t[c] = cSpace // other control characters separate tokens
		case c >= 'a' && c <= 'z':
			t[c] = cLetter | cLower
		case c >= 'A' && c <= 'Z':
			t[c] = cLetter | cUpper
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// decode returns the rune at s[i] and its size; it returns (-1, 0) at the end.
func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace reports whether r separates tokens: white space, control
// characters, and invisible marks such as the byte-order mark.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r]&cSpace != 0
	}
	switch r {
	case 0x200B, 0xFEFF, 0x2060, 0x00AD, 0x200C, 0x200D, 0x200E, 0x200F:
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cc, r)
}

// isWordRune reports whether r can be part of a word: letters, digits,
// combining marks, the underscore, and U+FFFD, which stands for a letter
// lost to bad encoding ("Caf\uFFFD" from Latin-1 "Café").
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && wordByte[r]
	}
	return isWordRuneWide(r)
}

// isWordRuneWide is isWordRune of a rune beyond ASCII.
func isWordRuneWide(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == utf8.RuneError
}

// wordByte holds the ASCII bytes isWordRune accepts: letters, digits and
// the underscore.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c]&(cLetter|cDigit) != 0 || c == '_'
	}
	return t
}()

// isJoiner reports whether r joins word parts without being a break:
// zero-width joiners and soft hyphens inside a word.
func isJoiner(r rune) bool { return r == 0x200C || r == 0x200D || r == 0x00AD }

// isAlnum reports whether r is a letter or digit.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r]&(cLetter|cDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r]&cLetter != 0
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r]&cUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r]&cLower != 0
	}
	return unicode.IsLower(r)
}

// isApostrophe reports whether r can be an apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen reports whether r joins the parts of a hyphenated word.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// Tokenize returns the tokens of text, with spans offset by base.
func (t *Tokenizer) Tokenize(text string, base int) []hearsay.Token {
	return t.appendTokens(make([]hearsay.Token, 0, len(text)/5+1), text, base)
}

// appendTokens appends the tokens of s, offset by base, to dst.
func (t *Tokenizer) appendTokens(dst []hearsay.Token, s string, base int) []hearsay.Token {
	for i := 0; i < len(s); {
		var r rune
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			if asciiClass[c]&cSpace != 0 {
				i++
				continue
			}
			r = rune(c)
		} else if r, size = utf8.DecodeRuneInString(s[i:]); isSpace(r) {
			i += size
			continue
		}
		end := t.scan(s, i, r, size)
		if end <= i { // cannot happen; guarantees progress on any input
			end = i + size
		}
		if len(dst) == cap(dst) {
			dst = append(dst, hearsay.Token{})[:len(dst)]
		}
		dst = dst[:len(dst)+1]
		dst[len(dst)-1] = hearsay.Token{Span: hearsay.Span{Start: base + i, End: base + end}, Text: s[i:end]}
		i = end
	}
	return dst
}

// scan returns the end of the token that starts at s[i], whose first rune
// is r of size bytes.
func (t *Tokenizer) scan(s string, i int, r rune, size int) int {
	switch {
	case r == 'h' || r == 'H' || r == 'w' || r == 'W':
		if mayStartURL(s, i, r) {
			if end := scanURL(s, i); end > i {
				return end
			}
		}
		return t.keepBang(s, i, t.splitContraction(s, i, t.scanWord(s, i)))
	case isWordRune(r):
		if r == 'n' || r == 'N' {
			if end := scanNegation(s, i); end > i {
				return end
			}
		}
		return t.keepBang(s, i, t.splitContraction(s, i, t.scanWord(s, i)))
	case isApostrophe(r):
		return t.scanApostrophe(s, i, size)
	case r == '@' || r == '#':
		if end := scanTag(s, i+1); end > i+1 {
			return end
		}
		return i + 1
	case r == '.':
		return scanPeriods(s, i)
	case r == '-':
		return scanRun(s, i, '-')
	case r == '!' || r == '?':
		j := i + 1
		for j < len(s) && (s[j] == '!' || s[j] == '?') {
			j++
		}
		return j
	case isEmojiStart(r):
		return scanEmoji(s, i, r, size)
	}
	return i + size
}

// keepBang extends the word s[start:end] over a following "!" when the two
// make a known name ("E!", "Yahoo!"), so the mark neither splits off nor
// ends the sentence.
func (t *Tokenizer) keepBang(s string, start, end int) int {
	if end < len(s) && s[end] == '!' && t.bangs[s[start:end+1]] {
		return end + 1
	}
	return end
}

// splitContraction returns where the first token of the word s[start:end]
// ends: end, or the end of its first part for a contraction (gonna → gon).
func (t *Tokenizer) splitContraction(s string, start, end int) int {
	n := end - start
	if n < 5 || n > maxSplitWord || t.splitLen&(1<<n) == 0 || !t.splitAt[s[start]] {
		return end
	}
	var buf [maxSplitWord]byte
	for k := 0; k < n; k++ {
		c := s[start+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	if first, ok := t.splits[string(buf[:n])]; ok {
		return start + first
	}
	return end
}

// mayStartURL reports whether the token at s[i], whose first rune is r,
// may start a URL (scanURL): "ht" or "ww" in any case.
func mayStartURL(s string, i int, r rune) bool {
	if i+1 >= len(s) {
		return false
	}
	next := s[i+1] | 0x20 // ASCII lower case; other bytes stay other
	return (r == 'h' || r == 'H') && next == 't' || (r == 'w' || r == 'W') && next == 'w'
}

// scanPeriods returns the end of a period, an ellipsis ("...") or a spaced
// ellipsis (". . .", kept as one token as in the Penn Treebank).
func scanPeriods(s string, i int) int {
	j, dots := i+1, 1
	for j+1 < len(s) && s[j] == ' ' && s[j+1] == '.' {
		j += 2
		dots++
	}
	if dots >= 3 {
		return j
	}
	return scanRun(s, i, '.')
}

// scanRun returns the end of a run of byte c starting at i.
func scanRun(s string, i int, c byte) int {
	j := i + 1
	for j < len(s) && s[j] == c {
		j++
	}
	return j
}

// hasPrefixFold reports whether s[i:] starts with the ASCII lowercase prefix p,
// ignoring ASCII case.
func hasPrefixFold(s string, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[i+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// scanURL returns the end of a URL starting at i (http://, https:// or
// www.), or i when there is none. Trailing punctuation is left out, and a
// closing parenthesis only when it has no opening one inside the URL.
func scanURL(s string, i int) int {
	var n int
	switch {
	case hasPrefixFold(s, i, "https://"):
		n = 8
	case hasPrefixFold(s, i, "http://"):
		n = 7
	case hasPrefixFold(s, i, "www."):
		n = 4
	default:
		return i
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
			return i
		}
	}
	j := i + n
	for j < len(s) {
		r, size := decode(s, j)
		if isSpace(r) || r == '<' || r == '>' || r == '"' || r == '“' || r == '”' || r == '‘' || r == '’' {
			break
		}
		j += size
	}
	open, closed := countByte(s[i:j], '('), countByte(s[i:j], ')')
	for j > i+n {
		r, size := utf8.DecodeLastRuneInString(s[i:j])
		if r == ')' && open >= closed {
			break
		}
		if r == ')' {
			closed--
		}
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', ')', ']', '}', '…':
			j -= size
			continue
		}
		break
	}
	if j == i+n { // a bare scheme is not a URL
		return i
	}
	return j
}

func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// scanTag returns the end of the name of an @handle or #hashtag whose name
// starts at i, or i when none follows.
func scanTag(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := decode(s, j)
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return j
}

// scanNegation returns the end of a PTB "n't" clitic at i, when the
// tokenizer split it from the word before it, or i.
func scanNegation(s string, i int) int {
	if i == 0 {
		return i
	}
	if pr, _ := utf8.DecodeLastRuneInString(s[:i]); !isLetter(pr) {
		return i
	}
	if n := negationLen(s, i); n > 0 {
		return i + n
	}
	return i
}

// negationLen returns the length of "n't" (any apostrophe, any case) at
// s[i] when no letter follows it, or 0.
func negationLen(s string, i int) int {
	if i >= len(s) || (s[i] != 'n' && s[i] != 'N') {
		return 0
	}
	r, size := decode(s, i+1)
	if !isApostrophe(r) {
		return 0
	}
	j := i + 1 + size
	if j >= len(s) || (s[j] != 't' && s[j] != 'T') {
		return 0
	}
	if nr, _ := decode(s, j+1); isWordRune(nr) {
		return 0
	}
	return j + 1 - i
}

// cliticLen returns the length of a clitic ('s, 've, 're, 'll, 'd, 'm) at
// the apostrophe s[i] of size bytes, when no letter follows it, or 0.
func cliticLen(s string, i, size int) int {
	j := i + size
	k := j
	for k < len(s) && k-j < 3 {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			break
		}
		k++
	}
	if r, _ := decode(s, k); isWordRune(r) {
		return 0
	}
	switch lower2(s[j:k]) {
	case "s", "ve", "re", "ll", "d", "m":
		return k - i
	}
	return 0
}

// lower2 lower-cases a short ASCII string without allocating for the
// clitic forms.
func lower2(s string) string {
	switch s {
	case "S":
		return "s"
	case "VE", "Ve":
		return "ve"
	case "RE", "Re":
		return "re"
	case "LL", "Ll":
		return "ll"
	case "D":
		return "d"
	case "M":
		return "m"
	}
	return s
}

// scanApostrophe handles a token starting with an apostrophe: a clitic
// after a word ('s, 've), a decade ('90s), or a lone quote mark.
func (t *Tokenizer) scanApostrophe(s string, i, size int) int {
	prevWord := false
	if i > 0 {
		pr, _ := utf8.DecodeLastRuneInString(s[:i])
		prevWord = isWordRune(pr) || pr == '.' && afterWord(s, i-1) // "Corp.'s", "U.S.'s": an abbreviation's possessive
	}
	if prevWord {
		if n := cliticLen(s, i, size); n > 0 {
			return i + n
		}
		return i + size
	}
	// '90s: an apostrophe, two digits, then an optional s.
	j := i + size
	if j+1 < len(s) && isDigit(rune(s[j])) && isDigit(rune(s[j+1])) {
		k := j + 2
		if k < len(s) && s[k] == 's' {
			k++
		}
		if r, _ := decode(s, k); !isWordRune(r) {
			return k
		}
	}
	return i + size
}

// afterWord reports whether s[:i] ends with a word rune.
func afterWord(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// scanWord returns the end of a word or number starting at i: letters,
// digits and marks, joined by hyphens, by apostrophes inside names
// (O'Brien), by periods inside acronyms and domains (U.S, Amazon.com), by
// , . : / between digits (1,000.50, 3:30, 9/11), and by @ in e-mail
// addresses. A final period is kept for known abbreviations, acronyms and
// initials. Clitics ('s, n't) are left for the next token.
func (t *Tokenizer) scanWord(s string, start int) int {
	j := start
	email := false
	for j < len(s) {
		for j < len(s) && alnumByte[s[j]] { // fast path
			j++
		}
		if j == len(s) {
			break
		}
		if c := s[j]; c < utf8.RuneSelf && asciiClass[c]&cSpace != 0 && j > start { // no space joins
			return j
		}
		r, size := decode(s, j)
		if isWordRune(r) {
			j += size
			continue
		}
		if j == start {
			return j + size
		}
		pr, _ := utf8.DecodeLastRuneInString(s[start:j])
		nr, _ := decode(s, j+size)
		switch {
		case isJoiner(r) && isWordRune(nr):
			j += size
		case isHyphen(r) && isAlnum(pr) && isAlnum(nr):
			j += size
		case isApostrophe(r):
			if j-1 > start && negationLen(s, j-1) > 0 { // don't → do n't
				return j - 1
			}
			if cliticLen(s, j, size) > 0 || !isLetter(pr) || !isLetter(nr) {
				return j
			}
			j += size // O'Brien
		case (r == ',' || r == ':' || r == '/') && isDigit(pr) && isDigit(nr):
			j += size
		case r == '.' && ((isDigit(pr) && isDigit(nr)) || (isLetter(pr) && isLetter(nr))):
			j += size
		case r == '.':
			if !t.keepsPeriod(s, start, j) {
				return j
			}
			j++
			// U.S.-based: a hyphenated word can follow the period.
			if hr, hs := decode(s, j); isHyphen(hr) {
				if ar, _ := decode(s, j+hs); isAlnum(ar) {
					j += hs
					continue
				}
			}
			return j
		case r == '@' && !email && isAlnum(nr) && emailLocal(s[start:j]):
			email = true
			j += size
		case r == '&' && isUpper(pr) && isUpper(nr): // AT&T, S&P
			j += size
		default:
			return j
		}
	}
	return j
}

// emailLocal reports whether w can be the local part of an e-mail address.
func emailLocal(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || !(asciiClass[c]&(cLetter|cDigit) != 0 || c == '.' || c == '_' || c == '-' || c == '+') {
			return false
		}
	}
	return true
}

// keepsPeriod reports whether the word s[start:j] keeps the period at s[j]:
// a known abbreviation, an acronym with periods (U.S, a.m), or a single
// capital initial. Number abbreviations (No.) keep it only before a number.
func (t *Tokenizer) keepsPeriod(s string, start, j int) bool {
	w := s[start:j]
	if len(w) <= 12 {
		switch t.abbrevs[s[start:j+1]] {
		case titleAbbrev, generalAbbrev:
			return true
		case placeAbbrev:
			return !afterCapitalWord(s, start)
		case numberAbbrev:
			k := j + 1
			for k < len(s) {
				if s[k] == ' ' {
					k++
				} else if s[k] == 0xc2 && k+1 < len(s) && s[k+1] == 0xa0 { // no-break space
					k += 2
				} else {
					break
				}
			}
			if k > j+1 && k < len(s) && isDigit(rune(s[k])) {
				return true
			}
		}
	}
	if isAcronym(w) {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && isUpper(r)
}

// afterCapitalWord reports whether the word at s[start:] follows a
// capitalized word with only a space between: a state's abbreviation
// stands after a comma or a lowercase word ("Buffalo, Fla.", "in Penn."),
// where after a first name it is a surname that ends the sentence ("her
// daughter, Ruth Penn.").
func afterCapitalWord(s string, start int) bool {
	if start < 2 || s[start-1] != ' ' {
		return false
	}
	k := start - 1
	for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' {
		k--
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	last, _ := utf8.DecodeLastRuneInString(s[:start-1])
	return isUpper(r) && isLetter(last)
}

// isAcronym reports whether w is made of short letter groups joined by
// periods: U.S, a.m, Ph.D, e.g.
func isAcronym(w string) bool {
	groups, n := 0, 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			groups++
			n = 0
		case isLetter(r):
			n++
			if n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return groups >= 1 && n > 0
}

// isEmojiStart reports whether r starts an emoji grapheme.
func isEmojiStart(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, // pictographs, emoticons, flags, supplemental symbols
		r >= 0x2600 && r <= 0x27BF, // miscellaneous symbols and dingbats
		r >= 0x2300 && r <= 0x23FF, // technical (⌚, ⏰)
		r >= 0x2B00 && r <= 0x2BFF, // arrows and stars (⭐)
		r == 0x00A9, r == 0x00AE, r == 0x203C, r == 0x2049, r == 0x2122, r == 0x2139,
		r >= 0x2194 && r <= 0x21AA, r == 0x24C2, r == 0x25AA, r == 0x25AB, r == 0x25B6, r == 0x25C0,
		r >= 0x25FB && r <= 0x25FE, r == 0x3030, r == 0x303D, r == 0x3297, r == 0x3299:
		return true
	}
	return false
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isEmojiModifier reports whether r extends the emoji before it: variation
// selectors, skin tones, the keycap mark and tag characters.
func isEmojiModifier(r rune) bool {
	return r == 0xFE0F || r == 0xFE0E || (r >= 0x1F3FB && r <= 0x1F3FF) || r == 0x20E3 || (r >= 0xE0020 && r <= 0xE007F)
}

// scanEmoji returns the end of the emoji grapheme starting with r at i:
// modifiers, zero-width-joiner sequences and flag pairs stay together.
func scanEmoji(s string, i int, r rune, size int) int {
	j := i + size
	if isRegionalIndicator(r) {
		if nr, ns := decode(s, j); isRegionalIndicator(nr) {
			j += ns
		}
		return j
	}
	for j < len(s) {
		nr, ns := decode(s, j)
		switch {
		case isEmojiModifier(nr):
			j += ns
		case nr == 0x200D:
			ar, as := decode(s, j+ns)
			if !isEmojiStart(ar) {
				return j
			}
			j += ns + as
		default:
			return j
		}
	}
	return j
}
