package kb

import (
	"embed"
	"fmt"
	"slices"
	"strconv"

	"github.com/hearsay-news/hearsay/lexicon"
)

//go:embed data/*.tsv
var dataFS embed.FS

// A typeInfo says how the knowledge base treats one fact type.
type typeInfo struct {
	Sym   bool   // arguments are unordered
	Once  bool   // a one-time event: dates that do not overlap contradict
	State bool   // a state with a start and an end
	Stage int    // relationship stage, 0 when not a relationship
	Word  string // word for summaries
	Sum   bool   // shown in status summaries
	// Later is the word seen from an argument after the first ("child
	// of" for parent_of), "" when it is Word.
	Later string
}

// Rules is the knowledge base's embedded data: fact types and occupation
// families. Load it once with LoadRules and pass it around.
type Rules struct {
	types       map[string]typeInfo
	typeNames   []string          // the types in file order
	occupations map[string]string // occupation → family
}

// LoadRules loads the embedded data files.
func LoadRules() (*Rules, error) {
	r := &Rules{types: map[string]typeInfo{}}
	occ, err := lexicon.Map(dataFS, "data/occupations.tsv", true)
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	r.occupations = occ
	lines, err := lexicon.Table(dataFS, "data/types.tsv", 7)
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	for _, l := range lines {
		f := l.Fields
		stage, err := strconv.Atoi(f[3])
		if err != nil || (f[1] != "sym" && f[1] != "ord") || (f[2] != "once" && f[2] != "state" && f[2] != "event") || (f[5] != "yes" && f[5] != "no") {
			return nil, fmt.Errorf("kb: %w", l.Errorf("want TYPE sym|ord once|state|event STAGE WORD yes|no LATER-WORD|-"))
		}
		ti := typeInfo{Sym: f[1] == "sym", Once: f[2] == "once", State: f[2] == "state", Stage: stage, Word: f[4], Sum: f[5] == "yes"}
		if f[6] != "-" {
			ti.Later = f[6]
		}
		r.types[f[0]] = ti
		r.typeNames = append(r.typeNames, f[0])
	}
	return r, nil
}

// typeOf returns what the rules know of a fact type; unknown types are
// ordered events.
func (r *Rules) typeOf(t string) typeInfo {
	if ti, ok := r.types[t]; ok {
		return ti
	}
	return typeInfo{Word: t}
}

// Types lists the fact types the rules know, in the order of their file.
func (r *Rules) Types() []string { return slices.Clone(r.typeNames) }

// Known reports whether t is a fact type the rules know.
func (r *Rules) Known(t string) bool {
	_, ok := r.types[t]
	return ok
}

// Stage is the relationship stage of a fact type (dating 1 ... divorced 5),
// 0 when it is not a relationship.
func (r *Rules) Stage(t string) int { return r.typeOf(t).Stage }

// InSummary reports whether claims of the type belong in a status summary
// (relationships: dating, married, separated, affair, ...).
func (r *Rules) InSummary(t string) bool { return r.typeOf(t).Sum }

// Word is the fact type in words, for summaries.
func (r *Rules) Word(t string) string { return r.typeOf(t).Word }

// WordFrom is the fact type in words as seen from one of its arguments:
// Word from the first (or any, for symmetric types), the type's word for
// the later ones from another ("child of" from the child of a parent_of).
func (r *Rules) WordFrom(t string, first bool) string {
	ti := r.typeOf(t)
	if first || ti.Later == "" {
		return ti.Word
	}
	return ti.Later
}

// Symmetric reports whether a fact type's arguments are unordered.
func (r *Rules) Symmetric(t string) bool { return r.typeOf(t).Sym }

// family returns the occupation family, "" when unknown.
func (r *Rules) family(occ string) string { return r.occupations[occ] }
