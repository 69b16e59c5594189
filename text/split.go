package text

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// Split fills doc.Sentences and doc.Tokens from doc.Body minus doc.Skips.
// Sentences never cross a skipped span.
func (t *Tokenizer) Split(doc *hearsay.Document) {
	var buf [4]hearsay.Span
	segs := segments(doc, buf[:0])
	n := 0
	for _, s := range segs {
		n += s.Len()
	}
	toks := make([]hearsay.Token, 0, n/5+1)
	sents := make([]hearsay.Sentence, 0, n/100+1) // news sentences average about 120 bytes
	for _, seg := range segs {
		first := len(toks)
		toks = t.appendTokens(toks, doc.Text[seg.Start:seg.End], seg.Start)
		sents = t.appendSentences(sents, doc.Text, toks, first, len(toks))
	}
	for si, s := range sents {
		for k := s.FirstToken; k < s.EndToken; k++ {
			toks[k].Sentence = si
		}
	}
	doc.Tokens = toks
	doc.Sentences = sents
}

// segments appends to segs the parts of the body outside the skipped
// spans, in order, clipped to the text, and returns it.
func segments(doc *hearsay.Document, segs []hearsay.Span) []hearsay.Span {
	body := clip(doc.Body, len(doc.Text))
	var skips []hearsay.Span
	if len(doc.Skips) > 0 {
		skips = make([]hearsay.Span, 0, len(doc.Skips))
	}
	for _, sk := range doc.Skips {
		if s := clip(sk.Span, len(doc.Text)); s.Len() > 0 {
			skips = append(skips, s)
		}
	}
	// skips of the same start may come in any order: each ends the
	// segment before it at the same place
	slices.SortFunc(skips, func(a, b hearsay.Span) int { return cmp.Compare(a.Start, b.Start) })
	pos := body.Start
	for _, sk := range skips {
		if sk.Start > pos {
			segs = append(segs, hearsay.Span{Start: pos, End: min(sk.Start, body.End)})
		}
		pos = max(pos, sk.End)
		if pos >= body.End {
			break
		}
	}
	if pos < body.End {
		segs = append(segs, hearsay.Span{Start: pos, End: body.End})
	}
	return segs
}

// clip limits s to [0, n) and makes it non-negative in length.
func clip(s hearsay.Span, n int) hearsay.Span {
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

// terminalKind says how a token may end a sentence.
type terminalKind uint8

const (
	notTerminal    terminalKind = iota
	strongTerminal              // . ! ? : ends the sentence unless a lower-case word follows
	weakTerminal                // abbreviation, initial, ellipsis: ends it before a sentence opener
	placeTerminal               // state abbreviation: ends it before a capitalized word
)

// terminal classifies a token as a possible sentence end. Most tokens
// end in an ASCII byte other than . ! ?, and are answered inline.
func (t *Tokenizer) terminal(tok string) terminalKind {
	if noEnd[tok[len(tok)-1]] {
		return notTerminal
	}
	return t.markTerminal(tok)
}

// noEnd holds the last bytes of tokens that cannot end a sentence: ASCII
// other than . ! ?
var noEnd = func() (k [256]bool) {
	for c := range utf8.RuneSelf {
		k[c] = c != '.' && c != '!' && c != '?'
	}
	return k
}()

// markTerminal is terminal of a token that ends in . ! ? or a byte beyond
// ASCII.
func (t *Tokenizer) markTerminal(tok string) terminalKind {
	switch tok {
	case ".", "!", "?", "‼", "⁉", "。":
		return strongTerminal
	case "…":
		return weakTerminal
	}
	last := tok[len(tok)-1]
	if last == '!' && t.bangs[tok] {
		return weakTerminal // a name such as "E!": ends a sentence only before an opener
	}
	if last == '!' || last == '?' {
		for i := 0; i < len(tok); i++ {
			if tok[i] != '!' && tok[i] != '?' {
				return notTerminal
			}
		}
		return strongTerminal
	}
	if last != '.' {
		return notTerminal
	}
	if strings.Trim(tok, ". ") == "" {
		return weakTerminal // ellipsis
	}
	switch t.abbrevs[tok] {
	case titleAbbrev, numberAbbrev:
		return notTerminal
	case placeAbbrev:
		return placeTerminal
	}
	return weakTerminal
}

// afterClosers returns the index of the first token from j on that does
// not belong to the end of the sentence before it: closing quotes and
// brackets, emoji on the same line, reference marks ("[12]").
func afterClosers(text string, toks []hearsay.Token, j, hi int) int {
	for j < hi {
		if isCloser(toks, j) || trailingEmoji(text, toks, j) {
			j++
		} else if n := citation(text, toks, j, hi); n > 0 {
			j += n
		} else {
			break
		}
	}
	return j
}

// isCloser reports whether toks[j] closes a quote or bracket right after
// the previous token, with no space between them.
func isCloser(toks []hearsay.Token, j int) bool {
	if toks[j].Start != toks[j-1].End {
		return false
	}
	switch toks[j].Text {
	case "\"", "'", "”", "’", "»", "›", ")", "]", "}":
		return true
	}
	return false
}

// trailingEmoji reports whether toks[j] is an emoji on the same line as
// the token before it: emoji after a sentence's end belong to it
// ("So happy! 😍 Can't wait").
func trailingEmoji(text string, toks []hearsay.Token, j int) bool {
	r, size := utf8.DecodeRuneInString(toks[j].Text)
	if !isEmojiStart(r) || (size == len(toks[j].Text) && r < 0x2000) {
		return false
	}
	return newlines(text[toks[j-1].End:toks[j].Start]) == 0
}

// citation returns the number of tokens of a reference mark such as "[12]"
// at toks[j] on the same line, or 0.
func citation(text string, toks []hearsay.Token, j, hi int) int {
	if j+2 >= hi || toks[j].Text != "[" || toks[j+2].Text != "]" || newlines(text[toks[j-1].End:toks[j].Start]) > 0 {
		return 0
	}
	for _, c := range []byte(toks[j+1].Text) {
		if c < '0' || c > '9' {
			return 0
		}
	}
	return 3
}

// newlines counts the line breaks in a run of white space; a paragraph
// separator counts as two. The gaps between most tokens, none or one
// space, are answered inline.
func newlines(gap string) int {
	if gap == "" || gap == " " {
		return 0
	}
	return countNewlines(gap)
}

// countNewlines is newlines of a gap of any length.
func countNewlines(gap string) int {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			n++
		case '\r':
			if i+1 >= len(gap) || gap[i+1] != '\n' {
				n++
			}
		}
	}
	if n < 2 && strings.Contains(gap, "\u2029") {
		n = 2
	}
	return n
}

// appendSentences splits toks[lo:hi], the tokens of one segment of text,
// into sentences and appends them to sents.
//
// Line breaks: a blank line always ends a sentence. Text whose lines are
// wrapped inside sentences (some line break is followed by a lower-case
// word) ends a sentence at a single line break only after a heading or a
// line broken on purpose (the next word would have fitted on it); text
// written one paragraph per line ends one at every line break, unless the
// line clearly continues (it ends with a comma, dash, title or initial).
func (t *Tokenizer) appendSentences(sents []hearsay.Sentence, text string, toks []hearsay.Token, lo, hi int) []hearsay.Sentence {
	start, lineStart := lo, lo
	width := 0 // the wrap width, for text wrapped inside sentences
	if lo < hi && isWrapped(text[toks[lo].Start:toks[hi-1].End]) {
		width = maxLineLen(text[toks[lo].Start:toks[hi-1].End])
	}
	wrapped := width > 0
	for i := lo; i < hi-1; i++ {
		nl := newlines(text[toks[i].End:toks[i+1].Start]) // line breaks after token i
		end := -1
		if kind := t.terminal(toks[i].Text); kind != notTerminal {
			j := afterClosers(text, toks, i+1, hi)
			if j == hi {
				break
			}
			if t.breaksBefore(text, toks, kind, i, j, wrapped) {
				end = j
			}
		}
		if end < 0 && nl > 0 { // after nl >= 2, nl is 1
			switch {
			case nl >= 2:
				end = i + 1
			case !wrapped && t.lineEnds(toks, i):
				end = i + 1
			case wrapped && start == lineStart && t.isHeading(text, toks, lineStart, i, hi):
				end = i + 1
			case wrapped && shortLine(text, toks, i, width) && t.lineEnds(toks, i) && startsSentence(toks[i+1].Text):
				end = i + 1
			}
		}
		if end > 0 {
			sents = append(sents, sentence(toks, start, end))
			start = end
			if i != end-1 {
				i = end - 1
				nl = newlines(text[toks[i].End:toks[i+1].Start])
			}
		}
		if nl > 0 {
			lineStart = i + 1
		}
	}
	if start < hi {
		sents = append(sents, sentence(toks, start, hi))
	}
	return sents
}

// isWrapped reports whether s has a line break inside a sentence: a line
// ending in a word or comma followed by a line starting in lower case.
func isWrapped(s string) bool {
	for i := strings.IndexByte(s, '\n'); i >= 0; {
		before := strings.TrimRight(s[:i], " \t\r")
		after := strings.TrimLeft(s[i+1:], " \t\r")
		if before != "" && after != "" && after[0] != '\n' {
			pr, _ := utf8.DecodeLastRuneInString(before)
			nr, _ := utf8.DecodeRuneInString(after)
			if (isAlnum(pr) || pr == ',') && isLower(nr) {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], '\n')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// maxLineLen is the length in runes of the longest line of s.
func maxLineLen(s string) int {
	longest := 0
	for s != "" {
		line := s
		if k := strings.IndexByte(s, '\n'); k >= 0 {
			line, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		longest = max(longest, utf8.RuneCountInString(strings.TrimRight(line, " \t\r")))
	}
	return longest
}

// shortLine reports whether the line ending with toks[i] was broken on
// purpose in text wrapped at width: the first word of the next line would
// have fitted on it.
func shortLine(text string, toks []hearsay.Token, i, width int) bool {
	lineStart := strings.LastIndexByte(text[:toks[i].End], '\n') + 1
	next := text[toks[i+1].Start:]
	if k := strings.IndexAny(next, " \t\r\n"); k >= 0 {
		next = next[:k]
	}
	return utf8.RuneCountInString(text[lineStart:toks[i].End])+1+utf8.RuneCountInString(next) <= width
}

// startsSentence reports whether a token can open a sentence: a capital,
// a digit or an opening quote or bracket.
func startsSentence(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	switch r {
	case '"', '“', '‘', '\'', '(', '[':
		return true
	}
	return isUpper(r) || isDigit(r)
}

// lineEnds reports whether a single line break after toks[i] ends the
// sentence in text written one paragraph per line: it does unless the line
// visibly continues (comma, dash, opening bracket, title, initial).
func (t *Tokenizer) lineEnds(toks []hearsay.Token, i int) bool {
	tok := toks[i].Text
	switch tok {
	case ",", "(", "[", "-", "–", "—", "--", "_", "&", "/":
		return false
	}
	if t.abbrevs[tok] == titleAbbrev || isInitial(tok) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i+1].Text)
	return !isLower(r)
}

// sentence makes the sentence of toks[first:end].
func sentence(toks []hearsay.Token, first, end int) hearsay.Sentence {
	return hearsay.Sentence{
		Span:       hearsay.Span{Start: toks[first].Start, End: toks[end-1].End},
		FirstToken: first,
		EndToken:   end,
	}
}

// breaksBefore decides whether a sentence ends before toks[next], given
// that toks[term], of the given kind, ends the tokens before it (perhaps
// followed by closing quotes); wrapped says the text is wrapped inside
// sentences.
func (t *Tokenizer) breaksBefore(text string, toks []hearsay.Token, kind terminalKind, term, next int, wrapped bool) bool {
	gap := text[toks[next-1].End:toks[next].Start]
	if gap == "" {
		return false
	}
	nl := newlines(gap)
	if nl >= 2 {
		return true
	}
	nt := toks[next].Text
	r, _ := utf8.DecodeRuneInString(nt)
	switch kind {
	case weakTerminal:
		// At a line end in text written one paragraph per line, an
		// abbreviation (not an initial) before a capitalized line ends the
		// sentence.
		return t.starters[nt] || (nl == 1 && !wrapped && isUpper(r) && !isInitial(toks[term].Text))
	case placeTerminal:
		return isUpper(r) || t.starters[nt]
	}
	if isLower(r) {
		return false
	}
	switch nt {
	case ",", ";", ":", ")", "]", "-", "–", "—", "--", "%":
		return false
	}
	return true
}

// isInitial reports whether tok is a single capital letter and a period.
func isInitial(tok string) bool {
	r, size := utf8.DecodeRuneInString(tok)
	return len(tok) == size+1 && tok[size] == '.' && isUpper(r)
}

// isHeading reports whether the line toks[lineStart..i], which starts a
// sentence and ends with a single line break, is a heading rather than a
// line of wrapped text: short, in capitals, or in title case and followed
// by a capitalized paragraph on one line (or by a list bullet).
func (t *Tokenizer) isHeading(text string, toks []hearsay.Token, lineStart, i, hi int) bool {
	next := toks[i+1].Text
	switch next {
	case "•", "*", "·", "-", "–", "—", "▪", "►":
		return true
	}
	if i-lineStart+1 > 15 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if !isUpper(r) && !isDigit(r) && next != "\"" && next != "“" {
		return false
	}
	switch toks[i].Text {
	case ",", ";", ":", "(", "-", "–", "—", "--", "_", "&", "/":
		return false // a dateline or a broken sentence, not a heading
	}
	line := text[toks[lineStart].Start:toks[i].End]
	if len(line) > 100 {
		return false
	}
	caps, ok := titleCase(toks[lineStart : i+1])
	if !ok {
		return false
	}
	if caps {
		return true
	}
	// Title case alone is not enough: wrapped text can break after a name.
	// The next line must be a long paragraph on one line, or a whole short
	// paragraph clearly longer than this line.
	nextLine, rest := text[toks[i+1].Start:], ""
	if k := strings.IndexByte(nextLine, '\n'); k >= 0 {
		nextLine, rest = nextLine[:k], nextLine[k+1:]
	}
	nextLine = strings.TrimRight(nextLine, " \t\r")
	if len(nextLine) > 100 {
		return true
	}
	paragraphEnds := strings.TrimLeft(rest, " \t\r") == "" || strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n")
	return paragraphEnds && len(line)*10 < len(nextLine)*6 && strings.ContainsAny(nextLine[len(nextLine)-1:], ".!?\"”")
}

// titleCase reports whether every word of four letters or more starts with
// a capital or digit (ok), and whether the words are all in capitals.
func titleCase(toks []hearsay.Token) (allCaps, ok bool) {
	allCaps, ok = true, true
	letters := 0
	for k, tok := range toks {
		r, _ := utf8.DecodeRuneInString(tok.Text)
		if !isLetter(r) {
			continue
		}
		for _, c := range tok.Text {
			if isLower(c) {
				allCaps = false
			}
			if isLetter(c) {
				letters++
			}
		}
		if !isUpper(r) && (k == 0 || utf8.RuneCountInString(tok.Text) >= 4) {
			return false, false
		}
	}
	return allCaps && letters >= 2, letters > 0
}
