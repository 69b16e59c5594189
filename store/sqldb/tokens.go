package sqldb

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sync"
)

// Encodings of the tokens.data column (migrations/0004_tokens_rowid.sql).
const (
	tokensTSV     = "tsv"         // packTokens' lines as text
	tokensDeflate = "tsv+deflate" // the same lines compressed with DEFLATE
)

// A deflater compresses packed tokens, reusing its compressors, which are
// costly to allocate.
type deflater struct {
	pool sync.Pool
}

// deflate compresses s.
func (d *deflater) deflate(s string) ([]byte, error) {
	var buf bytes.Buffer
	w, _ := d.pool.Get().(*flate.Writer)
	if w == nil {
		var err error
		if w, err = flate.NewWriter(&buf, flate.DefaultCompression); err != nil {
			return nil, err
		}
	}
	defer d.pool.Put(w)
	w.Reset(&buf)
	if _, err := io.WriteString(w, s); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// tokenLines returns the packed token lines stored with the given encoding.
func tokenLines(encoding string, data []byte) (string, error) {
	switch encoding {
	case tokensTSV:
		return string(data), nil
	case tokensDeflate:
		b, err := io.ReadAll(flate.NewReader(bytes.NewReader(data)))
		if err != nil {
			return "", fmt.Errorf("tokens: %w", err)
		}
		return string(b), nil
	default:
		return "", fmt.Errorf("tokens: unknown encoding %q", encoding)
	}
}
