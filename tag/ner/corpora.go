package ner

import (
	"fmt"
	"os"
	"strings"
	"unicode"

	"github.com/hearsay-news/hearsay/corpus/conll"
	"github.com/hearsay-news/hearsay/lexicon"
)

// A corpusFormat maps one training corpus's tags to CoNLL-2003 types.
type corpusFormat struct {
	types     map[string]string // corpus type → PER/ORG/LOC/MISC/O
	otherwise string            // type for unlisted types ("" = keep)
	noMISC    bool
	capsOnly  bool // drop spans with no capitalized token (re3d tags nominals)
}

func readFormats() (map[string]*corpusFormat, error) {
	lines, err := lexicon.Table(dataFS, "data/corpora.tsv", 3)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	out := map[string]*corpusFormat{}
	for _, ln := range lines {
		f := out[ln.Fields[0]]
		if f == nil {
			f = &corpusFormat{types: map[string]string{}}
			out[ln.Fields[0]] = f
		}
		switch {
		case ln.Fields[1] == "*" && ln.Fields[2] == "nomisc":
			f.noMISC = true
		case ln.Fields[1] == "*":
			f.otherwise = ln.Fields[2]
		default:
			f.types[ln.Fields[1]] = ln.Fields[2]
		}
	}
	out["re3d"].capsOnly = true
	return out, nil
}

// Formats lists the training corpus formats LoadTrainFile accepts.
func Formats() []string {
	fs, err := readFormats()
	if err != nil {
		return nil
	}
	var out []string
	for k := range fs {
		out = append(out, k)
	}
	sortStable(out, func(a, b string) bool { return a < b })
	return out
}

// LoadTrainFile reads a CoNLL column file (the gold tag in the last column,
// IOB1 or IOB2) as training documents, mapping its tags with format (see
// data/corpora.tsv). Files without -DOCSTART- lines are read as one
// document per sentence.
func LoadTrainFile(path, format string) ([]TrainDoc, error) {
	fs, err := readFormats()
	if err != nil {
		return nil, err
	}
	cf, ok := fs[format]
	if !ok {
		return nil, fmt.Errorf("ner: unknown corpus format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer fh.Close()
	f, err := conll.Read(fh, path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	docs := f.Docs
	if !f.HasDocStarts() {
		docs = f.SplitSentences()
	}
	var out []TrainDoc
	for _, d := range docs {
		td := TrainDoc{NoMISC: cf.noMISC}
		for _, s := range d.Sentences {
			words := s.Words()
			tags := cf.mapTags(words, s.Column(0))
			td.Sents = append(td.Sents, words)
			td.Gold = append(td.Gold, tags)
		}
		out = append(out, td)
	}
	return out, nil
}

// mapTags converts one sentence's tags to IOB2 CoNLL-2003 tags.
func (cf *corpusFormat) mapTags(words, tags []string) []string {
	mapped := make([]string, len(tags))
	for i, t := range tags {
		if len(words[i]) > 0 && len(tags[i]) == 0 {
			t = "O"
		}
		prefix, typ, ok := strings.Cut(t, "-")
		if !ok || (prefix != "B" && prefix != "I") {
			prefix, typ = "I", t
		}
		if t == "O" {
			mapped[i] = "O"
			continue
		}
		to, ok := cf.types[typ]
		if !ok {
			to = cf.otherwise
			if to == "" {
				to = typ
			}
		}
		if to == "O" || typeID(to) == 0 {
			mapped[i] = "O"
			continue
		}
		mapped[i] = prefix + "-" + to
	}
	out := conll.ToIOB2(mapped)
	if cf.capsOnly {
		dropUncapitalized(words, out)
	}
	return out
}

// dropUncapitalized sets to O the entities with no capitalized token.
func dropUncapitalized(words, tags []string) {
	for i := 0; i < len(tags); {
		if !strings.HasPrefix(tags[i], "B-") {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && strings.HasPrefix(tags[j], "I-") {
			j++
		}
		caps := false
		for _, w := range words[i:j] {
			for _, r := range w {
				if unicode.IsUpper(r) {
					caps = true
				}
				break
			}
		}
		if !caps {
			for k := i; k < j; k++ {
				tags[k] = "O"
			}
		}
		i = j
	}
}
