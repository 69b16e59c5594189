package postgres

import (
	"strings"

	"github.com/hearsay-news/hearsay/store/sqldb"
)

// tsQuery turns a user query into the text of a tsquery that cannot be a
// syntax error: every word and every "quoted phrase" (sqldb.Terms) becomes
// a quoted lexeme, which to_tsquery parses and folds like the documents'
// text (a phrase becomes words that must follow each other), a trailing *
// on a word makes it a prefix (:*), and all must match (&).
func tsQuery(q string) string {
	var terms []string
	for _, t := range sqldb.Terms(q) {
		s := "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(t.Text) + "'"
		if t.Prefix {
			s += ":*"
		}
		terms = append(terms, s)
	}
	return strings.Join(terms, " & ")
}
