package pos

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-news/hearsay/internal/fnv1a"
	"github.com/hearsay-news/hearsay/tag/perceptron"
	"github.com/hearsay-news/hearsay/tag/wordclass"
)

// featureVersion names the feature set; a model trained with another set is
// refused at load time.
const featureVersion = 4

// Token flags.
const (
	flagUpper  = 1 << iota // every letter upper case ("NASA")
	flagTitle              // first letter upper case, some lower ("Paris")
	flagDigit              // contains a digit
	flagHyphen             // contains a hyphen inside
	flagPunct              // no letter or digit at all
	flagFirst              // first word of the sentence
)

// A tok is one word with the hashes of its pieces, computed once per
// sentence.
type tok struct {
	word    uint64    // exact form
	lower   uint64    // lower case, digits folded to 0
	shape   uint64    // compressed shape ("Xx", "d,d")
	pre     [4]uint64 // prefixes of 1..4 letters of lower
	suf     [5]uint64 // suffixes of 1..5 letters of lower
	flags   uint8
	profile uint64 // hash of the lower-case word's tag profile in the lexicon, 0 when unlisted
	cased   uint64 // hash of the word's own (case-sensitive) tag profile, 0 when unlisted
	wn      uint16 // WordNet classes and inflections of the lower-case word (wordNet.mask)
	rare    bool   // in training: a word seen once, whose identity features are left out
	cluster uint16 // word cluster of the lower-case word (Clusters), 0 when unclustered
	role    int32  // 1 + index of the word's cached neighbour scores (knownWords.roles), 0 when none

	// the first mixes of the features of jointRest the word takes part
	// in, computed once with the token (withMixes): as the word before
	// (prevWord, prevShape) and as the word itself (nextWord,
	// nextProfile)
	prevWord, prevShape, nextWord, nextProfile uint64
}

// withMixes returns t with its first mixes of jointRest's features set.
func withMixes(t tok) tok {
	t.prevWord = mix(fPrevWordWord, t.lower)
	t.prevShape = mix(fShapeCtx, t.shape)
	t.nextWord = mix(fWordNextWord, t.lower)
	t.nextProfile = mix(fProfileNextProfile, t.profile)
	return t
}

// prevMixes are the first mixes of the features of jointRest that join
// a previous tag to the word, computed once per tag (Tagger.prevMix).
type prevMixes struct{ word, suf3, profile uint64 }

// mixPrev returns the prevMixes of the tag of hash prev.
func mixPrev(prev uint64) prevMixes {
	return prevMixes{word: mix(fPrevTagWord, prev), suf3: mix(fPrevTagSuf3, prev), profile: mix(fPrevTagProfile, prev)}
}

// hashString is the 64-bit FNV-1a hash of s.
func hashString(s string) uint64 { return fnv1a.String(fnv1a.Offset, s) }

// hashBytes is the 64-bit FNV-1a hash of b.
func hashBytes(b []byte) uint64 { return fnv1a.Bytes(fnv1a.Offset, b) }

// hashMore continues the 64-bit FNV-1a hash h of some bytes with b: the
// hash of those bytes followed by b.
func hashMore(h uint64, b []byte) uint64 { return fnv1a.Bytes(h, b) }

// mix combines two hashes into a feature hash.
func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + (a << 6) + (a >> 2))
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// Padding tokens before and after the sentence.
var (
	startTok = withMixes(tok{word: hashString("-START-"), lower: hashString("-START-"), shape: hashString("-START-"), profile: hashString("-START-")})
	endTok   = withMixes(tok{word: hashString("-END-"), lower: hashString("-END-"), shape: hashString("-END-"), profile: hashString("-END-")})
)

// foldDigits lowercases w and replaces every digit with 0.
func foldDigits(w string) string { return string(appendFolded(nil, w)) }

// appendFolded appends w to buf, lower-cased, every digit replaced with 0:
// the folding of the word classes (wordclass.AppendFold).
func appendFolded(buf []byte, w string) []byte { return wordclass.AppendFold(buf, w) }

// shapeOf maps letters to X/x, digits to d, keeps other characters, and
// collapses runs of the same class ("McDonald's" → "XxXx'x").
func shapeOf(w string, buf []byte) []byte {
	buf = buf[:0]
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last || (c != 'X' && c != 'x' && c != 'd') {
			buf = append(buf, c)
		}
		last = c
	}
	return buf
}

// flagsOf computes the token flags of w.
func flagsOf(w string) uint8 {
	var upper, lower, digit, letter, hyphen bool
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper, letter = true, true
		case unicode.IsLetter(r):
			lower, letter = true, true
		case unicode.IsDigit(r):
			digit = true
		case r == '-' && i > 0 && i < len(w)-1:
			hyphen = true
		}
	}
	var f uint8
	if upper && !lower {
		f |= flagUpper
	}
	if letter {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && lower {
			f |= flagTitle
		}
	}
	if digit {
		f |= flagDigit
	}
	if hyphen {
		f |= flagHyphen
	}
	if !letter && !digit {
		f |= flagPunct
	}
	return f
}

// makeTok computes the hashes of one word, looking it up in lex, wn
// (which may be nil when the word features will not be needed) and cl.
// buf is scratch space, returned for reuse.
func makeTok(w string, lex lexicon, wn *wordNet, cl Clusters, buf []byte) (tok, []byte) {
	buf = appendFolded(buf[:0], w)
	l := buf
	t := tok{word: hashString(w), flags: flagsOf(w), profile: lex.lower[string(l)], cased: lex.cased[w], wn: wn.mask(l), cluster: cl[string(l)]}
	// prefixes of 1..4 runes, each hash continuing the last, then the
	// whole word; suffixes of 1..5
	end := 0
	h := uint64(fnv1a.Offset)
	for k := 0; k < 4; k++ {
		if end >= len(l) {
			t.pre[k] = t.pre[max(k-1, 0)]
			continue
		}
		_, size := utf8.DecodeRune(l[end:])
		h = hashMore(h, l[end:end+size])
		end += size
		t.pre[k] = h
	}
	t.lower = hashMore(h, l[end:])
	start := len(l)
	for k := range len(t.suf) {
		if start <= 0 {
			t.suf[k] = t.suf[max(k-1, 0)]
			continue
		}
		_, size := utf8.DecodeLastRune(l[:start])
		start -= size
		t.suf[k] = hashBytes(l[start:])
	}
	buf = shapeOf(w, buf[:0])
	t.shape = hashBytes(buf)
	return withMixes(t), buf
}

// Feature template ids: each feature mixes one of these with the hashes
// of its pieces.
const (
	fBias uint64 = iota + 1
	fWord
	fLower
	fShape
	fPre1
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fFlags
	fPrevTag
	fPrev2Tags
	fPrevTagWord
	fPrevWord
	fPrev2Word
	fNextWord
	fNext2Word
	fPrevSuf3
	fNextSuf3
	fPrevWordWord
	fWordNextWord
	fPrevShape
	fNextShape
	fPrevTagSuf3
	fFlagsPrevFlags
	fProfile
	fPrevProfile
	fNextProfile
	fNext2Profile
	fPrevTagProfile
	fProfileNextProfile
	fWordNet
	fWordNetCase
	fNextTag
	fNext2Tags
	fNextTagWord
	fPrevNextTags
	fNextTagNextWord
	fCased
	fShapeCtx
	fCluster
	fClusterCase
	fPrevCluster
	fNextCluster
	fSuf5
)

// features appends the features of position i of toks (padded: toks[0]
// and toks[1] are start padding, the last two end padding) given the
// hashes of the two previous predicted tags.
func features(feats []perceptron.Feature, toks []tok, i int, prev, prev2 uint64) []perceptron.Feature {
	return contextFeatures(wordFeatures(feats, &toks[i]), toks, i, prev, prev2)
}

// wordFeatures appends the features that depend on the word alone, so
// that their scores can be added up once per word type (see knownWords).
func wordFeatures(feats []perceptron.Feature, w *tok) []perceptron.Feature {
	add := func(h uint64) { feats = append(feats, perceptron.Feature(h)) }
	add(mix(fBias, 0))
	if !w.rare {
		add(mix(fWord, w.word))
		add(mix(fLower, w.lower))
	}
	add(mix(fShape, w.shape))
	for k := 0; k < 4; k++ {
		add(mix(fPre1+uint64(k), w.pre[k]))
		add(mix(fSuf1+uint64(k), w.suf[k]))
	}
	add(mix(fSuf5, w.suf[4]))
	add(mix(fProfile, w.profile))
	add(mix(fCased, w.cased))
	add(mix(fWordNet, uint64(w.wn)))
	add(mix(mix(fWordNetCase, uint64(w.wn)), uint64(w.flags&(flagTitle|flagUpper))))
	add(mix(fCluster, uint64(w.cluster)))
	add(mix(mix(fClusterCase, uint64(w.cluster)), uint64(w.flags&(flagTitle|flagUpper))))
	return feats
}

// contextFeatures appends the features of position i that depend on its
// neighbours, its position or the previous tags.
func contextFeatures(feats []perceptron.Feature, toks []tok, i int, prev, prev2 uint64) []perceptron.Feature {
	w, p, p2, n, n2 := &toks[i], &toks[i-1], &toks[i-2], &toks[i+1], &toks[i+2]
	add := func(h uint64) { feats = append(feats, perceptron.Feature(h)) }
	add(mix(fFlags, uint64(w.flags)))
	add(mix(fPrevTag, prev))
	add(mix(mix(fPrev2Tags, prev), prev2))
	add(mix(mix(fPrevTagWord, prev), w.lower))
	add(mix(fPrevWord, p.lower))
	add(mix(fPrev2Word, p2.lower))
	add(mix(fNextWord, n.lower))
	add(mix(fNext2Word, n2.lower))
	add(mix(fPrevSuf3, p.suf[2]))
	add(mix(fNextSuf3, n.suf[2]))
	add(mix(mix(fPrevWordWord, p.lower), w.lower))
	add(mix(mix(fWordNextWord, w.lower), n.lower))
	add(mix(fPrevShape, p.shape))
	add(mix(fNextShape, n.shape))
	add(mix(mix(fPrevTagSuf3, prev), w.suf[2]))
	add(mix(fFlagsPrevFlags, uint64(w.flags)<<8|uint64(p.flags)))
	add(mix(mix(mix(fShapeCtx, p.shape), w.shape), n.shape))
	add(mix(fPrevProfile, p.profile))
	add(mix(fNextProfile, n.profile))
	add(mix(fNext2Profile, n2.profile))
	add(mix(mix(fPrevTagProfile, prev), w.profile))
	add(mix(mix(fProfileNextProfile, w.profile), n.profile))
	add(mix(fPrevCluster, uint64(p.cluster)))
	add(mix(fNextCluster, uint64(n.cluster)))
	return feats
}

// The features of contextFeatures, split by what they depend on so that
// the scores of those that depend on one neighbouring word alone can be
// added up once per word type (see knownWords.roles):
// jointFeatures, prevRoleFeatures, prev2RoleFeatures, nextRoleFeatures
// and next2RoleFeatures together give the features of contextFeatures
// (in another order).

// jointFeatures appends the features of position i that depend on the word
// with its position, its neighbours or the previous tags.
func jointFeatures(feats []perceptron.Feature, toks []tok, i int, prev, prev2 uint64) []perceptron.Feature {
	w, p, n := &toks[i], &toks[i-1], &toks[i+1]
	return append(feats,
		perceptron.Feature(mix(fFlags, uint64(w.flags))),
		perceptron.Feature(mix(fPrevTag, prev)),
		perceptron.Feature(mix(mix(fPrev2Tags, prev), prev2)),
		perceptron.Feature(mix(mix(fPrevTagWord, prev), w.lower)),
		perceptron.Feature(mix(mix(fPrevWordWord, p.lower), w.lower)),
		perceptron.Feature(mix(mix(fWordNextWord, w.lower), n.lower)),
		perceptron.Feature(mix(mix(fPrevTagSuf3, prev), w.suf[2])),
		perceptron.Feature(mix(fFlagsPrevFlags, uint64(w.flags)<<8|uint64(p.flags))),
		perceptron.Feature(mix(mix(mix(fShapeCtx, p.shape), w.shape), n.shape)),
		perceptron.Feature(mix(mix(fPrevTagProfile, prev), w.profile)),
		perceptron.Feature(mix(mix(fProfileNextProfile, w.profile), n.profile)))
}

// jointRest appends the features of jointFeatures other than those of
// fewValuedFeatures, which tagRefs holds found, for the previous tag
// whose prevMixes are pm: the same features as jointFeatures gives, from
// the first mixes kept with the tokens (withMixes) and the tag.
func jointRest(feats []perceptron.Feature, toks []tok, i int, pm *prevMixes) []perceptron.Feature {
	w, p, n := &toks[i], &toks[i-1], &toks[i+1]
	return append(feats,
		perceptron.Feature(mix(pm.word, w.lower)),
		perceptron.Feature(mix(p.prevWord, w.lower)),
		perceptron.Feature(mix(w.nextWord, n.lower)),
		perceptron.Feature(mix(pm.suf3, w.suf[2])),
		perceptron.Feature(mix(mix(p.prevShape, w.shape), n.shape)),
		perceptron.Feature(mix(pm.profile, w.profile)),
		perceptron.Feature(mix(w.nextProfile, n.profile)))
}

// fewValuedFeatures appends the features of jointFeatures that have few
// values: they depend on the word's flags, the previous word's and the
// previous two tags only.
func fewValuedFeatures(feats []perceptron.Feature, wflags, pflags uint8, prev, prev2 uint64) []perceptron.Feature {
	return append(feats,
		perceptron.Feature(mix(fFlags, uint64(wflags))),
		perceptron.Feature(mix(fPrevTag, prev)),
		perceptron.Feature(mix(mix(fPrev2Tags, prev), prev2)),
		perceptron.Feature(mix(fFlagsPrevFlags, uint64(wflags)<<8|uint64(pflags))))
}

// prevRoleFeatures appends the features a word p gives the word after it.
func prevRoleFeatures(feats []perceptron.Feature, p *tok) []perceptron.Feature {
	return append(feats,
		perceptron.Feature(mix(fPrevWord, p.lower)),
		perceptron.Feature(mix(fPrevSuf3, p.suf[2])),
		perceptron.Feature(mix(fPrevShape, p.shape)),
		perceptron.Feature(mix(fPrevProfile, p.profile)),
		perceptron.Feature(mix(fPrevCluster, uint64(p.cluster))))
}

// prev2RoleFeatures appends the features a word p2 gives the word two
// after it.
func prev2RoleFeatures(feats []perceptron.Feature, p2 *tok) []perceptron.Feature {
	return append(feats, perceptron.Feature(mix(fPrev2Word, p2.lower)))
}

// nextRoleFeatures appends the features a word n gives the word before it.
func nextRoleFeatures(feats []perceptron.Feature, n *tok) []perceptron.Feature {
	return append(feats,
		perceptron.Feature(mix(fNextWord, n.lower)),
		perceptron.Feature(mix(fNextSuf3, n.suf[2])),
		perceptron.Feature(mix(fNextShape, n.shape)),
		perceptron.Feature(mix(fNextProfile, n.profile)),
		perceptron.Feature(mix(fNextCluster, uint64(n.cluster))))
}

// next2RoleFeatures appends the features a word n2 gives the word two
// before it.
func next2RoleFeatures(feats []perceptron.Feature, n2 *tok) []perceptron.Feature {
	return append(feats,
		perceptron.Feature(mix(fNext2Word, n2.lower)),
		perceptron.Feature(mix(fNext2Profile, n2.profile)))
}

// A lexicon holds the tag profile of every word of the training data: the
// set of classes that make up at least profileMinShare of its occurrences,
// hashed. Profiles are kept for lower-case, digit-folded forms and for the
// forms as written.
type lexicon struct {
	lower map[string]uint64
	cased map[string]uint64
}

// profileMinShare is the smallest share of a word's occurrences that puts a
// class in its profile.
const profileMinShare = 0.1

// buildLexicon counts the classes of every word of sents, leaving out the
// sentences whose index is skip modulo folds (folds 0 keeps all).
func buildLexicon(sents []Sentence, classOf map[Tag]int, skip, folds int) lexicon {
	lower := map[string]map[int]int{}
	cased := map[string]map[int]int{}
	count := func(m map[string]map[int]int, w string, cl int) {
		c := m[w]
		if c == nil {
			c = map[int]int{}
			m[w] = c
		}
		c[cl]++
	}
	for si, s := range sents {
		if folds > 0 && si%folds == skip {
			continue
		}
		for i, w := range s.Words {
			cl := classOf[s.Tags[i]]
			count(lower, foldDigits(w), cl)
			count(cased, w, cl)
		}
	}
	return lexicon{lower: profiles(lower), cased: profiles(cased)}
}

// profiles turns class counts into profile hashes.
func profiles(counts map[string]map[int]int) map[string]uint64 {
	out := make(map[string]uint64, len(counts))
	var ids []int
	for w, c := range counts {
		n := 0
		for _, k := range c {
			n += k
		}
		ids = ids[:0]
		for cl, k := range c {
			if float64(k) >= profileMinShare*float64(n) {
				ids = append(ids, cl)
			}
		}
		slices.Sort(ids)
		h := hashString("profile")
		for _, id := range ids {
			h = mix(h, uint64(id)+1)
		}
		out[w] = h
	}
	return out
}

// rightFeatures appends the second-pass features of position i: the
// first-pass tags (hashes) of the next two words.
func rightFeatures(feats []perceptron.Feature, toks []tok, i int, next, next2 uint64) []perceptron.Feature {
	w, n := &toks[i], &toks[i+1]
	return append(feats,
		perceptron.Feature(mix(fNextTag, next)),
		perceptron.Feature(mix(mix(fNext2Tags, next), next2)),
		perceptron.Feature(mix(mix(fNextTagWord, next), w.lower)),
		perceptron.Feature(mix(mix(fNextTagNextWord, next), n.lower)))
}
