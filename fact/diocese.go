package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-news/hearsay"
)

// diocesanPosts are the church's posts held in a diocese (data/classes.tsv):
// "Archdeacon of Wisbech" and "Bishop of Ely" are posts of a diocese, not
// of the town their title names nor of the cathedral they are installed in.
var diocesanPosts = wordSet("diocesanposts")

// dioceseOrgs gives the posts of diocesanPosts the diocese the article
// names ("Archdeacon of Wisbech in the Diocese of Ely"), or, when the article
// speaks of "the diocese" and names its bishop's see ("the Bishop of
// Carnforth announced ..."), the diocese of that see. A post whose
// organisation is another organisation than a place or a cathedral keeps it
// ("chaplain of the Royal Navy"), unless the text left it out and it was
// taken from the rest of the article (a parish church the article names
// most is no bishop's).
func dioceseOrgs(doc *hearsay.Document, raws []*raw) {
	d := -2 // the diocese, once looked up; -1 for none
	for _, rw := range raws {
		a := rw.f.Args
		if !isPostEvent(rw.f.Type) || len(a) != 3 || a[1].Entity >= 0 || !diocesanPosts[strings.ToLower(a[1].Literal)] {
			continue
		}
		if o := a[2].Entity; o >= 0 && doc.Entities[o].Type != hearsay.Place && !strings.Contains(doc.Entities[o].Name, "Cathedral") && !rw.f.Derived {
			continue
		}
		if d == -2 {
			d = dioceseOf(doc)
		}
		if d < 0 {
			return
		}
		rw.fillArg(2, entArg(doc, d), "a post of the church is held in its diocese")
	}
}

// dioceseOf returns the diocese an article is about: its only organisation
// named "Diocese of ...", else, when the text speaks of "the diocese", the
// diocese of the only see it names as "Bishop of X" (added as an entity), or
// -1.
func dioceseOf(doc *hearsay.Document) int {
	d := -1
	for i, e := range doc.Entities {
		if e.Type == hearsay.Org && len(e.Name) > len("Diocese of ") && strings.EqualFold(e.Name[:len("Diocese of ")], "Diocese of ") {
			if d >= 0 && !strings.EqualFold(doc.Entities[d].Name, e.Name) {
				return -1 // two dioceses
			}
			d = i
		}
	}
	if d >= 0 {
		return d
	}
	body := doc.Text[doc.Body.Start:doc.Body.End]
	if !strings.Contains(body, "the diocese") && !strings.Contains(body, "The diocese") {
		return -1
	}
	see := ""
	for rest := body; ; {
		i := strings.Index(rest, "Bishop of ")
		if i < 0 {
			break
		}
		rest = rest[i+len("Bishop of "):]
		name := capitalisedWords(rest)
		if name == "" {
			continue
		}
		if see != "" && see != name {
			return -1 // two sees
		}
		see = name
	}
	if see == "" {
		return -1
	}
	return namedEntity(doc, hearsay.Org, "Diocese of "+see)
}

// capitalisedWords returns the capitalised words s starts with, joined by
// single spaces as written ("Carnforth" of "Carnforth announced"), or "".
func capitalisedWords(s string) string {
	end := 0
	for i := 0; i < len(s); {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			break
		}
		j := i
		for j < len(s) {
			c, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(c) && c != '-' && c != '\'' {
				break
			}
			j += n
		}
		end = j
		if j+1 >= len(s) || s[j] != ' ' {
			break
		}
		i = j + 1
	}
	return s[:end]
}
