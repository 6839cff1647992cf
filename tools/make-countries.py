# Prints the generated rows of data/gazetteer/countries.tsv (those after its "# Generated" line), from the repository root:
#   npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz
#   python3 tools/make-countries.py package/langs
# Names: i18n-iso-countries (en, ar, fa, ru, uk; MIT, (c) 2016 widdix GmbH). Demonyms and short names: written here.
# Centroid: the mean of the country's cities1000 points (GeoNames, CC BY 4.0).
import json, gzip, collections, sys
P=sys.argv[1].rstrip('/') + '/'
L={l: json.load(open(P+l+'.json'))['countries'] for l in ('en','ar','fa','ru','uk')}
# The rows written by hand: those above the "# Generated" line.
have=set()
for l in open('data/gazetteer/countries.tsv', encoding='utf-8'):
    if l.startswith('# Generated'): break
    if not l.startswith('#'): have.add(l.split('\t')[0])
skip=set("AQ BV IO CX CC HM TF GS UM PN SJ TK NF NU AX BL MF SX CW BQ GG IM JE GI MS AI VG VI TC KY BM WF PM SH YT RE MQ GP GF FO FK AW AS GU MP CK MO VA".split())
dem={
'AO':'Angolan','AR':'Argentine,Argentinian','BJ':'Beninese','BT':'Bhutanese','BO':'Bolivian','BA':'Bosnian','BR':'Brazilian',
'BI':'Burundian','KH':'Cambodian','CL':'Chilean','CR':'Costa Rican','CI':'Ivorian,Ivory Coast','CU':'Cuban','DO':'Dominican',
'EC':'Ecuadorian','SV':'Salvadoran,Salvadorean','GQ':'Equatoguinean','GA':'Gabonese','GM':'Gambian,The Gambia','GH':'Ghanaian',
'GT':'Guatemalan','GN':'Guinean,Guinea-Conakry','GW':'Bissau-Guinean','GY':'Guyanese','HT':'Haitian,Haitians','HN':'Honduran',
'ID':'Indonesian','JM':'Jamaican','KZ':'Kazakh,Kazakhstani','KP':'North Korean,DPRK','KR':'South Korean','KG':'Kyrgyz,Kyrgyzstani',
'LA':'Laos,Lao,Laotian','LS':'Basotho','LR':'Liberian','MG':'Malagasy','MW':'Malawian','MY':'Malaysian','MR':'Mauritanian',
'MN':'Mongolian','ME':'Montenegrin','NA':'Namibian','NP':'Nepali,Nepalese','NI':'Nicaraguan','MK':'North Macedonia,Macedonia,Macedonian',
'PA':'Panamanian','PG':'Papua New Guinean,PNG','PY':'Paraguayan','PE':'Peruvian','RW':'Rwandan','SN':'Senegalese','RS':'Serbian',
'SL':'Sierra Leonean','ZA':'South African','LK':'Sri Lankan','SZ':'Swaziland','TW':'Taiwan,Taiwanese','TZ':'Tanzania,Tanzanian',
'TL':'East Timor,Timorese','TG':'Togolese','UG':'Ugandan','UY':'Uruguayan','VN':'Vietnamese,Viet Nam','EH':'Sahrawi','ZM':'Zambian',
'ZW':'Zimbabwean','XK':'Kosovar,Kosovan','TT':'Trinidadian','CG':'Congo-Brazzaville,Republic of Congo','CV':'Cabo Verde',
'BN':'Brunei','FM':'Micronesia','CZ':'Czechia','SK':'Slovak Republic','BS':'The Bahamas',
}
drop={'CG':{'Congo','Конго'},'GM':set(),'TZ':set(),'MK':{'The Republic of North Macedonia'}}
main={'MK':'North Macedonia','LA':'Laos','TZ':'Tanzania','FM':'Micronesia','BN':'Brunei','GM':'Gambia','TW':'Taiwan','CZ':'Czech Republic'}
pts=collections.defaultdict(list); cap={}
for line in gzip.open('data/gazetteer/geonames-cities1000.tsv.gz','rt',encoding='utf-8'):
    f=line.rstrip('\n').split('\t')
    if len(f)<9: continue
    lat,lon,cc=float(f[4]),float(f[5]),f[8]
    pts[cc].append((lat,lon))
    if f[7]=='PPLC': cap[cc]=(lat,lon)
def names(v): return [v] if isinstance(v,str) else list(v)
rows=[]
for cc,v in L['en'].items():
    if cc in have or cc in skip: continue
    en=names(v); name=main.get(cc,en[0]); en=[name]+[n for n in en if n!=name]
    alts=[]
    for n in en[1:]+dem.get(cc,'').split(','):
        if n and ',' not in n and n not in drop.get(cc,()) and n!=name and n not in alts: alts.append(n)
    for l in ('ar','fa','ru','uk'):
        for n in names(L[l].get(cc,[])):
            if n and ',' not in n and n not in alts: alts.append(n)
    p=pts.get(cc)
    if not p: print('no points',cc,name,file=sys.stderr); continue
    lons=[x[1] for x in p]
    if max(lons)-min(lons)>180: lat,lon=cap.get(cc,p[0])
    else: lat=sum(x[0] for x in p)/len(p); lon=sum(lons)/len(p)
    rows.append(f"{cc}\t{name}\t{','.join(alts)}\t{lat:.1f}\t{lon:.1f}")
print("\n".join(rows))
