package timex

// A capture binds a class element's name to the value it matched.
type capture struct{ name, value string }

// A match is one rule matched at a place in a token slice. Token indices.
type match struct {
	rule       *rule
	start, end int // the whole match, context included
	from, to   int // the timex span
	caps       []capture
}

// matcher finds rule matches in a token slice.
type matcher struct {
	toks  []token
	best  match
	found bool
	caps  []capture
	bound []int   // token index where each element of the current rule starts
	cands []match // buffers reused from sentence to sentence
	taken []bool
	out   []match
	// capBuf holds the captures of the sentence's matches.
	capBuf []capture
	// win[k] is the union of the lexMasks of tokens winAt-1 .. winAt-1+k,
	// for the rules' gates; winAt is 0 when not computed.
	win   [maxGateSpan]uint64
	winAt int
	info  []wordInfo // per word number (Tagger.info)
	// sums[2*j] is what token j carries, sums[2*j+1] what the tokens from
	// j on carry (the union); both are empty past the sentence's end.
	sums []carried
}

// maxGateSpan is the longest gate span whose token masks are kept.
const maxGateSpan = 8

// reset starts matching on a new sentence's tokens. Probes test up to
// reach tokens from a rule's start.
func (m *matcher) reset(toks []token, info []wordInfo, reach int) {
	m.toks, m.info, m.winAt = toks, info, 0
	m.capBuf = m.capBuf[:0]
	n := 2 * (len(toks) + reach + 1)
	if cap(m.sums) < n {
		m.sums = make([]carried, n)
	}
	m.sums = m.sums[:n]
	clear(m.sums[2*len(toks):])
	// sums[2*j : 2*j+4] holds token j's own and its union, then token
	// j+1's (past the end: the cleared places).
	for j := len(toks) - 1; j >= 0; j-- {
		c := tokenCarried(&toks[j])
		s := m.sums[2*j : 2*j+4]
		s[0], s[1] = c, s[3].union(c)
	}
}

// gateMask returns the union of the lexMasks of the span tokens from i on
// (fewer at the end of the sentence).
func (m *matcher) gateMask(i, span int) uint64 {
	if span > maxGateSpan {
		var mask uint64
		for j := i; j < i+span && j < len(m.toks); j++ {
			mask |= m.toks[j].lexMask
		}
		return mask
	}
	if m.winAt != i+1 {
		var mask uint64
		ts := m.toks[i:min(len(m.toks), i+maxGateSpan)]
		for k := range ts {
			mask |= ts[k].lexMask
			m.win[k] = mask
		}
		for k := len(ts); k < maxGateSpan; k++ {
			m.win[k] = mask
		}
		m.winAt = i + 1
	}
	return m.win[span-1]
}

// secondOK reports whether the token after i is one of the words r
// requires there, when it requires any.
func (m *matcher) secondOK(r *rule, i int) bool {
	if r.second == nil {
		return true
	}
	if i+1 >= len(m.toks) {
		return false
	}
	return hasWord(r.secondBits, m.toks[i+1].word)
}

// tryAnchors tries the rules of the anchor groups found at token j: in
// each group whose first probes' summary carries some of what they want,
// the subs whose first probe it passes, and in them each anchor's rule at
// its start (j minus the anchor's offset). Their matches go to m.cands.
func (m *matcher) tryAnchors(groups []anchorGroup, j int) {
	for g := range groups {
		gr := &groups[g]
		at := 2*j + int(gr.at)
		if at < 0 {
			continue // every rule of the group would start before the sentence
		}
		c := &m.sums[at]
		if gr.always {
			m.tryGroup(gr.subs[0].anchors, j)
			continue
		}
		if !c.meets(&gr.want) {
			continue
		}
		for k := range gr.subs {
			if sub := &gr.subs[k]; c.meets(&sub.want) {
				m.tryGroup(sub.anchors, j)
			}
		}
	}
}

// tryGroup tries the rules of anchors found at token j, each at its start
// (j minus the anchor's offset) when its probes pass, and adds their
// matches to m.cands.
func (m *matcher) tryGroup(anchors []anchor, j int) {
next:
	for k := range anchors {
		a := &anchors[k]
		i := j - int(a.off)
		if i < 0 {
			continue
		}
		for p := range a.tests[:a.n] {
			pt := &a.tests[p]
			if !m.sums[2*i+int(pt.at)].meets(&pt.want) {
				continue next
			}
		}
		if (a.first || a.rule.starts.startsRule(&m.toks[i])) && m.matchAt(a.rule, i) {
			m.cands = append(m.cands, m.best)
		}
	}
}

// matchAt tries rule r at token i and reports whether it matched; the best
// match is then in m.best.
func (m *matcher) matchAt(r *rule, i int) bool {
	m.found = false
	if !m.secondOK(r, i) {
		return false
	}
	if r.gate != 0 && m.gateMask(i, r.gateSpan)&r.gate == 0 {
		return false
	}
	m.caps = m.caps[:0]
	if cap(m.bound) < len(r.elems)+1 {
		m.bound = make([]int, len(r.elems)+1)
	}
	m.bound = m.bound[:len(r.elems)+1]
	m.walk(r, 0, i, i)
	return m.found
}

// walk matches elems[k:] from token i, exploring every alternative.
func (m *matcher) walk(r *rule, k, i, start int) {
	m.bound[k] = i
	if k == len(r.elems) {
		m.offer(r, start, i)
		return
	}
	e := &r.elems[k]
	if e.optional {
		m.walk(r, k+1, i, start)
		m.bound[k] = i
	}
	if i >= len(m.toks) {
		return
	}
	t := &m.toks[i]
	switch {
	case e.lits != nil:
		if e.cap && !t.cap || !hasWord(e.firstBits, t.word) {
			return
		}
		for n, lit := range e.lits {
			if e.litWords[n] != t.word {
				continue
			}
			if end, ok := m.seqFrom(lit, i); ok {
				m.walk(r, k+1, end, start)
			}
		}
	case e.lex != nil:
		if t.lexMask&e.lex.bit == 0 {
			return
		}
		for _, le := range m.info[t.word].phrases(e.lex.bit) {
			if (le.cap && !t.cap) || (le.lower && t.cap) {
				continue
			}
			if end, ok := m.seqFrom(le.words, i); ok {
				m.caps = append(m.caps, capture{e.capture, le.value})
				n := len(m.caps)
				m.walk(r, k+1, end, start)
				m.caps = m.caps[:n-1]
			}
		}
	default:
		if end, val, ok := e.builtin.match(m.toks, i); ok {
			m.caps = append(m.caps, capture{e.capture, val})
			n := len(m.caps)
			m.walk(r, k+1, end, start)
			m.caps = m.caps[:n-1]
		}
	}
}

// seqFrom matches a sequence of token forms at i whose first form is
// known to be token i's. Tokens after the first must not follow a
// paragraph break.
func (m *matcher) seqFrom(words []string, i int) (int, bool) {
	if i+len(words) > len(m.toks) {
		return 0, false
	}
	for j := 1; j < len(words); j++ {
		t := &m.toks[i+j]
		if t.lower != words[j] || t.newline {
			return 0, false
		}
	}
	return i + len(words), true
}

// offer records a complete match if it is better than the best so far:
// the span ending later wins, then the longer span, then the longer match
// (more context), then negative rules, then the earlier rule.
func (m *matcher) offer(r *rule, start, end int) {
	from, to := m.bound[r.from], m.bound[r.to]
	for from < to && m.toks[from].kind == tokPunct && !elidedCentury(m.toks, from) {
		from++ // a timex does not start with punctuation ("{weekday}? ,? {month}")
	}
	for to > from && (m.toks[to-1].lower == "," || m.toks[to-1].lower == "-") {
		to--
	}
	if to <= from {
		return
	}
	for j := start + 1; j < end; j++ {
		if m.toks[j].newline { // no match jumps a paragraph break
			return
		}
	}
	if m.found {
		b := &m.best
		switch {
		case to != b.to:
			if to < b.to {
				return
			}
		case to-from != b.to-b.from:
			if to-from < b.to-b.from {
				return
			}
		case end-start != b.end-b.start:
			if end-start < b.end-b.start {
				return
			}
		case r.remove != b.rule.remove:
			if !r.remove {
				return
			}
		case r.order >= b.rule.order:
			return
		}
	}
	m.found = true
	n := len(m.capBuf)
	m.capBuf = append(m.capBuf, m.caps...)
	m.best = match{rule: r, start: start, end: end, from: from, to: to, caps: m.capBuf[n:len(m.capBuf):len(m.capBuf)]}
}

// selSpan is the token range a match claims when matches compete: the
// span between its context markers (for a negative rule without markers,
// the whole match).
func (m *match) selSpan() (from, to int) {
	return m.from, m.to
}

// elidedCentury reports whether the token at i is an apostrophe written for
// the century of a year or decade right after it ("the '80s", "class of
// '08"): it belongs to the timex.
func elidedCentury(toks []token, i int) bool {
	if toks[i].lower != "'" && toks[i].lower != "’" || i+1 >= len(toks) {
		return false
	}
	return toks[i+1].kind == tokDigit && !toks[i+1].space
}
