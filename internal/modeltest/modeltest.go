// Package modeltest holds checks that the tagger packages' tests share.
package modeltest

import (
	"bytes"
	"io"
	"testing"
)

// RoundTrip checks that a model file, parsed by parse and written again,
// gives back the same bytes. name identifies the model in failures.
func RoundTrip[M io.WriterTo](t testing.TB, name string, data []byte, parse func([]byte) (M, error)) {
	t.Helper()
	m, err := parse(data)
	if err != nil {
		t.Fatalf("model %s: %v", name, err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatalf("model %s: write: %v", name, err)
	}
	if !bytes.Equal(b.Bytes(), data) {
		t.Errorf("model %s: %d bytes written back, %d read, or different bytes", name, b.Len(), len(data))
	}
}
