package timex

import (
	"strings"
	"unicode"
)

// tense is the grammatical time of a clause, as far as cue words show it.
type tense int8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
	tensePresent
	tenseWeakPast // a past form guessed from its spelling or tag ("-ed")
	tensePlan     // lexicon only: future, or past after a past auxiliary ("was scheduled")
	tenseReport   // a past reporting verb ("said"): the time of the report, next to it only
	tenseProg     // an "-ing" form after a present auxiliary ("are meeting"): a day to come
	tenseSched    // a plain present of a scheduling verb ("meet", "resume"): future next to the time only
	tenseAside    // lexicon only: opens a clause aside ("where", "which"), whose cues do not reach a time outside it
	tenseAnnounce // lexicon only: a past verb of announcing or planning ("announced", "confirmed"), a weak past that never makes its object's time past
	tenseVerbPast // an "-ed" verb of the time's own clause before it (pastVerbOfClause): past for a month or day of the year, a weak past otherwise
	tenseArrange  // lexicon only: the "-ing" form of a verb of arrangements ("leaving", "marrying"), future after a present auxiliary ("is leaving in March")
	tenseDone     // the "-ed" past of a completed event ("happened", "crashed"): a weak past, but a past for a time of its own clause (doneTense)
)

// reportReach is how many tokens away a reporting verb or a plain present
// of a scheduling verb still governs a time: "said Tuesday", "said on
// Tuesday", "on Tuesday said", "meet separately Monday".
const reportReach = 2

func parseTense(s string) tense {
	switch strings.ToUpper(s) {
	case "PAST":
		return tensePast
	case "FUTURE":
		return tenseFuture
	case "PRESENT":
		return tensePresent
	case "PLAN":
		return tensePlan
	case "REPORT":
		return tenseReport
	case "SCHEDULE":
		return tenseSched
	case "ASIDE":
		return tenseAside
	case "ANNOUNCE":
		return tenseAnnounce
	case "ARRANGE":
		return tenseArrange
	case "DONE":
		return tenseDone
	}
	return tenseUnknown
}

// sentenceTenses gives the tense cue of each token of a sentence
// (tenseUnknown for most): the "tense" lexicon first (a two-word entry
// such as "due to", NONE, overrides its first word), then part-of-speech
// tags when available, otherwise the "-ed" ending (a weak past).
func (t *Tagger) sentenceTenses(text string, base int, toks []token, opt Options, buf []tense) []tense {
	out := buf[:0]
	if cap(out) < len(toks) {
		out = make([]tense, len(toks))
	}
	out = out[:len(toks)]
	clear(out)
	for i := range toks {
		tk := &toks[i]
		if tk.kind != tokWord {
			continue
		}
		if tk.lexMask&t.tenseBit != 0 && !inCompound(toks, i) {
			if i+1 < len(toks) && hasWord(t.tense2At, tk.word) {
				if cue, ok := t.tense2[[2]string{tk.lower, toks[i+1].lower}]; ok {
					cue = contextTense(toks, out, i, cue)
					out[i] = cue
					continue
				}
			}
			if hasWord(t.tenseWords, tk.word) {
				cue := t.tense[tk.word]
				switch {
				case (cue == tensePast || cue == tenseAnnounce) && (afterBe(toks, i) || afterPresentBe(toks, i) || gappedPassive(toks, out, i)):
					cue = tenseUnknown // a participle: "will be sold Tuesday", "the fair is held in May"
				case cue == tenseAnnounce && i > 0 && (toks[i-1].lower == "has" || toks[i-1].lower == "have"):
					cue = tensePresent // a present perfect: "has confirmed"
				case cue == tenseSched && notPlainPresent(toks, i):
					cue = tenseUnknown // "failed to meet Tuesday's deadline"
				case cue == tenseArrange:
					cue = arrangeTense(out, i)
				case cue == tenseDone:
					cue = doneTense(toks, out, i)
				default:
					cue = contextTense(toks, out, i, cue)
				}
				out[i] = cue
				continue
			}
		}
		if i > 0 && out[i-1] == tensePresent && isProgressive(*tk) {
			out[i] = tenseProg
			continue
		}
		if opt.XPOS != nil {
			switch opt.XPOS(base + int(tk.start)) {
			case "VBD":
				if !gappedPassive(toks, out, i) {
					out[i] = tenseWeakPast
				}
			case "VBN":
				switch {
				case i > 0 && (toks[i-1].lower == "has" || toks[i-1].lower == "have"):
					out[i] = tensePresent
				case !afterFuture(toks, out, i) && !afterPresentBe(toks, i) && !gappedPassive(toks, out, i):
					out[i] = tenseWeakPast
				}
			case "VBZ", "VBP":
				out[i] = tensePresent
			}
			continue
		}
		if len(tk.lower) > 4 && strings.HasSuffix(tk.lower, "ed") && !tk.cap && isLower(tk.lower) && !afterBe(toks, i) && !afterPresentBe(toks, i) && !afterFuture(toks, out, i) && !gappedPassive(toks, out, i) {
			out[i] = tenseWeakPast
		}
	}
	return out
}

// futureClauseReach is how far back an "-ed" word looks for a future
// auxiliary of its own clause.
const futureClauseReach = 6

// afterFuture reports whether a future cue precedes the word at i in its
// clause (no punctuation between, at most futureClauseReach words back):
// an "-ed" word there is a participle or an adjective ("would be paid on
// a still unspecified date in January"), or a verb that only looks like a
// past ("will succeed him Feb. 1").
func afterFuture(toks []token, out []tense, i int) bool {
	for j := i - 1; j >= 0 && j >= i-futureClauseReach; j-- {
		if toks[j].kind == tokPunct {
			return false
		}
		if out[j] == tenseFuture {
			return true
		}
	}
	return false
}

// gapReach is how many words a gapped participle may stand after its
// "and", and how far before the "and" the future passive it shares stands.
const gapReach, gapFutureReach = 4, 10

// gappedPassive reports whether the past form at i is the participle of a
// passive whose "will be" or "would be" is left out after "and" ("ballots
// would be sent in June and the winner announced on Sept. 5", "the plant
// will be closed and the staff moved by March"): an "and" a few words
// before it and a future "be" before that, in one clause (no punctuation),
// and no subject pronoun right before it ("and they protested").
func gappedPassive(toks []token, out []tense, i int) bool {
	and := -1
	for j := i - 1; j >= 0 && j >= i-gapReach; j-- {
		if toks[j].kind == tokPunct {
			return false
		}
		if toks[j].lower == "and" {
			and = j
			break
		}
	}
	if and < 0 || isSubjectPronoun(toks[i-1].lower) {
		return false // "and they announced": a verb of its own
	}
	for j := and - 1; j > 0 && j >= and-gapFutureReach; j-- {
		if toks[j].kind == tokPunct {
			return false
		}
		if toks[j].lower == "be" && out[j-1] == tenseFuture {
			return true
		}
	}
	return false
}

// isSubjectPronoun reports whether a lower-case word is a subject pronoun.
func isSubjectPronoun(w string) bool {
	switch w {
	case "i", "we", "you", "he", "she", "it", "they":
		return true
	}
	return false
}

// inCompound reports whether the word at i ends a hyphenated compound
// ("lower-than-expected earnings", "long-scheduled talks"): an adjective,
// no cue of its clause's tense.
func inCompound(toks []token, i int) bool {
	return i > 0 && toks[i-1].kind == tokPunct && toks[i-1].lower == "-" && !toks[i].space
}

// afterBe reports whether the word at i follows a bare "be", "been" or
// "being": the participle of "will be released", "has been sold" shows no
// tense; the auxiliary before it does.
func afterBe(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "be", "been", "being":
		return true
	}
	return false
}

// afterPresentBe reports whether the word at i follows a present "is",
// "are" or "am": a passive participle ("until a new mayor is elected in
// September"), whose clause is in the present, not a past.
func afterPresentBe(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "is", "are", "am":
		return true
	}
	return false
}

// notPlainPresent reports whether the verb at i is an infinitive or
// follows a negation or "did" ("to meet", "did not meet"), so that its
// form shows no tense of its own.
func notPlainPresent(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "to", "not", "never", "did", "didn't", "n't", "cannot", "can't", "could", "might", "may":
		return true
	}
	return false
}

// arrangeTense is the tense of the "-ing" form of a verb of arrangements
// at i: a future after a present "is" or "are" (the futurate progressive:
// "she is stepping down in March", "they are marrying in May"), no tense
// otherwise ("after leaving in March").
func arrangeTense(out []tense, i int) tense {
	if i > 0 && out[i-1] == tensePresent {
		return tenseFuture
	}
	return tenseUnknown
}

// doneTense is the cue of the "-ed" past of a completed event at i
// ("happened", "crashed", "ruled"): a weak past like any "-ed" verb, which
// tenseWithin reads as a past when it is the verb of the time's own clause,
// so that a weekday told with it is the one gone ("The crash happened
// Friday", said on a Thursday: the Friday before), where a mere "-ed" verb
// keeps the nearest day for the trips and plans wire style tells ahead
// ("headed Tuesday to Nairobi"). Where the word is no past verb it shows
// what any "-ed" word shows: none after "be", a present "is" or a future
// of its clause ("will be ruled on Friday") or after a determiner ("the
// crashed plane"); a present perfect after "has" or "have".
func doneTense(toks []token, out []tense, i int) tense {
	switch {
	case i > 0 && (toks[i-1].lower == "has" || toks[i-1].lower == "have"):
		return tensePresent
	case afterBe(toks, i) || afterPresentBe(toks, i) || afterFuture(toks, out, i) || gappedPassive(toks, out, i) || afterDeterminer(toks, i):
		return tenseUnknown
	}
	return tenseDone
}

// isWeakPast reports whether a cue is a past guessed from an "-ed" form,
// of a completed event or not.
func isWeakPast(t tense) bool { return t == tenseWeakPast || t == tenseDone }

// isProgressive reports whether a word is an "-ing" form ("meeting",
// "traveling"): lower case, "-ing" and at least six letters, so that
// "being" and "thing" do not count.
func isProgressive(tk token) bool {
	return len(tk.lower) > 5 && strings.HasSuffix(tk.lower, "ing") && !tk.cap && isLower(tk.lower)
}

// planTense is the tense of a plan word ("scheduled", "expected") at i:
// past after a past cue one or two tokens before ("had been scheduled",
// "was expected"), otherwise future.
func planTense(out []tense, i int) tense {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if out[j] == tensePast {
			return tensePast
		}
	}
	return tenseFuture
}

// contextTense is the tense of a lexicon cue at i given the cues before
// it: a plan word is planTense's; a scheduling word right after a past
// word ("became effective Jan. 5", "took effect on March 1") is a past;
// an effect said to be immediate ("resigned with immediate effect on
// Tuesday") dates the act itself and shows no tense.
func contextTense(toks []token, out []tense, i int, cue tense) tense {
	switch cue {
	case tensePlan:
		if isRumour(toks[i].lower) && perfectInfinitiveAfter(toks, i) {
			return tensePast // "is rumoured to have married in December"
		}
		return planTense(out, i)
	case tenseSched:
		if i > 0 && toks[i-1].lower == "immediate" {
			return tenseUnknown
		}
		if planTense(out, i) == tensePast {
			return tensePast
		}
	}
	return cue
}

// isRumour reports whether w is a plan word that reports hearsay: with a
// perfect infinitive it tells a thing done ("rumoured to have wed in
// May"), where "expected to have" tells a future perfect.
func isRumour(w string) bool { return w == "rumoured" || w == "rumored" }

// perfectInfinitiveAfter reports whether a perfect infinitive follows the
// plan word at i ("expected to have", "rumoured to have"): what it tells is
// done. "Have to" (an obligation) is no perfect.
func perfectInfinitiveAfter(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].lower == "to" {
		j++
	}
	if j+1 >= len(toks) || toks[j].lower != "have" {
		return false
	}
	next := toks[j+1].lower
	return next != "to" && next != "a" && next != "an" && next != "the"
}

func isLower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// tenseNear returns the tense of the cue nearest to the tokens [from, to),
// looking at most window tokens away, preferring cues before the span on a
// tie. Present-tense cues count only when nothing else is found; a
// reporting verb, or a scheduling verb in the plain present (a future),
// only within reportReach tokens. A future auxiliary
// governs its whole clause ("will name her commander of the shuttle for a
// mission in June"), so it is looked for further than the other cues, and
// it outweighs a mere "-ed" word after the time (futureBefore). Cues of
// the phrase between commas around the time come first ("The bill, passed
// by the House on Thursday, now goes to the Senate"); the rest of the
// sentence counts when they show no tense but the present. Cues of a
// clause opened by "that" after the time are not its own ("told the paper
// on Tuesday night that she intends to apply"), nor are those of a clause
// coordinated after it ("was ordered home on Monday and will leave the
// service").
func tenseNear(toks []token, tenses []tense, from, to int) tense {
	lo, hi := commaPhrase(toks, from, to)
	if lo > 0 || hi < len(toks) {
		if t := tenseWithin(toks, tenses, from, to, lo, hi); t != tenseUnknown && t != tensePresent {
			return t
		}
		if t := asideTense(toks, tenses, lo, hi); t != tenseUnknown {
			return t
		}
	}
	if lo == 0 && (from-lo <= 2 && hi-to <= 2 || participleOpener(toks) || hi-to <= 2 && prepositionOpener(toks)) && hi < len(toks) && toks[hi].lower == "," {
		if t := frontedTense(toks, tenses, hi); t != tenseUnknown {
			if isWeakPast(t) && mainVerbPast(toks, tenses, hi) {
				return tensePast // "On Tuesday, the court ruled ...": the main clause's past verb
			}
			return t
		}
	}
	if lo > 0 && toks[lo].lower == "with" && toks[lo-1].lower == "," {
		if t := mainTenseBefore(toks, tenses, lo-1); t != tenseUnknown {
			return t
		}
	}
	return tenseWithin(toks, tenses, from, to, 0, len(toks))
}

// participleOpener reports whether the sentence opens with an "-ing" or
// "-ed" participle ("Speaking in Nairobi on Tuesday, the minister said ...",
// "Addressing shareholders on Friday, the chief executive warned ..."):
// a clause with no tense of its own, whose time is that of the main
// clause after its comma, however long the clause.
func participleOpener(toks []token) bool {
	if len(toks) == 0 || toks[0].kind != tokWord {
		return false
	}
	w := toks[0].lower
	if len(w) > 5 && strings.HasSuffix(w, "ing") && isLower(w) {
		return true
	}
	// A past participle before a lower-case word: "Contacted by the
	// paper on Tuesday, a spokeswoman said ...", "Pressed on the issue
	// on Friday, he declined to comment".
	return len(w) > 4 && strings.HasSuffix(w, "ed") && isLower(w) &&
		len(toks) > 1 && toks[1].kind == tokWord && !toks[1].cap
}

// prepositionOpener reports whether the sentence opens with a preposition
// of an occasion ("In a statement on Tuesday, the ministry said ...", "At
// a news conference in Lagos on Friday, the governor said ..."): a time
// that ends such a phrase takes the main clause's tense, however long the
// phrase. A quotation opening the sentence does not count ("We want to
// calm the tension built up around September 15," he said).
func prepositionOpener(toks []token) bool {
	if len(toks) == 0 || toks[0].kind != tokWord {
		return false
	}
	switch toks[0].lower {
	case "in", "at", "during", "after", "following":
		return true
	}
	return false
}

// asideTense is the tense of a clause aside that holds a time, set off by
// commas or brackets and opened by an aside word ("Cllr Webb, who held
// his seat by 41 votes on May 7, will lead the opposition"): its first
// past or future word of the lexicon, however far from the time, since
// the cues of the main clause around it are not the time's. A mere "-ed"
// word that far may govern an infinitive instead ("which agreed to buy
// the unit for $22 million in February").
func asideTense(toks []token, tenses []tense, lo, hi int) tense {
	if lo == 0 || tenses[lo] != tenseAside {
		return tenseUnknown
	}
	for i := lo + 1; i < hi; i++ {
		switch tenses[i] {
		case tensePast, tenseFuture:
			return tenses[i]
		case tenseReport:
			return tensePast
		}
	}
	return tenseUnknown
}

// mainTenseBefore is the future of the clause a trailing "with" phrase
// hangs on ("two flights would leave Bombay on Monday from March 30, with
// the third departing from August 6"): a future word before it, however
// far, outside asides, with no past word between. A past clause says
// nothing of the phrase's time ("bonds ended higher, with the September
// contract holding").
func mainTenseBefore(toks []token, tenses []tense, to int) tense {
	for i := to - 1; i >= 0; i-- {
		if toks[i].lower == ";" {
			break
		}
		switch tenses[i] {
		case tensePast, tenseWeakPast, tenseDone, tenseAnnounce:
			if !inAside(toks, tenses, i) {
				return tenseUnknown
			}
		case tenseFuture:
			if !inAside(toks, tenses, i) {
				return tenseFuture
			}
		}
	}
	return tenseUnknown
}

// frontedTense is the tense of the main clause after a time fronted before
// a comma, with at most two words around it ("In January, a week after
// the anniversary, a bombing in Birmingham, Ala., killed a guard"; not
// "We want to calm the tension built up around September 15," he said):
// its first cue outside asides,
// however far. A reporting verb is the past of the report ("On Tuesday,
// the minister told reporters that talks would resume"), unless set off
// by commas ("In March, he said, prices will rise"); a present, a
// "that" or a semicolon before any cue leaves the tense to the cues near
// the time.
func frontedTense(toks []token, tenses []tense, from int) tense {
	for i := from; i < len(toks); i++ {
		if toks[i].lower == ";" || toks[i].lower == "that" {
			break
		}
		if tenses[i] == tenseUnknown || inAside(toks, tenses, i) {
			continue
		}
		switch tenses[i] {
		case tensePast, tenseFuture, tenseWeakPast, tenseProg:
			return tenses[i]
		case tenseAnnounce, tenseDone:
			return tenseWeakPast
		case tenseReport:
			if i+1 < len(toks) && toks[i+1].lower == "," {
				continue // a report set off by commas: "In March, he said, prices will rise"
			}
			return tensePast
		}
		break
	}
	return tenseUnknown
}

// mainVerbPast reports whether the first cue of the main clause after a
// participle clause or an opening phrase of an occasion (from: its comma) is an "-ed" verb, not an adjective
// after a determiner ("Writing in a column on Tuesday, the senator argued
// ...": the senator wrote on the Tuesday gone; not "..., the embattled
// minister will ..."). The participle's time is then the verb's past.
func mainVerbPast(toks []token, tenses []tense, from int) bool {
	for i := from; i < len(toks); i++ {
		if tenses[i] == tenseUnknown || inAside(toks, tenses, i) {
			continue
		}
		return (isWeakPast(tenses[i]) || tenses[i] == tenseAnnounce) && !afterDeterminer(toks, i)
	}
	return false
}

// inAside reports whether the token i stands in a phrase set off by a
// comma or bracket that opens with an aside word ("in Toronto, where the
// series is filming, on Saturday night"): its tense is not the time's.
func inAside(toks []token, tenses []tense, i int) bool {
	j := i
	for j > 0 && !phraseBreak(toks[j-1]) {
		j--
	}
	return j > 0 && j < len(toks) && tenses[j] == tenseAside
}

// commaPhrase returns the tokens [lo, hi) between the commas, semicolons
// or brackets around the tokens [from, to): the phrase a time stands in.
func commaPhrase(toks []token, from, to int) (lo, hi int) {
	lo, hi = from, to
	for lo > 0 && !phraseBreak(toks[lo-1]) {
		lo--
	}
	for hi < len(toks) && !phraseBreak(toks[hi]) {
		hi++
	}
	return lo, hi
}

// phraseBreak reports whether a token ends a phrase for tense cues.
func phraseBreak(tk token) bool {
	if tk.kind != tokPunct {
		return false
	}
	switch tk.lower {
	case ",", ";", "(", ")":
		return true
	}
	return false
}

// tenseWithin is tenseNear looking only at the tokens [lo, hi).
func tenseWithin(toks []token, tenses []tense, from, to, lo, hi int) tense {
	const window, futureReach = 8, 14
	plo, phi := commaPhrase(toks, from, to) // the time's own phrase
	present := false
	for d := 1; d <= futureReach; d++ {
		for _, i := range [2]int{from - d, to - 1 + d} {
			if i < lo || i >= hi {
				continue
			}
			if d > window && tenses[i] != tenseFuture && !clauseVerbBefore(toks, tenses, i, from) && !doneAcrossApposition(toks, tenses, i, from) {
				continue
			}
			if tenses[i] != tenseUnknown && (i < plo || i >= phi) && inAside(toks, tenses, i) {
				continue
			}
			if tenses[i] != tenseUnknown && i >= to && (thatBetween(toks, to, i) || afterCoordination(toks, to, i)) {
				continue
			}
			switch tenses[i] {
			case tenseWeakPast, tenseDone, tenseAnnounce:
				if i >= to && futureBefore(toks, tenses, from, futureReach) {
					return tenseFuture
				}
				if tenses[i] == tenseDone && doneVerbAfter(toks, to, i) {
					return tensePast // "police on Friday arrested two men": the Friday gone
				}
				// An announcing verb is the time's own past only right
				// before it ("announced in November"); with an object
				// between, the time may be the object's, still to come
				// ("confirmed the summit in December").
				if (isWeakPast(tenses[i]) || from-i <= 2) && pastVerbOfClause(toks, tenses, i, from) {
					if tenses[i] == tenseDone || tenses[i] == tenseAnnounce && announcedOn(toks, i, from, to) {
						return tensePast // "the crash happened Friday": the Friday gone
					}
					if afterOn(toks, from) && i > 0 && toks[i-1].kind != tokPunct {
						return tensePast // "sacked its manager on Friday": the Friday gone
					}
					if i > 0 && tenses[i-1] == tensePast {
						return tensePast // "was arrested Tuesday", "had left Friday": a past auxiliary's participle
					}
					return tenseVerbPast
				}
				if doneAcrossApposition(toks, tenses, i, from) {
					return tensePast // "sacked its manager, Tom Hale, on Friday": the Friday gone
				}
				return tenseWeakPast
			case tensePast, tenseFuture, tenseProg:
				return tenses[i]
			case tenseReport:
				if d <= reportReach {
					return tenseReport
				}
			case tenseSched:
				if d <= reportReach {
					return tenseFuture
				}
			case tensePresent:
				present = true
			}
		}
	}
	if present {
		return tensePresent
	}
	return tenseUnknown
}

// clauseVerbBefore reports whether the cue at i is a past word of the
// time's own clause before it (no punctuation between, i before from),
// which governs the time however far ("changed from a fiscal year to a
// calendar year in December"): a past leans the time to the past.
func clauseVerbBefore(toks []token, tenses []tense, i, from int) bool {
	if i >= from || (tenses[i] != tensePast && !isWeakPast(tenses[i]) && tenses[i] != tenseAnnounce) {
		return false
	}
	for j := i + 1; j < from; j++ {
		if toks[j].kind == tokPunct && !isQuoteMark(toks[j]) || toks[j].lower == "that" {
			return false
		}
	}
	return true
}

// isQuoteMark reports whether a token is a double quotation mark: the
// marks around a few words quoted inside a clause ("had phoned him \"in
// a state\" on the night of 13 October") do not part the clause's verb
// from its time.
func isQuoteMark(tk token) bool {
	switch tk.lower {
	case "\"", "\u201c", "\u201d", "``", "''":
		return true
	}
	return false
}

// pastVerbOfClause reports whether the "-ed" word at i is the past verb of
// the clause of the time at from: before it with no punctuation, "that" or
// infinitive "to" between ("changed its name in December", "cut flights
// to the island in May"; not "agreed to buy the unit in February"), not after a determiner ("the
// combined group in March": an adjective), and the time not after a
// preposition of a span or aim ("extended his deal until June", "set aside
// funds for December"). Such a verb puts the time in the past as "left"
// or "was" does: the December before an October article. A weekday keeps
// the weak past's reading ("headed Tuesday to Nairobi" may be tomorrow's
// trip, told ahead in wire style).
func pastVerbOfClause(toks []token, tenses []tense, i, from int) bool {
	if !clauseVerbBefore(toks, tenses, i, from) || afterDeterminer(toks, i) {
		return false
	}
	for j := i + 1; j < from; j++ {
		if toks[j].lower == "to" && j+1 < from && !toks[j+1].cap && !isDeterminer(toks[j+1].lower) {
			return false // an infinitive, not "flights to the island"
		}
	}
	if from > 0 {
		switch toks[from-1].lower {
		case "for", "until", "till", "to", "from", "through", "next", "this", "before", "after":
			return false
		}
	}
	return true
}

// appositionReach is the most tokens an apposition between a verb and its
// time may hold ("a man, 34,", "her boyfriend, the footballer Dan Kroll,").
const appositionReach = 6

// doneAcrossApposition reports whether the past of a completed event at i
// governs the time at from across an apposition set off by two commas
// after its object ("police arrested a man, 34, on Friday", "sacked its
// manager, Tom Hale, on Friday", "married her boyfriend, the footballer Dan
// Kroll, on Friday"): words only around the two commas, no tense cue, aside
// word or "that" in the apposition, the time right after the second comma
// or its "on", and the verb no adjective.
func doneAcrossApposition(toks []token, tenses []tense, i, from int) bool {
	if tenses[i] != tenseDone || i >= from || afterDeterminer(toks, i) {
		return false
	}
	c1, c2 := -1, -1
	for j := i + 1; j < from; j++ {
		tk := toks[j]
		switch {
		case tk.lower == ",":
			if c2 >= 0 {
				return false
			}
			if c1 < 0 {
				c1 = j
			} else {
				c2 = j
			}
		case tk.kind == tokPunct && !(tk.lower == "-" && !tk.space), tk.lower == "that", tk.lower == "and":
			return false
		case c1 >= 0 && c2 < 0 && tenses[j] != tenseUnknown:
			return false // "the band, which formed in 2010, split": a clause, not a name
		}
	}
	if c2 < 0 || c2 == c1+1 || c2-c1-1 > appositionReach || c1 == i+1 {
		return false
	}
	switch from - c2 {
	case 1: // "sacked its manager, Tom Hale, Friday"
		return true
	case 2: // "arrested a man, 34, on Friday"; not "named X, 48, as its chair from 1 January"
		return toks[from-1].lower == "on"
	}
	return false
}

// doneVerbAfter reports whether the past of a completed event at i follows
// the time ending before to in its clause, with only words between ("police
// on Friday arrested two men", "the court Friday ruled"): the verb of the
// time's clause, whose day is gone.
func doneVerbAfter(toks []token, to, i int) bool {
	if i < to {
		return false
	}
	for j := to; j < i; j++ {
		if toks[j].kind != tokWord {
			return false
		}
	}
	return true
}

// announcedOn reports whether the time [from, to) follows the verb of
// announcing at i right away (or after "on") and ends its clause or opens what
// was announced ("confirmed Friday that the plant would close", "announced
// on Tuesday."): the day of the announcement, which is gone, not a time of
// the thing announced ("announced a show Friday").
func announcedOn(toks []token, i, from, to int) bool {
	if afterOn(toks, from) {
		from--
	}
	if from-1 != i {
		return false
	}
	return to == len(toks) || toks[to].kind == tokPunct && !isQuoteMark(toks[to]) || toks[to].lower == "that"
}

// afterOn reports whether the time at from follows "on": a day told with
// "on" after the past verb of its clause is a day gone ("the club sacked
// its manager on Friday", "police arrested two men on Sunday"), while wire
// style drops the "on" before a day told ahead ("headed Tuesday to
// Nairobi"). A participle set off by a comma may tell a day ahead ("The
// film, released in cinemas on Friday, is ..."), so the caller leaves it
// out.
func afterOn(toks []token, from int) bool {
	return from > 0 && toks[from-1].lower == "on"
}

// afterDeterminer reports whether the word at i follows an article, a
// possessive or a demonstrative: "the planned merger", "its revised
// forecast" hold an adjective, not a verb.
func afterDeterminer(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "newly", "recently", "previously", "long":
		return true // "its newly merged unit"
	}
	return isDeterminer(toks[i-1].lower)
}

// isDeterminer reports whether a lower-case word is an article, a
// possessive or a demonstrative.
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those":
		return true
	}
	return false
}

// thatBetween reports whether a "that" or a colon opens a clause between
// the tokens [from, to): the cues of a clause reported after a time ("told
// the paper on Tuesday night that she intends to apply", "denied it on
// Monday: \"I'm going nowhere\"") are not the time's.
func thatBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		if toks[j].lower == "that" || toks[j].lower == ":" {
			return true
		}
	}
	return false
}

// coordReach is how close to a cue after a time an "and" or "but" must
// stand to open a clause of its own.
const coordReach = 2

// afterCoordination reports whether an "and" or "but" after the time
// (tokens [from, ...)) stands right before the cue at i, with at most a
// lower-case word between ("and then will"): the cue opens a second clause
// whose tense is not the time's ("was ordered home on Monday and will
// leave the service at the end of the year").
func afterCoordination(toks []token, from, i int) bool {
	for j := i - 1; j >= from && j >= i-coordReach; j-- {
		if toks[j].lower == "and" || toks[j].lower == "but" {
			return true
		}
		if toks[j].kind != tokWord || toks[j].cap {
			return false // "on Thursday and Friday will": a second time, not a clause
		}
	}
	return false
}

// futureBefore reports whether a future cue of the same clause (no
// punctuation between) stands within reach tokens before the token at
// from. A mere "-ed" word after a time ("markets untouched by the crisis")
// is a modifier more often than the verb of the time's clause, so a
// future auxiliary before the time outweighs it; after a comma ("their
// countries, where the Aug. 7 blasts killed 257") it does not.
func futureBefore(toks []token, tenses []tense, from, reach int) bool {
	for j := from - 1; j >= 0 && j >= from-reach; j-- {
		if toks[j].kind == tokPunct {
			return false
		}
		if tenses[j] == tenseFuture {
			return true
		}
	}
	return false
}
