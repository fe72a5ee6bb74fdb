"""News probe: the geoparser on invented news stories of the kinds the geoparsing corpora hold.

The four corpora in /work/shared/eval/geo have been studied for many sessions, so their figures over-state what
unseen text gets. The probe (tests/fixtures/geo/news_probe.yaml) holds 1528 short stories in seventy-three batches
written for the project (US/Canadian local papers, world news, disease outbreaks, UK/Australian/Indian/Nigerian
regional news, sports/business/travel; a second batch, ids 'b2-', adds Canadian/UK local papers, Indian, Pakistani
and African English press, Latin American and South-East Asian wire copy, financial news, weather and disasters, a
court story, an obituary and a travel piece; a third, ids 'b3-', adds US small-town papers, Canadian news with
province abbreviations, Irish, Scottish, Welsh, New Zealand and Philippine local news, world news where capitals
act, outbreak reports, sport with sides named for places, and business copy with firms named for places; a fourth,
ids 'b4-', adds wire stories across several countries, US courts in towns whose names many states share, outbreaks
at district and village level, elections, floods, camps and border crossings, and historical place names; a fifth,
ids 'b5-', adds US and Canadian towns whose names recur, school sports with sides named for towns, wire copy on
regions, seas, rivers and mountain ranges, outbreaks in provinces and districts, English, Tasmanian, Rajasthani,
Eastern Cape and Kenyan regional news, a firm named for its town, and old names in a history feature; a sixth, ids
'b6-', adds US and Canadian towns named like world cities, a sheriff, a school district and a county service, wire
copy on rivers, seas, straits and regions where capitals act, outbreaks and disasters at province, district and
village level, and English, Western Australian, Assamese, Nigerian and Philippine regional news; a seventh, ids
'b7-', adds outbreak reports by a province's or state's health or farm department down to districts and villages,
Irish, English, Scottish and Australian local papers, US small-town courts and councils in towns whose names recur
across states, wire copy on sanctions, migration and summits where capitals and countries act, and landmarks,
islands, mountain ranges and rivers; an eighth, ids 'b8-', adds US courts, councils and crashes in recurring town
names with and without the state, Canadian towns named like English ones, English, Northern Irish and Irish
regional papers, wire copy where capitals act or are travelled to, outbreaks by district and regency, and business
and county-cricket copy; a ninth, ids 'b9-', adds US towns named like foreign cities and countries with and without
the state, river floods and landslides, Indian, Tanzanian, Zambian, Ugandan, Canadian and Australian regional
papers, WHO- and ProMED-style outbreak reports by district, tehsil and department, Latin American wire copy with
states and departments named like their capitals, and IPL and potash copy; a tenth, ids 'b10-', adds world news of
the GeoWebNews kind from many countries: talks, summits, visits, sanctions and elections where capitals and
countries act, conflicts and refugees, ports, straits and trade routes, a firm named after a town, reefs, deltas,
volcanoes and glacial floods, outbreaks, crime, and sport, travel and festivals; an eleventh, ids 'b11-', adds
local papers of the LGL kind: US small-town blotters, sheriffs, courts, councils, school boards and school sport,
an obituary, business openings and crashes on state and provincial roads in towns whose names recur, Canadian,
English, Scottish and Irish local news, and people, streets and agencies named like places; a twelfth, ids 'b12-',
adds world, outbreak and science news: viruses and diseases named for places, world regions, continents and seas,
official, short, old and abbreviated country names, firms, markets and foods named for places, a telescope, a polar
station and a fossil site, grands prix, clubs and national sides, and UK, Irish, Australian, Indian and Nigerian
regional news; a thirteenth, ids 'b13-', adds world and regional wire copy: elections, protests, blockades, a
trial, a sea dispute, a wildfire, a cyclone and an eruption, outbreaks named for a town, a Cornish council, a
Ganges flood, a South African court, a film festival, returned plaques, a walk through Lisbon and a football
tournament; a fourteenth, ids 'b14-', adds US councils, police, schools, storms, roads and an obituary in recurring
town names, English, Indian, Australian, Ghanaian and Mexican regional papers, wire copy where capitals act, an
obituary with birthplaces, and business, sport and travel copy with firms, clubs and grounds named for places; a
fifteenth, ids 'b15-', adds US small-town papers in states with many namesakes, Nova Scotian and Irish local news,
Indian tehsil, Kenyan sub-county, Ugandan and Philippine barangay papers, datelined wire copy, outbreaks by
province and district, a Gaelic football final, a travel piece and a marine study; a sixteenth, ids 'b16-', adds
Australian, New Zealand, South African, Nigerian, Colombian, Gulf and European regional news (shires, townships,
LGAs, departments, Länder, voivodeships, comarcas), US state-capital copy, a storm through counties, a river in
flood, a wildfire by a park, outbreaks named for places, an obituary and an away fixture; a seventeenth, ids
'b17-', adds US and Canadian local copy of the LGL kind: blotters, crashes at intersections and on interstates,
courts, a county commission under a bare dateline, a school board, a county fair, school sport where towns and
counties name the sides, an obituary, a harvest, a tornado's track, lake-effect snow, a plant moving between
namesake towns, neighbourhoods, lakes, dams, state parks and organisations named for places; an eighteenth, ids
'b18-', adds web copy of the GeoWebNews kind: a festival, a film shoot and a series named for a city, a start-up, a
plant opening, a regional bank and sales by market, a university study, a telescope, an island species, dengue and
a vaccine trial, a restaurant, a resort, a cruise of ports, a scam trial abroad and opinion pieces where capitals
act; a nineteenth, ids 'b19-', adds outbreak, disaster and wire copy of the GeoVirus and TR-News kinds: ministries
listing provinces and districts, a strain named for a district, imported cases, culls, a vaccination campaign and a
travel advisory, floods and earthquakes with evacuations and aid, and elections, trade talks, a migration route and
a court case abroad under capital datelines; a twentieth, ids 'b20-', adds local and regional press outside the US:
English councils, an A-road crash, a village fete, a Crown Court case and a league match where towns name the
clubs, Irish county, Australian suburb and shire, New Zealand, Canadian township, county and First Nation, Indian
locality and ward, South African township, Nigerian LGA and Kenyan county papers, with towns whose names recur
across countries; a twenty-first, ids 'b21-', mixes the four corpora's kinds: US local papers (a county road, a
jury verdict, a crash, a district semifinal where towns name the sides, a jail annex under a bare dateline, weekend
arrests) in towns whose names recur, world copy where capitals act, a brewer's markets, a river raid, a festival
and a marathon, Alberta, Yorkshire, Kerala and North Carolina regional news, and outbreak wire by district, county
and island town; a twenty-second, ids 'b22-', adds world web copy of the GeoWebNews kind from Africa, South and
South-East Asia, Latin America, Europe, the Middle East and Oceania: protests, strikes and a campaign where
capitals act, floods, a cyclone, a wildfire, a volcano alert and salt water up a river, a Test match and a rugby
international where countries name the sides, a plant, a coffee frost, a festival and a tortoise count, and
outbreaks by zone, department and municipality, with names written with and without diacritics); a twenty-third,
ids 'b23-', adds US and Canadian local papers of the LGL kind: a police log, a plea, a county budget, a township
zoning vote, a school board, an obituary listing survivors by home town, a church fire, a hospital, a college, a
bank, arrests by home town, a state-line chase, an ice storm, a bakery, an OPP crash, a council's bus routes and
RCMP break-ins, with high-school sides and towns whose names recur; a twenty-fourth, ids 'b24-', adds world web
copy of the GeoWebNews kind from every continent: food and travel walks through quarters and markets, an airport's
routes, a port strike, a wind plant, a festival, a marathon, a cycle race and a cup tie where clubs are named for
places, migration patrols, a Gulf summit and a Pacific forum where capitals act, garment strikes, a council merger,
beach shacks, orangutan bridges, landslides, water cuts and outbreaks by county and island town, with regions,
abbreviations, sites "at" a place and names with and without diacritics; a twenty-fifth, ids 'b25-', adds outbreak
and wire copy of the GeoVirus and TR-News kinds: ministries listing states, local government areas, provinces,
districts and municipalities, camps, enclaves, farms and ferry routes, imported cases and travellers, and
elections, a court, an earthquake, border talks, cocoa prices, a run-off, river floods, a border town and migrant
landings under capital datelines; a twenty-sixth, ids 'b26-', adds web news of the GeoWebNews kind from the UK and
Ireland, Australia and New Zealand, South Asia, Africa, Canada, the US, the Gulf and South-East Asia: a bus lane, a
river flood, a court, a bridge closure, a crocodile, a rail line, wildfire smoke, monsoon floods, dengue by
barangay, oil output and a port lease where capitals act, two finals where cities name the sides, a golf event, a
scooter maker, a tea auction, property buyers, a festival, a hawker walk and a music festival, with "X-based",
"X native", metropolitan areas ("the Greater Toronto Area"), hyphenated French names and datelines named like
words); a twenty-seventh, ids 'b27-', adds small-town papers of the
LGL kind in towns named like foreign capitals, countries and other states' towns (Moscow, Paris, Macedonia,
Jordan, Vienna, Rome, Columbia beside Mexico, Mo., Florence, Troy, Dublin beside its Irish namesake, Lebanon,
Athens, Cairo, Berlin, Peru, Norway): a bridge closure, a clinic, a warehouse vote, a river crest, a trail
crossing, bus routes, an obituary with relatives in namesake towns, a barn fire, a plant, a sentence, an
interstate crash, a floodwall, snowmobile trails, a circus festival and a town meeting, some under bare datelines
settled by their counties and neighbours, and Ontario, County Down, New South Wales and North Yorkshire local
news in towns whose names recur (London, Paris, Bangor, Orange, Richmond); a twenty-eighth, ids 'b28-', adds web
news of the GeoWebNews kind from the regions the probe held least (Central and East Asia, the Caribbean, the
Southern Cone, continental Europe, the Levant, Iraq, Turkey and the Pacific): a rail crossing, a seat plant, a
baseball parade, an earthquake, power cuts, whale watching, a scam trial, a gas deal, hail on vineyards, seafront
works, a tram order, a bomb scare, ski jumping, measles by county, a wildfire, an oil pipeline, a port rebuilt,
a lake resort, a harsh winter for herders and a cyclone, with "X-based" firms, hyphenated border pairs, place
adjectives before place nouns, names after "near", "outside" and "across", lists, and names with and without
diacritics; a twenty-ninth, ids 'b29-', adds web news of the GeoWebNews kind from the countries the probe held
least (Scandinavia, the Low Countries, Switzerland, Egypt, Ethiopia, Cameroon, Tunisia, Singapore, Costa Rica,
Puerto Rico, Argentina, Georgia, Trinidad, Saudi Arabia) and US web copy: a cup final, a diamond street, river
talks, a hawker stall, landslides, a blackout, a phosphate strike, cholera, a boardwalk assault, a lithium rush,
aurora tourism, an obituary, a tomb, a cable thief, an atmospheric river, a referendum by canton, a T20 final,
Red Sea resorts, drug raids and a wine harvest, with regions ("the West Coast", "the Bay Area"), abbreviations
("N.J.", "SA", "NSW", "T&T"), mountain and river names in other languages ("Cerro de la Muerte", "Göta älv") and
names with and without diacritics; a thirtieth, ids 'b30-', adds small-town papers of the LGL kind from the
states the probe held least (Utah, Montana, Rhode Island, South Dakota, West Virginia, Alaska, Hawaii, Wisconsin, Connecticut, New Mexico,
Arizona, Michigan, Nebraska, Kansas, Washington) full of people, firms, ships and teams named like places (a
coach Jordan, "Mr. Tyler", the ferry Columbia, a trooper Williams beside Williams, Ariz., a festival director
Holland, "Chile growers" beside green chile, sides named for their towns), with schools, churches and streets
named for places, and Ontario, Shropshire, County Clare, New South Wales and Tasman local news where people
share the names of the towns around them (Kingston, Telford, Shannon, Griffith, Nelson); a thirty-first, ids
'b31-', adds web news of the GeoWebNews kind from the regions the probe held least (the Baltics, the Balkans,
Japan's and Korea's provinces, Canada's territories, the Caribbean, Francophone Africa, Central Asia, Central
America, the Philippine, Thai and Indonesian provinces and the Solomon Islands): a basketball final, a vote count
by town, a snowbound rail line, island tourism, a mine-spill fine, Arctic shipping, a Test match, volcanic
tremors, port traffic, mpox, a dam, a surf contest, a telescope, a typhoon, a drug court, rabies, an election,
cruise limits, an obituary and a bribery trial, with names ending in a possessive ("St. George's"), a national
side by its players ("England's cricketers"), "X-based", hyphenated border pairs and names with and without
diacritics; a thirty-second, ids 'b32-',
adds outbreak and public-health news of the GeoVirus kind (ministry, WHO and agency updates with case
tables, animal and plant disease, a food recall, heat and haze alerts) where diseases, viruses and pandemics are
named for places ("Rift Valley fever", "the Bundibugyo virus", "the Hong Kong flu", "Middle East respiratory
syndrome", "Crimean-Congo haemorrhagic fever", "Lyme disease" beside the town of Lyme), with institutes and
hospitals named for places, provinces as they were before a merger, regions ("the Horn of Africa", "the Mekong
delta") and provinces that report cases (metonymic); a thirty-third, ids 'b33-', adds web news of the GeoWebNews
kind from the countries the probe held least (the Andes, Spain's and Italy's regions, Scandinavia, the Low
Countries and Luxembourg, New Zealand, Indonesia and the Philippines, the Gulf states, Pakistan's north, Ethiopia,
Iceland, Algeria, Portugal, Austria, Malaysia and Ecuador): a blockade, a march, a landslide, a cycling race, a tile
district, ferries, a cross-border bus, a steel site, a ski season, an eruption, dengue, a rail summit, a travel
piece, a coffee corridor, glaciers, a gas deal, an obituary, an election, a badminton open and a riot trial, with
glaciers, volcanoes, passes and waterfalls, a sea's adjectival short name ("across the Baltic"), a clipped capital
("Addis-based"), "a X firm" and names with and without diacritics; a thirty-fourth, ids 'b34-', adds local
papers of the LGL kind (county commissions, courts, school boards, police logs, a tornado, roadworks, an obituary, a bakery opening,
high-school football and hockey where towns name the sides) in towns whose names recur across states, with state
abbreviations, bare datelines, a county that acts, lists of a county's towns after "in" where a person or a body
elsewhere shares a town's name, and people named like towns, beside market-town and shire papers from England,
Ireland, Saskatchewan, Queensland, Canterbury (NZ), Karnataka, New Brunswick and Perthshire; a thirty-fifth, ids
'b35-', adds web news of the GeoWebNews kind from the countries and divisions the probe held least (Brazil's and
Mexico's states, Argentina's provinces, France's departments, Germany's Länder, Poland's voivodeships, the Greek
islands, Turkey's and Iran's provinces, Thailand's north-east, Nigeria, Ghana, Kenya's counties, South Africa,
Egypt's governorates, India's north-east and south, Venezuela, Ukraine's and Romania's river ports, the Czech
regions): a tailings dam, hail on vineyards, a migrant march, green algae, a battery plant, a mine sit-in, a ferry
strike, floods, a dry river, melioidosis, a league title race, fouled rivers, citrus ports, wheat buying, a coal
ban, a border bridge, grain barges, leptospirosis and a hockey final, with rivers and dams named together before
one plural noun, clubs named for towns and states, towns that "reported" cases and names with and without
diacritics; a thirty-sixth, ids 'b36-', adds local papers of the LGL kind from states and countries the probe had less of (a Louisiana parish's
bayous, Arkansas, South Carolina, West Virginia, North Carolina, Iowa, Wisconsin, Michigan, Nebraska, Vermont,
Colorado, Maine, a bare Ohio dateline), with a famous city named bare in a small town's story, a town in apposition
after a verb of saying, people and streets named like towns and a county that acts, beside Welsh, Highland,
Fermanagh, Manitoba, Tasmanian, Eastern Cape and Tamil Nadu papers; a thirty-eighth, ids 'b38-', adds local papers
of the LGL kind from states the probe had least of (Wyoming, Montana, Kansas, Oklahoma, New Mexico, Massachusetts,
Connecticut, Florida, Washington, South Dakota, Utah, Maryland, a Georgia sheriff), in towns named like countries,
provinces and world cities (Malta, Victoria, Malaga, Hyde Park, Richmond, Alexandria), with abbreviated states
after short datelines ("ADA, Okla."), counties that open and close what they run, people named like towns, sides
named for their schools' towns and a namesake in another state named with its state ("Roswell, Ga."), beside
Northern Territory, Prince Edward Island, Cornish, Kerry, Otago, KwaZulu-Natal and Odisha papers; a fortieth,
ids 'b40-', adds local papers of the LGL kind from states the probe had least of (Alaska, Hawaii, Arizona, Nevada,
North Dakota, New Jersey, Rhode Island, Idaho, Minnesota, Mississippi, Illinois, Delaware, New Hampshire), with
common words that name towns opening and closing lists of neighbours ("officers from Sterling and Rock Falls",
"Residents of Houston and Willow told"), counties and boroughs that add services or petition the state, townships
and boroughs named with their head word, a namesake in another state ("Jamestown, N.Y." under a North Dakota
dateline), people named like towns and sides named for their towns, beside Newfoundland, Western Australian shire,
Hawke's Bay, Western Cape, Gwynedd, Scottish Borders and Sligo papers; a forty-first, ids 'b41-', adds world web copy
of the GeoWebNews kind from Central Asia, Mongolia, Iceland, Greenland, the Faroes, Oman and Socotra, Somaliland,
Madagascar, Mauritius, the Pacific islands, Dominica, the Guianas, Patagonia, Bhutan, Sri Lanka, the Maldives,
Timor-Leste, Lake Ohrid and Brunei, with capitals and countries that act, sides that play ("will play India"),
a region traded with as a market, atolls named in English and villages the tables lack; a forty-second, ids 'b42-', adds local
papers of the LGL kind from Vermont, Maine, West Virginia, Kentucky, Arkansas, Oklahoma, Kansas, Nebraska, South
Dakota, Montana, Utah, New Mexico and Louisiana, with towns named like the story's people after crews and
investigators ("Crews from Jackson and Whitesburg"), towns named by common words ("Price, Helper and Wellington"),
numbered roads between towns ("U.S. 191 between Lewistown and Malta"), relative clauses after residents' towns,
a one-sided result ("a rout of Dodge City") and namesakes across a state line, beside Saskatchewan, Prince Edward
Island, Cumbrian, Lincolnshire, Queensland shire, Southland and Mayo papers; a forty-third, ids 'b43-', adds
world web copy of the GeoWebNews kind from the Central African Republic, Togo, Liberia, Gabon, Congo-Brazzaville,
Belize, El Salvador, Moldova, Slovenia, Albania, Kuwait, Qatar, Azerbaijan, the Dominican Republic, Cuba, Papua New
Guinea, Guinea, Chad, Benin and Cyprus, with capitals that act, an owner after a comma ('Ancona, Albania's tourism
ministry said'), a river that joins another, sides named for a country or a province and ports listed after 'the
ports of'; a
forty-fourth, ids 'b44-', adds
local papers of the LGL kind from Wyoming, Wisconsin, Rhode Island, North Dakota, Iowa, Missouri, Mississippi,
Alabama, South Carolina, New Hampshire, Idaho, Michigan's Upper Peninsula and Delaware, with towns named by common
words and by other states' towns (Hope, Summit, Arab, Bethlehem, Lisbon, Dover, Jackson), sides named for their
towns, features named whole ("the Little Missouri River", "Little Bay de Noc") and a verb between a place and its
object ("the crossing of Lough Swilly saves drivers"), beside Newfoundland, Powys, Fife, County Antrim, wheatbelt,
Free State and Donegal papers; a
forty-fifth, ids 'b45-', adds outbreak reports of the GeoVirus kind (mpox in Lobaye, meningitis in Togo's Savanes,
Lassa fever in Nimba, polio in Kandahar and Helmand, measles in Haut-Ogooué, cholera in Renk and Unity State,
dengue in the Americas, bird flu in the Hula Valley, Crimean-Congo fever in Dhi Qar, Marburg in Guéckédou) and
world news of the TR-News kind (Minsk, Albania, Nicosia and Varosha, Farafenni, Serhetabat, Kuwait, Kabylie,
Lesotho, Sakhir, Suriname), with countries that report cases, capitals that agree and rule, and a body hosting
talks in a town; a
forty-sixth, ids 'b46-', adds world web copy of the GeoWebNews kind from the Seychelles, Eritrea, Brunei, the
Maldives, Suriname, Bhutan, Greenland, Botswana, Djibouti, Montenegro, North Macedonia, Kyrgyzstan, Trinidad,
Jamaica, Lithuania, Samoa, Lesotho, Bulgaria, Latvia and the Azores, with a town named by a common word at a
route's end ("from Bar to Belgrade"), a near spelling the story writes apart ("from Bar to Bari"), sides "level
at 1-1 with" each other and met, and a giver behind a "which" clause ("Denmark, which pays ..., lent"); a
forty-seventh, ids 'b47-', adds local papers of the LGL kind from Nevada, Arkansas, Louisiana's parishes, West
Virginia, Kansas, New Mexico, Montana, Alaska's boroughs, Vermont, Oklahoma, Kentucky, eastern Oregon and Utah, with
towns named by common words and by countries and states (Wells, Jackpot, Sunset, Hazard, Price, Helper, Sulphur,
Homer, Malta, Georgia, Harlem), sides named for their towns, parishes, boroughs and dateline states, beside
Saskatchewan, Northwest Territories, Shropshire, County Tyrone, Central Otago, County Clare and Limpopo papers; a
forty-eighth, ids 'b48-', adds outbreak reports of the GeoVirus kind (cholera in Hodeidah, measles in Osh, dengue
in Dili and on Mahé, bird flu on Lake Skadar and in Macau, mpox in Bujumbura, Lassa fever in Borgou, polio in Deir
ez-Zor, Rift Valley fever in Mauritania) and international news of the TR-News kind (Kaesong, Assab, Luxembourg,
São Tomé, Majuro, Doraleh, Andorra, Derna, Mitrovica, Gibraltar), with territories that cull and ban, capitals that
reply and donate, and a sea that is also a division's name ('the Red Sea'); a
forty-ninth, ids 'b49-', adds regional English-language papers of the GeoWebNews kind writing about their own
region (Karnali, Rangpur, Swat, Assam, Kerala, Plateau State, the Volta Region, Kisumu, northern Uganda, Bohol,
Lombok, Sarawak, Shetland, Pembrokeshire, Mayo, Hawke's Bay, St Lucia, Cape Breton, Jaffna, Pemba), with short
datelines ("JOS —", "HO —"), local beaches, roads and hospitals beside cities abroad, and capitals that act; a
fifty-first, ids 'b51-', adds local papers of the LGL kind from South Dakota, Maryland, North Carolina, South
Carolina, Nebraska, Maine, Alabama, New Hampshire, the Texas Panhandle, Virginia, Pennsylvania, North Dakota and
northern New York, with towns named like world cities, peoples and common words (Alexandria, York, Aurora, Miami,
Canadian, Liberty), sides a game is played "between", a county that "will repave", and "into Quebec" in a New York
story, beside Manitoba, New Brunswick, Northumberland, Aberdeenshire, Gippsland, Waikato and KwaZulu-Natal papers; a
fifty-second, ids 'b52-', adds outbreak reports of the GeoVirus kind (cholera on Anjouan, Marburg in Kié-Ntem,
dengue in Bobo-Dioulasso, polio in Khost, anthrax in Khatlon, mpox in Lobaye, Lassa fever in Kailahun, bird flu in
Prey Veng, measles on Tongatapu, plague in Khovd) and international news of the TR-News kind (Western Sahara,
Nouméa, Galkynysh, the Belize-Guatemala case at The Hague, talks in Muscat, prisoners freed into Lithuania, a
hurricane on Carriacou, a typhoon on Guam, the Bahrain Grand Prix, a Test in Bridgetown), with capitals that act
together "have both", fly in police, give no comment after an aside, are briefed, and have lawyers speak for them,
and islands that escape a storm or lose their water; a
fifty-third, ids 'b53-', adds regional papers of the GeoWebNews kind from Bihar, Jharkhand, Himachal Pradesh,
Manipur, Gilgit-Baltistan, Galle, Mon State, Chiang Mai, Siem Reap, Morobe, Vanua Levu, northern Malawi, Zambia's
Southern Province, Mwanza, Lake Tana, Cameroon's South West, Sierra Leone's north, Jamaica's St James, Gozo and
the New Territories, with rivers named bare after a bridge or a breach, a gulf named for its town, parishes
written with "St", and capitals that release money; a
fifty-sixth, ids 'b56-', adds outbreak reports of the GeoVirus kind (cholera in Bafatá, measles in Lubombo,
dengue on Santiago in Cape Verde, cholera in Idlib, dengue in San Miguel, measles on Pohnpei, dengue on Tahiti,
plague in Amoron'i Mania, bird flu on the Isle of Man, polio in Saada) and international news of the TR-News kind
(Vaduz, Oranjestad, Great Inagua, the West Bank, Sinpo, Montserrat, Bilwi, San Marino, Basseterre, Hamilton in
Bermuda), with islands the tables lack, a people's word before "villages", a cue kept across "the occupied",
territories with "no plans", a Romance "a" inside a name and a side "hosting" another; a
sixtieth, ids 'b60-', adds outbreak reports of the GeoVirus kind (Marburg in Kié-Ntem, Lassa fever in Nimba, mpox
in Cibitoke, polio in Mandoul, cholera on Anjouan, dengue on Grand Cayman, measles on Tutuila, anthrax in Quthing,
bird flu in Finnmark and on Svalbard, Rift Valley fever in Brakna) and international news of the TR-News kind
(Road Town, Saint-Pierre, Mariehamn, St Helena, Alofi, Vatican City, Sint Maarten, Wallis and Futuna, the Macau
Grand Prix, St Helier), with small states' capitals as datelines, a bearing off an island state, "pressure
from" a capital and a division the tables give no point; a
sixty-fourth, ids 'b64-', adds outbreak reports of the GeoVirus kind (diphtheria in Zinder, Lassa fever in Savanes,
cholera in Deir ez-Zor, dengue in Orange Walk, Oropouche fever in Nickerie, rabies in Oecusse, bird flu in Punakha,
dengue on Malaita, Ebola preparedness in Western Equatoria, anthrax in the Midlands) and international news of the
TR-News kind (Luxembourg, the Belarusian border, Kuwait City, Muara, Galkynysh, Victoria in the Seychelles, Valletta,
the Essequibo, Al Batinah North, Bridgetown), with a division's word that tells two countries apart ("Bolívar
state"), towns written with "Town" and rivers named with "Chhu"; a
sixty-eighth, ids 'b68-', adds outbreak reports of the GeoVirus kind (measles in Mopti, mpox in Lobaye, cholera in
the Central River Region, dengue on São Tomé, measles in Gash-Barka, plague in Khovd, polio in Tamanrasset, Marburg
in Jinka, bird flu in Takeo, anthrax in Uzgen) and international news of the TR-News kind (Brno, Nicosia, Sunan,
Balboa, Shëngjin, Fray Bentos, Santo Domingo, Telica, Soldeu, Aqaba), with a small town whose sentence names its
country, "drew" before a crowd and "letters between" two capitals; a
fifty-fourth, ids 'b54-', adds world web copy of the GeoWebNews kind from Zulia, eastern Cuba, Alat and the
Caspian, Lake Ohrid, Latgale, Khorgos, Anaklia, Kotor, Tallinn, Aarhus, the Afsluitdijk, Gangwon, Varna, the
Reykjanes peninsula, Bayankhongor, the Drina and the Sava, Ishikawa, Tainan, Alytus and Lofoten, with a clause
after ", and" beside a preposition's object, prefectures "warned of further rain", a country that "will lay" a
line, sides named for their towns and capitals that act; a
fifty-seventh, ids 'b57-', adds regional papers of the GeoWebNews kind from Karnataka, Punjab, Tamil Nadu,
Nepal's Koshi, Aceh, Zamboanga, Enugu, Ghana's Upper East, Kilifi, Jinja, Nyagatare, Namibia's Zambezi Region,
the Falklands, Fujairah, Khulna, Kelantan, Sokoto, Mimika, the Isle of Man and the Exumas, with a river named
bare after "the" beside a region named for it, a capital a letter is written to, a regency beside a foreign
namesake, cays and islands the gazetteer lacks and a harbour settlement named "Port X"; a
sixty-second, ids 'b62-', adds world web copy of the GeoWebNews kind from Lake Ohrid, Lankaran, Narva, the Bay of
Kotor, Izmail, the Gobi, Maracaibo, Batumi, Razgrad, Kaunas, Liepāja, Aktau, Akureyri, Groningen, Bornholm, Les
Cayes, Holguín, Hualien, Vojvodina and Lapland, with a town named bare after its river was named whole, clubs named
"<word> <city>" and capitals that act; a
sixty-first, ids 'b61-', adds regional papers of the GeoWebNews kind from Mizoram, Tripura, Telangana, Gandaki,
Sylhet, Kedah, Davao del Norte, Kwara, Ghana's Western Region, Homa Bay, West Nile, Oshana, Leribe, Bahrain,
Eleuthera, Rubavu, Madhesh, Ghanzi, Bermuda and Ras Al Khaimah, with a dateline's possessive in capitals
("GOVERNOR'S HARBOUR"), a route's end "in" a country, and sides named for parishes; a
sixty-third, ids 'b63-', adds local papers of the LGL kind from Kentucky, Tennessee, West Virginia, Arkansas,
Oklahoma, Kansas, Nebraska, New Mexico, Nevada, Utah, Oregon, Maine and Louisiana, with small towns the gazetteer
holds only in far states (Halfway, Richland, Valley Springs, Aurora), a road's ends under a province's dateline,
"Truth or Consequences" and towns named like words and given names (Unity, Joseph, Whiting), beside Alberta,
Kootenay, Cumbria, Antrim, South Burnett, Northland and Limerick papers; a
sixty-seventh, ids 'b67-', adds local papers of the LGL kind from Kentucky, Tennessee, Arkansas, Oklahoma,
Kansas, Nebraska, New Mexico, Nevada, Utah, Oregon, Maine, Vermont and West Virginia, with two small towns the
gazetteer holds only in one far state (Sharon and Freedom, Afton and Limestone), unheld towns closing a list
("from Petersburg, Romney and Wardensville"), a round-up of town meetings ("In Irasburg, ..."), a town placed in
another state ("Winchester, Va.") and "losing to" a side, beside Saskatchewan, Nova Scotia, Shropshire, Northern
Territory, Otago, Mayo and Limpopo papers; a
seventy-first, ids 'b71-', adds local papers of the LGL kind from New Jersey, Florida, Rhode Island, Wisconsin,
Connecticut, Massachusetts, Wyoming, Colorado, Maryland, Hawaii, North Dakota, Alaska and South Dakota, with towns
named like common words (Accident, Volcano, Java, Orange), "Residents of Waikaka and Pukerau", a fire "between
Naracoorte and Lucindale" (a council named for both towns) and sides that are "edging" or "fell to" another,
beside Yukon, Newfoundland, Prince Edward Island, Free State, South Australia, Kerry and Southland papers; a
sixty-fifth, ids 'b65-', adds regional papers of the GeoWebNews kind from Odisha, Kerala, Nagaland, Punjab,
Lumbini, Mymensingh, Southwest Papua, Lanao del Sur, Cross River, Ghana's Central Region, Ankole, Mafeteng, Ajman,
Barbados, Assam, Johor, Tana River and Rajshahi, with a plural noun of water opening a sentence before a
participle ("Rivers flowing south"), rivers, lakes and parks named bare, and sides named for countries; a
sixty-sixth, ids 'b66-', adds world web copy of the GeoWebNews kind from Tartu, Nikšić, Zakarpattia, Burgas,
Latgale, Erdenet, Aalborg, Ziguinchor, Kutaisi, Gangwon, Souss-Massa, Tromsø, Shymkent, Toamasina, Šiauliai, eastern
Cuba, Sumgait, the Westfjords, Bitola and Kaohsiung, with a city's designation for a year ("European Capital of
Culture"), a two-word adverb between a capital and its verb ("Oslo has so far refused") and capitals that "have
both come under pressure" to act; a
seventy-second, ids 'b72-', adds outbreak reports of the GeoVirus kind (cholera in Bafatá, measles in Lubombo,
dengue on Santiago in Cape Verde, meningitis in Kara, chikungunya in Balbala, polio in Khatlon, cholera in Hodeidah,
MERS in Hofuf, yellow fever at Brokopondo, Lassa fever in Borgou) and international news of the TR-News kind
(Kuwait City, the Sarstoon, the Chagos treaty, Addu, Narsaq, Temburong, a cyclone on Tanna, Karthala, Pristina,
Turkmenbashi), with a state that runs, keeps or hands over a site, a country that "has counted" cases and an
island "which escaped the worst" of a storm; a
sixty-ninth, ids 'b69-', adds regional papers of the GeoWebNews kind from Karnataka, Tamil Nadu, Upper Assam,
Sudurpashchim, Cox's Bazar, Central Aceh, Sarawak, Misamis Oriental, Plateau, Volta, Nakuru, Acholi, Erongo,
Gibraltar, Fujairah, Abaco, Edo, Kandy, Mokhotlong and Guwahati, with a plea sent to a capital and to a second
party ("wrote to Accra and to the embassy asking"), islands and a lake named whole, and town parts; a
seventieth, ids 'b70-', adds world web copy of the GeoWebNews kind from Tajikistan, Armenia, Belarus,
Transnistria, Bolivia's salt flat, Burkina Faso, Djibouti, Kiribati, the Gulf of Fonseca, eastern Chad, Somalia's
Bay region, Vanuatu, Eswatini, Issyk-Kul, Tonga, Qatar, Bahrain, Timor-Leste, Turkmenistan and Brunei, with a
protest made to a country ("Honduras has protested to Nicaragua"), a works at a town ("a terminal at
Wilhelmshaven") and "the resort of X"; a
seventy-third, ids 'b73-', adds regional papers of the GeoWebNews kind from Himachal Pradesh, Bastar, Mithila,
Goa, Sindh, Makran, Addu, Chukha, Sagaing, Kampot, Champasak, Morobe, Vanua Levu, Zambia's Eastern Province, the
lower Shire, St. Elizabeth, Bo, Nampula, the Rupununi and Mtwara, with rivers named bare after "the" that the story
never writes whole ("beside the Beas") and unheld villages one letter longer than a far town ("Anni"); a
fifty-ninth, ids 'b59-', adds local papers of the LGL kind from Wisconsin, Colorado, Rhode Island, Connecticut,
Alaska, South Dakota, Idaho, Nebraska, Kansas, Oklahoma, Hawaii, Arizona and Washington, with sides named for towns
after a counted result ("lost twice to A and once to B"), towns named like words and world cities (Homer,
Sterling, Salmon, Volcano, Victoria, Aberdeen), beside Saskatchewan, Nova Scotia, Lincolnshire, Highland, Mayo,
Eyre Peninsula and Eastern Cape papers and an island written bare (Achill); a
fifty-eighth, ids 'b58-', adds world web copy of the GeoWebNews kind from Ometepe, Mostar, Dajabón, Hassi R'Mel,
Gagauzia, Vlorë, the Aral seabed, Split, Lake Bled, Jwaneng, the Panama Canal, Guanacaste, Sarajevo, Sfax, Ciudad
del Este, Vientiane, Kabylie, Bilwi, Rubavu and Svay Rieng, with two cities listed before a city that is its own
state, a country that "leaned towards" another, a sentence's first word before "villages" and a city's name that
a village by the capital also holds; a
fifty-fifth, ids 'b55-', adds local papers of the LGL kind from Nevada, West Virginia, Arkansas, Oklahoma, New
Mexico, Utah, Oregon, Vermont, Kansas, Wyoming, Montana, eastern Kentucky and the Mississippi Delta, with towns named
like words and world cities (Wells, Jackpot, Helper, Story, Money, Zurich, Athena), a council that names the harbour
towns it governs, a highway patrol, and "buyers in Memphis and Birmingham", beside Alberta, Prince Edward Island,
Lancashire, Gwynedd, Northland, Central Otago and Limpopo papers; a
thirty-seventh, ids 'b37-', adds web news of the GeoWebNews kind from countries the probe held least
(Hungary, Romania's counties, Kazakhstan, peacetime
Ukraine, Denmark, Slovakia, Uruguay, Croatia, Bulgaria, Tunisia, Cameroon, Honduras, Jordan, Uzbekistan,
Madagascar, Yakutia, Serbia, Valais, Lapland, Angola): lake algae, bears, oil routes, a ski season, a wind port,
an avalanche, an election by department, ferries stopped by wind, an obituary, hepatitis by governorate, a
derailment, gang raids by neighbourhood, tourism, trains, a cyclone, wildfires, a mine protest, a glacier collapse,
a vote over mines and a rail corridor, with mountains, gulfs, islands and regions named bare, a storm and a
sentence's plural noun named like places, capitals that act and names with diacritics; a thirty-ninth, ids 'b39-',
adds web news of the GeoWebNews kind from countries and regions the probe held least (Lithuania, Estonia's islands,
Armenia and Azerbaijan in peacetime, Paraguay, Botswana, Namibia, Ivory Coast, Senegal, Laos, Norway's fjord
counties, Orkney and Shetland, Wales, the Volga republics, Extremadura, Sardinia, the Azores, Bangladesh's
divisions, Latvia, Tanzania): cruise calls, ice-bound ferries, lake tourism, treaty talks, stranded barges, diamond
cuts, green hydrogen, flash floods, local elections, a fast train, a rockslide, a ferry loan, a holiday-let fraud,
river cruises, a wildfire, an obituary, an earthquake swarm, Nipah, a rail delay and a marathon, with divisions
joined by a foreign "and" ("Møre og Romsdal"), islands, fjords, firths and lagoons named bare, macro-regions, a
town that "chooses a mayor" and names with and without diacritics; each with every toponym an
annotator would mark (the file's header states the convention). Each story is run through `eventwatch.geo.geoparse` and scored:

- recognition: precision/recall/F1 on exact spans, literal toponyms against locational predictions
  (GeoWebNews' literal-only scoring); a metonymic name returned as locational counts against precision;
  names marked optional (inside an agency's name, streets) are neither required nor charged;
- resolution, end to end: a literal toponym is right when it was recognised (overlapping span) and its place
  (or stand-in) has the right country and first-level division and lies within 161 km of the expected place;
- resolution on the annotated spans (`resolve_names`), the same test with recognition taken out.

The expected place is looked up, not written down: `Gazetteer.lookup(name, country=cc)` ranked by the
gazetteer's own prior, restricted to the annotated admin1 when given, exact spellings first. When the lookup
finds nothing, or only an entry whose coordinates stand in for unknown ones (`Candidate.approximate`, such as
a district placed at its province's centre), the 161 km test is skipped and country/admin1 alone decide.

    python benchmarks/news_probe.py [--probe FILE] [--batch b1|b2|b3|b4|b5|b6|b7|b8|b9|b10|b11|b12|b13|b14|b15|b16|b17|b18|b19|b20|b21|b22|b23|b24|b25|b26|b27|b28|b29|b30|b31|b32|b33|b34|b35|b36|b37|b38|b39|b40|b41|b42|b43|b44|b45|b46|b47|b48|b49|b50|b51|b52|b53|b54|b55|b56|b57|b58|b59|b60|b61|b62|b63|b64|b65|b66|b67|b68|b69|b70|b71|b72|b73] [--failures] [--json]
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from division_match import fold, in_division  # noqa: E402  (shared with benchmarks/conflict_probe.py)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROBE = ROOT / "tests" / "fixtures" / "geo" / "news_probe.yaml"
KINDS = {"us_local", "world", "outbreak", "regional", "sport_business_travel", "disaster"}
ACC_KM = 161.0
_STORY_KEYS = {"id", "kind", "text", "toponyms", "xfail"}
_TOPONYM_KEYS = {"t", "name", "cc", "a1", "none", "optional", "division"}


@dataclass(frozen=True)
class GoldName:
    """One annotated toponym: where it is written and what it refers to."""

    start: int
    end: int
    text: str
    role: str  # "literal" | "none" (metonymic: to be left out) | "optional" (neither required nor charged)
    name: str = ""
    country: Optional[str] = None
    admin1: Optional[str] = None
    # Written with a division's designator ("Iloilo province", "the state of Bahia"), or annotated `division: true`
    # (a bare "Quebec" listed with states: the province, not its capital city of the same name).
    designated: bool = False


# A division's designator written in lower case after a name: the name is the division's, not its seat's.
_DESIGNATOR_AFTER = re.compile(r"\s+(?:region|province|state|district|governorate|department|oblast)\b")
# The same designator before the name ("the state of Bahia", "the province of Sofala").
_DESIGNATOR_BEFORE = re.compile(r"\b(?:region|province|state|district|governorate|department|oblast)\s+of\s+$")


@dataclass(frozen=True)
class Story:
    id: str
    kind: str
    text: str
    names: tuple[GoldName, ...]
    xfail: Optional[str] = None

    @property
    def literal(self) -> list[GoldName]:
        return [g for g in self.names if g.role == "literal"]


def _find(text: str, name: str, start: int) -> int:
    """The first whole-word occurrence of `name` at or after `start` (-1 when none)."""
    m = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)").search(text, start)
    return m.start() if m else -1


def load_probe(path: Path = DEFAULT_PROBE) -> list[Story]:
    """The probe's stories, checked: a typo or a name out of order must fail loudly, not score as a miss."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    stories, seen = [], set()
    for entry in data["stories"]:
        sid = entry.get("id")
        if set(entry) - _STORY_KEYS or not {"id", "kind", "text", "toponyms"} <= set(entry):
            raise ValueError(f"story {sid!r}: bad keys {sorted(entry)}")
        if sid in seen:
            raise ValueError(f"story {sid!r} appears twice")
        seen.add(sid)
        if entry["kind"] not in KINDS:
            raise ValueError(f"story {sid!r}: kind {entry['kind']!r} is not one of {sorted(KINDS)}")
        text = " ".join(entry["text"].split())
        words = len(text.split())
        if not 80 <= words <= 200:
            raise ValueError(f"story {sid!r}: {words} words; stories hold 80-200")
        names, cursor = [], 0
        for t in entry["toponyms"]:
            if set(t) - _TOPONYM_KEYS or "t" not in t:
                raise ValueError(f"story {sid!r}: bad toponym keys {sorted(t)}")
            role = "none" if t.get("none") else "optional" if t.get("optional") else "literal"
            if t.get("none") and t.get("optional"):
                raise ValueError(f"story {sid!r}: {t['t']!r} is both none and optional")
            if role == "literal" and "cc" not in t:
                raise ValueError(f"story {sid!r}: literal {t['t']!r} needs cc (null for seas and rivers)")
            start = _find(text, t["t"], cursor)
            if start < 0:
                raise ValueError(f"story {sid!r}: {t['t']!r} not found after offset {cursor}")
            end = start + len(t["t"])
            designated = bool(t.get("division") or _DESIGNATOR_AFTER.match(text, end)
                              or _DESIGNATOR_BEFORE.search(text[max(0, start - 30) : start]))
            names.append(GoldName(start, end, t["t"], role, str(t.get("name") or t["t"]),
                                  t.get("cc"), t.get("a1"), designated))
            cursor = end
        stories.append(Story(sid, entry["kind"], text, tuple(names), entry.get("xfail")))
    return stories


def expected_place(gazetteer, gold: GoldName):
    """The gazetteer's entry for an annotation: its best-ranked candidate of that name in that country (and
    admin1 when given), exact spellings before near ones; None when the gazetteer holds none."""
    found = gazetteer.lookup(gold.name, country=gold.country, limit=50)
    if gold.admin1:
        # A division is its own first-level division ("Wyoming" annotated a1 Wyoming); a town of that name in
        # another state ("Wyoming, Michigan") is not.
        found = [c for c in found if in_division(gold.admin1, c.admin1)
                 or (fold(gold.admin1) == fold(c.name) and c.feature_code.startswith("ADM1"))]
    exact = [c for c in found if c.exact]
    if gold.text.endswith(".") and fold(gold.text) != fold(gold.name):
        # A written abbreviation ("Que.", "Ala.", "Man.") names a state or province, not its namesake city.
        exact = sorted(exact, key=lambda c: not c.feature_code.startswith("ADM1"))
    elif gold.designated:
        # "Saint-Louis region", "Iloilo province": the division named by its seat's name, not the seat.
        exact = sorted(exact, key=lambda c: not c.feature_code.startswith("ADM"))
    # An entry whose own name is a shorter part of the annotated one is a namesake that holds the longer name
    # as a variant ("Rio Grande do Sul" is also an old name of the city of Rio Grande), not the place annotated;
    # a longer own name ("New York City" for "New York") is the usual form of the same place.
    whole = [c for c in exact if not (fold(c.name) != fold(gold.name) and fold(c.name) in fold(gold.name))]
    return (whole or exact or found or [None])[0]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def resolution_misses(gold: GoldName, place, expected) -> list[str]:
    """What is wrong with `place` for a literal toponym (empty when it is right)."""
    if place is None:
        return ["no place"]
    wrong = []
    if gold.country is not None and place.country_code != gold.country:
        wrong.append(f"country {place.country_code}")
    if gold.admin1 is not None and not in_division(gold.admin1, place.admin1) \
            and fold(gold.admin1) != fold(place.name or ""):
        wrong.append(f"admin1 {place.admin1!r}")
    if expected is not None and expected.lat is not None and not expected.approximate:
        if place.lat is None:
            wrong.append("no coordinates")
        else:
            km = haversine_km(expected.lat, expected.lon, place.lat, place.lon)
            if km > ACC_KM:
                wrong.append(f"{km:.0f} km from {expected.name} ({expected.admin1})")
    return wrong


def describe(place) -> str:
    if place is None:
        return "-"
    return f"{place.name} ({place.country_code}, {place.admin1}, {place.feature_code})"


@dataclass
class StoryResult:
    story: Story
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    resolved: int = 0  # literal toponyms recognised and rightly resolved
    gold_span_resolved: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_story(gazetteer, story: Story) -> StoryResult:
    """Recognition and resolution of one story; `problems` lists every miss in words."""
    from eventwatch.geo import geoparse, resolve_names

    result = StoryResult(story)
    predicted = geoparse(gazetteer, story.text, document_id=story.id)
    optional = [(g.start, g.end) for g in story.names if g.role == "optional"]
    literal = story.literal
    gold_spans = {(g.start, g.end) for g in literal}
    pred_spans = {(t.start, t.end): t for t in predicted if t.locational
                  and not any(_overlaps((t.start, t.end), o) for o in optional)}
    result.n_gold, result.n_pred = len(gold_spans), len(pred_spans)
    result.tp = len(gold_spans & set(pred_spans))
    metonymic = {(g.start, g.end) for g in story.names if g.role == "none"}
    for span, t in pred_spans.items():
        if span not in gold_spans:
            why = "metonymic kept as a place" if span in metonymic else "spurious"
            near = [g.text for g in literal if _overlaps(span, (g.start, g.end))]
            if near:
                why = f"wrong span (gold {near[0]!r})"
            result.problems.append(f"{why}: {t.text!r} -> {describe(t.place)}")
    on_gold = resolve_names(gazetteer, story.text, [(g.start, g.end) for g in literal], document_id=story.id)
    gold_by_span = {(t.start, t.end): t for t in on_gold}
    for g in literal:
        expected = expected_place(gazetteer, g)
        hit = [t for t in predicted if _overlaps((t.start, t.end), (g.start, g.end))]
        if (g.start, g.end) not in pred_spans:
            shown = f" (returned {hit[0].text!r}, locational={hit[0].locational})" if hit else ""
            result.problems.append(f"missed: {g.text!r}{shown}")
        place = (hit[0].place or hit[0].fallback) if hit else None
        wrong = resolution_misses(g, place, expected)
        result.resolved += bool(hit) and not wrong
        if hit and wrong:
            result.problems.append(f"resolved {g.text!r} -> {describe(place)}: {', '.join(wrong)}")
        t = gold_by_span.get((g.start, g.end))
        gold_place = (t.place or t.fallback) if t is not None else None
        gold_wrong = resolution_misses(g, gold_place, expected)
        result.gold_span_resolved += not gold_wrong
        if gold_wrong and not (hit and wrong):
            result.problems.append(f"on its span {g.text!r} -> {describe(gold_place)}: {', '.join(gold_wrong)}")
    return result


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(results: list[StoryResult]) -> dict[str, Any]:
    """Figures over all stories and per kind."""
    def figures(rs: list[StoryResult]) -> dict[str, Any]:
        tp, n_pred, n_gold = (sum(getattr(r, k) for r in rs) for k in ("tp", "n_pred", "n_gold"))
        p, rec, f1 = prf(tp, n_pred, n_gold)
        return {"stories": len(rs), "stories_passed": sum(r.passed for r in rs), "gold": n_gold,
                "predicted": n_pred, "precision": round(p, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                "resolution_e2e": round(sum(r.resolved for r in rs) / n_gold, 4) if n_gold else None,
                "resolution_gold_spans": round(sum(r.gold_span_resolved for r in rs) / n_gold, 4)
                if n_gold else None}

    by_kind: dict[str, list[StoryResult]] = defaultdict(list)
    for r in results:
        by_kind[r.story.kind].append(r)
    return {"all": figures(results), "by_kind": {k: figures(v) for k, v in by_kind.items()}}


def batch_of(story: Story) -> str:
    """The batch a story was written in: later batches prefix their ids ('b2-'), the first has none. A batch is
    unseen text only until the code is fixed against it, so its figures are kept apart."""
    m = re.match(r"(b\d+)-", story.id)
    return m.group(1) if m else "b1"


def run(gazetteer=None, probe: Path = DEFAULT_PROBE, batch: Optional[str] = None) -> list[StoryResult]:
    if gazetteer is None:
        from eventwatch.geo import Gazetteer
        gazetteer = Gazetteer.load()
    return [score_story(gazetteer, s) for s in load_probe(probe) if batch is None or batch_of(s) == batch]


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, default=DEFAULT_PROBE)
    parser.add_argument("--failures", action="store_true", help="List every miss with what went wrong.")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    parser.add_argument("--batch", choices=["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28", "b29", "b30", "b31", "b32", "b33", "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41", "b42", "b43", "b44", "b45", "b46", "b47", "b48", "b49", "b50", "b51", "b52", "b53", "b54", "b55", "b56", "b57", "b58", "b59", "b60", "b61", "b62", "b63", "b64", "b65", "b66", "b67", "b68", "b69", "b70", "b71", "b72", "b73"],
                        help="Score one batch only: b1 (ids without a prefix), b2 to b73 (ids 'b2-' to 'b73-')")
    args = parser.parse_args(argv)

    results = run(probe=args.probe, batch=args.batch)
    if not results:
        # A batch offered before its stories are written (or a probe file without it) has no figures to print.
        print(f"no stories{' in batch ' + args.batch if args.batch else ''} in {args.probe}")
        return 0
    figures = summary(results)
    if args.json:
        figures["failures"] = {r.story.id: r.problems for r in results if r.problems}
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    print(f"{'kind':<24} stories   P      R      F1     res-e2e res-gold")
    for kind, f in [*figures["by_kind"].items(), ("all", figures["all"])]:
        print(f"{kind:<24} {f['stories_passed']:>2}/{f['stories']:<4} {f['precision']:.3f}  {f['recall']:.3f}  "
              f"{f['f1']:.3f}  {f['resolution_e2e']:.3f}   {f['resolution_gold_spans']:.3f}")
    if args.failures:
        for r in results:
            for p in r.problems:
                print(f"- {r.story.id}: {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
