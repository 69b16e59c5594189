package query

import (
	"context"
	"sync"

	"github.com/hearsay-news/hearsay/kb"
)

// A Versioned reader names the state of the knowledge base it reads (see
// Engine.Version).
type Versioned interface {
	// Version names the state read now; it changes whenever the
	// knowledge base does, and is empty when the reader cannot tell.
	Version(ctx context.Context) (string, error)
}

// Version names the state of the knowledge base the engine reads: answers
// computed under one version stay right until it changes. It is empty when
// the reader cannot tell (then no answer may be kept).
func (q *Engine) Version(ctx context.Context) (string, error) {
	v, ok := q.r.(Versioned)
	if !ok {
		return "", nil
	}
	return v.Version(ctx)
}

// PersonTimeline returns a person's profile and timeline (as PersonByID and
// TimelineByID), reading the person and their claims once for both.
func (q *Engine) PersonTimeline(ctx context.Context, id, asOf string, page Page) (*Person, *TimelineResult, error) {
	m := *q
	m.r = &memo{Reader: q.r}
	p, err := m.PersonByID(ctx, id, asOf)
	if err != nil {
		return nil, nil, err
	}
	tl, err := m.TimelineByID(ctx, id, asOf, page)
	if err != nil {
		return nil, nil, err
	}
	return p, tl, nil
}

// memo is a reader that reads each entity and each entity's claims once,
// for the questions of one request.
type memo struct {
	kb.Reader
	mu       sync.Mutex
	entities map[string]*kb.Entity
	claims   map[string][]*kb.Claim
}

// Entity returns the entity with the id, read once.
func (m *memo) Entity(ctx context.Context, id string) (*kb.Entity, error) {
	m.mu.Lock()
	e, ok := m.entities[id]
	m.mu.Unlock()
	if ok {
		return e, nil
	}
	e, err := m.Reader.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	if m.entities == nil {
		m.entities = map[string]*kb.Entity{}
	}
	m.entities[id] = e
	m.mu.Unlock()
	return e, nil
}

// ClaimsAbout returns the claims about the entity, read once; each caller
// gets its own slice.
func (m *memo) ClaimsAbout(ctx context.Context, id string) ([]*kb.Claim, error) {
	m.mu.Lock()
	cs, ok := m.claims[id]
	m.mu.Unlock()
	if !ok {
		var err error
		if cs, err = m.Reader.ClaimsAbout(ctx, id); err != nil {
			return nil, err
		}
		m.mu.Lock()
		if m.claims == nil {
			m.claims = map[string][]*kb.Claim{}
		}
		m.claims[id] = cs
		m.mu.Unlock()
	}
	return append([]*kb.Claim(nil), cs...), nil
}
