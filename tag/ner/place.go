package ner

import "strings"

// placeModifiers labels as a place a name the tagger called an
// organisation or MISC when it stands between "a", "an" or "the" and a
// lowercase word and is known as a place: "a Nashville restaurant", "an
// Austin bakery"; after a possessive, when data/cities.txt lists it
// ("the couple's Tribeca loft"). A name is known as a place when the document labels it
// LOC elsewhere, data/cities.txt or data/places.txt lists it, or the
// training names mostly were places. Nationalities ("a
// British band") and firms ("a Google spokesman") are MISC and ORG there,
// so they keep their label.
func (t *Tagger) placeModifiers(sents [][]string, labs [][]int) {
	var places map[string]bool // names the document labels LOC, made when needed
	var keyBuf [64]byte
	for si, ws := range sents {
		ys := labs[si]
		for i := 1; i < len(ys); i++ {
			if !isBegin(ys[i]) {
				continue
			}
			j := spanEnd(ys, i)
			if typ := labelType(ys[i]); typ != typeORG && typ != typeMISC ||
				j >= len(ws) || !isLowerWord(ws[j]) || !placeDeterminer(ws[i-1]) && !possessiveWord(ws[i-1]) {
				i = j - 1
				continue
			}
			name := strings.Join(ws[i:j], " ")
			if !placeDeterminer(ws[i-1]) {
				if t.lists.cities[name] {
					setSpan(ys, i, j, typeLOC) // "the couple's Tribeca loft": after a possessive only a listed city, never a club's town ("Shearer's Newcastle team mate")
				}
				i = j - 1
				continue
			}
			if places == nil {
				places = locNames(sents, labs)
			}
			lower := strings.ToLower(name)
			if places[name] || t.lists.cities[name] || t.lists.places[name] || t.ext.gaz.mostly(append(keyBuf[:0], lower...), typeLOC) {
				setSpan(ys, i, j, typeLOC)
			}
			i = j - 1
		}
	}
}

// locNames returns the names a document's labels make places. The names
// are gathered first, as substrings of one string, so that the map is
// made at its size.
func locNames(sents [][]string, labs [][]int) map[string]bool {
	var textBuf [512]byte
	var endBuf, valBuf [32]int32
	names := nameBatch{text: textBuf[:0], ends: endBuf[:0], vals: valBuf[:0]}
	for si, ws := range sents {
		ys := labs[si]
		for i := 0; i < len(ys); i++ {
			if ys[i] == beginOf(typeLOC) {
				j := spanEnd(ys, i)
				names = names.add(ws[i:j], 0)
				i = j - 1
			}
		}
	}
	m := make(map[string]bool, len(names.ends))
	names.each(func(name string, _ int) { m[name] = true })
	return m
}

// mostly reports whether the name (a gazetteer key) was type t in more
// than half of its uses in the training names.
func (g *gazetteer) mostly(key []byte, t int) bool {
	c, ok := g.names[string(key)]
	if !ok {
		return false
	}
	var total int32
	for k := 1; k < len(c); k++ {
		total += c[k]
	}
	return 2*c[t] > total
}

// placeDeterminer reports whether w comes before a place used as a
// modifier ("a", "an", "the").
func placeDeterminer(w string) bool { return w == "a" || w == "an" || w == "the" }

// possessiveWord reports whether w is a possessive before a modifier:
// "his", "her", "their", "its", "our", "my", "'s" or a word in "'s" ("the
// couple's Tribeca loft", "their Malibu home").
func possessiveWord(w string) bool {
	switch w {
	case "his", "her", "their", "its", "our", "my", "'s", "’s":
		return true
	}
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}
