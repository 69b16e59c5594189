package sqlite_test

import (
	"reflect"
	"slices"
	"testing"

	hearsay "github.com/hearsay-news/hearsay"
)

// TestEveryFieldIsStored lists the fields of the core types that the store
// writes and reads back. When a core type gains a field, this test fails
// until the store persists it (a migration, put.go and load.go) and the
// field is added here.
func TestEveryFieldIsStored(t *testing.T) {
	stored := map[reflect.Type][]string{
		reflect.TypeFor[hearsay.Document](): {"ID", "Source", "Line", "URL", "Outlet", "Title", "Date", "Text", "Body",
			"Skips", "Warnings", "Sentences", "Tokens", "Timexes", "Mentions", "Entities", "Facts"},
		reflect.TypeFor[hearsay.Span]():     {"Start", "End"},
		reflect.TypeFor[hearsay.Skip]():     {"Span", "Kind"},
		reflect.TypeFor[hearsay.Sentence](): {"Span", "FirstToken", "EndToken"},
		reflect.TypeFor[hearsay.Token]():    {"Span", "Text", "Sentence", "UPOS", "XPOS", "NER"},
		reflect.TypeFor[hearsay.Timex](): {"Span", "Text", "Type", "Value", "Mod", "Earliest", "Latest", "Anaphoric",
			"Sentence", "Rule"},
		reflect.TypeFor[hearsay.Mention](): {"Span", "Text", "Type", "Kind", "Entity", "Members", "Sentence", "Rule"},
		reflect.TypeFor[hearsay.Entity](): {"ID", "Type", "Name", "Aliases", "Mentions", "Age", "Birth", "Unnamed",
			"Kind"},
		reflect.TypeFor[hearsay.Age]():      {"Years", "At", "Span"},
		reflect.TypeFor[hearsay.Interval](): {"Earliest", "Latest"},
		reflect.TypeFor[hearsay.Fact](): {"ID", "Type", "Args", "Time", "Modality", "Polarity", "Sources", "Sentence",
			"Evidence", "Trigger", "Qualifiers", "Derived", "Reason", "Rule", "Confidence"},
		reflect.TypeFor[hearsay.Arg](): {"Entity", "Literal"},
		reflect.TypeFor[hearsay.FactTime](): {"Value", "Mod", "Earliest", "Latest", "Start", "End", "StartMod", "EndMod",
			"Timex"},
		reflect.TypeFor[hearsay.Source](): {"Text", "Kind", "Entity", "Span"},
	}
	for typ, fields := range stored {
		var have []string
		for i := range typ.NumField() {
			if f := typ.Field(i); f.IsExported() {
				have = append(have, f.Name)
			}
		}
		for _, f := range have {
			if !slices.Contains(fields, f) {
				t.Errorf("%s.%s is not stored: add it to the schema (a new migration), put.go and load.go, then here", typ, f)
			}
		}
		for _, f := range fields {
			if !slices.Contains(have, f) {
				t.Errorf("%s has no field %s any more: update the store", typ, f)
			}
		}
	}
}
