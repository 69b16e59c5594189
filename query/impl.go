package query

import (
	"context"
	"errors"
)

var errTodo = errors.New("query: not implemented yet")

func (q *Engine) status(ctx context.Context, a, b, asOf string) (*StatusResult, error) {
	return nil, errTodo
}
func (q *Engine) timeline(ctx context.Context, a, id, asOf string, page Page) (*TimelineResult, error) {
	return nil, errTodo
}
func (q *Engine) person(ctx context.Context, name, asOf string) ([]Person, error) {
	return nil, errTodo
}
func (q *Engine) personByID(ctx context.Context, id, asOf string) (*Person, error) {
	return nil, errTodo
}
func (q *Engine) people(ctx context.Context, prefix string, page Page) ([]PersonRef, int, error) {
	return nil, 0, errTodo
}
func (q *Engine) claims(ctx context.Context, f ClaimFilter) ([]Claim, int, error) {
	return nil, 0, errTodo
}
func (q *Engine) claim(ctx context.Context, id, asOf string) (*Claim, error) { return nil, errTodo }
func (q *Engine) outlets(ctx context.Context, asOf string, page Page) ([]OutletRecord, int, error) {
	return nil, 0, errTodo
}
func (q *Engine) contradictions(ctx context.Context, page Page) ([]Contradiction, int, error) {
	return nil, 0, errTodo
}
