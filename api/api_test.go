package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/hearsay-news/hearsay/api"
	"github.com/hearsay-news/hearsay/api/apitest"
	"github.com/hearsay-news/hearsay/kb"
	"github.com/hearsay-news/hearsay/kb/sqlkb"
	"github.com/hearsay-news/hearsay/pipeline"
	"github.com/hearsay-news/hearsay/query"
	"github.com/hearsay-news/hearsay/store/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var (
	examplesOnce sync.Once
	examplesSt   *sqlite.Store
	examplesErr  error
)

// examples is a store of the bundled examples, built once for the tests.
func examples(t *testing.T) *sqlite.Store {
	t.Helper()
	examplesOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hearsay-api-test")
		if err != nil {
			examplesErr = err
			return
		}
		examplesSt, examplesErr = apitest.Build(context.Background(), filepath.Join(dir, "hearsay.db"), apitest.Examples())
	})
	if examplesErr != nil {
		t.Fatal(examplesErr)
	}
	return examplesSt
}

func TestMain(m *testing.M) {
	code := m.Run()
	if examplesSt != nil {
		examplesSt.Close()
		os.RemoveAll(filepath.Dir(examplesSt.Path()))
	}
	os.Exit(code)
}

// handler serves the API over st; token enables ingesting.
func handler(t *testing.T, st *sqlite.Store, token string) http.Handler {
	t.Helper()
	cfg := api.Config{Query: query.New(sqlkb.New(st)), Store: st, KB: sqlkb.New(st), WriteToken: token, MaxBody: 1 << 20}
	if token != "" {
		p, err := pipeline.New(pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cfg.Pipeline = p
	}
	s, err := api.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return api.Harden(s.Handler(), slog.New(slog.DiscardHandler), cfg.MaxBody)
}

func do(t *testing.T, h http.Handler, method, url string, body io.Reader, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, url, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// normalize re-encodes a JSON body with the machine-dependent parts
// (absolute example paths, ingest times) replaced.
func normalize(t *testing.T, body []byte) []byte {
	t.Helper()
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, body)
	}
	v = scrub(v)
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(apitest.Examples())
	out = bytes.ReplaceAll(out, []byte(abs), []byte("EXAMPLES"))
	return append(out, '\n')
}

func scrub(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if k == "ingested_at" {
				x[k] = "TIME"
				continue
			}
			x[k] = scrub(e)
		}
	case []any:
		for i := range x {
			x[i] = scrub(x[i])
		}
	}
	return v
}

// TestGolden compares API answers with golden files (go test ./api
// -update rewrites them): the knowledge-base routes over the fixture story
// (fixture_test.go), the document routes over the bundled articles as read.
func TestGolden(t *testing.T) {
	q := query.New(kb.NewMemory(fixtureKB(t)))
	h := serve(t, api.Config{Query: q, Store: rawStore(t)})
	var claims struct {
		Items []struct{ ID, Type string } `json:"items"`
	}
	decode(t, do(t, h, "GET", "/api/claims?type=separated", nil), &claims)
	var docs struct {
		Items []struct{ ID string } `json:"items"`
	}
	decode(t, do(t, h, "GET", "/api/documents?limit=1", nil), &docs)
	if len(claims.Items) != 1 || len(docs.Items) != 1 {
		t.Fatalf("fixture: %d separation claims, %d documents", len(claims.Items), len(docs.Items))
	}
	// a unique prefix of an id, as 'hearsay docs' prints, finds the document
	full, short := do(t, h, "GET", "/api/documents/"+docs.Items[0].ID, nil), do(t, h, "GET", "/api/documents/"+docs.Items[0].ID[:12], nil)
	if short.Code != http.StatusOK || !bytes.Equal(short.Body.Bytes(), full.Body.Bytes()) {
		t.Errorf("GET /api/documents/%s (a prefix): %d, not the document", docs.Items[0].ID[:12], short.Code)
	}
	cases := []struct{ name, url string }{
		{"people", "/api/people"},
		{"people_prefix", "/api/people?q=a&limit=1&offset=0"},
		{"lookup", "/api/lookup?name=Lark"},
		{"person", "/api/people/ada-lark"},
		{"person_2020", "/api/people/ada-lark?as_of=2020-01-01"},
		{"timeline", "/api/people/ada-lark/timeline"},
		{"timeline_page", "/api/people/ada-lark/timeline?limit=1&offset=1"},
		{"status_2024_01_11", "/api/status?a=Ada+Lark&b=Moor&as_of=2024-01-11"},
		{"status_2024_01_20", "/api/status?a=Ada+Lark&b=Moor&as_of=2024-01-20"},
		{"status_now", "/api/status?a=Ada+Lark&b=Ben+Moor"},
		{"claims", "/api/claims"},
		{"claims_open", "/api/claims?open=true"},
		{"claims_person_type", "/api/claims?person=Ben+Moor&type=married"},
		{"claims_confident", "/api/claims?min_confidence=0.9&sort=confidence"},
		{"claims_person_confident", "/api/claims?person=Ada+Lark&min_confidence=0.5&sort=confidence&as_of=2024-02-10"},
		{"claim", "/api/claims/" + claims.Items[0].ID},
		{"claim_2024_01_11", "/api/claims/" + claims.Items[0].ID + "?as_of=2024-01-11"},
		{"outlets", "/api/outlets"},
		{"contradictions", "/api/contradictions"},
		{"contradictions_2020_03_01", "/api/contradictions?as_of=2020-03-01"},
		{"contradictions_2020_06_10", "/api/contradictions?as_of=2020-06-10"},
		{"documents", "/api/documents?limit=2&offset=1"},
		{"document", "/api/documents/" + docs.Items[0].ID},
		{"search", "/api/search?q=separated&limit=2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := do(t, h, "GET", c.url, nil)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s: %d %s", c.url, rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			got := normalize(t, rec.Body.Bytes())
			golden := filepath.Join("testdata", c.name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./api -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("GET %s differs from %s (go test ./api -update rewrites it):\n%s", c.url, golden, got)
			}
		})
	}
}

// serve returns the hardened API for cfg.
func serve(t *testing.T, cfg api.Config) http.Handler {
	t.Helper()
	s, err := api.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return api.Harden(s.Handler(), slog.New(slog.DiscardHandler), cfg.MaxBody)
}

// TestPaging checks that pages of a list join up to the whole list.
func TestPaging(t *testing.T) {
	h := handler(t, examples(t), "")
	var all struct {
		Items []struct{ ID string } `json:"items"`
		Total int                   `json:"total"`
	}
	decode(t, do(t, h, "GET", "/api/people?limit=500", nil), &all)
	if all.Total != len(all.Items) || all.Total < 5 {
		t.Fatalf("total %d, %d items", all.Total, len(all.Items))
	}
	var ids []string
	for off := 0; off < all.Total; off += 2 {
		var page struct {
			Items []struct{ ID string } `json:"items"`
			Total int                   `json:"total"`
		}
		decode(t, do(t, h, "GET", "/api/people?limit=2&offset="+itoa(off), nil), &page)
		if page.Total != all.Total {
			t.Fatalf("offset %d: total %d, want %d", off, page.Total, all.Total)
		}
		for _, it := range page.Items {
			ids = append(ids, it.ID)
		}
	}
	if len(ids) != len(all.Items) {
		t.Fatalf("pages hold %d people, the list %d", len(ids), len(all.Items))
	}
	for i := range ids {
		if ids[i] != all.Items[i].ID {
			t.Fatalf("item %d: page %s, list %s", i, ids[i], all.Items[i].ID)
		}
	}
	var docs struct {
		Items []struct{ ID string } `json:"items"`
		Next  *int                  `json:"next"`
	}
	decode(t, do(t, h, "GET", "/api/documents?limit=10", nil), &docs)
	if len(docs.Items) != 10 || docs.Next == nil || *docs.Next != 10 {
		t.Fatalf("documents page 1: %d items, next %v", len(docs.Items), docs.Next)
	}
	decode(t, do(t, h, "GET", "/api/documents?limit=10&offset=10", nil), &docs)
	if len(docs.Items) != 6 || docs.Next != nil {
		t.Fatalf("documents page 2: %d items, next %v (16 examples)", len(docs.Items), docs.Next)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func decode(t *testing.T, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatal(err)
	}
}

// TestErrors checks that every failure is a JSON error with its status.
func TestErrors(t *testing.T) {
	h := handler(t, examples(t), "")
	cases := []struct {
		method, url string
		status      int
		code        string
	}{
		{"GET", "/api/people/no-such-person", 404, "not_found"},
		{"GET", "/api/lookup?name=Nobody+Atall", 404, "unknown_person"},
		{"GET", "/api/lookup", 400, "bad_request"},
		{"GET", "/api/status?a=Navarro", 400, "bad_request"},
		{"GET", "/api/status?a=Navarro&b=Nobody+Atall", 404, "unknown_person"},
		{"GET", "/api/status?a=Navarro&b=Pryce&as_of=2024-02-30", 400, "bad_date"},
		{"GET", "/api/status?a=Navarro&b=Pryce&as_of=yesterday", 400, "bad_date"},
		{"GET", "/api/people?limit=0", 400, "bad_request"},
		{"GET", "/api/people?limit=100000", 400, "bad_request"},
		{"GET", "/api/people?offset=-1", 400, "bad_request"},
		{"GET", "/api/claims?open=maybe", 400, "bad_request"},
		{"GET", "/api/claims?min_confidence=1.5", 400, "bad_request"},
		{"GET", "/api/claims?min_confidence=-0.1", 400, "bad_request"},
		{"GET", "/api/claims?min_confidence=high", 400, "bad_request"},
		{"GET", "/api/claims?min_confidence=NaN", 400, "bad_request"},
		{"GET", "/api/claims?sort=oldest", 400, "bad_request"},
		{"GET", "/api/claims?type=wedding", 400, "bad_request"},
		{"GET", "/api/claims?status=sure", 400, "bad_request"},
		{"GET", "/api/claims?modality=whispered", 400, "bad_request"},
		{"GET", "/api/claims/nope", 404, "not_found"},
		{"GET", "/api/documents/0123456789abcdef", 404, "not_found"},
		{"GET", "/api/search", 400, "bad_request"},
		{"GET", "/api/nothing-here", 404, "not_found"},
		{"DELETE", "/api/documents", 405, "method_not_allowed"},
		{"POST", "/api/documents", 403, "read_only"},
		{"GET", "/api/contradictions?since=2024-01-01", 400, "unknown_parameter"},
		{"GET", "/api/contradictions?as_of=2024-02-30", 400, "bad_date"},
		{"GET", "/api/documents?as_of=2024-01-01", 400, "unknown_parameter"},
		{"GET", "/api/claims?persn=Navarro", 400, "unknown_parameter"},
		{"GET", "/api/claims?type=married&type=dating", 400, "repeated_parameter"},
		{"GET", "/api/people?limit=5&limit=10", 400, "repeated_parameter"},
		{"GET", "/api/status?a=Navarro&a=Hadley&b=Pryce", 400, "repeated_parameter"},
		{"GET", "/api/documents/0123456789abcdef?limit=3", 400, "unknown_parameter"},
	}
	for _, c := range cases {
		rec := do(t, h, c.method, c.url, strings.NewReader("{}"))
		if rec.Code != c.status {
			t.Errorf("%s %s: status %d, want %d (%s)", c.method, c.url, rec.Code, c.status, rec.Body)
			continue
		}
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error.Code != c.code || e.Error.Message == "" {
			t.Errorf("%s %s: body %s, want error code %q and a message", c.method, c.url, rec.Body, c.code)
		}
		if c.url == "/api/documents/0123456789abcdef" && e.Error.Message != `document "0123456789abcdef": not found` {
			t.Errorf("%s: message %q, want one that names the document and not the store", c.url, e.Error.Message)
		}
		if c.code == "unknown_parameter" {
			_, query, _ := strings.Cut(c.url, "?")
			name, _, _ := strings.Cut(query, "=")
			if !strings.Contains(e.Error.Message, strconv.Quote(name)) || !strings.Contains(e.Error.Message, "takes") {
				t.Errorf("%s %s: message %q, want it to name %q and the accepted parameters", c.method, c.url, e.Error.Message, name)
			}
		}
		params, isClaims := strings.CutPrefix(c.url, "/api/claims?")
		if field, _, ok := strings.Cut(params, "="); isClaims && ok && c.status == 400 && !strings.Contains(e.Error.Message, field) {
			t.Errorf("%s %s: message %q does not name %s", c.method, c.url, e.Error.Message, field)
		}
	}
}

// TestOpenAPIMatchesRoutes checks that every route the API registers is
// in the OpenAPI description and every described operation is a route.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var spec struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(api.OpenAPI(), &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi version %q", spec.OpenAPI)
	}
	var described []string
	for path, ops := range spec.Paths {
		for m, op := range ops {
			if op["responses"] == nil {
				t.Errorf("%s %s has no responses", m, path)
			}
			described = append(described, strings.ToUpper(m)+" "+path)
		}
	}
	s, err := api.New(api.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var routed []string
	for _, r := range s.Routes() {
		routed = append(routed, r.Method+" "+r.Pattern)
	}
	sort.Strings(described)
	sort.Strings(routed)
	if strings.Join(described, "\n") != strings.Join(routed, "\n") {
		t.Errorf("routes and openapi.json differ:\nroutes:\n%s\n\ndescribed:\n%s", strings.Join(routed, "\n"), strings.Join(described, "\n"))
	}
	// Every route is what the mux picks for a request to it.
	mux := http.NewServeMux()
	s.Register(mux)
	for _, r := range s.Routes() {
		path := strings.NewReplacer("{id}", "some-id").Replace(r.Pattern)
		_, pat := mux.Handler(httptest.NewRequest(r.Method, path, nil))
		if pat != r.Method+" "+r.Pattern {
			t.Errorf("%s %s is served by %q", r.Method, path, pat)
		}
	}
	rec := do(t, s.Handler(), "GET", "/api/openapi.json", nil)
	if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), api.OpenAPI()) {
		t.Errorf("GET /api/openapi.json: %d", rec.Code)
	}
}

// TestOpenAPIParamsMatchRoutes checks that the query parameters each route
// accepts are those openapi.json lists for its operation.
func TestOpenAPIParamsMatchRoutes(t *testing.T) {
	type param struct {
		Ref  string `json:"$ref"`
		Name string `json:"name"`
		In   string `json:"in"`
	}
	var spec struct {
		Paths      map[string]map[string]struct{ Parameters []param } `json:"paths"`
		Components struct{ Parameters map[string]param }              `json:"components"`
	}
	if err := json.Unmarshal(api.OpenAPI(), &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	s, err := api.New(api.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range s.Routes() {
		var described []string
		for _, p := range spec.Paths[r.Pattern][strings.ToLower(r.Method)].Parameters {
			if p.Ref != "" {
				p = spec.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
			}
			if p.In == "query" {
				described = append(described, p.Name)
			}
		}
		got := slices.Sorted(slices.Values(r.Params))
		slices.Sort(described)
		if !slices.Equal(got, described) {
			t.Errorf("%s %s accepts %v, openapi.json lists %v", r.Method, r.Pattern, got, described)
		}
	}
}

const article = `{"url":"https://example.test/a","outlet":"Test Gazette","title":"Ada Lark and Ben Moor wed","date":"2024-05-01","text":"Singer Ada Lark, 31, married actor Ben Moor, 35, on Saturday in Lisbon, the couple's representative said."}`

// TestIngest checks that posting articles needs the write token and then
// stores them and refreshes the knowledge base.
func TestIngest(t *testing.T) {
	st := apitest.Store(t)
	h := handler(t, st, "s3cret-token")
	for _, auth := range []string{"", "Bearer wrong", "Basic s3cret-token", "Bearer s3cret-toke", "Bearer s3cret-tokenx"} {
		rec := do(t, h, "POST", "/api/documents", strings.NewReader(article), "Authorization", auth)
		if rec.Code != http.StatusUnauthorized || !strings.Contains(rec.Body.String(), `"unauthorized"`) {
			t.Errorf("Authorization %q: %d %s", auth, rec.Code, rec.Body)
		}
	}
	rec := do(t, h, "POST", "/api/documents", strings.NewReader(article), "Authorization", "Bearer s3cret-token")
	var res api.IngestResponse
	decode(t, rec, &res)
	if res.Stored != 1 || res.Failed != 0 || res.Documents[0].Status != "stored" {
		t.Fatalf("ingest: %+v", res)
	}
	rec = do(t, h, "POST", "/api/documents", strings.NewReader(article), "Authorization", "Bearer s3cret-token")
	decode(t, rec, &res)
	if res.Documents[0].Status != "unchanged" {
		t.Errorf("second ingest: %+v", res)
	}
	var people struct {
		Items []struct{ Name string } `json:"items"`
	}
	decode(t, do(t, h, "GET", "/api/people?q=ada", nil), &people)
	if len(people.Items) != 1 || people.Items[0].Name != "Ada Lark" {
		t.Errorf("after ingest, people ada: %+v", people.Items)
	}
	rec = do(t, h, "POST", "/api/documents", strings.NewReader("not json at all {"), "Authorization", "Bearer s3cret-token")
	if rec.Code != http.StatusBadRequest && rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("bad body: %d %s", rec.Code, rec.Body)
	}
	big := strings.Repeat(" ", 2<<20) + article
	rec = do(t, h, "POST", "/api/documents", strings.NewReader(big), "Authorization", "Bearer s3cret-token")
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("2 MiB body over a 1 MiB limit: %d %s", rec.Code, rec.Body)
	}
}

// TestHarden checks the security headers and that a panic becomes a bare
// 500 with no details.
func TestHarden(t *testing.T) {
	var logged bytes.Buffer
	h := api.Harden(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic("secret detail /home/x/file.go")
	}), slog.New(slog.NewJSONHandler(&logged, nil)), 0)
	for _, path := range []string{"/api/people", "/people/x"} {
		rec := do(t, h, "GET", path, nil)
		if rec.Code != http.StatusInternalServerError {
			t.Errorf("%s: status %d", path, rec.Code)
		}
		if b := rec.Body.String(); strings.Contains(b, "secret") || strings.Contains(b, "goroutine") || strings.Contains(b, ".go") {
			t.Errorf("%s: response shows details: %s", path, b)
		}
		for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"} {
			if rec.Header().Get(k) == "" {
				t.Errorf("%s: no %s header", path, k)
			}
		}
	}
	if !strings.Contains(logged.String(), "secret detail") || !strings.Contains(logged.String(), `"status":500`) {
		t.Errorf("the log lacks the panic or the access line: %s", logged.String())
	}
	if csp := api.ContentSecurityPolicy; strings.Contains(csp, "unsafe") || !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
}

// TestClaimFiltersAnyCase checks that the words of the claim filters
// (type, status, modality, sort) are taken in any case: the answer is the
// one of the word in lower case.
func TestClaimFiltersAnyCase(t *testing.T) {
	h := handler(t, examples(t), "")
	for _, c := range []struct{ lower, other string }{
		{"type=married", "type=MARRIED"},
		{"type=position_held", "type=Position_Held"},
		{"status=rumored", "status=Rumored"},
		{"modality=reported", "modality=rePorted"},
		{"sort=confidence", "sort=Confidence"},
		{"type=married&status=confirmed", "type=Married&status=CONFIRMED"},
	} {
		want := do(t, h, "GET", "/api/claims?"+c.lower, nil)
		got := do(t, h, "GET", "/api/claims?"+c.other, nil)
		if want.Code != http.StatusOK || got.Code != http.StatusOK || !bytes.Equal(got.Body.Bytes(), want.Body.Bytes()) {
			t.Errorf("GET /api/claims?%s: %d %s\nwant as ?%s: %d %s", c.other, got.Code, got.Body, c.lower, want.Code, want.Body)
		}
	}
}

// TestClaimsByConfidence checks, over the store of the bundled examples,
// that min_confidence keeps exactly the claims of at least that
// confidence and sort=confidence puts the most confident first, for the
// claims as stored and as of a day.
func TestClaimsByConfidence(t *testing.T) {
	h := handler(t, examples(t), "")
	type page struct {
		Items []struct {
			ID         string  `json:"id"`
			Confidence float64 `json:"confidence"`
		} `json:"items"`
		Total int `json:"total"`
	}
	for _, asOf := range []string{"", "&as_of=2024-06-01"} {
		var all, some, sorted page
		decode(t, do(t, h, "GET", "/api/claims?limit=500"+asOf, nil), &all)
		decode(t, do(t, h, "GET", "/api/claims?limit=500&min_confidence=0.9"+asOf, nil), &some)
		decode(t, do(t, h, "GET", "/api/claims?limit=500&sort=confidence"+asOf, nil), &sorted)
		want := 0
		for _, c := range all.Items {
			if c.Confidence < 0 || c.Confidence > 1 {
				t.Fatalf("%s: claim %s has confidence %v", asOf, c.ID, c.Confidence)
			}
			if c.Confidence >= 0.9 {
				want++
			}
		}
		if some.Total != want || len(some.Items) != want || want == 0 || want == all.Total {
			t.Errorf("%s: %d claims of confidence 0.9 or more, want %d of %d", asOf, some.Total, want, all.Total)
		}
		for _, c := range some.Items {
			if c.Confidence < 0.9 {
				t.Errorf("%s: min_confidence=0.9 lists %s of confidence %v", asOf, c.ID, c.Confidence)
			}
		}
		if sorted.Total != all.Total {
			t.Errorf("%s: sorting changed the total: %d, %d", asOf, sorted.Total, all.Total)
		}
		for i := 1; i < len(sorted.Items); i++ {
			if sorted.Items[i].Confidence > sorted.Items[i-1].Confidence {
				t.Fatalf("%s: sort=confidence puts %v after %v", asOf, sorted.Items[i].Confidence, sorted.Items[i-1].Confidence)
			}
		}
	}
}
