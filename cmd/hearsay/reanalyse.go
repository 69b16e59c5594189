package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"strings"
	"sync"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/reader"
	"github.com/hearsay-news/hearsay/store"
	"github.com/hearsay-news/hearsay/tag/ner"
)

func runReanalyse(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "reanalyse", "", `Analyse stored documents again with this hearsay's rules and models, replacing
their sentences, tags, time expressions, entities and facts. Their text,
source, versions and your entity decisions are kept; the knowledge base is
then rebuilt once.

Each document records the build of hearsay that analysed it. By default only
documents analysed by another build (or before builds were recorded) are
done; --all does every one. Each document is replaced in its own
transaction, so an interrupted run leaves every document either as it was or
fully analysed again, and running the command again finishes the work.`)
	db := dbFlag(e, fs)
	all := fs.Bool("all", false, "analyse every stored document again, even those this build analysed")
	workers := fs.Int("workers", 0, "documents analysed in parallel (0: one per CPU)")
	model := fs.String("model", ner.DefaultModel, "named-entity model: "+modelNames())
	asJSON := fs.Bool("json", false, "print the counts as one JSON object")
	if _, code, ok := parseArgs(e, fs, args, 0, "no arguments"); !ok {
		return code
	}
	if !slices.Contains(ner.Models(), *model) {
		fmt.Fprintf(e.stderr, "hearsay reanalyse: --model %q: want one of %s\n", *model, modelNames())
		return exitUsage
	}
	if *workers < 0 {
		fmt.Fprintln(e.stderr, "hearsay reanalyse: --workers must not be negative")
		return exitUsage
	}
	pipe := pipeline.Options{NERModel: *model}
	st := openStoreWith(ctx, e, *db, storeOptions{MustExist: true, Analyzer: analyzerName(pipe)})
	if st == nil {
		return exitPartial
	}
	defer st.Close()
	infos, err := st.Documents(ctx, store.DocFilter{Superseded: true})
	if err != nil {
		fmt.Fprintf(e.stderr, "hearsay: %v\n", err)
		return exitPartial
	}
	todo := staleDocuments(infos, analyzerName(pipe), *all)
	counts := reanalyseCounts{Documents: len(infos), UpToDate: len(infos) - len(todo)}
	b := &batch{e: e, workers: *workers, pipe: pipe, progress: true, source: storedDocuments(st, todo)}
	err = b.run(ctx, func(d *hearsay.Document) error {
		if err := st.Reanalyse(ctx, d); err != nil {
			return err
		}
		counts.Reanalysed++
		return nil
	})
	counts.Failed = int(b.failed.Load())
	if ctx.Err() == nil {
		refreshKB(ctx, e, st)
	}
	if *asJSON {
		if err := jsonLines(e.stdout).Encode(counts); err != nil {
			fmt.Fprintf(e.stderr, "hearsay: %v\n", err)
		}
	} else {
		fmt.Fprintln(e.stdout, counts)
	}
	return b.exitCode(err)
}

// reanalyseCounts tallies a reanalyse run.
type reanalyseCounts struct {
	Documents  int `json:"documents"`  // stored documents, superseded versions included
	Reanalysed int `json:"reanalysed"` // analysed again and replaced
	UpToDate   int `json:"up_to_date"` // already analysed by this build, left alone
	Failed     int `json:"failed"`
}

// String is the last line of reanalyse.
func (c reanalyseCounts) String() string {
	return fmt.Sprintf("%s: %d reanalysed, %d up to date, %d failed", count(int64(c.Documents), "document", "documents"), c.Reanalysed, c.UpToDate, c.Failed)
}

// staleDocuments returns the ids of the documents to analyse again: those
// another build analysed, or every one when all is set.
func staleDocuments(infos []store.DocInfo, analyzer string, all bool) []string {
	var ids []string
	for _, d := range infos {
		if all || d.Analyzer != analyzer {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// storedDocuments yields the stored documents with the given ids, stripped
// of their analysis (reader.Fresh), for the pipeline to analyse again.
func storedDocuments(st store.Store, ids []string) func(ctx context.Context) iter.Seq2[*hearsay.Document, error] {
	return func(ctx context.Context) iter.Seq2[*hearsay.Document, error] {
		return func(yield func(*hearsay.Document, error) bool) {
			for _, id := range ids {
				if ctx.Err() != nil {
					return
				}
				d, err := st.Document(ctx, id)
				if err != nil {
					if !yield(nil, fmt.Errorf("reanalyse: %w", err)) {
						return
					}
					continue
				}
				if !yield(reader.Fresh(d), nil) {
					return
				}
			}
		}
	}
}

// analyzerName names this build of hearsay and the models it analyses
// with, as recorded with every document it stores: the version of a release
// build, or a hash of the build ID of a development build (see buildHash),
// followed by the named-entity model when it is not the default.
// 'hearsay reanalyse' compares it to tell which documents other rules
// analysed.
func analyzerName(opts pipeline.Options) string {
	name := "hearsay " + version
	if version == "dev" {
		name += " " + executableHash()
	}
	if opts.NERModel != "" && opts.NERModel != ner.DefaultModel {
		name += " ner=" + opts.NERModel
	}
	return name
}

// executableHash names the running executable by the start of a SHA-256
// ("unknown" when it cannot be read), computed once per process: of its Go
// build ID when it has one, else of its whole content.
//
// The build ID is as safe as the content: 'go build' ends it with a hash of
// the executable's bytes (cmd/go's content ID, a SHA-256 of the file with the
// ID itself blanked), so it changes whenever any byte of the executable
// does, and every rule list and model hearsay analyses with is embedded in
// it. Reading the ID costs a few kilobytes of the file instead of all of its
// 60 MB.
var executableHash = sync.OnceValue(func() string {
	path, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(path)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	h := sha256.New()
	if id := buildID(f); id != "" {
		h.Write([]byte("go build ID " + id))
	} else if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "unknown"
	} else if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
})

// goBuildIDNote is the ELF section in which the Go linker records the build
// ID, and goBuildIDPrefix the marker before it in other executable formats,
// which the linker puts at the start of the text segment.
const (
	goBuildIDNote   = ".note.go.buildid"
	goBuildIDPrefix = "\xff Go build ID: \""
	goBuildIDEnd    = "\"\n \xff"
)

// buildID returns the Go build ID of the executable f, or "" when it has
// none or one without the slash-separated parts the go command writes (as
// when built with -ldflags=-buildid= or not by the go command): such an ID
// need not hash the content.
func buildID(f *os.File) string {
	id := elfBuildID(f)
	if id == "" {
		id = rawBuildID(f)
	}
	if !strings.Contains(id, "/") {
		return ""
	}
	return id
}

// elfBuildID reads the Go build ID from the note section of an ELF
// executable ("" when f is not ELF or has no such note).
func elfBuildID(f *os.File) string {
	ef, err := elf.NewFile(f)
	if err != nil {
		return ""
	}
	sec := ef.Section(goBuildIDNote)
	if sec == nil {
		return ""
	}
	note, err := sec.Data()
	if err != nil || len(note) < 16 {
		return ""
	}
	// An ELF note: name size, description size, type, then the name
	// ("Go\x00\x00") and the description (the build ID).
	bo := ef.ByteOrder
	nameSize, descSize := bo.Uint32(note[0:]), bo.Uint32(note[4:])
	start := 12 + (uint64(nameSize)+3)&^3
	end := start + uint64(descSize)
	if nameSize != 4 || string(note[12:14]) != "Go" || end > uint64(len(note)) {
		return ""
	}
	return string(note[start:end])
}

// rawBuildID looks for the Go build ID in the first 32 KB of f, where the
// linker of non-ELF executables puts it ("" when it is not there).
func rawBuildID(f *os.File) string {
	data := make([]byte, 32<<10)
	n, _ := f.ReadAt(data, 0)
	data = data[:n]
	i := bytes.Index(data, []byte(goBuildIDPrefix))
	if i < 0 {
		return ""
	}
	data = data[i+len(goBuildIDPrefix):]
	j := bytes.Index(data, []byte(goBuildIDEnd))
	if j < 0 {
		return ""
	}
	return string(data[:j])
}
