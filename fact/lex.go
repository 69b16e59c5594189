package fact

import "github.com/hearsay-news/hearsay/internal/strtab"

// A wordInfo is what the stage's word lists tell of one word (a unit's
// lowercased text): looked up once when the unit is made, it spares the
// matcher a look-up in each list for every pattern tried at the unit.
type wordInfo struct {
	need int   // the word's number in the needIndex, -1 when no pattern needs it
	lit  uint8 // the word's litStarts bits
	cues []cue // the cues that open with the word
	// denies tells that one of cues is of the kind "denied" (see
	// denialFrame).
	denies bool
	cls    wordClass // the word lists of the package that hold the word
	// plainLit is literalStarts of a plain unit of the word (see
	// plainLitStarts), made with the lexicon; plainSet tells it is.
	plainLit uint8
	plainSet bool
}

// A wordClass is a set of word lists, one bit each.
type wordClass uint32

// The word lists a wordClass tells membership of.
const (
	clsDeterminer      wordClass = 1 << iota // determiners
	clsQuote                                 // quoteMarks
	clsBoundary                              // boundaryWords
	clsRoleMod                               // roleMods
	clsPremod                                // the resources' premods
	clsNotPremod                             // notPremod
	clsSubjectPronoun                        // subjectPronouns
	clsVerbAfterAnd                          // verbAfterAnd
	clsPluralPronoun                         // pluralPronouns
	clsGroupNoun                             // groupNouns
	clsCoupleAdjective                       // coupleAdjectives
	clsKidsFiller                            // kidsFiller
	clsMultipleBirth                         // multipleBirth
	clsKidDescStart                          // kidDescStart
	clsNumberWord                            // the keys of numberWords
	clsVerb                                  // the resources' reporting verbs
	clsGuessNoun                             // guessNouns
	clsByVerb                                // the resources' byVerbs
	clsRelNoun                               // kinLex.rel
	clsPossessive                            // possessives
	clsMember                                // the keys of the resources' members
	clsWhom                                  // whomWords
	clsClaimNoun                             // the resources' claimNouns
	clsCopula                                // copulas
	clsLinkWord                              // linkWords
	clsRelPronoun                            // relPronouns
	clsSurvivorCue                           // survivorCues
	clsReportVerb                            // reportVerbs
	clsClauseAux                             // clauseAux
	clsReportKeep                            // reportKeep
)

// classLists pairs each wordClass bit with its list, for building a
// lexicon.
func (r *resources) classLists() []struct {
	cls  wordClass
	list map[string]bool
} {
	return []struct {
		cls  wordClass
		list map[string]bool
	}{
		{clsDeterminer, determiners}, {clsQuote, quoteMarks}, {clsBoundary, boundaryWords}, {clsRoleMod, roleMods},
		{clsPremod, r.premods}, {clsNotPremod, notPremod}, {clsSubjectPronoun, subjectPronouns},
		{clsVerbAfterAnd, verbAfterAnd}, {clsPluralPronoun, pluralPronouns}, {clsGroupNoun, groupNouns},
		{clsCoupleAdjective, coupleAdjectives}, {clsKidsFiller, kidsFiller}, {clsMultipleBirth, multipleBirth},
		{clsKidDescStart, kidDescStart}, {clsNumberWord, numberWordSet()}, {clsVerb, r.verbs}, {clsGuessNoun, guessNouns},
		{clsByVerb, r.byVerbs}, {clsRelNoun, kinLex.rel}, {clsPossessive, possessives}, {clsMember, memberSet(r.members)},
		{clsWhom, whomWords}, {clsClaimNoun, r.claimNouns}, {clsCopula, copulas}, {clsLinkWord, linkWords}, {clsRelPronoun, relPronouns},
		{clsSurvivorCue, survivorCues}, {clsReportVerb, reportVerbs}, {clsClauseAux, clauseAux},
		{clsReportKeep, reportKeep},
	}
}

// memberSet is the set of the nouns of members with a kind.
func memberSet(members map[string]string) map[string]bool {
	out := make(map[string]bool, len(members))
	for w, k := range members {
		out[w] = k != ""
	}
	return out
}

// numberWordSet is the set of the keys of numberWords with a number above
// zero.
func numberWordSet() map[string]bool {
	out := make(map[string]bool, len(numberWords))
	for w, n := range numberWords {
		out[w] = n > 0
	}
	return out
}

// buildLexicon makes the resources' lexicon once their lists are loaded:
// the wordInfo of every word some list holds. A word of none gets
// r.noWord.
func (r *resources) buildLexicon() {
	r.noWord = wordInfo{need: -1}
	r.lex = map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		wi := r.lex[w]
		if wi == nil {
			wi = &wordInfo{need: -1}
			r.lex[w] = wi
		}
		return wi
	}
	for w, id := range r.needs {
		get(w).need = id
	}
	for w, bits := range r.litStarts {
		get(w).lit |= bits
		if rb := bits & (firstBit(litRoles) | headBit(litRoles)); rb != 0 {
			for _, p := range pastPrefixes {
				get(p + w).lit |= rb // "ex-chairman", "then-chairman": a role held before
			}
		}
	}
	for w, cs := range r.cueFirst {
		wi := get(w)
		wi.cues = cs
		for _, c := range cs {
			wi.denies = wi.denies || c.kind == "denied"
		}
	}
	for _, cl := range r.classLists() {
		for w, in := range cl.list {
			if in {
				get(w).cls |= cl.cls
			}
		}
	}
	for w, wi := range r.lex {
		wi.plainLit, wi.plainSet = plainLitStarts(w, wi), true
	}
	r.words = strtab.New(r.lex)
}

// word returns the wordInfo of w (r.noWord for a word of no list).
func (r *resources) word(w string) *wordInfo {
	if wi, _ := r.words.Get(w); wi != nil {
		return wi
	}
	return &r.noWord
}

// is reports whether the unit's word is in one of the lists of c.
func (x *unit) is(c wordClass) bool {
	return x.info != nil && x.info.cls&c != 0
}
