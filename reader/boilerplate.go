package reader

import (
	"embed"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
)

//go:embed data
var dataFS embed.FS

const boilerplateFile = "data/boilerplate.tsv"

// maxBoilerplateLine is the longest line a line-scoped cue can mark.
const maxBoilerplateLine = 200

// A cue is one boilerplate pattern.
type cue struct {
	kind   string
	inline bool // matches anywhere in a line; otherwise the whole trimmed line
	lead   bool // matches at the start of the article's first story line only
	re     *regexp.Regexp
	prefix string   // literal every match starts with, to skip lines quickly
	first  []rune   // for line cues: the runes a matching line can start with; nil when any
	needs  []string // lower-case words one of which every matching line holds; nil when none
	skip   int      // index of the group named "skip", or -1
	keep   int      // index of the group named "keep" (left unmarked inside a lead match), or -1
	pos    string   // file:line, for test messages
}

// A cueExample is an example line from the cue file, run as a test.
type cueExample struct {
	kind string // "" for a line that must not match
	text string
	pos  string
}

// A boilerplate finder marks the spans of a text that match its cues.
type boilerplate struct {
	cues     []cue
	examples []cueExample
}

// loadBoilerplate parses the embedded cue file.
func loadBoilerplate() (*boilerplate, error) {
	lines, err := lexicon.Load(dataFS, boilerplateFile)
	if err != nil {
		return nil, fmt.Errorf("reader: %w", err)
	}
	b := &boilerplate{}
	for _, l := range lines {
		f := l.Fields
		switch {
		case f[0] == "rule" && (len(f) == 4 || len(f) == 5):
			re, err := regexp.Compile(f[3])
			if err != nil {
				return nil, fmt.Errorf("reader: %w", l.Errorf("bad pattern: %v", err))
			}
			if f[2] != "line" && f[2] != "inline" && f[2] != "lead" {
				return nil, fmt.Errorf("reader: %w", l.Errorf("scope must be line, inline or lead, not %q", f[2]))
			}
			prefix, _ := re.LiteralPrefix()
			c := cue{kind: f[1], inline: f[2] == "inline", lead: f[2] == "lead", re: re, prefix: prefix, skip: re.SubexpIndex("skip"), keep: re.SubexpIndex("keep"), pos: l.Pos()}
			if !c.inline {
				c.first = firstRunes(f[3])
			}
			if len(f) == 5 {
				for _, w := range strings.Split(f[4], ",") {
					if w = strings.TrimSpace(w); w != "" {
						c.needs = append(c.needs, strings.ToLower(w))
					}
				}
			}
			b.cues = append(b.cues, c)
		case f[0] == "match" && len(f) == 3:
			b.examples = append(b.examples, cueExample{kind: f[1], text: f[2], pos: l.Pos()})
		case f[0] == "nomatch" && len(f) == 2:
			b.examples = append(b.examples, cueExample{text: f[1], pos: l.Pos()})
		default:
			return nil, fmt.Errorf("reader: %w", l.Errorf("want rule KIND SCOPE PATTERN [NEEDS], match KIND TEXT or nomatch TEXT"))
		}
	}
	return b, nil
}

// canStart reports whether a line cue can match a line that starts like s.
func (c *cue) canStart(s string) bool {
	if !strings.HasPrefix(s, c.prefix) {
		return false
	}
	if c.first == nil {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return slices.Contains(c.first, r)
}

// hasNeeded reports whether line holds one of the cue's needed words;
// *lower caches the line in lower case.
func (c *cue) hasNeeded(line string, lower *string) bool {
	if c.needs == nil {
		return true
	}
	if *lower == "" {
		*lower = strings.ToLower(line)
	}
	for _, w := range c.needs {
		if strings.Contains(*lower, w) {
			return true
		}
	}
	return false
}

// firstRunes lists the runes that every match of pattern must start with,
// or returns nil when it cannot tell (the pattern may start with anything,
// or with an optional part).
func firstRunes(pattern string) []rune {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	runes, ok := startRunes(re.Simplify())
	if !ok || len(runes) > 64 {
		return nil
	}
	return runes
}

// startRunes computes the possible first runes of re's matches; ok is
// false when they cannot be listed.
func startRunes(re *syntax.Regexp) (runes []rune, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		r := re.Rune[0]
		runes = append(runes, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				runes = append(runes, f)
			}
		}
		return runes, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 64 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				runes = append(runes, r)
			}
		}
		return runes, true
	case syntax.OpCapture:
		return startRunes(re.Sub[0])
	case syntax.OpPlus:
		return startRunes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return startRunes(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEmptyMatch, syntax.OpWordBoundary:
				continue
			}
			return startRunes(sub)
		}
		return nil, false
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			rs, ok := startRunes(sub)
			if !ok {
				return nil, false
			}
			runes = append(runes, rs...)
		}
		return runes, true
	}
	return nil, false
}

// defaultBoilerplate is loaded once from the embedded cue file, which the
// tests check, so a failure is a build defect rather than an input problem.
var defaultBoilerplate = sync.OnceValue(func() *boilerplate {
	b, err := loadBoilerplate()
	if err != nil {
		panic(err)
	}
	return b
})

// find returns the boilerplate spans of text[span], in order and not
// overlapping, with offsets into text.
func (b *boilerplate) find(text string, span hearsay.Span) []hearsay.Skip {
	var skips []hearsay.Skip
	pos := span.Start
	story := 0 // 0 before the first story line, 1 after a first line that reads as a headline (the next may open with a dateline), 2 after
	for pos < span.End {
		end := strings.IndexByte(text[pos:span.End], '\n')
		if end < 0 {
			end = span.End
		} else {
			end += pos
		}
		n := len(skips)
		skips = b.appendLine(skips, text, pos, end)
		if story < 2 && strings.TrimSpace(text[pos:end]) != "" && !wholeLine(skips[n:], text, pos, end) {
			m := len(skips)
			skips = b.appendLead(skips, n, text, pos, end)
			if m == len(skips) && story == 0 && headlineLine(text[pos:end]) {
				story = 1 // "Governor names 24 commissioners" over "ABUJA — The Governor ...": the dateline opens the next line
			} else {
				story = 2
			}
		}
		pos = end + 1
	}
	return skips
}

// headlineLine reports whether a first story line reads as a headline:
// at most 16 words, ending in no full stop, question or exclamation mark,
// colon or closing quotation mark.
func headlineLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(strings.Fields(line)) > 16 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?:\"”'’", r)
}

// wholeLine reports whether skips mark all of the line text[start:end]
// but its surrounding space.
func wholeLine(skips []hearsay.Skip, text string, start, end int) bool {
	line := text[start:end]
	trimmed := strings.TrimSpace(line)
	lead := start + strings.Index(line, trimmed)
	for _, sk := range skips {
		if sk.Start <= lead && sk.End >= lead+len(trimmed) {
			return true
		}
	}
	return false
}

// appendLead marks the dateline that opens the first story line
// text[start:end] ("LONDON (Reuters) -"), whose other spans are skips[n:],
// and keeps the spans in order and not overlapping.
func (b *boilerplate) appendLead(skips []hearsay.Skip, n int, text string, start, end int) []hearsay.Skip {
	line := text[start:end]
	trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
	base := start + len(line) - len(trimmed)
	for _, c := range b.cues {
		if !c.lead || !c.canStart(trimmed) {
			continue
		}
		m := c.re.FindStringSubmatchIndex(trimmed)
		if m == nil || m[0] != 0 {
			continue
		}
		s, e := m[0], m[1]
		if g := c.skip; g > 0 && m[2*g] >= 0 {
			s, e = m[2*g], m[2*g+1]
		}
		var lead []hearsay.Skip
		for _, sp := range cutKeep(s, e, c.keep, m) {
			lead = append(lead, hearsay.Skip{Span: hearsay.Span{Start: base + sp.Start, End: base + sp.End}, Kind: c.kind})
		}
		for _, o := range skips[n:] {
			for _, sk := range lead {
				if o.Overlaps(sk.Span) {
					return skips
				}
			}
		}
		return slices.Insert(skips, n, lead...)
	}
	return skips
}

// cutKeep splits the match [s, e) around the part that group keep of the
// submatch indexes m left to analysis (the date of "WASHINGTON, Dec. 6
// (UPI) --", which anchors the story's times), dropping empty pieces.
func cutKeep(s, e, keep int, m []int) []hearsay.Span {
	if keep <= 0 || m[2*keep] < s || m[2*keep+1] > e || m[2*keep] >= m[2*keep+1] {
		return []hearsay.Span{{Start: s, End: e}}
	}
	var out []hearsay.Span
	if m[2*keep] > s {
		out = append(out, hearsay.Span{Start: s, End: m[2*keep]})
	}
	if e > m[2*keep+1] {
		out = append(out, hearsay.Span{Start: m[2*keep+1], End: e})
	}
	return out
}

// appendLine appends the boilerplate spans of the line text[start:end].
func (b *boilerplate) appendLine(skips []hearsay.Skip, text string, start, end int) []hearsay.Skip {
	line := text[start:end]
	trimmed := strings.TrimSpace(line)
	if trimmed == "" {
		return skips
	}
	lead := strings.Index(line, trimmed)
	lower := "" // the line in lower case, made when a cue needs it
	if len(trimmed) <= maxBoilerplateLine {
		for k := range b.cues {
			c := &b.cues[k]
			if c.inline || c.lead || !c.canStart(trimmed) || !c.hasNeeded(line, &lower) || !c.re.MatchString(trimmed) {
				continue
			}
			s, e := 0, len(trimmed)
			if g := c.skip; g > 0 {
				if m := c.re.FindStringSubmatchIndex(trimmed); m != nil && m[2*g] >= 0 {
					s, e = m[2*g], m[2*g+1]
				}
			}
			base := start + lead
			return append(skips, hearsay.Skip{Span: hearsay.Span{Start: base + s, End: base + e}, Kind: c.kind})
		}
	}
	var found []hearsay.Skip
	for k := range b.cues {
		c := &b.cues[k]
		if !c.inline || c.lead || !strings.Contains(line, c.prefix) || !c.hasNeeded(line, &lower) {
			continue
		}
		for _, m := range c.re.FindAllStringIndex(line, -1) {
			found = append(found, hearsay.Skip{Span: hearsay.Span{Start: start + m[0], End: start + m[1]}, Kind: c.kind})
		}
	}
	if len(found) > 1 { // no call (and no boxing of found) for the usual none or one
		sort.Slice(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	}
	last := -1
	for _, f := range found {
		if f.Start >= last {
			skips = append(skips, f)
			last = f.End
		}
	}
	return skips
}

// kindOf returns the kind of the first cue that marks the whole of line,
// or "" when none does (used by the tests of the examples).
func (b *boilerplate) kindOf(line string) string {
	skips := b.find(line, hearsay.Span{Start: 0, End: len(line)})
	for _, s := range skips {
		return s.Kind
	}
	return ""
}
