package fact

import "strings"

// coordRoleEnds are the words that may follow the second of two posts an
// appointment joins with "and" ("was named chairman and chief executive of
// Brindle Foods on Monday"): the post ends the phrase there, so it is a post
// of its own and not the title of a person named next (data/classes.tsv).
var coordRoleEnds = wordSet("coordroleends")

// coordRoleDets are the determiners that may open the second post ("was
// appointed chair and the chief executive").
var coordRoleDets = wordSet("coordroledets")

// coordinatedRoles returns, for each post or change of post of here that a
// pattern read with its post, a second one of the same person in the post
// joined to it by "and" ("was named deputy leader and cabinet member for
// transport", "resigned as chairman and chief executive", "Orbis's
// president and chief executive, Tom Reed,"): the same match with the
// other post, so the two share the person, the organisation, the time and
// the source. A post followed by
// its own organisation after the first one named another ("chairman of X
// and chief executive of Y") is left alone.
func (st *Stage) coordinatedRoles(s *sent, here []*raw) []*raw {
	var out []*raw
	for _, rw := range here {
		if !isPostEvent(rw.f.Type) || rw.pat == nil || rw.b == nil || len(rw.f.Args) != 3 || rw.f.Args[1].Literal == "" {
			continue
		}
		alts := st.listedRoles(s, rw.f.Type, rw.b)
		if nb, lit, ok := st.secondRole(s, rw.f.Type, rw.b); ok {
			alts = append(alts, listedRole{nb, lit})
		}
		for _, a := range alts {
			if hasRole(here, rw, a.lit) || hasRole(out, rw, a.lit) || strings.EqualFold(a.lit, rw.f.Args[1].Literal) {
				continue
			}
			c := *rw
			c.b = a.b
			c.f.Args = append(c.f.Args[:0:0], rw.f.Args...)
			c.f.Args[1].Literal = a.lit
			out = append(out, &c)
		}
	}
	return out
}

// A listedRole is another post of a list of posts, with the binding that
// holds it in place of the post a pattern read.
type listedRole struct {
	b   *binding
	lit string
}

// maxListedRoles bounds the posts read from one list.
const maxListedRoles = 5

// listedRoles returns the other posts of a list of three or more posts, set
// off by commas and closed by "and", that holds the post of binding b
// ("chairman, president and chief executive of Orbis", "was named chair,
// chief executive and president on Monday"): the posts before it and, when
// a comma follows it, those after it. A list that no "and" closes is no
// list of posts ("the chairman, chief executive Tom Reed, said"), nor one
// whose last post runs on into a name.
func (st *Stage) listedRoles(s *sent, typ string, b *binding) []listedRole {
	r := b.slots[slotRole]
	if !r.set || r.span.End <= r.span.Start {
		return nil
	}
	first, last := s.unitAt(r.span.Start), s.unitAt(r.span.End-1)
	if first < 0 || last < 0 {
		return nil
	}
	before, andBefore, comma := st.rolesBefore(s, first)
	after, andAfter := st.rolesAfter(s, last+1)
	closed := andBefore || andAfter || s.andWithin(first, last+2) >= 0
	if !closed || !comma && len(after) == 0 {
		return nil // two posts joined by "and" alone are read by secondRole, or are no list ("ousted founder and chief executive X")
	}
	if len(before)+len(after) == 0 {
		return nil
	}
	var out []listedRole
	for _, o := range append(before, after...) {
		nb := *b
		nb.slots[slotRole] = o.bound
		out = append(out, listedRole{&nb, s.interimRole(slotRole, o.bound, literalArg(s.doc, typ, slotRole, o.lit))})
	}
	return out
}

// andWithin returns the first unit from u up to (not including) end that
// is an "and", or -1.
func (s *sent) andWithin(u, end int) int {
	for ; u < end && u < len(s.units); u++ {
		if s.units[u].word == "and" {
			return u
		}
	}
	return -1
}

// rolesBefore returns the posts of a list that stand before unit u, each
// followed by a comma or by the "and" that closes the list, nearest first,
// whether an "and" joined one of them, and whether a comma did.
func (st *Stage) rolesBefore(s *sent, u int) ([]option, bool, bool) {
	var out []option
	and, comma := false, false
	for len(out) < maxListedRoles && u >= 2 {
		sep := s.units[u-1].word
		if sep != "," && (sep != "and" || len(out) > 0) {
			break
		}
		o, ok := st.postEndingAt(s, u-1)
		if !ok {
			break
		}
		and = and || sep == "and"
		comma = comma || sep == ","
		out = append(out, o)
		u = s.unitAt(o.span.Start)
		if u < 0 {
			break
		}
	}
	return out, and, comma
}

// postEndingAt returns the longest post that ends right before unit end,
// or that the lexicon joins there to the next ("president" of "president
// and chief executive" before its "and").
func (st *Stage) postEndingAt(s *sent, end int) (option, bool) {
	var best option
	for v := end - 1; v >= 0 && v >= end-6; v-- {
		for _, o := range s.slotAt(st.r, slotRole, v) {
			if o.set && o.lit != "" && (v+o.n == end || s.andWithin(v, v+o.n) == end) && o.n > best.n {
				best = o
			}
		}
	}
	return best, best.n > 0
}

// rolesAfter returns the posts of a list that follow a comma at unit u,
// each set off by a comma, the last after "and" and before a word that may
// end a post (coordroleends), and whether such an "and" closed the list;
// nothing when the list does not close so.
func (st *Stage) rolesAfter(s *sent, u int) ([]option, bool) {
	if u >= len(s.units) || s.units[u].word != "," {
		return nil, false
	}
	var out []option
	for len(out) < maxListedRoles && u < len(s.units) {
		next, and, ok := s.listSeparator(u)
		if !ok {
			return nil, false
		}
		u = next
		if u < len(s.units) && coordRoleDets[s.units[u].word] {
			u++
		}
		var best option
		for _, o := range s.slotAt(st.r, slotRole, u) {
			if o.set && o.lit != "" && o.n > best.n {
				best = o
			}
		}
		if best.n == 0 {
			return nil, false
		}
		out = append(out, best)
		if j := s.andWithin(u+1, u+best.n); j >= 0 {
			u = j // "president and chief executive", a post of the lexicon that joins two: the last comes next
			continue
		}
		u += best.n
		if and {
			if u < len(s.units) && !coordRoleEnds[s.units[u].word] {
				return nil, false
			}
			return out, true
		}
	}
	return nil, false
}

// secondRole returns binding b with its post replaced by the post that
// "and" joins right after it, and that post's literal.
func (st *Stage) secondRole(s *sent, typ string, b *binding) (*binding, string, bool) {
	r := b.slots[slotRole]
	if !r.set || r.span.End <= r.span.Start {
		return nil, "", false
	}
	and := s.joinedAt(r)
	if and < 0 {
		return nil, "", false
	}
	v := and + 1
	if v < len(s.units) && coordRoleDets[s.units[v].word] {
		v++
	}
	var best option
	for _, o := range s.slotAt(st.r, slotRole, v) {
		if o.set && o.n > best.n {
			best = o
		}
	}
	if best.n == 0 || best.lit == "" {
		return nil, "", false
	}
	w := v + best.n
	if w < len(s.units) && !coordRoleEnds[s.units[w].word] {
		return nil, "", false // "named chair and chief executive Tom Reed said": a title
	}
	org := b.slots[slotOrg]
	if org.set && org.span.End <= s.units[and].Start && w < len(s.units) && ownOrgWords[s.units[w].word] {
		return nil, "", false // "chairman of X and chief executive of Y"
	}
	nb := *b
	nb.slots[slotRole] = best.bound
	lit := s.interimRole(slotRole, best.bound, literalArg(s.doc, typ, slotRole, best.lit))
	if strings.EqualFold(lit, literalArg(s.doc, typ, slotRole, r.lit)) {
		return nil, "", false
	}
	return &nb, lit, true
}

// joinedAt returns the unit of the "and" that joins a second post to the
// post r, within the literal ("chairman and chief executive", read as one
// title) or right after it; -1 when none does.
func (s *sent) joinedAt(r bound) int {
	last := s.unitAt(r.span.End - 1)
	if last < 0 {
		return -1
	}
	for u := max(s.unitAt(r.span.Start), 0) + 1; u <= last+1 && u < len(s.units); u++ {
		if s.units[u].word == "and" {
			return u
		}
	}
	return -1
}

// ownOrgWords open the organisation of a post ("chief executive of X").
var ownOrgWords = map[string]bool{"of": true, "at": true, "for": true}

// hasRole reports whether raws hold a fact of rw's type, person and
// post literal lit.
func hasRole(raws []*raw, rw *raw, lit string) bool {
	for _, h := range raws {
		if h.f.Type == rw.f.Type && len(h.f.Args) == 3 && h.f.Args[0].Entity == rw.f.Args[0].Entity && strings.EqualFold(h.f.Args[1].Literal, lit) {
			return true
		}
	}
	return false
}

// joinedRole reports whether a phrase of the role lexicon is two roles of
// it joined by "and" ("president and chief executive"), unlike a role
// whose words hold an "and" of their own ("work and pensions secretary").
func (r *resources) joinedRole(phrase string) bool {
	first, second, ok := strings.Cut(phrase, " and ")
	if !ok {
		return false
	}
	_, a := r.roles[first]
	_, b := r.roles[second]
	return a && b
}
