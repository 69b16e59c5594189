package fact

import (
	hearsay "github.com/hearsay-news/hearsay"
)

// describedHomePattern is the rule of a home told by a description.
var describedHomePattern = &pattern{typ: "residence", opts: options{{"trigger", "noun"}, {"nocountry", ""}}, line: "a home in a description"}

// homeNouns are the people's nouns a town named before them makes the
// person's home (data/classes.tsv, class homenoun).
var homeNouns = wordSet("homenoun")

// describedHomes reads the home that a description of one person names
// with a town or a region right before a noun of class homenoun, when the
// mention stage keeps the description whole as a mention of the person
// (so that no pattern sees its words): "Sarah Denholm, a Luton woman,",
// "The Luton woman, 31, admitted the theft" (said of her), "Tara Lusk, a
// Kelby mother of three,".
func (st *Stage) describedHomes(s *sent, frames []*frame) []*raw {
	return st.fromDescriptions(s, frames, describedHomePattern, func(m *hearsay.Mention) (hearsay.Arg, bool) {
		place := describedPlace(s.doc, m)
		if place < 0 {
			return hearsay.Arg{}, false
		}
		return entArg(s.doc, place), true
	})
}

// describedPlace returns the place entity named inside description m right
// before a noun of class homenoun, or -1 when there is none: the place is
// the description's second or third word ("a Luton woman", "the
// 31-year-old Luton man") and no organisation's name holds it ("the Leeds
// United man").
func describedPlace(doc *hearsay.Document, m *hearsay.Mention) int {
	for i := range doc.Mentions {
		o := &doc.Mentions[i]
		if o.Start < m.Start || o.End > m.End || o.Start == m.Start || o.Entity < 0 || o.Kind != hearsay.NameMention {
			continue
		}
		if o.Type != hearsay.Place {
			if o.Type == hearsay.Org {
				return -1
			}
			continue
		}
		next := doc.Text[o.End:m.End]
		w := firstWord(next)
		if w == "" || !homeNouns[w] || len(next) == 0 || next[0] != ' ' {
			continue
		}
		if doc.Entities[o.Entity].Type != hearsay.Place {
			continue
		}
		return o.Entity
	}
	return -1
}

// firstWord returns the first word of s after its spaces, lowercased, up to
// a space or a comma.
func firstWord(s string) string {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != ',' {
		j++
	}
	var buf [32]byte
	return string(appendLower(buf[:0], s[i:j]))
}
