// Package prose compares hearsay's part-of-speech tagger with the tagger of
// github.com/jdkato/prose/v2 on the same text, for speed and accuracy.
//
// It is a module of its own so that hearsay itself does not depend on
// prose. Run it with
//
//	cd bench/prose && go test -bench . -benchmem -run Accuracy -v
//
// The text is the development split of UD English EWT (the sentences'
// words joined by spaces, so that both tokenizers see the same raw text).
package prose
