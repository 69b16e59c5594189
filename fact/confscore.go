package fact

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hearsay-news/hearsay/internal/fnv1a"
)

// Scoring a fact sums the weights of its features without making their
// strings: each feature comes from a template (a feat) with its values, and
// the model, when it is read, turns its weights into tables the templates
// read directly. A bin ("slen=<=15") or a flag ("quote") is an index into a
// table; a feature with string values ("fam=pattern",
// "type×fam=married/pattern") is looked up by the FNV-1a hash of its bytes,
// which starts from the template name's hash, made once. Templates without
// any weight in the model are skipped. Training lists the same features as
// strings (featSink.keep), so that both read the same features in the same
// order.

// A feat is a feature template: a constant name, alone (a flag such as
// "quote") or followed by values: a bin ("slen=" and "<=15"), a string
// ("fam=" and "pattern"), or the fact's type, "/" and a value
// ("type×fam=" and "married/pattern"). The templates of an argument come
// in fours, one for each of argNames.
type feat uint8

// Bins: the name and the name of a bin.
const (
	fAboutArg0 feat = iota
	fPeople
	fOfType
	fSents
	fUnended
	fSrcs
	fSupport
	fAge
	fRelated
	fInSent
	fConflict
	fSlen
	fSpos
	fAbsent
	fFromTrig
	fSpread
	fTrigLen
	fArgN // "a0n=", the number of the entity's mentions
	_
	_
	_
	// Flags: the name alone.
	fDerived
	fRepeated
	fQuote
	fQuestion
	fNoEnd
	fCapsLine
	fNoSentence
	fNoTrigger
	fArgLiteral // "a0=literal"
	_
	_
	_
	fArgUnnamed
	_
	_
	_
	fArgOneWord
	_
	_
	_
	fArgCaps
	_
	_
	_
	fArgLead
	_
	_
	_
	fArgStart
	_
	_
	_
	// Strings: the name and a value.
	fType
	fFam
	fRule
	fTime
	fMod
	fPol
	fSrc1
	fWhy
	fTypeDerived
	fArgT // "a0t=", the entity's type
	_
	_
	_
	fArgM // "a0m=", the kind of its mention
	_
	_
	_
	// Typed: the name, the fact's type, "/" and a value.
	fTypeOfType
	fTypeFam
	fTypeTime
	fTypeWhy
	fTypeMod
	fTypeSupport
	fTypeArgT
	_
	_
	_
	fTypeArgM
	_
	_
	_
	numFeats
)

// numBinFeats is the number of bin templates, which come first.
const numBinFeats = fDerived

// featNames are the templates' names, the constant start of their features.
var featNames = func() (out [numFeats]string) {
	for f, n := range map[feat]string{
		fAboutArg0: "aboutarg0=", fPeople: "people=", fOfType: "oftype=", fSents: "sents=", fUnended: "unended=",
		fSrcs: "srcs=", fSupport: "support=", fAge: "age=", fRelated: "related=", fInSent: "insent=",
		fConflict: "conflict=", fSlen: "slen=", fSpos: "spos=", fAbsent: "absent=", fFromTrig: "fromtrig=",
		fSpread: "spread=", fTrigLen: "triglen=",
		fDerived: "derived", fRepeated: "repeated", fQuote: "quote", fQuestion: "question", fNoEnd: "noend",
		fCapsLine: "capsline", fNoSentence: "nosentence", fNoTrigger: "notrigger",
		fType: "type=", fFam: "fam=", fRule: "rule=", fTime: "time=", fMod: "mod=", fPol: "pol=", fSrc1: "src1=",
		fWhy: "why=", fTypeDerived: "type×derived=",
		fTypeOfType: "type×oftype=", fTypeFam: "type×fam=", fTypeTime: "type×time=", fTypeWhy: "type×why=",
		fTypeMod: "type×mod=", fTypeSupport: "type×support=",
	} {
		out[f] = n
	}
	for ai, p := range argNames {
		for f, n := range map[feat]string{
			fArgN: p + "n=", fArgLiteral: p + "=literal", fArgUnnamed: p + "unnamed", fArgOneWord: p + "oneword",
			fArgCaps: p + "caps", fArgLead: p + "lead", fArgStart: p + "start", fArgT: p + "t=", fArgM: p + "m=",
			fTypeArgT: "type×" + p + "t=", fTypeArgM: "type×" + p + "m=",
		} {
			out[f+feat(ai)] = n
		}
	}
	return out
}()

// featHashes are the FNV-1a hashes of the templates' names.
var featHashes = func() (out [numFeats]uint64) {
	for f, n := range featNames {
		out[f] = fnv1a.String(fnv1a.Offset, n)
	}
	return out
}()

// argFeat is the template f of the argument ai (the last of argNames for
// those after it).
func argFeat(f feat, ai int) feat { return f + feat(min(ai, len(argNames)-1)) }

// Bins: "<=N" and ">N" for N up to maxBound, then "none" and "future" (see
// timeAge).
const (
	maxBound  = 64 // the greatest upper bound of a bucket
	binNone   = 2 * (maxBound + 1)
	binFuture = binNone + 1
	numBins   = binFuture + 1
)

// bucket is the bin of n among the increasing upper bounds bs (at most
// maxBound): "<=B" for the first bound B n is under, or ">B" for the last.
func bucket(n int, bs ...int) int {
	for _, b := range bs {
		if n <= b {
			return b
		}
	}
	return maxBound + 1 + bs[len(bs)-1]
}

// A binning tells the bin of a number among fixed bounds (see bucket) by
// a table.
type binning struct {
	tab [maxBound + 2]uint8 // by number; the last for numbers over maxBound
}

// newBinning makes the binning of bounds bs.
func newBinning(bs ...int) *binning {
	b := &binning{}
	for n := range b.tab {
		b.tab[n] = uint8(bucket(n, bs...))
	}
	return b
}

// of is bucket(n, bs...) of the binning's bounds bs.
func (b *binning) of(n int) int {
	switch {
	case n < 0:
		n = 0 // under the first bound, as 0 is
	case n > maxBound:
		n = maxBound + 1
	}
	return int(b.tab[n])
}

// binNames are the names of bins, made once so that naming a bin makes no
// string.
var binNames = func() (out [numBins]string) {
	for n := 0; n <= maxBound; n++ {
		out[n], out[maxBound+1+n] = "<="+strconv.Itoa(n), ">"+strconv.Itoa(n)
	}
	out[binNone], out[binFuture] = "none", "future"
	return out
}()

// A vocab is a kind of value that templates take (the modality, the kind
// of a mention...): features with such values are read from tables by the
// value's index among those the model's features name.
type vocab uint8

const (
	vBin vocab = iota // bins: binNames
	vFam
	vTime
	vMod
	vPol
	vSrc
	vEntity // an entity's type
	vMention
	numVocabs
	vNone = numVocabs // templates read by hash
)

// featVocab is the kind of value each template takes; bins and flags have
// vNone here, and so have the templates read by hash (fType and
// fTypeDerived are read from the type's table).
var featVocab = func() (out [numFeats]vocab) {
	for f := range out {
		out[f] = vNone
	}
	for f, v := range map[feat]vocab{
		fFam: vFam, fTime: vTime, fMod: vMod, fPol: vPol, fSrc1: vSrc,
		fTypeOfType: vBin, fTypeFam: vFam, fTypeTime: vTime, fTypeMod: vMod, fTypeSupport: vBin,
	} {
		out[f] = v
	}
	for ai := range argNames {
		out[fArgT+feat(ai)], out[fArgM+feat(ai)] = vEntity, vMention
		out[fTypeArgT+feat(ai)], out[fTypeArgM+feat(ai)] = vEntity, vMention
	}
	return out
}()

// A confIndex holds a model's weights as scoring reads them.
type confIndex struct {
	bins   [numBinFeats][numBins]float64 // weights of bin features
	flags  [numFeats]float64             // weights of flags
	vocabs [numVocabs][]string           // the values of each kind that the model's features name
	vals   [numFeats][]float64           // weights of templates with a value of a vocab, by its index
	used   [numFeats]bool                // whether some weight's feature starts with the template's name
	keys   []uint64                      // the weights by the hash of their feature (open addressing; 0 is free)
	ws     []float64
	shift  uint // a hash's slot is its top bits
	// types holds the tables of each fact type that a feature of the model
	// names after a typed template's name; a type it does not hold has no
	// typed feature of any weight
	types map[string]*typeTab
}

// A typeTab holds the weights of the typed features of one fact type.
type typeTab struct {
	typ, derived float64             // of "type=T" and "type×derived=T"
	vals         [numFeats][]float64 // of typed templates with a value of a vocab, by its index
	hashes       typeHashes          // of the others, by hash
}

// typeHashes are the hashes of the typed templates' names, each followed
// by a fact type and "/", by template from fTypeOfType.
type typeHashes [numFeats - fTypeOfType]uint64

// index makes the tables of m's weights; it fails when two features hash
// alike.
func (m *ConfModel) index() error {
	ix := &confIndex{types: map[string]*typeTab{}}
	ix.vocabs[vBin] = binNames[:]
	for f := range numBinFeats {
		for b := range numBins {
			ix.bins[f][b] = m.Weights[featNames[f]+binNames[b]]
		}
	}
	for f := numBinFeats; f < numFeats; f++ {
		ix.flags[f] = m.Weights[featNames[f]]
	}
	bits := uint(4)
	for 1<<bits < 4*len(m.Weights) {
		bits++
	}
	ix.keys, ix.ws, ix.shift = make([]uint64, 1<<bits), make([]float64, 1<<bits), 64-bits
	names := make([]string, 0, len(m.Weights))
	for name := range m.Weights {
		names = append(names, name)
	}
	sort.Strings(names) // the vocabs and types in one order
	for _, name := range names {
		for f := numBinFeats; f < numFeats; f++ {
			ix.used[f] = ix.used[f] || strings.HasPrefix(name, featNames[f])
		}
		ix.addValues(name)
		h := fnv1a.String(fnv1a.Offset, name)
		if h == 0 {
			return fmt.Errorf("confidence model: feature %q hashes to 0", name)
		}
		i := ix.slot(h)
		if ix.keys[i] == h {
			return fmt.Errorf("confidence model: two features hash alike (%q)", name)
		}
		ix.keys[i], ix.ws[i] = h, m.Weights[name]
	}
	for f := range numFeats {
		if v := featVocab[f]; v != vNone && f < fTypeOfType {
			ix.vals[f] = make([]float64, len(ix.vocabs[v]))
			for i, val := range ix.vocabs[v] {
				ix.vals[f][i] = m.Weights[featNames[f]+val]
			}
		}
	}
	for typ, tt := range ix.types {
		tt.typ, tt.derived = m.Weights[featNames[fType]+typ], m.Weights[featNames[fTypeDerived]+typ]
		for f := fTypeOfType; f < numFeats; f++ {
			tt.hashes[f-fTypeOfType] = (fnv1a.String(featHashes[f], typ) ^ '/') * fnv1a.Prime
			if v := featVocab[f]; v != vNone {
				tt.vals[f] = make([]float64, len(ix.vocabs[v]))
				for i, val := range ix.vocabs[v] {
					tt.vals[f][i] = m.Weights[featNames[f]+typ+"/"+val]
				}
			}
		}
	}
	m.ix = ix
	return nil
}

// addValues adds the fact types and the values of vocabs that the model's
// feature name may name: after a typed template's name, the text before
// any "/" of the rest is a type and the text after it a value.
func (ix *confIndex) addValues(name string) {
	for f := numBinFeats; f < numFeats; f++ {
		rest, ok := strings.CutPrefix(name, featNames[f])
		if !ok {
			continue
		}
		switch {
		case f == fType || f == fTypeDerived:
			ix.addType(rest)
		case f < fTypeOfType:
			ix.addValue(featVocab[f], rest)
		default:
			for i := 0; i < len(rest); i++ {
				if rest[i] == '/' {
					ix.addType(rest[:i])
					ix.addValue(featVocab[f], rest[i+1:])
				}
			}
		}
	}
}

func (ix *confIndex) addType(typ string) {
	if ix.types[typ] == nil {
		ix.types[typ] = &typeTab{}
	}
}

func (ix *confIndex) addValue(v vocab, val string) {
	if v == vNone || v == vBin || slices.Contains(ix.vocabs[v], val) {
		return
	}
	ix.vocabs[v] = append(ix.vocabs[v], val)
}

// slot is where hash h is, or the free slot where it would go.
func (ix *confIndex) slot(h uint64) uint64 {
	mask := uint64(len(ix.keys) - 1)
	i := h >> ix.shift
	for ix.keys[i] != h && ix.keys[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

// weight is the weight of the feature of hash h, 0 when the model has none.
func (ix *confIndex) weight(h uint64) float64 { return ix.ws[ix.slot(h)] }

// A featSink takes the features of a fact one by one, each from its
// template and values: it sums their weights under a model (scoring,
// without making a string of any feature) or lists them (training).
type featSink struct {
	ix   *confIndex // the model's tables: the features' weights are summed into z (noWeights when only listing)
	z    float64
	typ  string   // the fact's type (see setType)
	tt   *typeTab // the tables of typ, nil when the model has no typed feature of it
	keep bool     // the features are listed in list
	list []string
	buf  []byte
	rk   []byte // room for a reason's kind
	// the weights of the last reason (see why)
	lastWhy whyWeights
}

// noWeights are the tables of a model without weights, for a featSink
// that only lists features.
var noWeights = &confIndex{}

// setType sets the fact type that typed features name.
func (k *featSink) setType(typ string) {
	k.typ, k.tt = typ, k.ix.types[typ]
}

// id is the index of val among the values of vocab v that the model
// names, -1 when it names none or when not scoring.
func (k *featSink) id(v vocab, val string) int {
	for i, x := range k.ix.vocabs[v] {
		if x == val {
			return i
		}
	}
	return -1
}

// bin takes the feature of template f and bin b.
func (k *featSink) bin(f feat, b int) {
	k.z += k.ix.bins[f][b]
	if k.keep {
		k.list = append(k.list, featNames[f]+binNames[b])
	}
}

// flag takes the feature of template f, its name alone.
func (k *featSink) flag(f feat) {
	k.z += k.ix.flags[f]
	if k.keep {
		k.list = append(k.list, featNames[f])
	}
}

// val takes the feature of template f and value val, of index id in its
// vocab (see id).
func (k *featSink) val(f feat, id int, val string) {
	if id >= 0 {
		k.z += k.ix.vals[f][id]
	}
	if k.keep {
		k.list = append(k.list, featNames[f]+val)
	}
}

// typed takes the feature of typed template f, the fact's type (see
// setType), "/" and val, of index id in its vocab (see id).
func (k *featSink) typed(f feat, id int, val string) {
	if id >= 0 && k.tt != nil {
		k.z += k.tt.vals[f][id]
	}
	if k.keep {
		k.list = append(k.list, featNames[f]+k.typ+"/"+val)
	}
}

// typeFlag takes the feature of template fType or fTypeDerived and the
// fact's type.
func (k *featSink) typeFlag(f feat) {
	if k.tt != nil {
		if f == fType {
			k.z += k.tt.typ
		} else {
			k.z += k.tt.derived
		}
	}
	if k.keep {
		k.list = append(k.list, featNames[f]+k.typ)
	}
}

// hashed takes the feature of template f (a typed template followed by the
// fact's type and "/"), then v and tail, looked up by hash.
func (k *featSink) hashed(f feat, v string, tail []byte) {
	k.z += k.hashedWeight(f, v, tail)
	k.list1(f, v, tail)
}

// hashedWeight is the weight of the feature of hashed.
func (k *featSink) hashedWeight(f feat, v string, tail []byte) float64 {
	typed := f >= fTypeOfType
	if !k.ix.used[f] || typed && k.tt == nil {
		return 0
	}
	h := featHashes[f]
	if typed {
		h = k.tt.hashes[f-fTypeOfType]
	}
	return k.ix.weight(fnv1a.Bytes(fnv1a.String(h, v), tail))
}

// why takes the features of a derived fact's reason: its kind (see
// reasonKind) alone and after the fact's type. Their weights are kept for
// the next fact of the same type and reason.
func (k *featSink) why(reason string) {
	if k.keep || reason != k.lastWhy.reason || k.typ != k.lastWhy.typ || !k.lastWhy.known {
		k.rk = appendReasonKind(k.rk[:0], reason)
		k.lastWhy = whyWeights{known: true, reason: reason, typ: k.typ,
			why: k.hashedWeight(fWhy, "", k.rk), typeWhy: k.hashedWeight(fTypeWhy, "", k.rk)}
	}
	k.z += k.lastWhy.why
	k.z += k.lastWhy.typeWhy
	k.list1(fWhy, "", k.rk)
	k.list1(fTypeWhy, "", k.rk)
}

// whyWeights are the weights of the reason features of a fact type and
// reason.
type whyWeights struct {
	known        bool
	reason, typ  string
	why, typeWhy float64
}

// list1 lists the feature of hashed when listing.
func (k *featSink) list1(f feat, v string, tail []byte) {
	typed := f >= fTypeOfType
	if k.keep {
		b := append(k.buf[:0], featNames[f]...)
		if typed {
			b = append(append(b, k.typ...), '/')
		}
		b = append(append(b, v...), tail...)
		k.list = append(k.list, string(b))
		k.buf = b
	}
}

// named takes the feature name, of weight w in the model.
func (k *featSink) named(name string, w float64) {
	k.z += w
	if k.keep {
		k.list = append(k.list, name)
	}
}

// ruleShapes are the shape features of a pattern (see patternShape) with
// their weights in the model.
type ruleShapes struct {
	names []string
	ws    []float64
}
