// Package storetest is the contract every store.Store backend must meet,
// as a test suite: a backend's tests call Run with a function that opens a
// new, empty store. It also generates fully annotated documents
// (NewDocument) and compares documents layer by layer (Diff).
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/store"
)

// Run runs the contract suite, its cases in parallel. newStore must return
// a new, empty store, independent of the others; Run closes it.
func Run(t *testing.T, newStore func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"BareDocument", testBareDocument},
		{"SameDocumentUnchanged", testSameDocumentUnchanged},
		{"SameContentOtherSource", testSameContentOtherSource},
		{"NewVersion", testNewVersion},
		{"RevertToEarlierVersion", testRevert},
		{"StandardInputHasNoVersions", testStdin},
		{"SameFileOtherName", testSameFileOtherName},
		{"NotFound", testNotFound},
		{"InvalidDocumentStoresNothing", testInvalid},
		{"DocumentsFilter", testDocumentsFilter},
		{"OutletAnyCase", testOutletAnyCase},
		{"Search", testSearch},
		{"ConcurrentPuts", testConcurrentPuts},
		{"CancelledContext", testCancelled},
		{"Reanalyse", testReanalyse},
		{"ReanalyseKeepsVersions", testReanalyseVersions},
		{"ReanalyseRefusals", testReanalyseRefusals},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // every case has a store of its own
			s := newStore(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			tc.fn(t, s)
		})
	}
}

// mustPut puts doc and checks the status.
func mustPut(t *testing.T, s store.Store, doc *hearsay.Document, want store.Status) store.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), doc)
	if err != nil {
		t.Fatalf("Put(%s): %v", doc.Source, err)
	}
	if res.Status != want || res.ID != doc.ID {
		t.Fatalf("Put(%s) = %+v, want status %s and id %s", doc.Source, res, want, doc.ID)
	}
	return res
}

// mustReload loads id and compares it with want.
func mustReload(t *testing.T, s store.Store, want *hearsay.Document) {
	t.Helper()
	got, err := s.Document(context.Background(), want.ID)
	if err != nil {
		t.Fatalf("Document(%s): %v", want.ID, err)
	}
	if d := Diff(want, got); d != "" {
		t.Fatalf("Document(%s) differs from what was put:\n%s", want.ID, d)
	}
}

// list returns the ids Documents gives for f.
func list(t *testing.T, s store.Store, f store.DocFilter) []string {
	t.Helper()
	infos, err := s.Documents(context.Background(), f)
	if err != nil {
		t.Fatalf("Documents(%+v): %v", f, err)
	}
	ids := make([]string, len(infos))
	for i, d := range infos {
		ids[i] = d.ID
	}
	return ids
}

func testRoundTrip(t *testing.T, s store.Store) {
	doc := NewDocument("a/one.txt", 6, 0)
	res := mustPut(t, s, doc, store.Stored)
	if res.Version != 1 || len(res.Superseded) != 0 {
		t.Errorf("Put = %+v, want version 1 and nothing superseded", res)
	}
	mustReload(t, s, doc)
	infos, err := s.Documents(context.Background(), store.DocFilter{})
	if err != nil || len(infos) != 1 {
		t.Fatalf("Documents = %v, %v; want one document", infos, err)
	}
	d := infos[0]
	if d.ID != doc.ID || d.Source != doc.Source || d.Title != doc.Title || d.Outlet != doc.Outlet ||
		!d.Date.Equal(doc.Date) || d.Version != 1 || d.SupersededBy != "" || d.Bytes != len(doc.Text) ||
		d.Sentences != len(doc.Sentences) || d.Timexes != len(doc.Timexes) || d.Entities != len(doc.Entities) ||
		d.Facts != len(doc.Facts) || d.IngestedAt.IsZero() {
		t.Errorf("Documents()[0] = %+v, does not describe %s", d, doc.ID)
	}
}

func testBareDocument(t *testing.T, s store.Store) {
	text := "date 2024-02-29 Nobody said anything.\n"
	doc := &hearsay.Document{
		ID: "bare1", Source: "-", Line: 3, Date: time.Date(2024, 2, 29, 13, 45, 0, 0, time.FixedZone("", 2*3600)),
		Text: text, Body: hearsay.Span{Start: 16, End: len(text)},
	}
	mustPut(t, s, doc, store.Stored)
	mustReload(t, s, doc)
}

func testSameDocumentUnchanged(t *testing.T, s store.Store) {
	doc := NewDocument("b.txt", 3, 0)
	mustPut(t, s, doc, store.Stored)
	before, _ := s.Documents(context.Background(), store.DocFilter{Superseded: true})
	again := NewDocument("b.txt", 3, 0)
	again.Facts = nil // a re-run that found less must not overwrite what is stored
	res := mustPut(t, s, again, store.Unchanged)
	if res.Version != 1 {
		t.Errorf("Put again: version %d, want 1", res.Version)
	}
	after, _ := s.Documents(context.Background(), store.DocFilter{Superseded: true})
	if !slices.Equal(before, after) {
		t.Errorf("Documents changed by a repeated Put:\nbefore %+v\nafter  %+v", before, after)
	}
	mustReload(t, s, doc)
}

func testSameContentOtherSource(t *testing.T, s store.Store) {
	doc := NewDocument("c.txt", 2, 0)
	mustPut(t, s, doc, store.Stored)
	cp := NewDocument("c.txt", 2, 0)
	cp.Source = "copy/of/c.txt"
	mustPut(t, s, cp, store.Unchanged)
	if ids := list(t, s, store.DocFilter{Superseded: true}); len(ids) != 1 {
		t.Errorf("Documents = %v, want only %s", ids, doc.ID)
	}
}

func testNewVersion(t *testing.T, s store.Store) {
	ctx := context.Background()
	v1 := NewDocument("story.txt", 4, 0)
	v2 := NewDocument("story.txt", 4, 1)
	if v1.ID == v2.ID {
		t.Fatal("generator made the same document for two variants")
	}
	other := NewDocument("other.txt", 2, 0)
	mustPut(t, s, v1, store.Stored)
	mustPut(t, s, other, store.Stored)
	res := mustPut(t, s, v2, store.NewVersion)
	if res.Version != 2 || !slices.Equal(res.Superseded, []string{v1.ID}) {
		t.Errorf("Put(v2) = %+v, want version 2 superseding %s", res, v1.ID)
	}
	cur := list(t, s, store.DocFilter{})
	if slices.Contains(cur, v1.ID) || !slices.Contains(cur, v2.ID) || !slices.Contains(cur, other.ID) {
		t.Errorf("current documents %v, want %s and %s but not %s", cur, v2.ID, other.ID, v1.ID)
	}
	all, err := s.Documents(ctx, store.DocFilter{Superseded: true, Source: "story.txt"})
	if err != nil || len(all) != 2 {
		t.Fatalf("Documents(superseded too) = %+v, %v; want both versions", all, err)
	}
	for _, d := range all {
		switch d.ID {
		case v1.ID:
			if d.SupersededBy != v2.ID || d.Version != 1 {
				t.Errorf("v1 = %+v, want version 1 superseded by %s", d, v2.ID)
			}
		case v2.ID:
			if d.SupersededBy != "" || d.Version != 2 {
				t.Errorf("v2 = %+v, want version 2, current", d)
			}
		}
	}
	mustReload(t, s, v1) // superseded, not lost
	mustReload(t, s, v2)
	for id, want := range map[string]bool{v1.ID: false, v2.ID: true, other.ID: true, "nosuchid": false} {
		if got, err := s.Has(ctx, id); err != nil || got != want {
			t.Errorf("Has(%s) = %v, %v; want %v", id, got, err, want)
		}
	}
	mustPut(t, s, NewDocument("story.txt", 4, 1), store.Unchanged)
}

func testRevert(t *testing.T, s store.Store) {
	a, b := NewDocument("r.txt", 2, 0), NewDocument("r.txt", 2, 1)
	mustPut(t, s, a, store.Stored)
	mustPut(t, s, b, store.NewVersion)
	res := mustPut(t, s, NewDocument("r.txt", 2, 0), store.NewVersion)
	if res.Version != 3 || !slices.Equal(res.Superseded, []string{b.ID}) {
		t.Errorf("Put(a again) = %+v, want version 3 superseding %s", res, b.ID)
	}
	if cur := list(t, s, store.DocFilter{}); !slices.Equal(cur, []string{a.ID}) {
		t.Errorf("current = %v, want [%s]", cur, a.ID)
	}
	mustReload(t, s, a)
}

func testSameFileOtherName(t *testing.T, s store.Store) {
	a, b := NewDocument("dir/p.txt", 2, 0), NewDocument("./dir/../dir/p.txt", 2, 1)
	mustPut(t, s, a, store.Stored)
	if res := mustPut(t, s, b, store.NewVersion); !slices.Equal(res.Superseded, []string{a.ID}) {
		t.Errorf("Put = %+v, want %s superseded", res, a.ID)
	}
}

func testStdin(t *testing.T, s store.Store) {
	a, b := NewDocument("-", 2, 0), NewDocument("-", 2, 1)
	mustPut(t, s, a, store.Stored)
	mustPut(t, s, b, store.Stored)
	if ids := list(t, s, store.DocFilter{}); len(ids) != 2 {
		t.Errorf("two different documents from standard input: current %v, want both", ids)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	if _, err := s.Document(context.Background(), "nosuchid"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nosuchid) error = %v, want ErrNotFound", err)
	}
}

func testInvalid(t *testing.T, s store.Store) {
	good := NewDocument("good.txt", 2, 0)
	mustPut(t, s, good, store.Stored)
	bad := NewDocument("bad.txt", 3, 0)
	bad.Facts = append(bad.Facts, hearsay.Fact{ID: "fx"})
	bad.Mentions[len(bad.Mentions)-1].End = len(bad.Text) + 10
	if _, err := s.Put(context.Background(), bad); err == nil {
		t.Fatal("Put of a document with a span outside its text succeeded")
	} else if !strings.Contains(err.Error(), "bad.txt") {
		t.Errorf("error %q does not name the source", err)
	}
	noID := NewDocument("noid.txt", 1, 0)
	noID.ID = ""
	if _, err := s.Put(context.Background(), noID); err == nil {
		t.Fatal("Put of a document without id succeeded")
	}
	if ids := list(t, s, store.DocFilter{Superseded: true}); !slices.Equal(ids, []string{good.ID}) {
		t.Errorf("Documents = %v, want only %s", ids, good.ID)
	}
	mustReload(t, s, good)
}

func testDocumentsFilter(t *testing.T, s store.Store) {
	var docs []*hearsay.Document
	for i := range 8 {
		d := NewDocument(fmt.Sprintf("f/%d.txt", i), 1, 0)
		d.Date = time.Date(2023, 3, 1+i, 0, 0, 0, 0, time.UTC)
		d.Outlet = []string{"A", "B"}[i%2]
		mustPut(t, s, d, store.Stored)
		docs = append(docs, d)
	}
	// Newest first.
	want := []string{docs[7].ID, docs[6].ID, docs[5].ID, docs[4].ID, docs[3].ID, docs[2].ID, docs[1].ID, docs[0].ID}
	if got := list(t, s, store.DocFilter{}); !slices.Equal(got, want) {
		t.Errorf("all: got %v, want %v", got, want)
	}
	if got := list(t, s, store.DocFilter{Limit: 3, Offset: 2}); !slices.Equal(got, want[2:5]) {
		t.Errorf("limit 3 offset 2: got %v, want %v", got, want[2:5])
	}
	if got := list(t, s, store.DocFilter{Outlet: "B"}); !slices.Equal(got, []string{docs[7].ID, docs[5].ID, docs[3].ID, docs[1].ID}) {
		t.Errorf("outlet B: got %v", got)
	}
	if got := list(t, s, store.DocFilter{Outlet: "b"}); !slices.Equal(got, []string{docs[7].ID, docs[5].ID, docs[3].ID, docs[1].ID}) {
		t.Errorf("outlet b (any case): got %v", got)
	}
	since, until := time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC), time.Date(2023, 3, 5, 0, 0, 0, 0, time.UTC)
	if got := list(t, s, store.DocFilter{Since: since, Until: until}); !slices.Equal(got, []string{docs[4].ID, docs[3].ID, docs[2].ID}) {
		t.Errorf("3..5 March: got %v", got)
	}
	if got := list(t, s, store.DocFilter{IDPrefix: docs[6].ID[:10]}); !slices.Equal(got, []string{docs[6].ID}) {
		t.Errorf("id prefix: got %v", got)
	}
	if got := list(t, s, store.DocFilter{Source: "f/2.txt"}); !slices.Equal(got, []string{docs[2].ID}) {
		t.Errorf("source: got %v", got)
	}
	if got := list(t, s, store.DocFilter{Source: "nope"}); len(got) != 0 {
		t.Errorf("unknown source: got %v", got)
	}
}

// testOutletAnyCase checks that the outlet filter folds every letter, not
// only ASCII ones, and composes accents, so that every backend gives the
// same documents whatever its database's rules of case.
func testOutletAnyCase(t *testing.T, s store.Store) {
	outlets := []string{"Süddeutsche Zeitung", "ÉLLE", "Le Monde Diplomatique", "Straße Post", "Élle Décor", "Dagens Nyheter"}
	ids := map[string]string{}
	for i, o := range outlets {
		d := NewDocument(fmt.Sprintf("o/%d.txt", i), 1, 0)
		d.Date = time.Date(2023, 4, 1+i, 0, 0, 0, 0, time.UTC)
		d.Outlet = o
		mustPut(t, s, d, store.Stored)
		ids[o] = d.ID
	}
	for _, c := range []struct {
		filter string
		want   []string // outlets, newest first
	}{
		{"Süddeutsche Zeitung", []string{"Süddeutsche Zeitung"}},
		{"SÜDDEUTSCHE ZEITUNG", []string{"Süddeutsche Zeitung"}},
		{"süddeutsche zeitung", []string{"Süddeutsche Zeitung"}},
		{"Su\u0308ddeutsche Zeitung", []string{"Süddeutsche Zeitung"}}, // the accent as a combining mark
		{"élle", []string{"ÉLLE"}},
		{"Élle", []string{"ÉLLE"}},
		{"ÉLLE DÉCOR", []string{"Élle Décor"}},
		{"LE MONDE DIPLOMATIQUE", []string{"Le Monde Diplomatique"}},
		{"  le monde   diplomatique ", []string{"Le Monde Diplomatique"}},
		{"STRASSE POST", []string{"Straße Post"}},
		{"elle", nil},     // accents still count
		{"Le Monde", nil}, // the whole name
		{"Suddeutsche Zeitung", nil},
	} {
		var want []string
		for i := len(outlets) - 1; i >= 0; i-- {
			if slices.Contains(c.want, outlets[i]) {
				want = append(want, ids[outlets[i]])
			}
		}
		if got := list(t, s, store.DocFilter{Outlet: c.filter}); !slices.Equal(got, want) {
			t.Errorf("outlet %q: got %v, want %v (%v)", c.filter, got, want, c.want)
		}
	}
	if got := list(t, s, store.DocFilter{Outlet: "élle décor", Limit: 1, Offset: 0}); !slices.Equal(got, []string{ids["Élle Décor"]}) {
		t.Errorf("outlet with a limit: got %v", got)
	}
	if got := list(t, s, store.DocFilter{Outlet: "élle décor", Offset: 1}); len(got) != 0 {
		t.Errorf("outlet past its documents: got %v", got)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	mk := func(src, body string) *hearsay.Document {
		text := "date 2023-08-07 " + body
		return &hearsay.Document{ID: "id-" + src, Source: src, Date: time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC),
			Title: "About " + src, Text: text, Body: hearsay.Span{Start: 16, End: len(text)}}
	}
	a := mk("a", "Back in June, reports broke that the choreographer was having an affair with Camille Étienne.")
	b := mk("b", "The couple married in 2012 in a quiet ceremony; no affair was ever reported.")
	c := mk("c", "A climate activist spoke at the summit.")
	for _, d := range []*hearsay.Document{a, b, c} {
		mustPut(t, s, d, store.Stored)
	}
	cases := []struct {
		query string
		want  []string // ids, any order
	}{
		{"affair", []string{a.ID, b.ID}},
		{"etienne", []string{a.ID}}, // diacritics ignored
		{"ÉTIENNE", []string{a.ID}}, // case ignored
		{"affair 2012", []string{b.ID}},
		{`"climate activist"`, []string{c.ID}},
		{`"activist climate"`, nil},
		{"choreo*", []string{a.ID}},
		{"nothing-like-this", nil},
		{`AND OR NOT ( ) : " * ^ -`, nil}, // never a syntax error
		{"", nil},
	}
	for _, tc := range cases {
		hits, err := s.Search(ctx, tc.query, 10, 0)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, got, want)
		}
	}
	hits, err := s.Search(ctx, "etienne", 10, 0)
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search(etienne) = %v, %v", hits, err)
	}
	if h := hits[0]; !strings.Contains(h.Snippet, "[Étienne]") || h.Source != "a" || h.Title != a.Title || !h.Date.Equal(a.Date) {
		t.Errorf("hit = %+v, want snippet with [Étienne] and the document's source, title and date", h)
	}
	if hits, _ := s.Search(ctx, "affair", 1, 1); len(hits) != 1 {
		t.Errorf("Search(affair, limit 1, offset 1) = %d hits, want 1", len(hits))
	}
	// A new version replaces the old text in search results.
	a2 := mk("a", "Back in June, reports broke about a different story entirely.")
	a2.ID = "id-a-2"
	mustPut(t, s, a2, store.NewVersion)
	if hits, _ := s.Search(ctx, "etienne", 10, 0); len(hits) != 0 {
		t.Errorf("Search(etienne) after new version = %v, want nothing", hits)
	}
}

func testConcurrentPuts(t *testing.T, s store.Store) {
	const n = 24
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.Put(context.Background(), NewDocument(fmt.Sprintf("par/%d.txt", i), 3, 0))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent Put: %v", err)
		}
	}
	if ids := list(t, s, store.DocFilter{}); len(ids) != n {
		t.Errorf("%d documents stored, want %d", len(ids), n)
	}
	for i := range n {
		mustReload(t, s, NewDocument(fmt.Sprintf("par/%d.txt", i), 3, 0))
	}
}

func testCancelled(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := NewDocument("cancel.txt", 2, 0)
	if _, err := s.Put(ctx, doc); err == nil {
		t.Error("Put with a cancelled context succeeded")
	}
	if ids := list(t, s, store.DocFilter{}); len(ids) != 0 {
		t.Errorf("documents after a cancelled Put: %v", ids)
	}
}

// reanalysed is doc analysed again with other results: a fact and a mention
// fewer and a time expression with another value. Its text and identity are
// doc's.
func reanalysed(doc *hearsay.Document) *hearsay.Document {
	again := *doc
	again.Facts = slices.Clone(doc.Facts[:len(doc.Facts)-1])
	again.Timexes = slices.Clone(doc.Timexes)
	again.Timexes[0].Value = "2001"
	again.Warnings = []string{"analysed again"}
	return &again
}

func testReanalyse(t *testing.T, s store.Store) {
	ctx := context.Background()
	doc := NewDocument("re.txt", 4, 0)
	other := NewDocument("other.txt", 3, 0)
	mustPut(t, s, doc, store.Stored)
	mustPut(t, s, other, store.Stored)
	before, _ := s.Documents(ctx, store.DocFilter{Source: "re.txt"})
	again := reanalysed(doc)
	if err := s.Reanalyse(ctx, again); err != nil {
		t.Fatalf("Reanalyse: %v", err)
	}
	mustReload(t, s, again)
	mustReload(t, s, other)
	after, _ := s.Documents(ctx, store.DocFilter{Source: "re.txt"})
	if len(before) != 1 || len(after) != 1 {
		t.Fatalf("Documents before %+v, after %+v; want one each", before, after)
	}
	b, a := before[0], after[0]
	if a.ID != b.ID || a.Version != b.Version || !a.IngestedAt.Equal(b.IngestedAt) || a.Facts != len(again.Facts) {
		t.Errorf("after Reanalyse %+v, want the identity of %+v and %d facts", a, b, len(again.Facts))
	}
	// The same document put again is still unchanged: reanalysis does not
	// make a new version.
	mustPut(t, s, NewDocument("re.txt", 4, 0), store.Unchanged)
	mustReload(t, s, again)
}

func testReanalyseVersions(t *testing.T, s store.Store) {
	ctx := context.Background()
	v1, v2 := NewDocument("rv.txt", 3, 0), NewDocument("rv.txt", 3, 1)
	mustPut(t, s, v1, store.Stored)
	mustPut(t, s, v2, store.NewVersion)
	if err := s.Reanalyse(ctx, reanalysed(v1)); err != nil {
		t.Fatalf("Reanalyse(superseded version): %v", err)
	}
	mustReload(t, s, reanalysed(v1))
	all, err := s.Documents(ctx, store.DocFilter{Superseded: true, Source: "rv.txt"})
	if err != nil || len(all) != 2 {
		t.Fatalf("Documents = %+v, %v; want both versions", all, err)
	}
	for _, d := range all {
		if d.ID == v1.ID && (d.SupersededBy != v2.ID || d.Version != 1) {
			t.Errorf("reanalysed v1 = %+v, want version 1 still superseded by %s", d, v2.ID)
		}
	}
	if ids := list(t, s, store.DocFilter{Source: "rv.txt"}); !slices.Equal(ids, []string{v2.ID}) {
		t.Errorf("current documents %v, want only %s", ids, v2.ID)
	}
}

func testReanalyseRefusals(t *testing.T, s store.Store) {
	ctx := context.Background()
	doc := NewDocument("keep.txt", 3, 0)
	mustPut(t, s, doc, store.Stored)
	missing := NewDocument("missing.txt", 2, 0)
	if err := s.Reanalyse(ctx, missing); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Reanalyse(not stored) error = %v, want ErrNotFound", err)
	}
	edited := reanalysed(doc)
	edited.Text = strings.Replace(doc.Text, "said", "says", 1)
	if edited.Text == doc.Text {
		edited.Text += " "
	}
	if err := s.Reanalyse(ctx, edited); !errors.Is(err, store.ErrTextChanged) {
		t.Errorf("Reanalyse(other text) error = %v, want ErrTextChanged", err)
	}
	broken := reanalysed(doc)
	broken.Mentions = slices.Clone(doc.Mentions)
	broken.Mentions[0].End = len(doc.Text) + 5
	if err := s.Reanalyse(ctx, broken); err == nil {
		t.Error("Reanalyse of a document with a span outside its text succeeded")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Reanalyse(cancelled, reanalysed(doc)); err == nil {
		t.Error("Reanalyse with a cancelled context succeeded")
	}
	mustReload(t, s, doc) // every refusal left the stored document as it was
	if ids := list(t, s, store.DocFilter{Superseded: true}); !slices.Equal(ids, []string{doc.ID}) {
		t.Errorf("Documents = %v, want only %s", ids, doc.ID)
	}
}
