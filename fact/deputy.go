package fact

import (
	"strings"

	hearsay "github.com/hearsay-news/hearsay"
)

// deputyOrgs gives a deputy told by whose deputy they are ("His deputy,
// Yasmin Holt, becomes acting chief risk officer"), and a post of a
// pattern with option principal told by the person it serves ("Gov. X's
// chief of staff, Y", "Y, press secretary to Gov. X"), the organisation of
// the post that person holds, when the text gives them posts of one
// organisation only: a deputy or an aide serves in their principal's
// organisation (the state of a governor's office), not necessarily in the
// one the article is about. A principal's post is one of class
// principalposts of classes.tsv; any other ("Gov. X's lawyer") is left open.
func deputyOrgs(doc *hearsay.Document, raws []*raw) {
	principalOrgs(doc, raws, false)
}

// aideOrgs does what deputyOrgs does for the aides' posts alone, before
// successions look for the office a successor takes ("Gov. X's chief of
// staff, Y, will step down. X named Z as his replacement"): the
// principal's post, read from a title, has its organisation already.
func aideOrgs(doc *hearsay.Document, raws []*raw) {
	principalOrgs(doc, raws, true)
}

// principalOrgs fills the organisations of deputyOrgs, of the aides' posts
// alone with aidesOnly.
func principalOrgs(doc *hearsay.Document, raws []*raw, aidesOnly bool) {
	for _, rw := range raws {
		a := rw.f.Args
		if !postTypes.has(rw.f.Type) || len(a) != 3 || a[1].Entity >= 0 || a[2].Entity >= 0 || a[2].Literal != "" {
			continue
		}
		deputy := strings.EqualFold(a[1].Literal, "deputy")
		aide := rw.pat != nil && rw.pat.has("principal") && principalPosts[strings.ToLower(a[1].Literal)]
		appointer := !deputy && !aide && aideChange(rw)
		if !deputy && !aide && !appointer || aidesOnly && deputy {
			continue
		}
		var p int
		if appointer {
			p = appointerOf(doc, rw)
		} else {
			p = principalOf(doc, rw)
		}
		if p < 0 {
			continue
		}
		org, ok := onlyPostOrg(raws, p)
		if !ok {
			continue
		}
		reason := "a deputy serves in the organisation of the post of the person they deputise for"
		if !deputy {
			reason = "an aide serves in the organisation of the post of the person they work for"
		}
		rw.fillArg(2, org, reason)
		sameAidePosts(raws, rw, org)
	}
}

// sameAidePosts gives the other posts and events of the holder of a
// deputy's or an aide's post rw that take its role with the organisation left open (a departure
// whose role fillElided took from the aide's post: "X fired her chief of
// staff, Y") the organisation org found for rw.
func sameAidePosts(raws []*raw, rw *raw, org hearsay.Arg) {
	a := rw.f.Args
	for _, o := range raws {
		b := o.f.Args
		if o == rw || !postTypes.has(o.f.Type) || len(b) != 3 || b[0].Entity != a[0].Entity || b[2].Entity >= 0 || b[2].Literal != "" || !strings.EqualFold(b[1].Literal, a[1].Literal) {
			continue
		}
		o.fillArg(2, org, "an aide serves in the organisation of the post of the person they work for")
	}
}

// principalPosts are the posts of class principalposts of classes.tsv.
var principalPosts = wordSet("principalposts")

// principalOf returns the person a post of rw serves: the person slot P
// of its pattern ("{P} 's {ROLE} , {A}"), else the person named inside its
// trigger, or -1.
func principalOf(doc *hearsay.Document, rw *raw) int {
	self := rw.f.Args[0].Entity
	if rw.b != nil {
		if p := rw.b.slots[slotP]; p.set && len(p.ents) == 1 && p.ents[0] != self && p.ents[0] >= 0 {
			return p.ents[0]
		}
	}
	return principalIn(doc, rw.f.Trigger, self)
}

// aideChange reports whether rw appoints someone to an aide's post or
// dismisses them from one (classes.tsv principalposts) without telling
// whose aide: "The governor also approved the appointment of Mr Tunde
// Bakare as Chief of Staff".
func aideChange(rw *raw) bool {
	return (rw.f.Type == "appointed" || rw.f.Type == "dismissed") && principalPosts[strings.ToLower(rw.f.Args[1].Literal)]
}

// appointerOf returns the person other than the one appointed or dismissed
// that the sentence names first before the trigger of rw, the subject who
// makes the change ("the governor" of "The governor also approved the
// appointment of X as chief of staff"), or -1.
func appointerOf(doc *hearsay.Document, rw *raw) int {
	if rw.s == nil || rw.s.idx >= len(doc.Sentences) {
		return -1
	}
	return principalIn(doc, hearsay.Span{Start: doc.Sentences[rw.s.idx].Start, End: rw.f.Trigger.Start}, rw.f.Args[0].Entity)
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

// aidesLeaving ends the post of a deputy or an aide, told by whose they are
// in a sentence that tells a departure, with the dated departure of the
// person they serve from the organisation of that post, told in that
// sentence or before it: "Carrow Rovers sacked manager X on
// Monday. ... His assistant, Y, has also left the club" and "X leaves along
// with his assistant Y" end Y's post on Monday. A post already dated is
// left as it is.
func aidesLeaving(doc *hearsay.Document, raws []*raw) {
	for _, rw := range raws {
		a := rw.f.Args
		if rw.echo || rw.s == nil || rw.f.Type != "position_held" || rw.f.Time != nil || len(a) != 3 || a[0].Entity < 0 ||
			rw.pat == nil || !rw.pat.has("principal") && !strings.EqualFold(a[1].Literal, "deputy") || !toldLeaving(rw.s) {
			continue
		}
		p := principalOf(doc, rw)
		if p < 0 {
			continue
		}
		for _, ev := range raws {
			f := ev.f
			if ev.echo || ev.s == nil || !leaving(f.Type) || len(f.Args) != 3 || f.Args[0].Entity != p || f.Polarity != hearsay.Pos ||
				f.Modality != hearsay.Asserted || f.Time == nil || f.Time.Value == "" || strings.Contains(f.Time.Value, "REF") ||
				ev.s.idx > rw.s.idx || f.Args[2].Entity < 0 || f.Args[2].Entity != a[2].Entity {
				continue
			}
			rw.f.Time = &hearsay.FactTime{End: f.Time.Value, Timex: -1}
			rw.f.Derived = true
			rw.f.Reason = "the post ended when the person it serves left (" + f.Time.Value + ")"
			break
		}
	}
}

// toldLeaving reports whether sentence s tells someone leaving by one of
// the verbs of class leavingverbs of classes.tsv ("has also left the
// club", "leaves along with his assistant").
func toldLeaving(s *sent) bool {
	for _, w := range s.wordList {
		if leavingVerbs[w] {
			return true
		}
	}
	return false
}

// leavingVerbs are the words of class leavingverbs of classes.tsv.
var leavingVerbs = wordSet("leavingverbs")
