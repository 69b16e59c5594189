package timex

import "slices"

// Rules are indexed by an anchor: one required element that starts one of
// a few known numbers of tokens (offsets) after the rule's start, chosen
// among those the fewest tokens can start. A rule is tried at token j-off
// only when token j can start its anchor, so a rule that begins with an
// optional or common element ("{word} the ^Morning", "the? {premod} -?
// {year}") is tried at the few tokens where its rarer part stands
// ("morning", "early") rather than at every word. Its probes then test
// cheaply what the tokens around carry before the rule is matched. Which
// rules are tried in which order does not change the result: matches are
// ranked by a total order (see matchSentence).

// An anchor is a rule as the index lists it: the rule is tried at the token
// off tokens before the one the list was found on, when its probes pass.
type anchor struct {
	rule *rule
	off  int32
	n    int32 // probes used
	// first is set when the anchor is the rule's first keys (at offset 0):
	// the token the list was found on then starts the rule (startsRule).
	first bool
	// tests are the rule's probes as tested on matcher.sums (see
	// probeTest).
	tests [maxProbes]probeTest
}

// A probeTest is a probe placed for matcher.sums: the token summary at
// index 2*i+at passes it, for the rule tried at token i.
type probeTest struct {
	want carried
	at   int32
}

// test places a probe for matcher.sums.
func (p probe) test() probeTest {
	at := 2 * p.off
	if p.after {
		at++
	}
	return probeTest{want: p.want, at: at}
}

// An anchorGroup is the anchors of one index list whose first probes test
// the same token summary, counted from the token the list was found on:
// matcher.sums[2*j+at] for token j. want is the union of what those probes
// want, so that a summary carrying none of it rules out the whole group at
// once; subs part the group by what the first probe wants. always marks a
// group of anchors that have no probe.
type anchorGroup struct {
	want   carried
	at     int32
	always bool
	subs   []anchorSub
}

// An anchorSub is the anchors of a group whose first probes want the same:
// the group's summary passes them all or none. Its anchors keep only their
// other probes.
type anchorSub struct {
	want    carried
	anchors []anchor
}

// groupAnchors parts an index list into groups by the place of their
// first probes, in the order the places first appear, and each group into
// subs by what the first probe wants. Which rules are tried in which order
// does not change the result (see matchSentence).
func groupAnchors(as []anchor) []anchorGroup {
	var gs []anchorGroup
	find := func(at int32, always bool) *anchorGroup {
		for g := range gs {
			if gs[g].at == at && gs[g].always == always {
				return &gs[g]
			}
		}
		gs = append(gs, anchorGroup{at: at, always: always})
		return &gs[len(gs)-1]
	}
	for _, a := range as {
		var g *anchorGroup
		var want carried
		if a.n == 0 {
			g = find(-2*a.off, true)
		} else {
			g = find(a.tests[0].at-2*a.off, false)
			want = a.tests[0].want
			g.want = g.want.union(want)
			copy(a.tests[:], a.tests[1:a.n]) // the sub tests the first
			a.n--
		}
		g.addTo(want, a)
	}
	return gs
}

// addTo adds a to the group's sub of want.
func (g *anchorGroup) addTo(want carried, a anchor) {
	for k := range g.subs {
		if g.subs[k].want == want {
			g.subs[k].anchors = append(g.subs[k].anchors, a)
			return
		}
	}
	g.subs = append(g.subs, anchorSub{want: want, anchors: []anchor{a}})
}

// maxProbes is the most probes an anchor keeps.
const maxProbes = 4

// A probe is a cheap necessary condition for a rule to match from a token
// i: the token at i+off (or, with after, some token from i+off on) carries
// one of the lexicon bits, word bits or classes of want.
type probe struct {
	want  carried
	off   int32
	after bool
}

// carried is what a token (or the union of several) carries: in bits, the
// bits of the lexicons with a phrase starting with it (lexMask) and its
// class (classDigit, classWord, classCap); in words, the wordBit of its
// word number.
type carried struct {
	bits, words uint64
}

// union is what c or d carries.
func (c carried) union(d carried) carried {
	return carried{bits: c.bits | d.bits, words: c.words | d.words}
}

// meets reports whether c carries some of what want lists.
func (c *carried) meets(want *carried) bool {
	return c.bits&want.bits|c.words&want.words != 0
}

// Token classes in carried.bits, above the lexicons' bits (maxLexicons):
// a digit run's is its lexMask bit.
const (
	classDigit = digitBit // a digit run
	classWord  = 1 << 61  // a word
	classCap   = 1 << 62  // a capitalized word
)

// A fixedElem is a required element of a rule that starts off tokens after
// the rule's start.
type fixedElem struct {
	off int
	e   *elem
}

// A keySet is a set of index keys (see firstKeys) as tests on a token.
type keySet struct {
	words []uint64 // word numbers (token.word) as a bit set
	digit bool     // any digit run ("#d")
	word  bool     // any word ("#w")
	cap   bool     // any capitalized word ("#W")
}

// startsRule reports whether a rule whose first keys are s is tried at t:
// a digit run by "#d" or by its form, other tokens by their form, and
// words by "#w" and, capitalized, by "#W".
func (s *keySet) startsRule(t *token) bool {
	if t.kind == tokDigit {
		return s.digit || hasWord(s.words, t.word)
	}
	return hasWord(s.words, t.word) || t.kind == tokWord && (s.word || s.cap && t.cap)
}

// Costs of index keys for choosing anchors: about how many tokens of a text
// carry them.
const (
	costWord   = 10000 // "#w"
	costCap    = 2000  // "#W"
	costDigit  = 300   // "#d"
	costCommon = 100   // a form of commonForm
	costOther  = 1     // any other form
)

// commonForm reports whether a token form is frequent enough in text to
// make a poor anchor.
func commonForm(form string) bool {
	switch form {
	case "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "by", "from", "this", "that",
		",", ".", "-", "'", "s", "(", ")", "\"":
		return true
	}
	return false
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
		case commonForm(k):
			c += costCommon
		default:
			c += costOther
		}
	}
	return c
}

// maxAnchorOffsets is the most offsets an anchor may have.
const maxAnchorOffsets = 4

// setAnchor lists the rule's required elements at fixed offsets from its
// start and chooses its anchor: the cheapest of the required elements that
// only elements of fixed width precede, at each offset where it can start
// (optional elements before it make several), or the rule's first keys at
// offset 0 when none is cheaper.
func (r *rule) setAnchor() {
	r.anchorElem, r.anchorOffs, r.anchorKeys = -1, []int{0}, r.firstKeys()
	best := keysCost(r.anchorKeys)
	offs := []int{0}
	fixed := true
	for k := range r.elems {
		e := &r.elems[k]
		w := e.width()
		if e.optional {
			fixed = false
			if w == 0 {
				return
			}
			offs = withOffsets(offs, w)
			if len(offs) > maxAnchorOffsets {
				return
			}
			continue
		}
		if fixed {
			r.fixed = append(r.fixed, fixedElem{off: offs[0], e: e})
		}
		if k > 0 {
			if keys := e.firstKeys(); keysCost(keys)*len(offs) < best {
				r.anchorElem, r.anchorOffs, r.anchorKeys, best = k, slices.Clone(offs), keys, keysCost(keys)*len(offs)
			}
		}
		if w == 0 {
			return
		}
		for n := range offs {
			offs[n] += w
		}
	}
}

// withOffsets returns the offsets after an optional element of width w:
// offs and each of offs plus w, sorted, without repeats.
func withOffsets(offs []int, w int) []int {
	out := slices.Clone(offs)
	for _, o := range offs {
		out = append(out, o+w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// probes lists the probes of r: its fixed elements but the anchor, tested
// on their token, then its other required elements whose first token is
// known, tested on the tokens from their earliest place on; at most
// maxProbes.
func (t *Tagger) probes(r *rule) []probe {
	var ps []probe
	for k, f := range r.fixed {
		if k == r.anchorElem || k == 0 && r.anchorElem < 0 {
			continue // the anchor's element: the index tested it
		}
		if want, ok := t.startCarried(f.e); ok {
			ps = append(ps, probe{want: want, off: int32(f.off)})
		}
	}
	off := 0
	for k := range r.elems {
		e := &r.elems[k]
		if e.optional {
			continue
		}
		if k >= len(r.fixed) {
			if want, ok := t.startCarried(e); ok {
				ps = append(ps, probe{want: want, off: int32(off), after: true})
			}
		}
		off += e.minWidth()
	}
	// Fixed elements first, then later elements first: the tokens after a
	// later place carry less.
	slices.SortStableFunc(ps, func(a, b probe) int {
		if a.after != b.after {
			if a.after {
				return 1
			}
			return -1
		}
		return int(b.off - a.off)
	})
	return ps[:min(len(ps), maxProbes)]
}

// startCarried returns what the first token of any match of e carries at
// least one of; ok is false when that is not known.
func (t *Tagger) startCarried(e *elem) (want carried, ok bool) {
	switch {
	case e.lex != nil:
		return carried{bits: e.lex.bit}, true
	case e.builtin != nil && e.builtin.bits != 0:
		return carried{bits: e.builtin.bits}, true
	}
	for _, k := range e.firstKeys() {
		switch k {
		case digitKey:
			want.bits |= classDigit
		case wordKey:
			want.bits |= classWord
		case capKey:
			want.bits |= classCap
		default:
			id := t.words[k]
			if id == 0 {
				return carried{}, false
			}
			want.words |= wordBit(id)
		}
	}
	return want, want != carried{}
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

// wordBit is the bit of word number id in carried.words: one of 64, so
// several words share it.
func wordBit(id int32) uint64 {
	if id == 0 {
		return 0
	}
	return 1 << (uint32(id) % 64)
}

// tokenCarried is what a token carries.
func tokenCarried(tk *token) carried {
	c := carried{bits: tk.lexMask, words: wordBit(tk.word)}
	switch {
	case tk.kind == tokDigit:
		c.bits |= classDigit
	case tk.kind == tokWord && tk.cap:
		c.bits |= classWord | classCap
	case tk.kind == tokWord:
		c.bits |= classWord
	}
	return c
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
// t.capAnchors for the classes, each list parted into groups (see
// groupAnchors). A form that its key's class already covers (a word under
// "#w", a digit run under "#d") is not listed again.
func (t *Tagger) indexAnchors() {
	var digitAs, wordAs, capAs []anchor
	formAs := make([][]anchor, len(t.info))
	for _, r := range t.rules {
		r.starts = t.keySet(r.firstKeys())
		var a anchor
		a.rule, a.first = r, r.anchorElem < 0
		for _, p := range t.probes(r) {
			a.tests[a.n] = p.test()
			a.n++
			t.probeReach = max(t.probeReach, int(p.off)+1)
		}
		as := make([]anchor, len(r.anchorOffs))
		for n, off := range r.anchorOffs {
			as[n] = a
			as[n].off = int32(off)
		}
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
				digitAs = append(digitAs, as...)
			case wordKey:
				wordAs = append(wordAs, as...)
			case capKey:
				capAs = append(capAs, as...)
			default:
				if kind := formKind(k); digit && kind == tokDigit || word && kind == tokWord {
					continue
				}
				id := t.words[k]
				formAs[id] = append(formAs[id], as...)
			}
		}
	}
	t.digitAnchors, t.wordAnchors, t.capAnchors = groupAnchors(digitAs), groupAnchors(wordAs), groupAnchors(capAs)
	for id, as := range formAs {
		t.info[id].anchors = groupAnchors(as)
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
