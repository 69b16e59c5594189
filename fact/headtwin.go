package fact

// dropHeadTwins drops an appointment or an election to the post of "head"
// that a match tells together with the same change to a post the text
// names more closely, from the same trigger: "Mayor X tapped Y to lead the
// city's police department" is the police chief's post, not a second post
// of head of the city.
func dropHeadTwins(raws []*raw) []*raw {
	named := map[twinKey]bool{}
	for _, rw := range raws {
		if k, ok := headTwinKey(rw); ok && rw.f.Args[1].Literal != "head" {
			named[k] = true
		}
	}
	if len(named) == 0 {
		return raws
	}
	out := raws[:0]
	for _, rw := range raws {
		if k, ok := headTwinKey(rw); ok && rw.f.Args[1].Literal == "head" && named[k] {
			continue
		}
		out = append(out, rw)
	}
	return out
}

// twinKey says which change of post a raw fact tells: its type, its
// person, its sentence and where its trigger starts.
type twinKey struct {
	typ                   string
	person, sent, trigger int
}

// headTwinKey returns the twinKey of an appointment or an election with a
// person and a role, and whether rw is one.
func headTwinKey(rw *raw) (twinKey, bool) {
	a := rw.f.Args
	if rw.f.Type != "appointed" && rw.f.Type != "elected" || len(a) != 3 || a[0].Entity < 0 || a[1].Literal == "" || rw.s == nil {
		return twinKey{}, false
	}
	return twinKey{rw.f.Type, a[0].Entity, rw.s.idx, rw.f.Trigger.Start}, true
}
