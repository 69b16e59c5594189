package pos

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// The index of the default tagger's known words agrees with their order.
func TestKnownWordsIndex(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for w := range tg.vocab {
		k := tg.known.lookup(w)
		if k < 0 || int(k) >= len(tg.known.info) {
			t.Fatalf("lookup(%q) = %d", w, k)
		}
		n++
	}
	if n != len(tg.known.info) {
		t.Errorf("%d words, %d known", n, len(tg.known.info))
	}
	if k := tg.known.lookup("qzxjvw-not-a-word"); k != -1 {
		t.Errorf("lookup of an unseen word = %d", k)
	}
}

// Known words are ordered by falling count, words as frequent in byte
// order.
func TestWordsByCount(t *testing.T) {
	vocab := map[string]uint32{"the": 90, "cat": 3, "bat": 3, "a": 50, "Zed": 3, "ox": 1}
	want := []string{"the", "a", "Zed", "bat", "cat", "ox"}
	if got := wordsByCount(vocab, nil); !slices.Equal(got, want) {
		t.Errorf("wordsByCount = %q, want %q", got, want)
	}
	// As read from a model file, in byte order; counts over a byte apart.
	vocab["the"], vocab["a"], vocab["ox"] = 70000, 300, 256
	read := []counted{{"Zed", 3}, {"a", 300}, {"bat", 3}, {"cat", 3}, {"ox", 256}, {"the", 70000}}
	want = []string{"the", "a", "ox", "Zed", "bat", "cat"}
	if got := wordsByCount(vocab, read); !slices.Equal(got, want) {
		t.Errorf("wordsByCount of words read = %q, want %q", got, want)
	}
	if got := wordsByCount(vocab, nil); !slices.Equal(got, want) {
		t.Errorf("wordsByCount of the map = %q, want %q", got, want)
	}
	read[0], read[1] = read[1], read[0] // out of byte order: sorted again
	if got := wordsByCount(vocab, read); !slices.Equal(got, want) {
		t.Errorf("wordsByCount of words out of order = %q, want %q", got, want)
	}
}

// A tagger read from a model file with its steps works its known words out
// on first use; worked out, they, the steps and the tags are those of a
// tagger that works every word out at load (the same file without its
// steps section), and the tagger writes the file it was read from.
func TestLazyKnownWordsMatchEager(t *testing.T) {
	data, err := models.ReadFile("model/" + DefaultModel + ".bin")
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if lazy.known.src == nil {
		t.Fatal("the embedded model has no steps section")
	}
	eager, err := Parse(data[:len(data)-stepsLen])
	if err != nil {
		t.Fatal(err)
	}
	if eager.known.src != nil {
		t.Fatal("a model without steps was read lazily")
	}
	sents := [][]string{
		strings.Fields("The actress , 42 , met the choreographer in 2009 ."),
		strings.Fields("Sources say she has not forgiven him , the paper said on Tuesday ."),
		strings.Fields("Zorblax quindled the flurbish snargs near Springfield ."),
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range sents {
				words := sents[(i+g)%len(sents)]
				if got, want := lazy.Tag(words), eager.Tag(words); !slices.Equal(got, want) {
					t.Errorf("%q: lazily %v, at load %v", words, got, want)
				}
			}
		}()
	}
	wg.Wait()
	for k := range lazy.known.info {
		lazy.known.fill(int32(k))
	}
	if lazy.steps != eager.steps || lazy.slack2 != eager.slack2 {
		t.Errorf("steps %+v slack2 %g, at load %+v %g", lazy.steps, lazy.slack2, eager.steps, eager.slack2)
	}
	lk, ek := lazy.known, eager.known
	for k := range ek.info {
		l, e := &lk.info[k], &ek.info[k]
		if l.tok != e.tok || l.class != e.class || l.row != e.row {
			t.Fatalf("word %d: lazily %+v %d %d, at load %+v %d %d", k, l.tok, l.class, l.row, e.tok, e.class, e.row)
		}
	}
	same := func(name string, a, b any) {
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s differ", name)
		}
	}
	same("rows", lk.rows, ek.rows)
	same("rows2", lk.rows2, ek.rows2)
	same("roles", lk.roles, ek.roles)
	same("roles2", lk.roles2, ek.roles2)
	same("qrows", lk.qrows, ek.qrows)
	same("qrows2", lk.qrows2, ek.qrows2)
	same("qroles", lk.qroles, ek.qroles)
	same("qroles2", lk.qroles2, ek.qroles2)
	same("steps", [3]any{lk.step, lk.step2, lk.qn}, [3]any{ek.step, ek.step2, ek.qn})
	same("padding", [3]any{lk.start, lk.end, lk.paddingRole}, [3]any{ek.start, ek.end, ek.paddingRole})
	same("refs", lazy.refs, eager.refs)
	same("refs2", lazy.refs2, eager.refs2)
	var buf strings.Builder
	if _, err := lazy.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != string(data) {
		t.Error("the tagger read lazily writes other bytes than it was read from")
	}
}
