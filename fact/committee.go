package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// committeeNouns end the name of a committee or a panel of a body that the
// text writes after the body's name in lower case ("the Commons defence
// committee", "the Senate armed services committee"; data/classes.tsv).
var committeeNouns = wordSet("committeenouns")

// maxCommitteeWords is the most lowercase words committeeOrgs reads between
// a body's name and the committee noun ("public accounts", "armed
// services", "health and social care").
const maxCommitteeWords = 5

// committeeOrgs gives a post whose organisation the pattern read as a
// body's name followed in lower case by a committee's words ("has chaired
// the Commons defence committee since 2025", "was appointed chair of the
// Senate intelligence committee") the committee: the body's name with
// those words, not the body alone.
func committeeOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[2].Entity < 0 && a[2].Literal == "" || rw.b == nil {
			continue
		}
		o := rw.b.slots[slotOrg]
		if !o.set || o.span.End <= o.span.Start || o.span.End > len(doc.Text) {
			continue
		}
		if a[2].Entity >= 0 && (len(o.ents) != 1 || o.ents[0] != a[2].Entity) || a[2].Entity < 0 && a[2].Literal != doc.Text[o.span.Start:o.span.End] {
			continue // the organisation is no longer the one the pattern read
		}
		if end := committeeAfter(doc.Text, o.span.End); end > 0 {
			rw.f.Args[2] = hearsay.Arg{Entity: -1, Literal: doc.Text[o.span.Start:end]}
		}
	}
}

// committeeAfter returns the end of a committee's words that follow a
// body's name ending at offset at: up to maxCommitteeWords lowercase words,
// the last a word of class committeenouns; 0 when none follow.
func committeeAfter(text string, at int) int {
	i := at
	for n := 0; n <= maxCommitteeWords; n++ {
		if i >= len(text) || text[i] != ' ' {
			return 0
		}
		j := i + 1
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] == '-') {
			j++
		}
		if j == i+1 {
			return 0 // a capital, a digit or a mark: no lowercase word
		}
		w := text[i+1 : j]
		if committeeNouns[w] {
			return j
		}
		if strings.Contains("|of|for|to|in|on|at|since|until|from|by|with|as|when|after|before|was|is|has|had|who|which|that|",
			"|"+w+"|") {
			return 0 // the clause goes on: "chaired the Commons for a decade"
		}
		i = j
	}
	return 0
}
