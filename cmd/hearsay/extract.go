package main

import (
	"context"
	"fmt"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/schema"
)

func runExtract(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "extract", "PATHS...", `Analyse articles without storing them and print what was found: the
readable summary of 'hearsay read', or with --json one JSON object per
document per line in the shape of SCHEMA.md (hearsay-gold/1):

  schema_version  "hearsay-gold/1"
  document        {id, date, outlet, url, title, source}
  entities        [{id, type, name, aliases, age {years, at}, birth {earliest,
                   latest}, unnamed, kind, mentions [{start, end, text, kind}]}]
  timexes         [{id, text, start, end, type, value, mod, earliest, latest,
                   function, age_of, anaphoric, rule}]; t0 is the creation time
  facts           [{id, type, args, ordered, time, modality, polarity, source,
                   source_kinds, evidence, evidence_spans, trigger, qualifiers,
                   derived, reason, rule}]

Offsets are Unicode code points into the text as read, end exclusive, the
dated format's first line included. PATHS are as for 'hearsay read'.`)
	var in inputFlags
	in.register(fs)
	asJSON := fs.Bool("json", false, "print one JSON object per document per line")
	b, code := in.batch(e, fs, "extract", args)
	if b == nil {
		return code
	}
	b.warn = *asJSON // the summary shows them otherwise
	enc := jsonLines(e.stdout)
	n := 0
	err := b.run(ctx, func(d *hearsay.Document) error {
		n++
		if *asJSON {
			return enc.Encode(schema.FromDocument(d))
		}
		printSummary(e.stdout, d, summaryOptions{})
		return nil
	})
	if !*asJSON && !b.started.IsZero() { // no count when the pipeline failed to load
		fmt.Fprintf(e.stdout, "%s analysed, %d failed\n", count(int64(n), "document", "documents"), b.failed.Load())
	}
	return b.exitCode(err)
}
