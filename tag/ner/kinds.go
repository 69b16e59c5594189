package ner

// OutletKind returns the kind ("outlet", "agency" or "platform") of a name
// given as its token words ("Us", "Weekly"): the kind the outlet list gives
// it, or "outlet" when it has two or more words and ends in an outlet word
// ("Oregon", "Post"), also followed by an edition word ("Elle", "UK"); ""
// otherwise. A leading "The" is ignored. Unlike
// Spans, it neither tags nor refines a document: it is a look-up for stages
// that already have the tags.
func (l *Lists) OutletKind(words []string) string {
	if len(words) > 1 && words[0] == "The" {
		if k := l.OutletKind(words[1:]); k != "" {
			return k
		}
	}
	if len(words) > 1 && l.editions[words[len(words)-1]] {
		if k := l.OutletKind(words[:len(words)-1]); k == "outlet" {
			return k // an edition: "Elle UK"
		}
	}
	if len(words) == 0 || !l.outletFirst[words[0]] && !l.outletHeads[words[len(words)-1]] {
		return ""
	}
	for _, oi := range l.outletsByFirst[words[0]] {
		if o := &l.outlets[oi]; equalWords(words, o.words) {
			return o.kind
		}
	}
	if len(words) >= 2 && l.outletHeads[words[len(words)-1]] && startsUpper(words[0]) {
		return "outlet"
	}
	return ""
}

// TheOutletKind returns the kind of the outlet the list names "The" and
// then words ("Telegraph" of "The Telegraph", written "the Telegraph"), or
// "". Like OutletKind it is a look-up for stages that already have the tags.
func (l *Lists) TheOutletKind(words []string) string {
	if len(words) == 0 || words[0] == "The" {
		return ""
	}
	for _, oi := range l.outletsByFirst["The"] {
		if o := &l.outlets[oi]; len(o.words) == len(words)+1 && equalWords(words, o.words[1:]) {
			return o.kind
		}
	}
	return ""
}

// IsEvent reports whether words, a leading "The" aside, name a recurring
// event of data/events.txt ("Coachella", "the Grammys"). Like OutletKind it
// is a look-up for stages that already have the tags: the refinement layer
// has checked the context ("Coachella, California" is the place).
func (l *Lists) IsEvent(words []string) bool {
	if len(words) > 1 && words[0] == "The" {
		words = words[1:]
	}
	return len(words) > 0 && len(words) <= maxEventLen && joinedIn(l.events, words)
}
