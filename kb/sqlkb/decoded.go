package sqlkb

import (
	"container/list"
	"encoding/json"
	"sync"
)

// Sizes of the caches of decoded rows of a Backend made by Open.
const (
	decodedEntities = 4096
	decodedClaims   = 16384
)

// decoded keeps the values decoded from the most recently read JSON rows,
// keyed by the JSON itself, so that a row read again is not decoded again.
// The same bytes always decode to the same value, so nothing can go stale.
// Values are shared by every reader and must never be modified (package
// query only reads them).
type decoded[T any] struct {
	mu  sync.Mutex
	max int
	m   map[string]*list.Element
	lru list.List // of *decodedRow[T], most recently used first
}

type decodedRow[T any] struct {
	key string
	v   *T
}

func newDecoded[T any](max int) *decoded[T] {
	return &decoded[T]{max: max, m: map[string]*list.Element{}}
}

// decode returns the value of data, decoding it unless it is kept. A nil
// cache always decodes.
func (d *decoded[T]) decode(data []byte) (*T, error) {
	if d != nil {
		d.mu.Lock()
		el, ok := d.m[string(data)]
		if ok {
			d.lru.MoveToFront(el)
		}
		d.mu.Unlock()
		if ok {
			return el.Value.(*decodedRow[T]).v, nil
		}
	}
	v := new(T)
	if err := json.Unmarshal(data, v); err != nil {
		return nil, err
	}
	if d != nil {
		d.keep(string(data), v)
	}
	return v, nil
}

func (d *decoded[T]) keep(key string, v *T) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.m[key]; ok {
		return
	}
	d.m[key] = d.lru.PushFront(&decodedRow[T]{key: key, v: v})
	for d.lru.Len() > d.max {
		old := d.lru.Remove(d.lru.Back()).(*decodedRow[T])
		delete(d.m, old.key)
	}
}
