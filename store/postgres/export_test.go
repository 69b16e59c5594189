package postgres

// TSQuery is tsQuery, for tests.
var TSQuery = tsQuery
