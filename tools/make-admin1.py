# Prints the generated rows of data/gazetteer/admin1.tsv (those after its "# Generated" line), from the repository root:
#   python3 tools/make-admin1.py admin1CodesASCII.txt english-words.json
# admin1CodesASCII.txt: GeoNames' table of first-order divisions (https://download.geonames.org/export/dump/, CC BY 4.0).
# english-words.json: the npm package an-array-of-english-words 2.0.0 (MIT), only to tell which one-word names are
# also English words ("Plateau", "Littoral", "Lakes"): those are written with designators only ("Lakes Region").
# Countries whose provinces are written by hand (the rows above "# Generated") are left out. The point of a unit is
# its seat (the most populous PPLA row of cities1000 with its code), else the mean of its towns; a unit with no town in
# the 2013 snapshot (a code GeoNames gave later) is left out, since no place would be filed under it.
import gzip, json, sys, collections

codes_path, words_path = sys.argv[1], sys.argv[2]
english = set(json.load(open(words_path, encoding='utf-8')))
stop = set(open('data/gazetteer/stopwords.txt', encoding='utf-8').read().lower().split())
covered = set()
for line in open('data/gazetteer/admin1.tsv', encoding='utf-8'):
    if line.startswith('# Generated'):
        break
    if not line.startswith('#'):
        covered.add(line.split('\t')[0])

seats, towns = {}, collections.defaultdict(list)
for line in gzip.open('data/gazetteer/geonames-cities1000.tsv.gz', 'rt', encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if len(f) < 15 or not f[10]:
        continue
    key = (f[8], f[10])
    lat, lon, pop = float(f[4]), float(f[5]), int(f[14] or 0)
    towns[key].append((lat, lon))
    if f[7] == 'PPLA' and (key not in seats or pop > seats[key][2]):
        seats[key] = (lat, lon, pop)

DESIGNATORS = ['Province', 'Region', 'State', 'Department', 'District', 'County', 'Governorate', 'Prefecture', 'Oblast',
               'Division', 'Municipality', 'Rayon', 'Territory', 'Krai', 'Kray', 'Parish', 'Voivodeship', 'Emirate']
PREFIXES = ['Republic of ', 'Province of ', 'Departamento de ', 'Departamento del ', 'Provincia de ', 'Provincia del ',
            'Région du ', 'Région de ', 'Région des ', 'Muḩāfaz̧at ', 'Muhafazat ', 'Wilāyat ', 'Wilayat ']


# Compass points and other words that name units in many countries ("Nord", "Sud-Ouest", "Centre-Est", "Norte").
DIRECTIONS = set('''nord sud est ouest centre center central centro norte sur este oeste noreste noroeste sureste suroeste
nordeste sudeste sudoeste north south east west northern southern eastern western northeast northwest southeast southwest
capital littoral maritime plateaux savanes lagunes montagnes lacs grand upper lower middle'''.split())


def common(name):
    w = name.lower()
    parts = w.replace('-', ' ').split()
    return all(p in DIRECTIONS for p in parts) or (len(parts) == 1 and (w in english or w in stop))


# A name the hand-written rows give a province already ("Al Jawf" is Yemen's before it is Saudi Arabia's): left to it.
def fold(n):
    return ''.join(c for c in n.lower() if c.isalnum())


written = set()
for line in open('data/gazetteer/admin1.tsv', encoding='utf-8'):
    if line.startswith('# Generated'):
        break
    if not line.startswith('#'):
        f = line.rstrip('\n').split('\t')
        written.update(fold(n) for n in [f[2]] + f[3].split(',') if n)


rows = []
for line in open(codes_path, encoding='utf-8'):
    code, name, ascii_name, _ = line.rstrip('\n').split('\t')
    country, admin1 = code.split('.', 1)
    if country in covered or (country, admin1) not in towns:
        continue
    if (country, admin1) in seats:
        lat, lon, _ = seats[(country, admin1)]
    else:
        pts = towns[(country, admin1)]
        lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
    names = []
    for n in (name, ascii_name):
        bare = n
        for p in PREFIXES:
            if bare.startswith(p):
                bare = bare[len(p):]
        for d in DESIGNATORS:
            if bare.endswith(' ' + d):
                bare = bare[:-len(d) - 1]
        for candidate in (n, bare):
            if ',' in candidate or not candidate.strip():
                continue
            if fold(candidate) in written:
                continue
            if common(candidate):
                # "Plateau", "Lakes": only with a designator ("Plateau State", "Lakes Region").
                # (Not a designated name a hand-written row gives: "Plateau State" is Nigeria's, not Benin's.)
                names += [v for v in (f'{candidate} {d}' for d in ('Province', 'Region', 'State', 'Department', 'District', 'County', 'Governorate'))
                          if fold(v) not in written]
            else:
                names.append(candidate)
    names = list(dict.fromkeys(names))
    if not names:
        continue
    rows.append(f'{country}\t{admin1}\t{names[0]}\t{",".join(names[1:])}\t{lat:.5f}\t{lon:.5f}')
print('\n'.join(rows))
