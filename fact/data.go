package fact

import (
	"embed"
	"fmt"
	"github.com/hearsay-news/hearsay/internal/strtab"
	"slices"
	"strconv"
	"strings"

	"github.com/hearsay-news/hearsay/lexicon"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// resources is the stage's read-only data, loaded once by NewStage.
type resources struct {
	patterns    []*pattern
	shapes      map[string]*ruleShapes // each pattern's shape features by its rule (file:line; see patternShape)
	conf        *ConfModel             // the confidence model, data/confidence.model
	cues        []cue
	cueFirst    map[string][]cue // cues by their first word
	verbs       map[string]bool  // reporting verbs
	toldVerbs   map[string]bool  // verbs that take an outlet object
	srcNouns    map[string]nounKind
	claimNouns  map[string]bool       // nouns that refer back to a claim ("the report")
	claimWords  map[string]bool       // more words that make a rebuff verb's object a claim ("the idea", "as absurd"; cues.tsv claimword)
	rebutVerbs  map[string]bool       // reporting verbs that by themselves answer the claim before ("insisted")
	plainVerbs  map[string]bool       // verbs of saying that never tell a fact as their object ("said yes to")
	publicNouns map[string]bool       // anonymous sources who speak in public, never an outlet's informants ("fans")
	bodyNouns   map[string]bool       // nouns that name an organisation itself ("the company said")
	recordVerbs map[string]bool       // verbs that report only with a record as subject ("court records show")
	refuseVerbs map[string]bool       // verbs of refusing before "to" and a reporting verb ("declined to comment")
	ownVerbs    map[string]bool       // present-tense verbs that tell the article's own outlet ("sources tell TMZ")
	byVerbs     map[string]bool       // participles whose source follows "by" ("as first reported by Page Six")
	kinNouns    map[string]bool       // relatives who speak as themselves ("his mother told People")
	informants  map[string]bool       // nouns of one anonymous informant, any of which names again one introduced by another ("the insider")
	messages    map[string]bool       // nouns of a message a source sends ("a statement from the board")
	idioms      map[string][][]string // by first word: phrases that open with a reporting verb but report nothing ("called it quits")
	roles       map[string]string     // role phrase → canonical literal
	// emptyRole is roles[""] and hasEmptyRole whether roles holds "",
	// looked up once (see titleBefore).
	emptyRole    string
	hasEmptyRole bool
	roleMax      int // longest role phrase, in words
	// litPhrases holds by litTable the phrases of the table and the
	// beginnings of its phrases (see phrasePrefixes).
	litPhrases  [numLitTables]map[string]litPhrase
	religions   map[string]string
	nations     map[string]string
	countries   map[string]bool // the countries of nations, lowercase
	nationMax   int
	religionMax int // longest religion phrase, in words
	ordinals    map[string]int
	premods     map[string]bool            // words allowed between a relation word and a name
	staff       map[string]bool            // posts of people someone works with ("coach"): a split from them is no break-up
	orgNouns    map[string]bool            // nouns of an organisation of their own before a title ("University president X")
	envoys      map[string]bool            // posts held for the country that sends them ("ambassador"), data/envoys.txt
	teamWords   map[string]bool            // "head:team", "mod:women's": a place's team after its name, data/teamwords.txt
	changes     map[string]string          // verbs of change → the end of a state a time gives ("joined" → start)
	together    [][]string                 // what follows "after N years" that tells a couple's time together ("of dating")
	tenures     map[string]bool            // nouns of a spell in a post a length measures ("an eight-year tenure")
	lengths     map[string]string          // words before a length of a spell → over, on or for ("spent a decade"), data/lengths.tsv
	sinces      []sinceEvent               // events "since" names to start a state ("since the split")
	raceOffices []raceOffice               // offices that end a race heading ("MENTOR MAYOR"), data/raceheads.tsv
	takeovers   map[string]bool            // words after "N years after" that name taking up the post ("taking charge")
	posts       map[string]bool            // nouns of a post a length after "for" measures ("in the job for five months")
	foundings   map[string]bool            // roles no one takes, leaves or is elected to ("founder")
	sameTrades  map[string]map[string]bool // generic occupation → specific ones naming the same trade, data/sametrades.tsv
	fieldRoles  map[string]fieldPreps      // posts that go on with a field ("head of flood defence"), data/fieldroles.tsv
	subUnits    []string                   // words that open the name of a part of an organisation ("faculty of"), data/subunits.txt
	fieldNouns  map[string]bool            // last words of a capitalised field ("Vice President of Global Sales"), data/fieldnouns.txt
	predecessor map[string]bool            // verbs whose object leaves the post ("to succeed X")
	parties     map[string]bool            // names of parties without "Party" ("Labour", "the Greens")
	initials    map[string]string          // parties by the initials written in brackets after a member's name ("Lab")
	leagues     map[string]bool            // names of sports leagues ("NFL"): a player named after one is no member of it
	members     map[string]string          // nouns of a member after an organisation's name → kind ("mp" → politics; classes.tsv)
	movedThings map[string]bool            // objects of a move that are no person ("moving it to"; classes.tsv movedthing)
	lifeStages  map[string]bool            // times of life that are no job ("as a teenager"; classes.tsv lifestage)
	birthOrder  map[string]bool            // a child's place among siblings ("the eldest"; classes.tsv birthorder)
	birthChild  map[string]bool            // a noun after it ("the youngest son"; classes.tsv birthchild)
	roleVerbs   map[string]bool            // verbs that cast a person in a part ("played a married couple"; classes.tsv roleverb)
	asRoleVerbs map[string]bool            // verbs that do so before "as" ("starred as a married couple"; classes.tsv asroleverb)
	bodies      map[string]string          // last word of a body's name → the post of a member ("council" → "council member")
	compounds   []compound                 // hyphenated place words ("Nashville-based")
	townsfolk   map[string]string          // nouns for the people of a town or region → the place ("texan" → Texas)
	townsLeads  leadLens                   // the lengths of the words that may open a townsfolk noun, by first letter
	litStarts   map[string]uint8           // where phrases of the literal tables can start (see litStarts)
	needs       needIndex                  // the words patterns need, numbered
	aposS       int                        // needs["'s"], looked up once
	byNeed      patternIndex               // the patterns by a word they need

	// lex tells what the lists above say of each word they hold (see
	// buildLexicon); noWord is the wordInfo of a word of none.
	lex    map[string]*wordInfo
	words  strtab.Table[*wordInfo] // lex as a table of its own, for word
	noWord wordInfo
}

// firstWords is the set of first words of a table's phrases, to reject a
// position quickly.
func firstWords(table map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range table {
		out[splitWords(k)[0]] = true
	}
	return out
}

// phraseHeads is the set of what a table's phrases hold before their first
// space: a phrase of words joined by spaces can be in the table only if its
// first word is one of these.
func phraseHeads(table map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range table {
		head, _, _ := strings.Cut(k, " ")
		out[head] = true
	}
	return out
}

// nounKind is the kind of source a noun names ("insiders" is
// anonymous, "publicist" a representative).
type nounKind string

const (
	wordAnon     nounKind = "anon"
	wordRep      nounKind = "rep"
	wordOfficial nounKind = "official"
	wordReport   nounKind = "report"
)

// A cue is a modality or polarity cue: a kind and its words.
type cue struct {
	kind   string   // rumored, reported, speculated, uncertain, denied, neg, confirm, trouble, counter, nocomment
	words  []string // lowercased tokens
	object bool     // a denial only when its object is a claim ("dismissed the reports", not "dismissed its editor")
}

func loadResources() (*resources, error) {
	r := &resources{
		verbs: map[string]bool{}, toldVerbs: map[string]bool{}, srcNouns: map[string]nounKind{}, claimNouns: map[string]bool{}, rebutVerbs: map[string]bool{}, plainVerbs: map[string]bool{}, publicNouns: map[string]bool{}, bodyNouns: map[string]bool{}, recordVerbs: map[string]bool{}, refuseVerbs: map[string]bool{}, ownVerbs: map[string]bool{}, byVerbs: map[string]bool{}, kinNouns: map[string]bool{}, informants: map[string]bool{}, messages: map[string]bool{},
		roles: map[string]string{}, religions: map[string]string{}, nations: map[string]string{}, ordinals: map[string]int{},
	}
	var err error
	if r.patterns, err = loadPatterns(); err != nil {
		return nil, err
	}
	if r.conf, err = ParseConfModel(confidenceModel); err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	r.shapes = map[string]*ruleShapes{}
	for _, p := range r.patterns {
		sh := &ruleShapes{names: patternShape(p)}
		for _, name := range sh.names {
			sh.ws = append(sh.ws, r.conf.Weights[name])
		}
		r.shapes[p.line] = sh
	}
	r.needs = indexNeeds(r.patterns)
	r.aposS = r.needs["'s"]
	r.byNeed = indexPatterns(r.patterns, r.needs)
	if err := r.loadCues(); err != nil {
		return nil, err
	}
	if err := r.loadSources(); err != nil {
		return nil, err
	}
	if err := r.loadLiterals(); err != nil {
		return nil, err
	}
	r.buildLexicon()
	r.emptyRole, r.hasEmptyRole = r.roles[""]
	return r, nil
}

func (r *resources) loadCues() error {
	lines, err := lexicon.Table(dataFS, "data/cues.tsv", 2)
	if err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	known := map[string]bool{"rumored": true, "reported": true, "speculated": true, "uncertain": true, "denied": true, "neg": true, "confirm": true, "trouble": true, "counter": true, "nocomment": true, "rebuff": true, "moot": true}
	r.claimWords = map[string]bool{}
	for _, l := range lines {
		if l.Fields[0] == "claimword" {
			r.claimWords[strings.ToLower(l.Fields[1])] = true
			continue
		}
		if !known[l.Fields[0]] {
			return fmt.Errorf("fact: %w", l.Errorf("unknown cue kind %q", l.Fields[0]))
		}
		c := cue{kind: l.Fields[0], words: splitWords(l.Fields[1])}
		if len(c.words) == 0 {
			return fmt.Errorf("fact: %w", l.Errorf("empty cue"))
		}
		if c.kind == "rebuff" {
			c.kind, c.object = "denied", true // "dismissed": a denial of a claim only
		}
		r.cues = append(r.cues, c)
	}
	r.cueFirst = map[string][]cue{}
	for _, c := range r.cues {
		r.cueFirst[c.words[0]] = append(r.cueFirst[c.words[0]], c)
	}
	return nil
}

func (r *resources) loadSources() error {
	lines, err := lexicon.Table(dataFS, "data/sources.tsv", 2)
	if err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	for _, l := range lines {
		w := strings.ToLower(l.Fields[1])
		switch l.Fields[0] {
		case "verb":
			r.verbs[w] = true
		case "told":
			r.toldVerbs[w] = true
		case "anon", "rep", "official", "report":
			r.srcNouns[w] = nounKind(l.Fields[0])
		case "claim":
			r.claimNouns[w] = true
		case "rebut":
			r.verbs[w] = true
			r.rebutVerbs[w] = true
		case "plain":
			r.plainVerbs[w] = true
		case "idiom":
			if ws := strings.Fields(w); len(ws) > 0 {
				if r.idioms == nil {
					r.idioms = map[string][][]string{}
				}
				r.idioms[ws[0]] = append(r.idioms[ws[0]], ws)
			}
		case "message":
			r.messages[w] = true
		case "own":
			r.ownVerbs[w] = true
		case "by":
			r.byVerbs[w] = true
		case "kin":
			r.kinNouns[w] = true
		case "informant":
			r.srcNouns[w] = wordAnon
			r.informants[w] = true
		case "refuse":
			r.refuseVerbs[w] = true
		case "record":
			r.verbs[w] = true
			r.recordVerbs[w] = true
		case "body":
			r.srcNouns[w] = wordRep
			r.bodyNouns[w] = true
		case "public":
			r.srcNouns[w] = wordAnon
			r.publicNouns[w] = true
		default:
			return fmt.Errorf("fact: %w", l.Errorf("unknown source cue kind %q", l.Fields[0]))
		}
	}
	return nil
}

func (r *resources) loadLiterals() error {
	roles, err := lexicon.Load(dataFS, "data/roles.txt")
	if err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	for _, l := range roles {
		k := strings.ToLower(l.Fields[0])
		v := k
		if len(l.Fields) > 1 {
			v = strings.ToLower(l.Fields[1])
		}
		r.roles[k] = v
		r.roleMax = max(r.roleMax, len(splitWords(k)))
	}
	addRolePlurals(r.roles)
	if r.religions, err = lexicon.Map(dataFS, "data/religions.tsv", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	for k := range r.religions {
		r.religionMax = max(r.religionMax, len(splitWords(k)))
	}
	if r.nations, err = lexicon.Map(dataFS, "data/nationalities.tsv", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	r.countries = map[string]bool{}
	for k, c := range r.nations {
		r.nationMax = max(r.nationMax, len(splitWords(k)))
		r.countries[strings.ToLower(c)] = true
	}
	if r.premods, err = lexicon.Set(dataFS, "data/premods.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.staff, err = lexicon.Set(dataFS, "data/staff.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.orgNouns, err = lexicon.Set(dataFS, "data/orgnouns.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.envoys, err = lexicon.Set(dataFS, "data/envoys.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.teamWords, err = lexicon.Set(dataFS, "data/teamwords.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.tenures, err = lexicon.Set(dataFS, "data/tenures.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.lengths, err = lexicon.Map(dataFS, "data/lengths.tsv", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.takeovers, err = lexicon.Set(dataFS, "data/takeover.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.posts, err = lexicon.Set(dataFS, "data/posts.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.sameTrades, err = loadSameTrades(); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.foundings, err = lexicon.Set(dataFS, "data/foundings.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.fieldRoles, err = loadFieldRoles(); err != nil {
		return err
	}
	if r.subUnits, err = loadSubUnits(); err != nil {
		return err
	}
	if r.fieldNouns, err = lexicon.Set(dataFS, "data/fieldnouns.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.predecessor, err = lexicon.Set(dataFS, "data/predecessor.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.parties, err = lexicon.Set(dataFS, "data/parties.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	if r.initials, err = loadPartyInitials(); err != nil {
		return err
	}
	if r.leagues, err = lexicon.Set(dataFS, "data/leagues.txt", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	r.movedThings = wordSet("movedthing")
	r.birthOrder = wordSet("birthorder")
	r.birthChild = wordSet("birthchild")
	r.lifeStages = wordSet("lifestage")
	r.roleVerbs = wordSet("roleverb")
	r.asRoleVerbs = wordSet("asroleverb")
	r.members = memberKinds()
	if r.together, err = loadPhrases("data/together.txt"); err != nil {
		return err
	}
	if r.sinces, err = loadSinces(); err != nil {
		return err
	}
	if r.raceOffices, err = loadRaceOffices(); err != nil {
		return err
	}
	if r.changes, err = loadChanges(); err != nil {
		return err
	}
	if r.bodies, err = lexicon.Map(dataFS, "data/bodies.tsv", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	r.litStarts = litStarts(r.litTables())
	for k, table := range r.litTables() {
		r.litPhrases[k] = phrasePrefixes(table)
	}
	if r.compounds, err = loadCompounds(); err != nil {
		return err
	}
	if r.townsfolk, err = lexicon.Map(dataFS, "data/townsfolk.tsv", true); err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	r.townsLeads = leadLensOf(r.townsfolk)
	ords, err := lexicon.Table(dataFS, "data/ordinals.tsv", 2)
	if err != nil {
		return fmt.Errorf("fact: %w", err)
	}
	for _, l := range ords {
		n, err := strconv.Atoi(l.Fields[1])
		if err != nil {
			return fmt.Errorf("fact: %w", l.Errorf("bad number %q", l.Fields[1]))
		}
		r.ordinals[strings.ToLower(l.Fields[0])] = n
	}
	return nil
}

// splitWords lowercases a phrase and splits it into tokens the way the
// tokenizer would: "it's unclear" → it 's unclear; "isn't" → is n't.
func splitWords(s string) []string {
	out := appendSplitWords(make([]string, 0, strings.Count(s, " ")+2), s) // room for the words and one split-off ending
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendSplitWords appends the words of splitWords(s) to dst.
func appendSplitWords(dst []string, s string) []string {
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if first, second := splitWord(normApos(w)); second != "" {
			dst = append(dst, first, second)
		} else {
			dst = append(dst, first)
		}
	}
	return dst
}

// splitWord splits a word that ends in "n't" or "'s" in two ("isn't" is
// "is" and "n't"); second is "" for a word kept whole.
func splitWord(w string) (first, second string) {
	switch {
	case strings.HasSuffix(w, "n't") && len(w) > 3:
		return w[:len(w)-3], "n't"
	case strings.HasSuffix(w, "'s") && len(w) > 2:
		return w[:len(w)-2], "'s"
	}
	return w, ""
}

// normApos replaces typographic apostrophes with ASCII ones.
func normApos(s string) string {
	if strings.IndexByte(s, 0xe2) >= 0 && strings.ContainsAny(s, "’‘") { // both marks' UTF-8 starts with 0xe2
		s = aposReplacer.Replace(s)
	}
	return s
}

// aposReplacer turns typographic apostrophes into ASCII ones (a Replacer
// is safe for concurrent use and never changes).
var aposReplacer = strings.NewReplacer("’", "'", "‘", "'")

// cuesAt returns the cues whose words the sentence holds from unit u on,
// looked up once per unit.
func (r *resources) cuesAt(s *sent, u int) []cue {
	if len(s.units[u].info.cues) == 0 {
		return nil // most words open no cue: a test small enough to be inlined where asked
	}
	if monthMay(s, u) {
		return nil // "joined in May": the month, no hedge
	}
	return r.heldCues(s, u)
}

// monthMay reports whether unit u is "May" written with a capital inside
// its sentence: the month, not the modal verb.
func monthMay(s *sent, u int) bool {
	return u > 0 && s.units[u].capital && s.units[u].word == "may"
}

// heldCues is cuesAt for a unit whose word opens some cue.
func (r *resources) heldCues(s *sent, u int) []cue {
	if len(s.cueMemo) != len(s.units) {
		s.cueMemo, s.cueDone = s.ar.takeCues(len(s.units))
	}
	if s.cueDone[u] {
		return s.cueMemo[u]
	}
	// while every cue so far is held, out is the lexicon's own list (capped,
	// read only); from the first that is not, a copy of those held
	all := s.units[u].info.cues
	var out []cue
	shared := true
	for i, c := range all {
		held := false
		if n := s.wordsAt(u, c.words); n > 0 && (!c.object || r.claimObject(s, u+n)) {
			held = true
		}
		switch {
		case shared && held:
			out = all[: i+1 : i+1]
		case shared:
			shared = false
			out = slices.Clone(all[:i])
		case held:
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		out = nil
	}
	s.cueMemo[u], s.cueDone[u] = out, true
	return out
}

// rebuffsNoClaim reports whether unit v opens a verb that denies only a
// claim and its object is none ("The Herald dismissed its editor",
// "rejected the bid"): the verb reports nothing then.
func (r *resources) rebuffsNoClaim(s *sent, v int) bool {
	for _, c := range s.units[v].info.cues {
		if n := s.wordsAt(v, c.words); c.object && n > 0 && !r.claimObject(s, v+n) {
			return true
		}
	}
	return false
}

// claimObject reports whether the object that opens at unit k is a claim:
// a claim noun or claim word within a few words ("the reports", "the idea",
// "suggestions that"), "that" ("rejected that he ..."), or an object called
// a claim after "as" ("dismissed them as nonsense"). A person, an
// organisation or a post named first makes it none ("dismissed its editor").
func (r *resources) claimObject(s *sent, k int) bool {
	if k < len(s.units) && s.units[k].word == "that" && s.units[k].ment == -1 {
		return true
	}
	for g := 0; k < len(s.units) && g < 5; g, k = g+1, k+1 {
		x := &s.units[k]
		if x.ment != -1 || x.boundary && !x.is(clsQuote) {
			return false
		}
		if x.is(clsClaimNoun) || r.claimWords[x.word] {
			return true
		}
		if x.word == "as" {
			return r.calledClaim(s, k+1)
		}
	}
	return false
}

// calledClaim reports whether the words from unit k on, after "as", call
// the object a false claim ("as false", "as pure speculation", "as
// nonsense"): a denial cue, a claim noun or a claim word within three
// words.
func (r *resources) calledClaim(s *sent, k int) bool {
	for g := 0; k < len(s.units) && g < 3; g, k = g+1, k+1 {
		x := &s.units[k]
		if x.ment != -1 || x.boundary && !x.is(clsQuote) {
			return false
		}
		if x.is(clsClaimNoun) || r.claimWords[x.word] {
			return true
		}
		for _, c := range r.cuesAt(s, k) {
			if c.kind == "denied" {
				return true
			}
		}
	}
	return false
}

// A compound is a suffix that makes a place or a nationality adjective a
// description of a person ("-based", "-born"), and the fact type each gives.
type compound struct {
	suffix, placeType, nationType string
}

// loadCompounds reads data/compounds.tsv.
func loadCompounds() ([]compound, error) {
	lines, err := lexicon.Table(dataFS, "data/compounds.tsv", 3)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	out := make([]compound, 0, len(lines))
	for _, l := range lines {
		c := compound{suffix: strings.ToLower(l.Fields[0]), placeType: l.Fields[1], nationType: l.Fields[2]}
		for _, t := range []*string{&c.placeType, &c.nationType} {
			if *t == "-" {
				*t = ""
			} else if _, ok := schemaTypes[*t]; !ok {
				return nil, fmt.Errorf("fact: %w", l.Errorf("unknown fact type %q", *t))
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// loadChanges reads data/changes.tsv: verbs of change and the end of a
// state ("start" or "end") a time told with them gives.
func loadChanges() (map[string]string, error) {
	m, err := lexicon.Map(dataFS, "data/changes.tsv", true)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	for w, end := range m {
		if end != "start" && end != "end" {
			return nil, fmt.Errorf("fact: data/changes.tsv: %q: want start or end, got %q", w, end)
		}
	}
	return m, nil
}

// loadPhrases reads a list of phrases (first field of each line) as their
// lowercased words.
func loadPhrases(file string) ([][]string, error) {
	set, err := lexicon.Set(dataFS, file, true)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	out := make([][]string, 0, len(set))
	for p := range set {
		out = append(out, strings.Fields(p))
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(strings.Join(a, " "), strings.Join(b, " ")) })
	return out, nil
}

// A sinceEvent is a phrase of data/sinces.tsv: the words that name an
// event after "since" and the type of the fact that dates it.
type sinceEvent struct {
	words []string
	typ   string
}

// loadSinces reads data/sinces.tsv.
func loadSinces() ([]sinceEvent, error) {
	lines, err := lexicon.Table(dataFS, "data/sinces.tsv", 2)
	if err != nil {
		return nil, fmt.Errorf("fact: %w", err)
	}
	out := make([]sinceEvent, 0, len(lines))
	for _, l := range lines {
		if _, ok := schemaTypes[l.Fields[1]]; !ok {
			return nil, fmt.Errorf("fact: %w", l.Errorf("unknown fact type %q", l.Fields[1]))
		}
		w := splitWords(l.Fields[0])
		if len(w) == 0 {
			return nil, fmt.Errorf("fact: %w", l.Errorf("empty phrase"))
		}
		out = append(out, sinceEvent{words: w, typ: l.Fields[1]})
	}
	return out, nil
}

// memberKinds returns the word classes politicsnoun, membernoun and
// staffnoun of data/classes.tsv as one table: noun → "politics", "member"
// or "staff".
func memberKinds() map[string]string {
	out := map[string]string{}
	for class, kind := range map[string]string{"politicsnoun": "politics", "membernoun": "member", "staffnoun": "staff"} {
		for _, w := range classOf(class) {
			out[w] = kind
		}
	}
	return out
}

// addRolePlurals adds the plural of each role phrase of the table, with the
// singular's canonical form, unless the table has the plural already: "were
// named co-chairs", "as joint managing directors" name one post per person.
func addRolePlurals(roles map[string]string) {
	plurals := make(map[string]string, len(roles))
	for k, v := range roles {
		if p := pluralPhrase(k); p != "" {
			if _, ok := roles[p]; !ok {
				plurals[p] = v
			}
		}
	}
	for p, v := range plurals {
		roles[p] = v
	}
}

// pluralPhrase returns a role phrase with its last word made plural
// ("managing director" → "managing directors", "chairman" → "chairmen"),
// or "" for a phrase whose head is not its last word ("head of research")
// or whose last word reads as plural or has no plural of its own.
func pluralPhrase(k string) string {
	if strings.Contains(k, " of ") || strings.Contains(k, " to ") || strings.Contains(k, " for ") {
		return ""
	}
	i := strings.LastIndexByte(k, ' ') + 1
	w := k[i:]
	if len(w) < 3 || strings.ContainsAny(w, ".'") || i == 0 && verbLikeRoles[w] {
		return ""
	}
	switch {
	case strings.HasSuffix(w, "man"):
		w = w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return "" // "boss", "chief of ops": an ambiguous or already plural form is left out
	case strings.HasSuffix(w, "y") && !strings.ContainsAny(w[len(w)-2:len(w)-1], "aeiou"):
		w = w[:len(w)-1] + "ies"
	default:
		w += "s"
	}
	return k[:i] + w
}

// verbLikeRoles are one-word roles whose plural is also a verb of office
// ("who chairs the board", "heads the team"): they get no plural.
var verbLikeRoles = wordSet("verblikeroles")

// loadSameTrades reads data/sametrades.tsv: a generic occupation and the
// specific ones that name the same trade.
func loadSameTrades() (map[string]map[string]bool, error) {
	lines, err := lexicon.Table(dataFS, "data/sametrades.tsv", 2)
	if err != nil {
		return nil, fmt.Errorf("sametrades: %w", err)
	}
	out := make(map[string]map[string]bool, len(lines))
	for _, l := range lines {
		set := out[l.Fields[0]]
		if set == nil {
			set = map[string]bool{}
			out[l.Fields[0]] = set
		}
		for _, w := range strings.Split(l.Fields[1], "|") {
			set[w] = true
		}
	}
	return out, nil
}
