package fact

import (
	"strings"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestKindRefs checks kindRefs against counting "the " and the noun that
// ends an organisation's name as whole words in the text lowered by
// strings.ToLower.
func TestKindRefs(t *testing.T) {
	want := func(text, name string) int {
		name = strings.ToLower(name)
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !kindNouns[name[i+1:]] {
			return 0
		}
		ref, text, n := "the "+name[i+1:], strings.ToLower(text), 0
		for j := 0; j < len(text); {
			k := strings.Index(text[j:], ref)
			if k < 0 {
				break
			}
			at, end := j+k, j+k+len(ref)
			if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
				n++
			}
			j = end
		}
		return n
	}
	texts := []string{"", "the trust", "The Trust's chair joined THE TRUST in 2011; the trustees met the trust.", "atthe trust", "the trust2 the trust",
		"\u201cThe trust\u201d, said \u00c9lodie of the trust\u00e9.", "\u212athe trust the trus\u212a", "\u0130the bank the ban\u212a", "a\xffthe trust\xff",
		"ThE BaNk-the bank \u00dcthe bank", "the  trust the\ttrust the trusthe trust", "bathe trust; the association, the associations, the Association9",
		"the extraordinarilylongwordhere trust the federation"}
	names := []string{"Marrowdale Rivers Trust", "Northern Bank", "Kelso Farmers Association", "Trust", "Acme Ltd", "West \u00dcnion Trust", "Fen Federation"}
	for _, text := range texts {
		doc := &hearsay.Document{Text: text}
		var refs kindRefTally
		for _, name := range names {
			if got, w := kindRefs(doc, &hearsay.Entity{Name: name}, &refs), want(text, name); got != w {
				t.Errorf("kindRefs(%q, %q) = %d, want %d", text, name, got, w)
			}
		}
	}
}
