package store

import (
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// OutletKey is the form in which outlet names are compared
// (DocFilter.Outlet): Unicode case folding of every letter, not only
// ASCII ("SÜDDEUTSCHE ZEITUNG" and "Süddeutsche Zeitung", "STRASSE" and
// "Straße"), composed accents (NFC: "é" written as one code point or as
// "e" and a combining accent) and runs of white space as one space, with
// none at either end. Every backend matches outlets with it, so that they
// agree whatever the database's own rules of case.
func OutletKey(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	return norm.NFC.String(cases.Fold().String(norm.NFC.String(name)))
}
