package timex

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/lexicon"
)

// A lexClass is a lexicon of phrases, each with a normalized value, used in
// patterns as {name}. Phrases may span several tokens ("p.m.", "a couple of").
type lexClass struct {
	name    string
	bit     uint64                // this class's bit in token.lexMask
	maxLen  int                   // tokens in its longest phrase
	minLen  int                   // tokens in its shortest phrase
	byFirst map[string][]lexEntry // first token form -> entries, longest first
}

// A lexEntry is one phrase of a lexicon.
type lexEntry struct {
	words []string
	value string
	cap   bool // the text must start with an upper-case letter
	lower bool // the text must not start with an upper-case letter
}

// An elem is one element of a rule pattern: literal words, a lexicon class or
// a built-in class, possibly optional.
type elem struct {
	lits     [][]string // literal alternatives, each a sequence of token forms
	lex      *lexClass
	builtin  *builtin
	capture  string // name the matched value is bound to; empty for literals
	optional bool
	cap      bool // literal must be capitalized in the text (written "^May")
	// The first words of lits as a bit set over their numbers (token.word).
	firstBits []uint64
	// The word numbers of the first words of lits.
	litWords []int32
}

// A rule recognizes a pattern of tokens and says how to normalize it.
type rule struct {
	name, pos string // name and "file:line"
	elems     []elem
	from, to  int // the timex covers elems[from:to]; the rest is context
	typ       hearsay.TimexType
	value     template // see resolve.go
	mod       template
	remove    bool       // a negative rule: what it matches is not a time
	aside     bool       // what it matches does not become the narrative's anchor
	spans     []template // value templates of days the interval also covers
	examples  []example
	order     int // position among all rules, for ties
	// A cheap test before matching: some token among the gateSpan tokens
	// from the start must start a phrase of the lexicons in gate.
	gate     uint64
	gateSpan int
	// When the rule starts with a required one-word literal followed by
	// one-word literals: the words the second token must be.
	second map[string]bool
	// The same words as a bit set over their numbers (token.word).
	secondBits []uint64
	// The tokens the rule is tried on (its firstKeys, see keySet.startsRule).
	starts keySet
	// The index finds the rule at the tokens that can start its anchor, the
	// element anchorElem (-1: the rule's first keys), which starts one of
	// anchorOffs tokens after the rule's start (see setAnchor).
	anchorElem int
	anchorOffs []int
	anchorKeys []string
	// The required elements at a fixed offset from the rule's start.
	fixed []fixedElem
}

// setGate computes the rule's gates: the bits of its first required element
// (a lexicon, or a built-in class with known bits), when the elements before
// it have a bounded length in tokens; and the second word of rules that
// start with one-word literals (see secondWords).
func (r *rule) setGate() {
	oneWord := func(e elem) bool {
		if e.lits == nil || e.optional {
			return false
		}
		for _, l := range e.lits {
			if len(l) != 1 {
				return false
			}
		}
		return true
	}
	if len(r.elems) >= 2 && oneWord(r.elems[0]) {
		r.second = secondWords(r.elems[1:])
	}
	span := 0 // most tokens the elements before can take
	for _, e := range r.elems {
		switch {
		case e.lex != nil && !e.optional:
			r.gate, r.gateSpan = e.lex.bit, span+1
			return
		case e.builtin != nil && e.builtin.bits != 0 && !e.optional:
			r.gate, r.gateSpan = e.builtin.bits, span+1
			return
		case e.lits != nil:
			n := 0
			for _, l := range e.lits {
				n = max(n, len(l))
			}
			span += n
		case e.lex != nil:
			span += e.lex.maxLen
		case e.builtin != nil && e.builtin.width > 0:
			span += e.builtin.width
		default:
			return
		}
	}
}

// secondWords returns the words the token after a one-word literal must be
// when elems (the rest of the rule) start with one-word literals, optional
// ones followed by a required one ("the same|corresponding? period|quarter"
// gives same, corresponding, period, quarter); nil when that is unknown.
func secondWords(elems []elem) map[string]bool {
	words := map[string]bool{}
	for _, e := range elems {
		if e.lits == nil {
			return nil
		}
		for _, l := range e.lits {
			if len(l) != 1 {
				return nil
			}
			words[l[0]] = true
		}
		if !e.optional {
			return words
		}
	}
	return nil
}

// An example is a line "example TEXT => VALUE [TYPE] [MOD]" of a rule, or
// "example TEXT => none" for negative rules. Square brackets in TEXT mark
// the extent the timex must have ("[this past week] he ran"); they are
// not part of the text tagged.
type example struct {
	pos, text, value, typ, mod string
	dct                        string // "YYYY-MM-DD": the DCT the example resolves against
	days                       string // "EARLIEST..LATEST" when given: the days the timex covers
	extent                     string // the bracketed text, when given: the timex's exact text
}

// exampleText splits an example's text into the text to tag and the
// extent its brackets mark ("" without brackets).
func exampleText(s string) (text, extent string, err error) {
	open, cl := strings.IndexByte(s, '['), strings.IndexByte(s, ']')
	if open < 0 && cl < 0 {
		return s, "", nil
	}
	if open < 0 || cl < open || strings.Count(s, "[") != 1 || strings.Count(s, "]") != 1 {
		return "", "", fmt.Errorf("example %q: want one [extent]", s)
	}
	return s[:open] + s[open+1:cl] + s[cl+1:], s[open+1 : cl], nil
}

// loadLexicons reads every lex/*.tsv file of fsys: "phrase<TAB>value[<TAB>flag]",
// flag "cap" (must be capitalized) or "lower" (must not be).
func loadLexicons(fsys fs.FS, dir string) (map[string]*lexClass, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "lex", "*.tsv"))
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	out := map[string]*lexClass{}
	for _, f := range files {
		lines, err := lexicon.Load(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("timex: %w", err)
		}
		name := strings.TrimSuffix(path.Base(f), ".tsv")
		lc := &lexClass{name: name, byFirst: map[string][]lexEntry{}}
		for _, l := range lines {
			if len(l.Fields) < 2 || len(l.Fields) > 3 {
				return nil, fmt.Errorf("timex: %w", l.Errorf("want phrase<TAB>value[<TAB>cap|lower], got %d fields", len(l.Fields)))
			}
			e := lexEntry{words: splitWords(l.Fields[0]), value: l.Fields[1]}
			if len(l.Fields) == 3 {
				switch l.Fields[2] {
				case "cap":
					e.cap = true
				case "lower":
					e.lower = true
				default:
					return nil, fmt.Errorf("timex: %w", l.Errorf("unknown flag %q (want cap or lower)", l.Fields[2]))
				}
			}
			if len(e.words) == 0 {
				return nil, fmt.Errorf("timex: %w", l.Errorf("empty phrase"))
			}
			lc.byFirst[e.words[0]] = append(lc.byFirst[e.words[0]], e)
			lc.maxLen = max(lc.maxLen, len(e.words))
			if lc.minLen == 0 || len(e.words) < lc.minLen {
				lc.minLen = len(e.words)
			}
		}
		for _, es := range lc.byFirst {
			sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
		}
		out[name] = lc
	}
	names := make([]string, 0, len(out))
	for n := range out {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) > maxLexicons {
		return nil, fmt.Errorf("timex: %d lexicons, at most %d", len(names), maxLexicons)
	}
	for i, n := range names {
		out[n].bit = 1 << uint(i)
	}
	return out, nil
}

// maxLexicons is the most lexicons a language may have: their bits are
// the low bits of token.lexMask; the bits above are digitBit and the token
// classes of carried.bits.
const maxLexicons = 61

// loadRules reads every *.rules file of dir in fsys.
func loadRules(fsys fs.FS, dir string, lex map[string]*lexClass, bi map[string]*builtin) ([]*rule, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "*.rules"))
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	var rules []*rule
	names := map[string]string{}
	for _, f := range files {
		lines, err := lexicon.Load(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("timex: %w", err)
		}
		rs, err := parseRules(lines, lex, bi)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if prev, dup := names[r.name]; dup {
				return nil, fmt.Errorf("timex: %s: rule %q already defined at %s", r.pos, r.name, prev)
			}
			names[r.name] = r.pos
			r.order = len(rules)
			rules = append(rules, r)
		}
	}
	return rules, nil
}

// parseRules parses the lines of one rule file. A rule starts with
// "rule NAME" and is followed by "key value" lines: match, type, value,
// mod, remove, example.
func parseRules(lines []lexicon.Line, lex map[string]*lexClass, bi map[string]*builtin) ([]*rule, error) {
	var rules []*rule
	var cur *rule
	dct := "2023-08-07"
	finish := func(l lexicon.Line) error {
		if cur == nil {
			return nil
		}
		if cur.elems == nil {
			return fmt.Errorf("timex: %s: rule %q has no match line", cur.pos, cur.name)
		}
		if !cur.remove && cur.value.src == "" {
			return fmt.Errorf("timex: %s: rule %q has no value (or remove)", cur.pos, cur.name)
		}
		rules = append(rules, cur)
		return nil
	}
	for _, l := range lines {
		key, rest, _ := strings.Cut(l.Text, " ")
		rest = strings.TrimSpace(rest)
		if key == "rule" {
			if err := finish(l); err != nil {
				return nil, err
			}
			cur = &rule{name: rest, pos: l.Pos(), typ: hearsay.Date}
			continue
		}
		if cur == nil && key == "dct" {
			dct = rest
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("timex: %w", l.Errorf("%q outside a rule", key))
		}
		var err error
		switch key {
		case "match":
			err = compilePattern(cur, rest, lex, bi)
		case "type":
			switch t := hearsay.TimexType(rest); t {
			case hearsay.Date, hearsay.Time, hearsay.Duration, hearsay.Set:
				cur.typ = t
			default:
				err = fmt.Errorf("unknown type %q", rest)
			}
		case "value":
			cur.value = compileTemplate(rest)
		case "mod":
			cur.mod = compileTemplate(rest)
		case "remove":
			cur.remove = true
		case "aside":
			cur.aside = true
		case "spans":
			cur.spans = append(cur.spans, compileTemplate(rest))
		case "example":
			text, want, ok := strings.Cut(rest, "=>")
			if !ok {
				err = fmt.Errorf("example wants TEXT => VALUE [TYPE] [MOD]")
				break
			}
			f := strings.Fields(want)
			ex := example{pos: l.Pos(), dct: dct}
			if ex.text, ex.extent, err = exampleText(strings.TrimSpace(text)); err != nil {
				break
			}
			if n := len(f); n > 1 && strings.Contains(f[n-1], "..") {
				ex.days, f = f[n-1], f[:n-1]
			}
			if len(f) > 0 {
				ex.value = f[0]
			}
			if len(f) > 1 {
				ex.typ = f[1]
			}
			if len(f) > 2 {
				ex.mod = f[2]
			}
			cur.examples = append(cur.examples, ex)
		default:
			err = fmt.Errorf("unknown key %q", key)
		}
		if err != nil {
			return nil, fmt.Errorf("timex: %w", l.Errorf("rule %s: %v", cur.name, err))
		}
	}
	if len(lines) > 0 {
		if err := finish(lines[len(lines)-1]); err != nil {
			return nil, err
		}
	}
	return rules, nil
}

// compilePattern parses a match line: elements separated by spaces; "<"
// ends the left context and ">" starts the right context. An element is
// {class} or {class:name}, or literal alternatives "a|b|c"; a trailing "?"
// makes it optional; a leading "^" requires a capital letter; "_" joins the
// words of a multi-word literal ("so_far").
func compilePattern(r *rule, pat string, lex map[string]*lexClass, bi map[string]*builtin) error {
	r.from, r.to = -1, -1
	for _, f := range strings.Fields(pat) {
		switch f {
		case "<":
			if r.from >= 0 {
				return fmt.Errorf("two '<' in pattern")
			}
			r.from = len(r.elems)
			continue
		case ">":
			if r.to >= 0 {
				return fmt.Errorf("two '>' in pattern")
			}
			r.to = len(r.elems)
			continue
		}
		var e elem
		if len(f) > 1 && strings.HasSuffix(f, "?") {
			e.optional = true
			f = f[:len(f)-1]
		}
		if strings.HasPrefix(f, "{") && strings.HasSuffix(f, "}") {
			class, name, ok := strings.Cut(f[1:len(f)-1], ":")
			if !ok {
				name = class
			}
			e.capture = name
			if b, ok := bi[class]; ok {
				e.builtin = b
			} else if lc, ok := lex[class]; ok {
				e.lex = lc
			} else {
				return fmt.Errorf("unknown class {%s}", class)
			}
		} else {
			if len(f) > 1 && f[0] == '^' {
				e.cap = true
				f = f[1:]
			}
			for _, alt := range strings.Split(f, "|") {
				w := splitWords(strings.ReplaceAll(alt, "_", " "))
				if len(w) == 0 {
					return fmt.Errorf("empty literal in %q", f)
				}
				e.lits = append(e.lits, w)
			}
		}
		r.elems = append(r.elems, e)
	}
	if len(r.elems) == 0 {
		return fmt.Errorf("empty pattern")
	}
	if r.from < 0 {
		r.from = 0
	}
	if r.to < 0 {
		r.to = len(r.elems)
	}
	if r.from >= r.to {
		return fmt.Errorf("pattern has no span between '<' and '>'")
	}
	r.setGate()
	r.setAnchor()
	return nil
}

// firstKeys lists the index keys of the tokens a rule can start on: token
// forms, or "#d" for any digit run, "#w" any word, "#W" any capitalized word.
func (r *rule) firstKeys() []string {
	var keys []string
	for _, e := range r.elems {
		keys = append(keys, e.firstKeys()...)
		if !e.optional {
			break
		}
	}
	return keys
}

// firstKeys lists the index keys of the tokens an element can start on.
func (e *elem) firstKeys() []string {
	var keys []string
	switch {
	case e.lits != nil:
		for _, l := range e.lits {
			keys = append(keys, l[0])
		}
	case e.lex != nil:
		for k := range e.lex.byFirst {
			keys = append(keys, k)
		}
	default:
		keys = append(keys, e.builtin.first...)
	}
	return keys
}

// width is the number of tokens the element always covers, 0 when that
// varies.
func (e *elem) width() int {
	switch {
	case e.lits != nil:
		n := len(e.lits[0])
		for _, l := range e.lits {
			if len(l) != n {
				return 0
			}
		}
		return n
	case e.lex != nil:
		if e.lex.minLen != e.lex.maxLen {
			return 0
		}
		return e.lex.maxLen
	}
	return e.builtin.width
}
