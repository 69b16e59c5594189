package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hearsay-news/hearsay/schema"
	"github.com/hearsay-news/hearsay/store"
)

func runShow(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "show", "DOC", `Print a stored document with its annotations: each sentence with its time
expressions and names marked inline as [text|value] and [text|entity id],
then the time expressions, entities and facts.

DOC is a document id, a unique prefix of one (as 'hearsay docs' prints), or
the source path or URL it was read from.

With --json, prints the document in the shape of 'hearsay extract --json'.`)
	db := dbFlag(e, fs)
	asJSON := fs.Bool("json", false, "print the document as one JSON object")
	raw := fs.Bool("raw", false, "print the original text exactly as stored instead")
	pos, code, ok := parseArgs(e, fs, args, 1, "give exactly one DOC (id, id prefix or source; see --help)")
	if !ok {
		return code
	}
	st := openStore(ctx, e, *db, true)
	if st == nil {
		return exitPartial
	}
	defer st.Close()
	id, err := resolveDoc(ctx, st, pos[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay show: %v\n", err)
		return exitPartial
	}
	doc, err := st.Document(ctx, id)
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay show: %v\n", err)
		return exitPartial
	}
	switch {
	case *asJSON:
		if err := jsonLines(e.stdout).Encode(schema.FromDocument(doc)); err != nil {
			return exitPartial
		}
	case *raw:
		fmt.Fprint(e.stdout, doc.Text)
	default:
		printSummary(e.stdout, doc, summaryOptions{inline: true})
	}
	return exitOK
}

// resolveDoc finds the one document ref names: a full id, a unique id
// prefix, or a source path or URL (the current version read from it).
func resolveDoc(ctx context.Context, st store.Store, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", fmt.Errorf("empty document reference")
	}
	byID, err := st.Documents(ctx, store.DocFilter{IDPrefix: ref, Superseded: true, Limit: maxListed + 1})
	if err != nil {
		return "", err
	}
	for _, d := range byID {
		if d.ID == ref {
			return d.ID, nil
		}
	}
	if len(byID) == 1 {
		return byID[0].ID, nil
	}
	if len(byID) > 1 {
		return "", ambiguous(ref, byID)
	}
	for _, src := range []string{ref, filepath.Clean(ref)} {
		bySource, err := st.Documents(ctx, store.DocFilter{Source: src, Limit: maxListed + 1})
		if err != nil {
			return "", err
		}
		if len(bySource) == 1 {
			return bySource[0].ID, nil
		}
		if len(bySource) > 1 {
			return "", ambiguous(ref, bySource)
		}
	}
	return "", fmt.Errorf("%q: %w: no document has this id, id prefix or source (see 'hearsay docs')", ref, store.ErrNotFound)
}

// maxListed is how many of the documents an ambiguous reference matches
// are listed.
const maxListed = 20

// ambiguous lists the documents a reference could mean (up to maxListed;
// ds holds one more when there are more).
func ambiguous(ref string, ds []store.DocInfo) error {
	count := fmt.Sprint(len(ds))
	if len(ds) > maxListed {
		ds, count = ds[:maxListed], fmt.Sprintf("more than %d", maxListed)
	}
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "\n  %s  %s  %s", d.ID, d.Date.Format("2006-01-02"), location(d.Source, d.URL, d.Line))
	}
	return fmt.Errorf("%q: %w: it matches %s documents; give more of the id:%s", ref, store.ErrAmbiguous, count, b.String())
}
