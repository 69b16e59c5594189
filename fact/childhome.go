package fact

import "github.com/hearsay-news/hearsay"

// childHomes adds, for each residence read by a pattern with option
// children ("raised their three children in Tulsa"), the residence of each
// child the article names of its person: where the children grew up, with
// no time, as "grew up in X" gives one.
func childHomes(raws []*raw) []*raw {
	kids := map[int][]int{} // parent: the named children, each once
	seen := map[[2]int]bool{}
	for _, rw := range raws {
		a := rw.f.Args
		if len(a) != 2 || a[0].Entity < 0 || a[1].Entity < 0 || rw.f.Polarity != hearsay.Pos {
			continue
		}
		switch rw.f.Type {
		case "parent_of":
			if !rw.unnamedArg(1) && !seen[[2]int{-1 - a[0].Entity, a[1].Entity}] {
				seen[[2]int{-1 - a[0].Entity, a[1].Entity}] = true // parent and child, apart from homes
				kids[a[0].Entity] = append(kids[a[0].Entity], a[1].Entity)
			}
		case "residence":
			seen[[2]int{a[0].Entity, a[1].Entity}] = true
		}
	}
	n := len(raws)
	for _, rw := range raws[:n] {
		if rw.f.Type != "residence" || rw.pat == nil || !rw.pat.has("children") || len(rw.f.Args) != 2 || rw.f.Args[0].Entity < 0 || rw.f.Args[1].Entity < 0 {
			continue
		}
		for _, c := range kids[rw.f.Args[0].Entity] {
			if k := [2]int{c, rw.f.Args[1].Entity}; !seen[k] {
				seen[k] = true
				raws = append(raws, rw.childHome(c))
			}
		}
	}
	return raws
}

// childHome returns the residence of child c where rw tells that its
// person raised their children.
func (rw *raw) childHome(c int) *raw {
	f := rw.f
	f.Args = []hearsay.Arg{{Entity: c, Literal: rw.s.doc.Entities[c].Name}, rw.f.Args[1]}
	f.Time = nil
	f.Sources = append([]hearsay.Source(nil), rw.f.Sources...)
	f.Evidence = append([]int(nil), rw.f.Evidence...)
	f.Qualifiers = nil
	f.Derived = true
	f.Reason = "where the parent raised the children"
	return &raw{f: f, pat: rw.pat, s: rw.s, b: rw.b, frame: rw.frame}
}
