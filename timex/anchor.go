package timex

// Rules are indexed by an anchor: one required element that starts a fixed
// number of tokens after the rule's start, chosen among those the fewest
// tokens can start. A rule is tried at token j-off only when token j can
// start its anchor, so a rule that begins with an optional or common element
// ("{word} the ^Morning") is tried at the few tokens where its rarer part
// stands ("morning") rather than at every word.

// An anchor is a rule as the index lists it: the rule is tried at the token
// off tokens before the one the list was found on.
type anchor struct {
	rule *rule
	off  int
}

// A fixedElem is a required element of a rule that starts off tokens after
// the rule's start.
type fixedElem struct {
	off int
	e   *elem
}

// A need is a required element of a rule that starts at least off tokens
// after the rule's start, and what its first token carries: one of the
// lexMask bits, or one of the wordBit bits of its literals' first words.
type need struct {
	off         int
	bits, words uint64
}

// A keySet is a set of index keys (see firstKeys) as tests on a token.
type keySet struct {
	words []uint64 // word numbers (token.word) as a bit set
	digit bool     // any digit run ("#d")
	word  bool     // any word ("#w")
	cap   bool     // any capitalized word ("#W")
}

// has reports whether t is one of the tokens of s.
func (s *keySet) has(t *token) bool {
	switch t.kind {
	case tokDigit:
		if s.digit {
			return true
		}
	case tokWord:
		if s.word || s.cap && t.cap {
			return true
		}
	}
	return hasWord(s.words, t.word)
}

// startsRule reports whether a rule whose first keys are s is tried at t:
// a digit run only by "#d", other tokens by their form, and words by "#w"
// and, capitalized, by "#W".
func (s *keySet) startsRule(t *token) bool {
	if t.kind == tokDigit {
		return s.digit
	}
	return hasWord(s.words, t.word) || t.kind == tokWord && (s.word || s.cap && t.cap)
}

// canStart reports whether t can be the first token of e.
func (e *elem) canStart(t *token) bool {
	if e.cap && !t.cap {
		return false
	}
	return e.starts.has(t)
}

// Costs of index keys for choosing anchors: about how many tokens of a text
// carry them.
const (
	costWord   = 10000 // "#w"
	costCap    = 2000  // "#W"
	costDigit  = 300   // "#d"
	costCommon = 100   // a word of commonWords
	costOther  = 1     // any other form
)

// commonWords are token forms frequent enough in text to make poor anchors.
var commonWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"and": true, "or": true, "for": true, "by": true, "from": true, "this": true, "that": true,
	",": true, ".": true, "-": true, "'": true, "s": true, "(": true, ")": true, "\"": true,
}

// keysCost estimates how many tokens carry one of keys.
func keysCost(keys []string) int {
	c := 0
	for _, k := range keys {
		switch {
		case k == wordKey:
			c += costWord
		case k == capKey:
			c += costCap
		case k == digitKey:
			c += costDigit
		case commonWords[k]:
			c += costCommon
		default:
			c += costOther
		}
	}
	return c
}

// setAnchor lists the rule's required elements at fixed offsets from its
// start and chooses the cheapest of them as its anchor (the rule's first
// keys at offset 0 when none is cheaper).
func (r *rule) setAnchor() {
	r.anchorOff, r.anchorKeys = 0, r.firstKeys()
	best := keysCost(r.anchorKeys)
	off := 0
	for k := range r.elems {
		e := &r.elems[k]
		if e.optional {
			return
		}
		r.fixed = append(r.fixed, fixedElem{off: off, e: e})
		if off > 0 {
			if keys := e.firstKeys(); keysCost(keys) < best {
				r.anchorOff, r.anchorKeys, best = off, keys, keysCost(keys)
			}
		}
		w := e.width()
		if w == 0 {
			return
		}
		off += w
	}
}

// setNeeds lists, for the required elements of r that are not fixed
// elements and whose first token is known by a lexMask bit or literal
// words, how many tokens at least come before them.
func (t *Tagger) setNeeds(r *rule) {
	off := 0
	for k := range r.elems {
		e := &r.elems[k]
		if e.optional {
			continue
		}
		if k >= len(r.fixed) {
			n := need{off: off}
			switch {
			case e.lits != nil:
				for _, l := range e.lits {
					n.words |= wordBit(t.words[l[0]])
				}
			case e.lex != nil:
				n.bits = e.lex.bit
			default:
				n.bits = e.builtin.bits
			}
			if n.bits != 0 || n.words != 0 {
				r.needs = append(r.needs, n)
			}
		}
		off += e.minWidth()
	}
}

// minWidth is the fewest tokens the (required) element covers.
func (e *elem) minWidth() int {
	switch {
	case e.lits != nil:
		n := len(e.lits[0])
		for _, l := range e.lits {
			n = min(n, len(l))
		}
		return n
	case e.lex != nil:
		return e.lex.minLen
	}
	return max(e.builtin.width, 1)
}

// wordBit is the bit of word number id in token.wordBits: one of 64, so
// several words share it.
func wordBit(id int32) uint64 {
	if id == 0 {
		return 0
	}
	return 1 << (uint32(id) % 64)
}

// needsOK reports whether, for each need of r starting at token i, a token
// at or after its earliest place carries what it starts with.
func (m *matcher) needsOK(r *rule, i int) bool {
	for _, n := range r.needs {
		j := i + n.off
		if j >= len(m.toks) || m.after[j].bits&n.bits == 0 && m.after[j].words&n.words == 0 {
			return false
		}
	}
	return true
}

// fixedOK reports whether each fixed element of r can start at its token
// when r starts at token i.
func (m *matcher) fixedOK(r *rule, i int) bool {
	for _, f := range r.fixed {
		j := i + f.off
		if j >= len(m.toks) || !f.e.canStart(&m.toks[j]) {
			return false
		}
	}
	return true
}

// keySet returns keys as a keySet over the tagger's word numbers; every
// form of keys must be numbered.
func (t *Tagger) keySet(keys []string) keySet {
	s := keySet{words: make([]uint64, (len(t.info)+63)/64)}
	for _, k := range keys {
		switch k {
		case digitKey:
			s.digit = true
		case wordKey:
			s.word = true
		case capKey:
			s.cap = true
		default:
			id := t.words[k]
			s.words[id/64] |= 1 << (id % 64)
		}
	}
	return s
}

// indexAnchors sets the rules' key sets and lists each rule under the keys
// of its anchor: in t.info for forms, in t.digitAnchors, t.wordAnchors and
// t.capAnchors for the classes. A form that its key's class already covers
// (a word under "#w", a digit run under "#d") is not listed again.
func (t *Tagger) indexAnchors() {
	for _, r := range t.rules {
		r.starts = t.keySet(r.firstKeys())
		t.setNeeds(r)
		for k := range r.elems {
			r.elems[k].starts = t.keySet(r.elems[k].firstKeys())
		}
		a := anchor{rule: r, off: r.anchorOff}
		var digit, word bool
		for _, k := range r.anchorKeys {
			digit = digit || k == digitKey
			word = word || k == wordKey
		}
		seen := map[string]bool{}
		for _, k := range r.anchorKeys {
			if seen[k] {
				continue
			}
			seen[k] = true
			switch k {
			case digitKey:
				t.digitAnchors = append(t.digitAnchors, a)
			case wordKey:
				t.wordAnchors = append(t.wordAnchors, a)
			case capKey:
				t.capAnchors = append(t.capAnchors, a)
			default:
				if kind := formKind(k); digit && kind == tokDigit || word && kind == tokWord {
					continue
				}
				wi := &t.info[t.words[k]]
				wi.anchors = append(wi.anchors, a)
			}
		}
	}
}

// formKind is the kind of the token a form of the data is.
func formKind(form string) tokKind {
	toks := tokenize(form, 0, len(form), nil)
	if len(toks) == 0 {
		return tokPunct
	}
	return toks[0].kind
}
