// Package fact reads claims about people out of a document: relations and
// events of the SCHEMA.md vocabulary (married, affair, resigned, ...) with
// their arguments as entities of the document, their time, the chain of
// sources that makes the claim, its modality and polarity, and the sentences
// it was read from.
//
// Everything the stage knows about English is data embedded from data/:
// patterns.tsv (relation patterns over tokens and mentions), cues.tsv
// (modality and negation cues), sources.tsv (reporting verbs and source
// nouns), and small literal lists (roles, religions, nationalities,
// ordinals, hyphenated place words in compounds.tsv, staff posts in
// staff.txt: a split from one's coach is no break-up, the posts of members
// of bodies in bodies.tsv, parties named without "Party" in parties.txt,
// occupations that name one trade in sametrades.tsv: "musician" beside
// "singer", party adjectives in partywords.tsv, party initials written in
// brackets after a member's name in partyinitials.tsv), and word classes
// (classes.tsv) that patterns name as @class. classes.tsv also holds the cue
// lists the Go code reads by name (words.go: wordSet, wordList, wordPhrases:
// the nouns, verbs, titles and adverbs the mechanisms look a word up in),
// read once when the package loads; the code keeps only the closed sets of
// grammar (articles, pronouns, auxiliaries, punctuation).
// data/examples.tsv holds one worked sentence per pattern; the tests run
// them all.
//
// The stage works sentence by sentence:
//
//  1. units: tokens, with entity mentions collapsed into one unit each;
//  2. attribution frames: who says what ("insiders told Us Weekly that ...",
//     "according to People", quotes and their speakers), each with the span
//     of text it governs;
//  3. pattern matches, each giving a fact with its trigger, arguments and
//     the time expression nearest to the trigger in its clause, and the
//     posts and memberships that titled names and descriptions kept whole
//     tell ("Finance Minister X", "X, a Labour MP");
//  4. modality and polarity from the cues in the fact's clause and the kind
//     of source behind it;
//  5. derived facts (parents of each child, wedding dates from anniversaries,
//     the end of a position from a resignation, a predecessor's office from
//     a succession ("X succeeded Y", "was replaced by X"), the appointment of a
//     successor named to a predecessor's office ("naming X as his successor"),
//     dated by the statement that names them, a speculated appointment
//     (or election) of a candidate named for a post someone left ("seen as
//     the front-runner"), the date of an interim appointment from the
//     departure it fills, the end of a post
//     left for a move ("joined X in 2019 from Y, where he was CFO"), one
//     tenure from its start and its end told apart, an affair from a married
//     person's relationship with someone else, denials of a couple's
//     rumoured trouble, the other parent of a child "from his first
//     marriage", a wedding N years before a marriage "of N years", the
//     start of a relationship N years before "her partner of N years", a
//     denied relationship as the denial of the affair the article tells, a
//     child's birth told in the article (never an adult's),
//     the organisation of a post the text leaves out: the
//     one the article is about, or the one its posts name only in words,
//     the membership that a post in a party tells)
//     and merging of repeated mentions of one fact into
//     one fact with several evidence sentences (a later dated telling dates
//     a present-tense one: "is engaged ... proposed last weekend");
//  6. a confidence for every fact, the stage's own and the entity stage's
//     (confidence.go: a logistic model over the kind of evidence, trained
//     by `hearsay train confidence` into data/confidence.model); facts under
//     the model's threshold are dropped.
//
// Times come from the fact's clause, else from an "N months after" clause
// counted back from the sentence's time, an announcement of a past event,
// "ever since" after a dated event, or "at the time" in the attribution.
package fact
