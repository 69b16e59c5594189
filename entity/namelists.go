package entity

// Lists of people's names ("their children, Amy, Kit and Rose", "the twins,
// Beau and Eli, 8", "three kids: Ava, Leo and Max"): the name tagger often
// runs two of them together across a comma, types short given names as
// places or organisations, or leaves one out. nameLists mends the spans
// before mentions are made of them.

// maxListItemWords is the longest name of a list item, in words.
const maxListItemWords = 3

// nameLists mends, in the name spans found by the tagger, the coordinated
// lists of names: a span made of given names joined by commas ("Amy , Kit")
// is cut into one person per name; the items of a list that comes after a
// plural noun of children or other people (cue classes kin-plural and
// name-list-lead, plurals of a child noun: "her sons Tom and Will", "the
// twins, Beau and Eli, 8", "co-stars Dana Bell, Ray Ortiz and Lu Chen") or
// that has a person's name and otherwise only known given names ("Ava, Leo
// and Max") are people, tagged or not. It returns the spans, sorted.
func (lx *Lexicons) nameLists(di *docInfo, spans [][3]int) [][3]int {
	toks := di.doc.Tokens
	// cut the comma-joined given names first
	var out [][3]int
	cut := false
	for _, s := range spans {
		if lx.commaNames(di, s[0], s[1]) {
			a := s[0]
			for i := s[0]; i <= s[1]; i++ {
				if i == s[1] || isListJoint(toks[i].Text) {
					out = append(out, [3]int{a, i, nerPER})
					a = i + 1
				}
			}
			cut = true
			continue
		}
		out = append(out, s)
	}
	if !cut {
		out = spans
	}
	for i := range toks {
		if !di.capital[i] {
			ti := di.token(lx, i)
			if ti == nil || !(ti.has(bitChildPlural) || ti.isCue(cueNameListLead)) || toks[i].Text != di.lower[i] {
				continue
			}
			j := i + 1
			if j < len(toks) && (toks[j].Text == "," || toks[j].Text == ":" || toks[j].Text == "—" || toks[j].Text == "–") {
				j++
			}
			if items, ok := lx.listItems(di, j, out); ok {
				out = markPeople(out, items)
			}
			continue
		}
		// a list with no noun before it starts at a capitalised word
		// after a word that is none
		if i > 0 && di.capital[i-1] && toks[i-1].Sentence == toks[i].Sentence {
			continue
		}
		if items, ok := lx.listItems(di, i, out); ok && lx.givenNameList(di, items, out) {
			out = markPeople(out, items)
		}
	}
	sortSpans(out)
	return out
}

// commaNames reports whether the span [a, b) is two or more capitalised
// words joined by commas or "and", each one word and a given name of
// names.tsv ("Amy , Kit", "Nora and Tess").
func (lx *Lexicons) commaNames(di *docInfo, a, b int) bool {
	toks := di.doc.Tokens
	if b-a < 3 {
		return false
	}
	for i := a; i < b; i++ {
		if (i-a)%2 == 1 {
			if !isListJoint(toks[i].Text) {
				return false
			}
			continue
		}
		if !isCap(toks[i].Text) || !isAlphaWord(toks[i].Text) {
			return false
		}
		if _, ok := lx.names[di.lower[i]]; !ok {
			return false
		}
	}
	return (b-a)%2 == 1
}

// isListJoint reports whether a token joins the items of a list.
func isListJoint(w string) bool { return w == "," || w == "and" || w == "&" }

// listItems reads a coordinated list of names starting at token j: items of
// one to maxListItemWords capitalised words, each maybe followed by an age
// (", 8"), joined by commas and closed by "and" or "&" before the last. It
// returns the items' token spans and whether a list of two or more was
// found. An item may not cut a name span of spans in two.
func (lx *Lexicons) listItems(di *docInfo, j int, spans [][3]int) ([][2]int, bool) {
	toks := di.doc.Tokens
	if j >= len(toks) {
		return nil, false
	}
	sent := toks[j].Sentence
	var items [][2]int
	closed := false
	for {
		a := j
		for j < len(toks) && toks[j].Sentence == sent && j-a < maxListItemWords && isCap(toks[j].Text) && isAlphaWord(toks[j].Text) {
			j++
		}
		if j == a || j < len(toks) && toks[j].Sentence == sent && isCap(toks[j].Text) {
			return nil, false
		}
		items = append(items, [2]int{a, j})
		if closed {
			break
		}
		// an age after the item
		if j+1 < len(toks) && toks[j].Text == "," && isNumber(toks[j+1].Text) {
			j += 2
		}
		if j >= len(toks) || toks[j].Sentence != sent {
			break
		}
		switch {
		case toks[j].Text == "and" || toks[j].Text == "&":
			j++
			closed = true
		case toks[j].Text == "," && j+1 < len(toks) && (toks[j+1].Text == "and" || toks[j+1].Text == "&"):
			j += 2
			closed = true
		case toks[j].Text == ",":
			j++
		default:
			return nil, false
		}
		if j >= len(toks) || toks[j].Sentence != sent {
			return nil, false
		}
	}
	if !closed || len(items) < 2 {
		return nil, false
	}
	// the spans are read last, for the few runs of words shaped as a list
	for _, it := range items {
		if !wholeSpans(spans, it[0], it[1]) {
			return nil, false
		}
	}
	return items, true
}

// wholeSpans reports whether no span of spans crosses a boundary of the
// tokens [a, b).
func wholeSpans(spans [][3]int, a, b int) bool {
	for _, s := range spans {
		if s[0] < b && a < s[1] && (s[0] < a || s[1] > b) {
			return false
		}
	}
	return true
}

// givenNameList reports whether a list with no noun before it is one of
// people: every item is one word, a given name of names.tsv (which leaves
// out names that are also places), but for at most a person's name found
// by the tagger; with no such name, every item is a name given to one
// gender ("Jo, Quinn and Sage sang", not "Robin, Sky and Sage").
func (lx *Lexicons) givenNameList(di *docInfo, items [][2]int, spans [][3]int) bool {
	person, gendered := false, true
	for _, it := range items {
		isPer := false
		for _, s := range spans {
			if s[0] == it[0] && s[1] == it[1] && s[2] == nerPER {
				isPer = true
			}
		}
		if isPer {
			person = true
			continue
		}
		if it[1]-it[0] != 1 {
			return false
		}
		g, ok := lx.names[di.lower[it[0]]]
		if !ok {
			return false
		}
		gendered = gendered && (g == 'm' || g == 'f')
	}
	return person || gendered
}

// markPeople makes each item a person's name span: spans inside an item
// are dropped, then the item is added.
func markPeople(spans [][3]int, items [][2]int) [][3]int { return markAll(spans, items, nerPER) }

// markAll makes each item a name span of type typ: spans inside an item
// are dropped, then the item is added.
func markAll(spans [][3]int, items [][2]int, typ int) [][3]int {
	out := spans[:0]
	for _, s := range spans {
		inside := false
		for _, it := range items {
			inside = inside || s[0] >= it[0] && s[1] <= it[1]
		}
		if !inside {
			out = append(out, s)
		}
	}
	for _, it := range items {
		out = append(out, [3]int{it[0], it[1], typ})
	}
	return out
}

// sortSpans sorts spans by first token.
func sortSpans(spans [][3]int) {
	for i := 1; i < len(spans); i++ {
		for j := i; j > 0 && spans[j][0] < spans[j-1][0]; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
}
