package entity

import "strings"

// signOffPlace reports whether the name m, of one or two capitalised
// words with no title, no known given name first and no person's noun, ends a line
// that holds only a person's name (tagged so, maybe after a title), a
// comma and m: the signature of a letter or a notice, whose last part is
// where the writer lives ("Rev Tom Hale, Chatteris", "Ada Moss, Holmby").
func (lx *Lexicons) signOffPlace(di *docInfo, m *ment) bool {
	if m.title != "" || m.poss || len(m.words) == 0 || len(m.words) > 2 || lx.looksPersonal(m.words) || lx.isOccupation(di.lower[m.tok0:m.tok1]) {
		return false
	}
	toks, txt := di.doc.Tokens, di.doc.Text
	if m.tok1 < len(toks) && !strings.Contains(txt[toks[m.tok1-1].End:toks[m.tok1].Start], "\n") {
		return false // the line goes on
	}
	c := m.tok0 - 1
	if c < 1 || toks[c].Text != "," || !strings.HasSuffix(toks[c-1].NER, "-PER") {
		return false
	}
	s := c - 1
	for s > 0 && !strings.Contains(txt[toks[s-1].End:toks[s].Start], "\n") {
		s--
		if !strings.HasSuffix(toks[s].NER, "-PER") && lx.honorific(di, s) == "" && toks[s].Text != "." {
			return false // more than a titled name before the comma
		}
	}
	return true
}
