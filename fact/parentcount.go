package fact

import (
	"bytes"
	"strings"

	"github.com/hearsay-news/hearsay"
)

// parentNouns name a parent in a description of someone by their children
// ("a mother of two", "father-of-three", "a single dad").
var parentNouns = wordSet("parentnouns")

// parentInitials holds the first letters, in both cases, of the parent
// nouns: a token starting with any other byte is passed over at once.
var parentInitials = initialsOf(parentNouns)

// parentLens holds bit n for each length n in bytes of a parent noun: a
// token of another length that holds no "-of-" is no parent noun and
// opens no parent description (see mayNameParent).
var parentLens = lengthsOf(parentNouns)

// lengthsOf returns the set of the lengths of words, bit n for length n
// (lengths of 64 and more are left out).
func lengthsOf(words map[string]bool) uint64 {
	var set uint64
	for w := range words {
		if len(w) < 64 {
			set |= 1 << len(w)
		}
	}
	return set
}

// mayNameParent reports whether token text w may be a parent noun, in any
// case, or a description joined by hyphens ("mother-of-two"): what
// parentPhraseAt and becameParentAt read.
func mayNameParent(w string) bool {
	return len(w) < 64 && parentLens&(1<<len(w)) != 0 || hasOfJoin(w)
}

// hasOfJoin reports whether w holds "-of-" in any case.
func hasOfJoin(w string) bool {
	for i := 0; i+3 < len(w); i++ {
		if w[i] == '-' && w[i+1]|0x20 == 'o' && w[i+2]|0x20 == 'f' && w[i+3] == '-' {
			return true
		}
	}
	return false
}

// initialsOf returns the set of first bytes of words, in upper and lower
// case.
func initialsOf(words map[string]bool) (set [256]bool) {
	for w := range words {
		c := w[0] | 0x20
		set[c], set[c-('a'-'A')] = true, true
	}
	return set
}

// childCounts are the words after "mother of" that count children ("a
// mother of two", "a father of twins").
var childCounts = wordSet("childcounts")

// loneParentMods before a parent noun tell a parent with no count ("a
// single mother", "a lone parent").
var loneParentMods = wordSet("loneparentmods")

// parentCountFacts reads the parents a description tells by their children
// alone ("Shah, a mother of two,", "father-of-three Ben Foley", "Varga is a
// single mother", "Ames became a mother in May", timed by the birth): each
// such person gets one unnamed child entity (the children as a group) and
// a parent_of to it, unless the facts already name a child of theirs.
// marks are the document's cueMarks.
func parentCountFacts(doc *hearsay.Document, facts []hearsay.Fact, marks cueMarks) []hearsay.Fact {
	var out []hearsay.Fact
	done := map[int]bool{}
	for _, fs := range [][]hearsay.Fact{doc.Facts, facts} {
		for _, f := range fs {
			if f.Type == "parent_of" && len(f.Args) == 2 && f.Args[0].Entity >= 0 {
				done[f.Args[0].Entity] = true
			}
		}
	}
	for ti, m := range marks {
		if m&markParent == 0 {
			continue
		}
		start, last, count := parentPhraseAt(doc, ti)
		var t *hearsay.FactTime
		if start < 0 {
			if start, last = becameParentAt(doc, ti); start < 0 {
				continue
			}
			count = "one"
			t = dateAfter(doc, doc.Tokens[ti].Sentence, doc.Tokens[last].End) // "became a mother in May": the birth
		}
		p := describedParent(doc, start, last)
		if p < 0 || done[p] || doc.Entities[p].Unnamed {
			continue
		}
		done[p] = true
		kids := unnamedChildren(doc, p, count)
		tok := &doc.Tokens[start]
		sp := hearsay.Span{Start: tok.Start, End: doc.Tokens[last].End}
		out = append(out, hearsay.Fact{Type: "parent_of", Args: []hearsay.Arg{entArg(doc, p), entArg(doc, kids)}, Time: t,
			Modality: hearsay.Asserted, Polarity: hearsay.Pos, Sentence: tok.Sentence, Evidence: []int{tok.Sentence},
			Trigger: sp, Rule: "parentcount"})
	}
	return out
}

// describedParent returns the person the parent description from token
// start to last is about: the one it describes in place or in an
// appositive ("Shah, a mother of two,"), the subject of a copula ("Varga is
// a mother of four"), or the name after a fronted description ("A father of
// four, Reinholt has ..."); -1 when there is none.
func describedParent(doc *hearsay.Document, start, last int) int {
	if p := describedPerson(doc, start); p >= 0 {
		return p
	}
	if p := copulaPerson(doc, start); p >= 0 {
		return p
	}
	if p := copulaPerson(doc, last); p >= 0 {
		return p // "Ames became a mother"
	}
	sent := doc.Tokens[start].Sentence
	if last+2 < len(doc.Tokens) && doc.Tokens[last+1].Text == "," && doc.Tokens[last+2].Sentence == sent {
		return personMentionAt(doc, doc.Tokens[last+2].Start, true)
	}
	return -1
}

// parentPhraseAt returns the first and last tokens of a parent description
// whose parent noun is token ti ("mother of two", "single mother",
// "mother-of-two") and its count word ("" for none); start is -1 when
// there is none.
func parentPhraseAt(doc *hearsay.Document, ti int) (start, last int, count string) {
	var buf [48]byte
	w := appendLower(buf[:0], doc.Tokens[ti].Text) // looked up without a new string for each token
	if noun, count, ok := bytes.Cut(w, []byte("-of-")); ok && !bytes.Contains(noun, []byte("-")) && !bytes.Contains(count, []byte("-")) &&
		parentNouns[string(noun)] && childCounts[string(count)] {
		return ti, ti, string(count) // "mother-of-two"
	}
	if !parentNouns[string(w)] {
		return -1, -1, ""
	}
	sent := doc.Tokens[ti].Sentence
	if ti+2 < len(doc.Tokens) && doc.Tokens[ti+2].Sentence == sent && strings.ToLower(doc.Tokens[ti+1].Text) == "of" {
		if c := strings.ToLower(doc.Tokens[ti+2].Text); childCounts[c] {
			return ti, ti + 2, c
		}
	}
	if ti > 0 && doc.Tokens[ti-1].Sentence == sent && loneParentMods[strings.ToLower(doc.Tokens[ti-1].Text)] {
		return ti - 1, ti, ""
	}
	return -1, -1, ""
}

// becameWords tell that someone has become a parent ("became a mother").
var becameWords = map[string]bool{"became": true, "becomes": true, "become": true}

// becameParentAt returns the first and last tokens of "became a
// (first-time) mother" whose parent noun is token ti, or -1, -1.
func becameParentAt(doc *hearsay.Document, ti int) (start, last int) {
	if !isParentNoun(doc.Tokens[ti].Text) {
		return -1, -1
	}
	k := ti - 1
	if k >= 0 && strings.ToLower(doc.Tokens[k].Text) == "first-time" {
		k--
	}
	if k < 1 || strings.ToLower(doc.Tokens[k].Text) != "a" || !becameWords[strings.ToLower(doc.Tokens[k-1].Text)] || doc.Tokens[k-1].Sentence != doc.Tokens[ti].Sentence {
		return -1, -1
	}
	if n := ti + 1; n < len(doc.Tokens) && doc.Tokens[n].Sentence == doc.Tokens[ti].Sentence && (doc.Tokens[n].Text == "of" || doc.Tokens[n].Text == "to" || doc.Tokens[n].Text == "figure") {
		return -1, -1 // "became a father to Leo" (the patterns' to read), "a father figure"
	}
	return k, ti
}

// isParentNoun reports whether word, in any case, is a parent noun
// ("mother"), looked up without a new string.
func isParentNoun(word string) bool {
	var buf [48]byte
	return parentNouns[string(appendLower(buf[:0], word))]
}

// unnamedChildren adds the unnamed entity for the children of person p
// that a count tells ("Shah's two children") and returns its index.
func unnamedChildren(doc *hearsay.Document, p int, count string) int {
	name := doc.Entities[p].Name + "'s "
	switch count {
	case "":
		name += "children"
	case "one", "1":
		name += "child"
	case "twins", "triplets":
		name += count
	default:
		name += count + " children"
	}
	return addEntity(doc, hearsay.Entity{Type: hearsay.Person, Name: name, Unnamed: true})
}

// dateAfter returns the time of the first date of sentence sent that
// starts at or after offset off, nil when there is none.
func dateAfter(doc *hearsay.Document, sent, off int) *hearsay.FactTime {
	for i := range doc.Timexes {
		tx := &doc.Timexes[i]
		if tx.Sentence == sent && tx.Type == hearsay.Date && tx.Value != "" && tx.Start >= off && tx.Start < tx.End {
			lo, hi := bounds(*tx)
			return &hearsay.FactTime{Value: tx.Value, Mod: tx.Mod, Earliest: lo, Latest: hi, Timex: i}
		}
	}
	return nil
}
