package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/store"
)

// An Error is an API error with its status, code and message.
type Error struct {
	Status  int    // HTTP status
	Code    string // machine-readable: bad_request, not_found, unauthorized, ...
	Message string // for people
}

// Error reads "code: message".
func (e *Error) Error() string { return e.Code + ": " + e.Message }

// errorf returns an *Error.
func errorf(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// classify maps an error to what the client sees: known errors keep their
// message, others become a 500 "internal error" (never a stack or path).
func classify(err error) *Error {
	var e *Error
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &e):
		return e
	case errors.As(err, &tooBig):
		return errorf(http.StatusRequestEntityTooLarge, "too_large", "request body over %d bytes", tooBig.Limit)
	case errors.Is(err, query.ErrUnknownPerson):
		return errorf(http.StatusNotFound, "unknown_person", "%v", err)
	case errors.Is(err, query.ErrNotFound), errors.Is(err, store.ErrNotFound):
		return errorf(http.StatusNotFound, "not_found", "%v", err)
	case errors.Is(err, query.ErrBadDate):
		return errorf(http.StatusBadRequest, "bad_date", "%v", err)
	case errors.Is(err, query.ErrBadConfidence), errors.Is(err, query.ErrBadSort), errors.Is(err, query.ErrBadFilter):
		return errorf(http.StatusBadRequest, "bad_request", "%v", err)
	case errors.Is(err, store.ErrAmbiguous):
		return errorf(http.StatusBadRequest, "ambiguous", "%v", err)
	case errors.Is(err, context.DeadlineExceeded):
		return errorf(http.StatusServiceUnavailable, "timeout", "the request took too long")
	case errors.Is(err, context.Canceled):
		return errorf(http.StatusServiceUnavailable, "canceled", "the request was canceled")
	}
	return errorf(http.StatusInternalServerError, "internal", "internal error")
}

// writeJSON writes v as JSON with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client went away; nothing to do
}
