package facts

// NameKey is the key under which names are compared: lowercase, without
// diacritics, punctuation or spaces (SCHEMA.md scoring rule 1).
func NameKey(s string) string { return nameKey(s) }

// TypeName returns the entity's normalised type and whether it has one.
func (e Entity) TypeName() (string, bool) { return e.Type.s, e.Type.ok }
