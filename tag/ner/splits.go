package ner

import "strings"

// spanBreaks are lowercase words that no name of a person, an
// organisation or a place has inside it: a copula or an auxiliary the
// tagger ran a name over ("Nia Okafor is Haldor Mining's new chief").
var spanBreaks = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true,
	"says": true, "said": true, "will": true, "would": true, "joins": true, "joined": true,
	"remains": true, "remained": true, "becomes": true, "became": true,
}

// splitRunOnNames splits a person's, organisation's or place's name the
// tagger ran over a copula or an auxiliary ("Nia Okafor is Haldor
// Mining"), or over a comma between a person's name and the possessive
// name of an employer ("Ann Voss, Orbis Bank's head of marketing"). The
// words before the break are a person's name when they are two or three
// capitalised words and the name after it ends in a possessive or the
// break is a verb; the words after it keep the tagger's type.
func (l *Lists) splitRunOnNames(sents [][]string, labs [][]int) {
	eachEntity(labs, func(si, i, j int) {
		ws, ys := sents[si], labs[si]
		t := labelType(ys[i])
		if t != typePER && t != typeORG && t != typeLOC {
			return
		}
		for k := i + 1; k+1 < j; k++ {
			person := l.personRun(ws[i:k])
			if !spanBreaks[ws[k]] && !(ws[k] == "," && person && j < len(ws) && (ws[j] == "'s" || ws[j] == "'")) {
				continue
			}
			left := t
			if person {
				left = typePER
			}
			setSpan(ys, i, k, left)
			ys[k] = 0
			setSpan(ys, k+1, j, t)
			return
		}
	})
}

// personRun reports whether words are two or three capitalised name words,
// none a title, a role or the last word of an organisation's or a place's
// name.
func (l *Lists) personRun(words []string) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) || !isNameWord(w) || l.isRole(w) || l.orgHeads[w] || l.locHeads[w] || l.orgSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return false
		}
	}
	return true
}

// kinCompoundNames makes a person of the two or three capitalised words
// after a parent's compound ("Father-of-two Gavin Prout", "mum-of-three
// Leah Dunn", "grandmother-of-five Ivy Hale"), which the tagger often
// leaves out or takes for something else.
func (l *Lists) kinCompoundNames(sents [][]string, labs [][]int) {
	for si, ws := range sents {
		ys := labs[si]
		for i := 0; i+2 < len(ws); i++ {
			if !kinCompound(ws[i]) {
				continue
			}
			k := i + 1
			for k < len(ws) && k-i <= 3 && startsUpper(ws[k]) && isNameWord(ws[k]) && !l.isRole(ws[k]) {
				k++
			}
			if n := k - i - 1; n < 2 || n > 3 || l.orgHeads[ws[k-1]] || l.locHeads[ws[k-1]] {
				continue
			}
			if k < len(ys) && isInside(ys[k]) {
				continue // the words begin a longer name
			}
			ys[i] = 0
			setSpan(ys, i+1, k, typePER)
			i = k - 1
		}
	}
}

// kinCompound reports whether w is a parent's compound with a count,
// "father-of-two", "Mum-of-three", "grandfather-of-six".
func kinCompound(w string) bool {
	if len(w) < 8 || !strings.Contains(w, "-of-") && !strings.Contains(w, "-Of-") && !strings.Contains(w, "-OF-") {
		return false // most words: no lowering, which would allocate for every capitalised one
	}
	head, rest, ok := strings.Cut(strings.ToLower(w), "-of-")
	if !ok || rest == "" || strings.Contains(rest, "-") {
		return false
	}
	switch head {
	case "father", "mother", "dad", "mum", "mom", "grandfather", "grandmother", "grandad", "granddad", "grandma", "grandpa", "gran", "nan", "mother-in-law":
		return true
	}
	return false
}

// coordinatedPersons makes a person of a name of two or three capitalised
// words the tagger took for a place or an organisation when it is joined
// by "and" to a person's name, the two the subject of a verb or the end
// of a clause: "Kara Venn and Dom Reyes married", "Dom Reyes and his wife
// Kara Venn live in Kelby", "Guests included Dom Reyes and Kara Venn.",
// "Sergeant Ash Porter and Constable Dee Mills arrived". A title or a
// possessive and a noun may come between "and" and the second name. Names
// with an organisation's or a place's last word stay as they are.
func (l *Lists) coordinatedPersons(sents [][]string, labs [][]int) {
	for si, ws := range sents {
		ys := labs[si]
		for k := 1; k+2 < len(ws); k++ {
			if ws[k] != "and" || ys[k] != 0 {
				continue
			}
			c := l.afterAnd(ws, ys, k+1)
			if c >= len(ws) || !isBegin(ys[c]) {
				continue
			}
			a := k - 1
			for a > 0 && isInside(ys[a]) {
				a--
			}
			if !isBegin(ys[a]) {
				continue
			}
			b := spanEnd(ys, c)
			if b >= len(ws) || !verbAfterSubject(ws[b]) && ws[b] != "." && ws[b] != "," {
				continue
			}
			ta, tb := labelType(ys[a]), labelType(ys[c])
			switch {
			case ta == typePER && tb != typePER && l.personRun(ws[c:b]) && !l.knownPlace(ws[c:b]) && k-a >= 2:
				setSpan(ys, c, b, typePER)
			case tb == typePER && ta != typePER && l.personRun(ws[a:k]) && !l.knownPlace(ws[a:k]) && b-c >= 2:
				setSpan(ys, a, k, typePER)
			}
		}
	}
}

// knownPlace reports whether words name a place of data/cities.txt or
// data/places.txt ("New York").
func (l *Lists) knownPlace(words []string) bool {
	name := strings.Join(words, " ")
	return l.cities[name] || l.places[name]
}

// afterAnd returns where the name after "and" starts, from token i: past
// a possessive and a lowercase noun ("his wife") or up to two title words
// ("Constable", "Detective Sergeant") the tagger left out.
func (l *Lists) afterAnd(ws []string, ys []int, i int) int {
	if i+1 < len(ws) && (ws[i] == "his" || ws[i] == "her" || ws[i] == "their") && isLowerWord(ws[i+1]) {
		return i + 2
	}
	for n := 0; n < 2 && i < len(ws) && ys[i] == 0 && startsUpper(ws[i]) && (l.titlePhrases[strings.ToLower(ws[i])] || l.titles[ws[i]]); n++ {
		i++
	}
	return i
}

// verbAfterSubject reports whether w is a verb that can follow a plural
// subject: an auxiliary or a lowercase past form ("married", "wed",
// "split").
func verbAfterSubject(w string) bool {
	switch w {
	case "were", "are", "have", "had", "will", "would", "said", "say", "wed", "split", "met", "began", "became", "tied", "live", "run", "own":
		return true
	}
	return len(w) >= 5 && isLowerWord(w) && strings.HasSuffix(w, "ed")
}
