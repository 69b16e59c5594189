package fact

import (
	hearsay "github.com/hearsay-news/hearsay"
)

// antecedentReach is how many sentences before a match antecedentOrg looks
// back for the organisation "its" stands for.
const antecedentReach = 2

// antecedentOrgs gives a post or a membership matched with option its, whose
// organisation the text names only by "its" ("co-founded Tarrow Biotech and
// sat on its board for two decades"), the organisation "its" stands for: the
// one named last before it, in its sentence or, when the sentence names none
// before it, in the sentences just before. A news outlet is never it.
func antecedentOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		if rw.pat == nil || !rw.pat.has("its") || rw.s == nil {
			continue
		}
		k := openOrgArg(rw)
		if k < 0 {
			continue
		}
		if e := antecedentOrg(doc, rw.s, possessiveAt(rw.s, rw.f.Trigger)); e >= 0 {
			rw.fillArg(k, entArg(doc, e), "the organisation is the one 'its' stands for")
		}
	}
}

// possessiveAt returns the offset of the first "its" or "their" in span sp
// of sentence s, else the start of sp.
func possessiveAt(s *sent, sp hearsay.Span) int {
	for ui := range s.units {
		x := &s.units[ui]
		if x.Start >= sp.End {
			break
		}
		if x.Start >= sp.Start && (x.word == "its" || x.word == "their") {
			return x.Start
		}
	}
	return sp.Start
}

// antecedentOrg returns the organisation named last before offset at in
// sentence s, else the one named last in the nearest of the antecedentReach
// sentences before it that names one; -1 when none does.
func antecedentOrg(doc *hearsay.Document, s *sent, at int) int {
	for i := s.idx; i >= 0 && s.idx-i <= antecedentReach; i-- {
		found, from := -1, -1
		for _, ix := range s.mentionsOf(i) {
			m := &doc.Mentions[ix]
			if i == s.idx && m.End > at || m.Start <= from || !orgMention(doc, m) {
				continue
			}
			found, from = m.Entity, m.Start
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// orgMention reports whether m names or describes an organisation that is
// not a news outlet.
func orgMention(doc *hearsay.Document, m *hearsay.Mention) bool {
	if m.Entity < 0 || m.Entity >= len(doc.Entities) || m.Kind == hearsay.PronounMention {
		return false
	}
	e := &doc.Entities[m.Entity]
	return e.Type == hearsay.Org && !newsOrg(*e)
}
