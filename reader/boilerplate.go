package reader

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

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
	re     *regexp.Regexp
	prefix string // literal every match starts with, to skip lines quickly
	skip   int    // index of the group named "skip", or -1
	pos    string // file:line, for test messages
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
		case f[0] == "rule" && len(f) == 4:
			re, err := regexp.Compile(f[3])
			if err != nil {
				return nil, fmt.Errorf("reader: %w", l.Errorf("bad pattern: %v", err))
			}
			if f[2] != "line" && f[2] != "inline" {
				return nil, fmt.Errorf("reader: %w", l.Errorf("scope must be line or inline, not %q", f[2]))
			}
			prefix, _ := re.LiteralPrefix()
			b.cues = append(b.cues, cue{kind: f[1], inline: f[2] == "inline", re: re, prefix: prefix, skip: re.SubexpIndex("skip"), pos: l.Pos()})
		case f[0] == "match" && len(f) == 3:
			b.examples = append(b.examples, cueExample{kind: f[1], text: f[2], pos: l.Pos()})
		case f[0] == "nomatch" && len(f) == 2:
			b.examples = append(b.examples, cueExample{text: f[1], pos: l.Pos()})
		default:
			return nil, fmt.Errorf("reader: %w", l.Errorf("want rule KIND SCOPE PATTERN, match KIND TEXT or nomatch TEXT"))
		}
	}
	return b, nil
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
	for pos < span.End {
		end := strings.IndexByte(text[pos:span.End], '\n')
		if end < 0 {
			end = span.End
		} else {
			end += pos
		}
		skips = b.appendLine(skips, text, pos, end)
		pos = end + 1
	}
	return skips
}

// appendLine appends the boilerplate spans of the line text[start:end].
func (b *boilerplate) appendLine(skips []hearsay.Skip, text string, start, end int) []hearsay.Skip {
	line := text[start:end]
	trimmed := strings.TrimSpace(line)
	if trimmed == "" {
		return skips
	}
	lead := strings.Index(line, trimmed)
	if len(trimmed) <= maxBoilerplateLine {
		for _, c := range b.cues {
			if c.inline || !strings.HasPrefix(trimmed, c.prefix) || !c.re.MatchString(trimmed) {
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
	for _, c := range b.cues {
		if !c.inline || !strings.Contains(line, c.prefix) {
			continue
		}
		for _, m := range c.re.FindAllStringIndex(line, -1) {
			found = append(found, hearsay.Skip{Span: hearsay.Span{Start: start + m[0], End: start + m[1]}, Kind: c.kind})
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Start < found[j].Start })
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
	skips := b.appendLine(nil, line, 0, len(line))
	for _, s := range skips {
		return s.Kind
	}
	return ""
}
