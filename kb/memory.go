package kb

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// Memory is a Reader over a KB held in memory, for tests and small tools.
type Memory struct {
	k      *KB
	byName map[string][]*Entity
	byID   map[string]*Entity
	claims map[string][]*Claim // entity id → claims
}

var _ Reader = (*Memory)(nil)

// NewMemory indexes k for reading.
func NewMemory(k *KB) *Memory {
	m := &Memory{k: k, byName: map[string][]*Entity{}, byID: map[string]*Entity{}, claims: map[string][]*Claim{}}
	for _, e := range k.Entities {
		m.byID[e.ID] = e
		for _, key := range NameKeys(e) {
			m.byName[key] = append(m.byName[key], e)
		}
	}
	for _, c := range k.Claims {
		seen := map[string]bool{}
		for _, a := range c.Args {
			if a.Entity != "" && !seen[a.Entity] {
				seen[a.Entity] = true
				m.claims[a.Entity] = append(m.claims[a.Entity], c)
			}
		}
	}
	return m
}

func byDocs(es []*Entity) []*Entity {
	out := append([]*Entity(nil), es...)
	sort.SliceStable(out, func(i, j int) bool {
		if a, b := out[i].Docs(""), out[j].Docs(""); a != b {
			return a > b
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Lookup returns the entities with the name or alias, else those with the
// name as one word of their name.
func (m *Memory) Lookup(_ context.Context, name string) ([]*Entity, error) {
	key := NameKey(name)
	if es := m.byName[key]; len(es) > 0 || strings.Contains(key, " ") {
		return byDocs(es), nil
	}
	es := byDocs(m.byName[WordKey(key)])
	if len(es) > MaxWordMatches {
		es = es[:MaxWordMatches]
	}
	return es, nil
}

// Entity returns the entity with the id.
func (m *Memory) Entity(_ context.Context, id string) (*Entity, error) {
	if e := m.byID[id]; e != nil {
		return e, nil
	}
	return nil, fmt.Errorf("kb: entity %q: %w", id, ErrNotFound)
}

// People lists person entities by name prefix.
func (m *Memory) People(_ context.Context, prefix string, limit, offset int) ([]*Entity, int, error) {
	key := NameKey(prefix)
	var es []*Entity
	for _, e := range m.k.Entities {
		if e.Type != "person" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if strings.HasPrefix(NameKey(n), key) {
				es = append(es, e)
				break
			}
		}
	}
	es = byDocs(es)
	total := len(es)
	if offset >= len(es) {
		return nil, total, nil
	}
	es = es[offset:]
	if limit > 0 && limit < len(es) {
		es = es[:limit]
	}
	return es, total, nil
}

// ClaimsAbout returns the claims with the entity as an argument.
func (m *Memory) ClaimsAbout(_ context.Context, id string) ([]*Claim, error) {
	return m.claims[id], nil
}

// Claim returns the claim with the id.
func (m *Memory) Claim(_ context.Context, id string) (*Claim, error) {
	for _, c := range m.k.Claims {
		if c.ID == id {
			return c, nil
		}
	}
	return nil, fmt.Errorf("kb: claim %q: %w", id, ErrNotFound)
}

// EachClaim calls fn for every claim in id order.
func (m *Memory) EachClaim(_ context.Context, fn func(*Claim) error) error {
	for _, c := range m.k.Claims {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

// Contradictions returns the contradictions found at build time.
func (m *Memory) Contradictions(context.Context) ([]Contradiction, error) {
	return m.k.Contradictions, nil
}

// ListClaims lists the claims matching s in the order s.Sort names.
func (m *Memory) ListClaims(_ context.Context, s ClaimSelect) ([]*Claim, int, error) {
	var out []*Claim
	for _, c := range m.k.Claims {
		if s.Match(c) {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if s.Sort == SortConfidence && out[i].Confidence != out[j].Confidence {
			return out[i].Confidence > out[j].Confidence
		}
		a, b := out[i].Reports[0].Date, out[j].Reports[0].Date
		return a > b || a == b && out[i].ID < out[j].ID
	})
	total := len(out)
	if s.Offset >= len(out) {
		return nil, total, nil
	}
	out = out[s.Offset:]
	if s.Limit > 0 && s.Limit < len(out) {
		out = out[:s.Limit]
	}
	return out, total, nil
}

// Outlets returns the track records computed at build time.
func (m *Memory) Outlets(context.Context) ([]OutletRecord, error) { return m.k.Outlets, nil }
