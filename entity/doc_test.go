package entity

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// Tests build documents by hand, with a small tokenizer and sentence
// splitter, so that the stage is tested apart from the taggers: names are
// then found from capitalisation.

var testAbbrev = map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Prof.": true, "St.": true, "Jr.": true, "Sr.": true}

var wordRe = regexp.MustCompile(`\S+`)

// testTokens splits text into PTB-like tokens.
func testTokens(text string, base int) []hearsay.Token {
	var out []hearsay.Token
	for _, loc := range wordRe.FindAllStringIndex(text, -1) {
		a, b := loc[0], loc[1]
		var tail []hearsay.Token
		for a < b {
			r, n := utf8.DecodeRuneInString(text[a:b])
			if !strings.ContainsRune("\"“”‘(['", r) {
				break
			}
			out = append(out, tok(text, base, a, a+n))
			a += n
		}
		for b > a {
			w := text[a:b]
			if testAbbrev[w] {
				break
			}
			r, n := utf8.DecodeLastRuneInString(w)
			if strings.ContainsRune("\"“”’),.;:!?]–", r) && !(r == '’' && !strings.HasSuffix(w, "s’")) {
				tail = append([]hearsay.Token{tok(text, base, b-n, b)}, tail...)
				b -= n
				continue
			}
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				k := len(w) - len("'s")
				if strings.HasSuffix(w, "’s") {
					k = len(w) - len("’s")
				}
				if k > 0 {
					tail = append([]hearsay.Token{tok(text, base, a+k, b)}, tail...)
					b = a + k
				}
			}
			break
		}
		if b > a {
			out = append(out, tok(text, base, a, b))
		}
		out = append(out, tail...)
	}
	return out
}

func tok(text string, base, a, b int) hearsay.Token {
	return hearsay.Token{Span: hearsay.Span{Start: base + a, End: base + b}, Text: text[a:b]}
}

// testDoc builds a document from an article in the dated format.
func testDoc(article string) *hearsay.Document {
	doc := &hearsay.Document{Text: article}
	body := 0
	s := strings.TrimLeft(article, " ")
	if strings.HasPrefix(s, "date ") {
		off := len(article) - len(s)
		doc.Date, _ = time.Parse("2006-01-02", s[5:15])
		body = off + 16
	}
	doc.Body = hearsay.Span{Start: body, End: len(article)}
	toks := testTokens(article[body:], body)
	sentStart := 0
	for i := range toks {
		toks[i].Sentence = len(doc.Sentences)
		end := i == len(toks)-1
		if !end {
			gap := article[toks[i].End:toks[i+1].Start]
			t := toks[i].Text
			next := toks[i+1].Text
			r, _ := utf8.DecodeRuneInString(next)
			if strings.Count(gap, "\n") >= 1 || (t == "." || t == "!" || t == "?" || t == "\"" && i > 0 && toks[i-1].Text == ".") && gap != "" && (unicode.IsUpper(r) || next == "\"" || next == "“") {
				end = true
			}
		}
		if end {
			doc.Sentences = append(doc.Sentences, hearsay.Sentence{Span: hearsay.Span{Start: toks[sentStart].Start, End: toks[i].End},
				FirstToken: sentStart, EndToken: i + 1})
			sentStart = i + 1
		}
	}
	doc.Tokens = toks
	return doc
}
