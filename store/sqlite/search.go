package sqlite

import (
	"strings"

	"github.com/hearsay-news/hearsay/store/sqldb"
)

// ftsQuery turns a user query into an FTS5 query that cannot be a syntax
// error: every word and every "quoted phrase" (sqldb.Terms) becomes a quoted
// FTS5 string (a trailing * on a word is kept as a prefix match), and all
// must match.
func ftsQuery(q string) string {
	var terms []string
	for _, t := range sqldb.Terms(q) {
		s := `"` + strings.ReplaceAll(t.Text, `"`, `""`) + `"`
		if t.Prefix {
			s += "*"
		}
		terms = append(terms, s)
	}
	return strings.Join(terms, " AND ")
}
