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
		nb, lit, ok := st.secondRole(s, rw.f.Type, rw.b)
		if !ok || hasRole(here, rw, lit) || hasRole(out, rw, lit) {
			continue
		}
		c := *rw
		c.b = nb
		c.f.Args = append(c.f.Args[:0:0], rw.f.Args...)
		c.f.Args[1].Literal = lit
		out = append(out, &c)
	}
	return out
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
