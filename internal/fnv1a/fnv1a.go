// Package fnv1a is the 64-bit FNV-1a hash, in the form the taggers and the
// fact confidence use: a running hash continued with strings or bytes
// without joining them, so that a feature's hash is made from its parts
// with no allocation and is the same in every process (trained models
// store or look up these hashes).
package fnv1a

// Offset is the hash of no bytes; Prime is the FNV prime a byte is
// multiplied in with.
const (
	Offset = 14695981039346656037
	Prime  = 1099511628211
)

// String continues the hash h of some bytes with the bytes of s.
func String(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * Prime
	}
	return h
}

// Bytes continues the hash h of some bytes with b.
func Bytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * Prime
	}
	return h
}
