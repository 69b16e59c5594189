package sqlkb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
	"github.com/hearsay-news/hearsay/internal/golden"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/store/postgres"
	"github.com/hearsay-news/hearsay/store/postgres/pgtest"
)

// TestIncrementalMatchesFullRebuild applies random sequences of changes
// to a store (new documents, new versions, reanalysed documents, earlier
// versions made current again, merge and split decisions, refreshes cut
// short after the inputs were read, the state a store of an earlier
// version migrates to) and checks after every refresh that
// the stored knowledge base is the one a full rebuild from every
// document's layers gives, and that the cached inputs are what the layers
// hold.
func TestIncrementalMatchesFullRebuild(t *testing.T) {
	eachBackend(t, testIncrementalMatchesFullRebuild)
}

func testIncrementalMatchesFullRebuild(t *testing.T, open opener) {
	for seed := int64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			ctx := context.Background()
			st, b, rules := open(t)
			rng := rand.New(rand.NewSource(seed))
			c := newCorpus(seed, 30)
			var all []*hearsay.Document // every document put, in order
			for step := 0; step < 160; step++ {
				switch r := rng.Intn(20); {
				case r < 9 || len(all) == 0:
					d := c.doc()
					mustPut(t, st, d)
					all = append(all, d)
				case r < 12:
					d := all[rng.Intn(len(all))]
					n := c.reanalysed(d)
					if err := st.Reanalyse(ctx, n); err != nil {
						t.Fatal(err)
					}
					*d = *n
				case r < 13:
					// a source going back to an earlier version
					mustPut(t, st, all[rng.Intn(len(all))])
				case r < 15:
					decideAtRandom(t, st, b, rng)
				case r < 16 && rng.Intn(3) == 0:
					// the state a store written before the input cache and
					// the digests migrates to
					for _, q := range []string{`DELETE FROM kb_meta WHERE key = 'inputs'`, `DELETE FROM kb_inputs`,
						`UPDATE kb_entities SET sum = NULL`, `UPDATE kb_claims SET sum = NULL`} {
						if _, err := st.DB().Exec(q); err != nil {
							t.Fatal(err)
						}
					}
				case r < 17:
					// a refresh killed after reading the inputs
					stop := errors.New("stop")
					if _, err := b.Inputs(ctx, false, func(*kb.Input) error { return stop }); !errors.Is(err, stop) && err != nil {
						t.Fatal(err)
					}
				default:
					if _, err := kb.Refresh(ctx, b, rules, rng.Intn(10) == 0); err != nil {
						t.Fatal(err)
					}
					checkFull(t, st, b, rules)
				}
			}
			if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
				t.Fatal(err)
			}
			checkFull(t, st, b, rules)
		})
	}
}

// decideAtRandom records a merge of two stored entities or a split of one.
func decideAtRandom(t *testing.T, st testStore, b *Backend, rng *rand.Rand) {
	t.Helper()
	var es []*kb.Entity
	rows, err := st.DB().Query(`SELECT data FROM kb_entities ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var data []byte
		var e kb.Entity
		if err := rows.Scan(&data); err != nil || json.Unmarshal(data, &e) != nil {
			t.Fatal(err)
		}
		es = append(es, &e)
	}
	rows.Close()
	if len(es) < 2 {
		return
	}
	a, o := es[rng.Intn(len(es))], es[rng.Intn(len(es))]
	d := kb.Decision{Op: "merge", A: kb.Anchor(a, nil), B: kb.Anchor(o, nil)}
	if rng.Intn(2) == 0 && len(a.Refs) > 1 {
		doc := a.Refs[rng.Intn(len(a.Refs))].Doc
		d = kb.Decision{Op: "split", A: kb.Anchor(a, []string{doc}), Docs: []string{doc}}
	}
	if err := b.AddDecision(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

// checkFull compares the stored knowledge base and cached inputs with a
// full rebuild from the documents' layers.
func checkFull(t *testing.T, st testStore, b *Backend, rules *kb.Rules) {
	t.Helper()
	ctx := context.Background()
	if stale, err := b.Stale(ctx); err != nil || stale {
		t.Fatalf("stale after a refresh: %v %v", stale, err)
	}
	tx, err := st.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	r := newReader(ctx, wtx{Tx: tx, D: st.Dialect()}, "")
	if err := r.read(); err != nil {
		t.Fatal(err)
	}
	cached, err := cachedInputs(ctx, wtx{Tx: tx, D: st.Dialect()})
	if err != nil {
		t.Fatal(err)
	}
	tx.Rollback()
	if !reflect.DeepEqual(cached, r.order) {
		t.Fatalf("cached inputs (%d) differ from the documents' layers (%d)", len(cached), len(r.order))
	}
	ds, err := b.Decisions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := kb.Build(ctx, rules, r.order, ds)
	if err != nil {
		t.Fatal(err)
	}
	if got, w := dumpKB(t, st), wantDump(t, want); got != w {
		t.Fatalf("incremental knowledge base differs from a full rebuild:\n%s", golden.LineDiff(w, got))
	}
}

// dumpKB prints every knowledge-base table of the store, sorted.
func dumpKB(t *testing.T, st testStore) string {
	t.Helper()
	var lines []string
	for _, q := range []string{
		`SELECT 'entity', id, type, name, docs, data FROM kb_entities`,
		`SELECT 'name', name_key, entity FROM kb_names`,
		`SELECT 'claim', id, type, first_day, status, modalities, confidence, data FROM kb_claims`,
		`SELECT 'arg', entity, claim FROM kb_claim_entities`,
		`SELECT 'contradiction', idx, data FROM kb_contradictions`,
		`SELECT 'outlet', idx, data FROM kb_outlets`,
	} {
		rows, err := st.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fields := make([]string, len(vals))
			for i, v := range vals {
				switch v := v.(type) {
				case float64:
					fields[i] = fmt.Sprintf("%.3f", v)
				case []byte:
					fields[i] = string(v)
				case string:
					fields[i] = strings.ReplaceAll(v, "\x01", "\x00") // storedKey
				default:
					fields[i] = fmt.Sprint(v)
				}
			}
			lines = append(lines, strings.Join(fields, " "))
		}
		rows.Close()
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// wantDump prints k as dumpKB prints the stored tables.
func wantDump(t *testing.T, k *kb.KB) string {
	t.Helper()
	js := func(v any) string {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	var lines []string
	for _, e := range k.Entities {
		lines = append(lines, fmt.Sprintf("entity %s %s %s %d %s", e.ID, e.Type, e.Name, e.Docs(""), js(e)))
		for _, key := range kb.NameKeys(e) {
			lines = append(lines, "name "+key+" "+e.ID)
		}
	}
	args := map[string]bool{}
	for _, c := range k.Claims {
		lines = append(lines, fmt.Sprintf("claim %s %s %s %s ,%s, %.3f %s", c.ID, c.Type, c.Reports[0].Date, c.Status, strings.Join(c.Modalities(), ","), c.Confidence, js(c)))
		for _, a := range c.Args {
			if a.Entity != "" && !args[a.Entity+" "+c.ID] {
				args[a.Entity+" "+c.ID] = true
				lines = append(lines, "arg "+a.Entity+" "+c.ID)
			}
		}
	}
	for i, c := range k.Contradictions {
		lines = append(lines, fmt.Sprintf("contradiction %d %s", i, js(c)))
	}
	for i, o := range k.Outlets {
		lines = append(lines, fmt.Sprintf("outlet %d %s", i, js(o)))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestDecodeInputNeverPanics checks that every truncation of an encoded
// input is refused with an error.
func TestDecodeInputNeverPanics(t *testing.T) {
	c := newCorpus(3, 10)
	for i := 0; i < 20; i++ {
		d := c.doc()
		in := &kb.Input{Doc: d.ID, Date: "2020-01-02", Outlet: d.Outlet, Entities: d.Entities, Facts: d.Facts,
			Sentences: []kb.InputSentence{{Text: "x", Span: hearsay.Span{Start: 1, End: 2}}}}
		data := encodeInput(nil, in)
		if _, err := decodeInput(data); err != nil {
			t.Fatalf("round trip: %v", err)
		}
		for n := 0; n < len(data); n++ {
			if _, err := decodeInput(data[:n]); !errors.Is(err, errBadInput) {
				t.Fatalf("%d of %d bytes decoded: %v", n, len(data), err)
			}
		}
	}
}

// countdown is a context cancelled after its Done channel was asked for
// n times: it interrupts a refresh at every point where the database
// layer checks its context.
type countdown struct {
	context.Context
	mu   sync.Mutex
	n    int
	done chan struct{}
}

func newCountdown(n int) *countdown {
	return &countdown{Context: context.Background(), n: n, done: make(chan struct{})}
}

func (c *countdown) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n--; c.n == 0 {
		close(c.done)
	}
	return c.done
}

func (c *countdown) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

// TestInterruptedRefresh interrupts refreshes at every point where they
// check their context, with changes pending, and checks that the next
// refresh gives the knowledge base of a full rebuild.
func TestInterruptedRefresh(t *testing.T) { eachBackend(t, testInterruptedRefresh) }

func testInterruptedRefresh(t *testing.T, open opener) {
	ctx := context.Background()
	st, b, rules := open(t)
	c := newCorpus(5, 20)
	var all []*hearsay.Document
	for i := 0; i < 30; i++ {
		d := c.doc()
		mustPut(t, st, d)
		all = append(all, d)
	}
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(5))
	finished := false
	for n := 1; !finished; n++ {
		if n > 100000 {
			t.Fatal("refresh never finished")
		}
		// pending changes: a new document, a reanalysed one
		d := c.doc()
		mustPut(t, st, d)
		all = append(all, d)
		old := all[rng.Intn(len(all))]
		re := c.reanalysed(old)
		if err := st.Reanalyse(ctx, re); err != nil {
			t.Fatal(err)
		}
		*old = *re
		_, err := kb.Refresh(newCountdown(n), b, rules, n%7 == 0)
		finished = err == nil
		if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
			t.Fatal(err)
		}
		checkFull(t, st, b, rules)
		n += n / 8 // fewer steps as the refresh gets longer
	}
}

// TestConcurrentRefreshesOnPostgres runs two knowledge bases over one
// PostgreSQL store (two processes' worth of connections) refreshing again
// and again while a third store puts documents: every refresh must succeed
// and, once the writes stop, the knowledge base must be a full rebuild's.
func TestConcurrentRefreshesOnPostgres(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	u := pgtest.URL(t)
	var stores []*postgres.Store
	for range 3 {
		st, err := postgres.Open(ctx, u, postgres.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores = append(stores, st)
	}
	rules, err := kb.LoadRules()
	if err != nil {
		t.Fatal(err)
	}
	c := newCorpus(11, 20)
	docs := make([]*hearsay.Document, 40)
	for i := range docs {
		docs[i] = c.doc()
	}
	writing := make(chan struct{})
	errs := make(chan error, 64)
	var refreshes atomic.Int64
	var wg sync.WaitGroup
	for _, st := range stores[:2] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := New(st)
			for {
				select {
				case <-writing:
					return
				default:
				}
				if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
					errs <- err
					return
				}
				refreshes.Add(1)
			}
		}()
	}
	for _, d := range docs {
		if _, err := stores[2].Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	close(writing)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("refresh beside writers: %v", err)
	}
	if n := refreshes.Load(); n < 4 {
		t.Errorf("%d refreshes while documents were put, want several", n)
	}
	b := New(stores[0])
	if _, err := kb.Refresh(ctx, b, rules, false); err != nil {
		t.Fatal(err)
	}
	checkFull(t, stores[0], b, rules)
}
