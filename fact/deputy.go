package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// deputyOrgs gives a deputy told by whose deputy they are ("His deputy,
// Yasmin Holt, becomes acting chief risk officer") the organisation of the
// post that person holds, when the text gives them posts of one
// organisation only: a deputy serves in their principal's organisation,
// not necessarily in the one the article is about.
func deputyOrgs(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[1].Entity >= 0 || !strings.EqualFold(a[1].Literal, "deputy") || a[2].Entity >= 0 || a[2].Literal != "" {
			continue
		}
		p := principalIn(doc, rw.f.Trigger, a[0].Entity)
		if p < 0 {
			continue
		}
		org, ok := onlyPostOrg(raws, p)
		if !ok {
			continue
		}
		rw.fillArg(2, org, "a deputy serves in the organisation of the post of the person they deputise for")
	}
}

// principalIn returns the person other than self whom the first person
// mention (pronouns too) inside the trigger sp refers to ("her" of "X, her
// deputy,", "Hale" of "Hale's number two"), or -1.
func principalIn(doc *hearsay.Document, sp hearsay.Span, self int) int {
	for i := firstMentionAt(doc, sp.Start); i < len(doc.Mentions) && doc.Mentions[i].Start < sp.End; i++ {
		if m := &doc.Mentions[i]; m.End <= sp.End && m.Entity >= 0 && m.Entity != self && m.Type == hearsay.Person {
			return m.Entity
		}
	}
	return -1
}

// onlyPostOrg returns the organisation of the posts raws give person p
// (other than a deputy's), when they all hold posts of one organisation
// and none of them leaves its organisation open.
func onlyPostOrg(raws []*raw, p int) (hearsay.Arg, bool) {
	var org hearsay.Arg
	found := false
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[0].Entity != p || strings.EqualFold(a[1].Literal, "deputy") {
			continue
		}
		if a[2].Entity < 0 && a[2].Literal == "" || found && !sameOrgArg(org, a[2]) {
			return hearsay.Arg{}, false
		}
		org, found = a[2], true
	}
	return org, found
}
