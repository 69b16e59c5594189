package ner

// streetHeads are the last words of street names. A name the tagger ran on
// over the comma after one ("of Lowther Gardens, Penrith") is a street and
// the town it is in.
var streetHeads = map[string]bool{"Street": true, "Road": true, "Avenue": true, "Lane": true, "Gardens": true,
	"Crescent": true, "Close": true, "Drive": true, "Terrace": true, "Grove": true, "Way": true, "Place": true,
	"Square": true, "Row": true, "Mews": true, "Walk": true, "Rise": true, "Parade": true, "Boulevard": true}

// streetCommas mends the names the tagger ran over a comma: a comma that
// starts or ends a name is no part of it (", Penrith"), and a street name,
// a comma and another name are a street and its town, both places ("of
// Lowther Gardens, Penrith").
func streetCommas(sents [][]string, labs [][]int) {
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
			if ws[k] != "," || !streetHeads[ws[k-1]] {
				continue
			}
			setSpan(ys, i, k, typeLOC)
			ys[k] = 0
			setSpan(ys, k+1, j, typeLOC)
			return
		}
	})
}
