# Times the link graph's node picker and shortest path over HTTP against a running IronTrace, beside
# GET /actuator/health as the baseline measured in the same run (BENCHMARKS.md, "The link graph's picker
# and shortest path"). Usage: python3 docs/graph-path-timing.py http://localhost:8080 ADMIN_PASSWORD [PAIRS]
import base64, csv, io, random, statistics, sys, time, urllib.request, urllib.parse
base = sys.argv[1]; password = sys.argv[2]; pairs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
auth = 'Basic ' + base64.b64encode(('admin:' + password).encode()).decode()
def get(path):
    req = urllib.request.Request(base + path, headers={'Authorization': auth, 'Accept': 'application/json'})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req) as r:
            body = r.read(); status = r.status
    except urllib.error.HTTPError as e:
        body = e.read(); status = e.code
    return (time.perf_counter() - start) * 1000, status, body
_, s, nodes = get('/api/v1/network/export?format=csv-nodes')
rows = list(csv.DictReader(io.StringIO(nodes.decode('utf-8-sig'))))
_, s, edges = get('/api/v1/network/export?format=csv-edges')
print('graph:', len(rows), 'nodes,', edges.count(b'\n') - 1, 'ties')
people = [r['Id'] for r in rows if r['Id'].startswith('person:')]
dealers = [r['Id'] for r in rows if r['Id'].startswith('licensee:')]
labels = [r['Label'] for r in rows if r['Id'].startswith('person:') and r['Label']]
rnd = random.Random(7)
health, picks, paths, found, steps = [], [], [], 0, []
for i in range(pairs):
    health.append(get('/actuator/health')[0])
    typed = rnd.choice(labels).split(' ')[-1][:5]
    t, st, _ = get('/api/v1/network/nodes?match=' + urllib.parse.quote(typed)); picks.append(t)
    a = rnd.choice(people); b = rnd.choice(dealers + people)
    t, st, body = get('/api/v1/network/path?from=' + urllib.parse.quote(a) + '&to=' + urllib.parse.quote(b)); paths.append(t)
    if b'"found":true' in body:
        found += 1
        steps.append(int(body.split(b'"steps":')[1].split(b',')[0]))
    elif st != 200:
        print('status', st, a, b, body[:200])
def fig(xs):
    xs = sorted(xs); return statistics.median(xs), xs[int(len(xs) * 0.95) - 1]
h = fig(health); p = fig(picks); q = fig(paths)
print('runs %d; health p50 %.1f ms p95 %.1f; picker p50 %.1f ms p95 %.1f (x%.1f); path p50 %.1f ms p95 %.1f (x%.1f); found %d of %d, steps %s'
      % (pairs, h[0], h[1], p[0], p[1], p[0] / h[0], q[0], q[1], q[0] / h[0], found, pairs, sorted(steps)))
