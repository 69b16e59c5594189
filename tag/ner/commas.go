package ner

// streetCommas mends the names the tagger ran over a comma: a comma that
// starts or ends a name is no part of it (", Penrith"), and a street name,
// a comma and another name are a street and its town, both places ("of
// Lowther Gardens, Penrith"; the street heads are data/street_heads.txt).
func (l *Lists) streetCommas(sents [][]string, labs [][]int) {
	eachEntity(labs, func(si, i, j int) {
		ws, ys := sents[si], labs[si]
		t := labelType(ys[i])
		for i < j && ws[i] == "," {
			ys[i] = 0
			i++
			if i < j {
				ys[i] = beginOf(t)
			}
		}
		for j > i && ws[j-1] == "," {
			j--
			ys[j] = 0
		}
		for k := i + 1; k+1 < j; k++ {
			if ws[k] != "," || !l.streetHeads[ws[k-1]] {
				continue
			}
			setSpan(ys, i, k, typeLOC)
			ys[k] = 0
			setSpan(ys, k+1, j, typeLOC)
			return
		}
	})
}
